"""Training the second stage: crops, both stages of one model, stop and resume (needs TensorFlow for most)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import cv2
import numpy as np
import pytest

from fetalhc_gui.core.ellipse import Ellipse, fit_mask
from fetalhc_gui.training.train_config import TrainConfig, expected_seconds, stage_seconds

from support.hc18_factory import make_hc18_folder, small_config


@pytest.fixture(scope="module")
def phantom_data(tmp_path_factory):
    return make_hc18_folder(tmp_path_factory.mktemp("hc18"), count=8)


def two_stage_config(data, out, **overrides) -> TrainConfig:
    """``small_config`` with two epochs of each stage."""
    return small_config(data, out, **({"epochs": 2, "crop_epochs": 2} | overrides))


@pytest.fixture(scope="module")
def two_stage_run(phantom_data, tmp_path_factory):
    """One model trained with both stages (two epochs each) for the module: its folder, result and
    progress events. Tests read it; fine-tuning starts from it."""
    from fetalhc_gui.training.ensemble_training import train_model

    folder, events = tmp_path_factory.mktemp("two_stage"), []
    result = train_model(two_stage_config(phantom_data, folder), lambda d, t, logs: events.append(logs))
    return folder, result, events


def test_training_crops_hold_the_annotated_head_near_their_centre_at_about_the_same_scale(phantom_data):
    from fetalhc_gui.training.crop_training import MARGIN, training_crops
    from fetalhc_gui.training.dataset import scan_folder

    samples = scan_folder(phantom_data).usable
    images, targets = training_crops(samples, 64, np.random.default_rng(0))
    assert images.shape == targets.shape == (2 * len(samples), 64, 64, 1)
    assert images.min() >= 0.0 and images.max() <= 1.0
    for target in targets[..., 0]:
        head = fit_mask(target >= 0.5, 0.0)
        assert math.hypot(head.cx - 31.5, head.cy - 31.5) < 0.1 * 64  # centre jittered by at most 6% of an axis
        width = 2 * head.major * MARGIN
        assert 64 * 0.85 < width < 64 * 1.15  # scale jittered by at most 10%


def test_expected_time_counts_the_second_stage_of_every_member():
    config = TrainConfig(data_dir="d", out_dir="o", epochs=40, crop_epochs=20, test_fraction=0.2)
    parts = stage_seconds(config, 805, members=4)
    assert len(parts) == 8 and parts[0] == parts[2] and parts[1] == parts[3]
    # the bundled model's members: about 20 min first stage (30 s per epoch) and 14 min second stage
    assert 15 * 60 < parts[0] < 30 * 60 and 10 * 60 < parts[1] < 20 * 60
    assert expected_seconds(config, 805, 4) == pytest.approx(sum(parts))
    assert len(stage_seconds(TrainConfig(data_dir="d", out_dir="o"), 805)) == 1  # no second stage asked for


@pytest.mark.tensorflow
def test_one_model_trains_both_stages_and_measures_with_them(phantom_data, two_stage_run, tmp_path):
    from fetalhc_gui.inference.artifact import read_card
    from fetalhc_gui.inference.predictor import Predictor
    from fetalhc_gui.training.crop_training import first_stage_copy

    folder, result, events = two_stage_run
    assert result.finished and [(h["stage"], h["epoch"]) for h in result.history] == [(1, 1), (1, 2), (2, 1), (2, 2)]
    assert {e["stage"] for e in events} == {1, 2}
    card = read_card(result.model_dir)
    assert card["crop_stage"]["input_size"] == [32, 32] and card["name"].endswith("-crop32")
    assert {"model.onnx", "crop.onnx"} <= set(card["files"]) and (folder / "model" / "crop.keras").exists()
    first = json.loads((folder / "training_state.json").read_text())
    assert card["validation"]["count"] == len(first["val_subjects"])  # measured with both stages (one image each)
    second = json.loads((folder / "second_stage" / "training_state.json").read_text())
    assert second["train_subjects"] == first["train_subjects"]  # the same subjects, never validation or test
    assert not set(second["train_subjects"]) & set(first["val_subjects"])
    predictor = Predictor(result.model_dir)
    assert predictor.crop_stage is not None
    gray = cv2.imread(str(phantom_data / "training_set" / "000_HC.png"), cv2.IMREAD_GRAYSCALE)
    prediction = predictor.predict(gray)  # two epochs on six images: a head or a clear reason, never a crash
    assert prediction.probability.shape == gray.shape
    assert (prediction.ellipse is None) == (prediction.error is not None)

    copy = first_stage_copy(Path(result.model_dir), tmp_path / "copy")  # to give it another second stage
    assert "crop_stage" not in copy and "crop_training" not in copy and not copy["name"].endswith("-crop32")
    assert set(copy["files"]) == {"model.keras", "model.onnx"} and not (tmp_path / "copy" / "crop.onnx").exists()
    assert read_card(tmp_path / "copy") == copy and Predictor(tmp_path / "copy").crop_stage is None


@pytest.mark.tensorflow
def test_a_stopped_second_stage_resumes_without_training_the_first_again(phantom_data, tmp_path):
    from fetalhc_gui.training.ensemble_training import train_model

    events = []

    def stop_in_the_second_stage():
        return any(e.get("stage") == 2 for e in events)

    stopped = train_model(
        two_stage_config(phantom_data, tmp_path), lambda d, t, logs: events.append(logs), stop_in_the_second_stage
    )
    assert not stopped.finished and [h["stage"] for h in stopped.history] == [1, 1]
    checkpoint = tmp_path / "checkpoint.keras"
    before = checkpoint.stat().st_mtime_ns
    resumed = train_model(two_stage_config(phantom_data, tmp_path, resume=True))
    assert resumed.finished and [(h["stage"], h["epoch"]) for h in resumed.history] == [(2, 1), (2, 2)]
    assert checkpoint.stat().st_mtime_ns == before
    again = train_model(two_stage_config(phantom_data, tmp_path, resume=True))  # nothing left to do
    assert again.finished and again.history == [] and again.card["crop_stage"]


@pytest.mark.tensorflow
def test_fine_tuning_a_two_stage_model_starts_both_stages_from_its_weights(phantom_data, two_stage_run, tmp_path):
    from fetalhc_gui.training.ensemble_training import train_model
    from fetalhc_gui.training.model_files import load_keras_model

    _folder, base, _events = two_stage_run
    tuned = train_model(
        two_stage_config(
            phantom_data,
            tmp_path / "tuned",
            epochs=1,
            crop_epochs=1,
            learning_rate=1e-9,
            seed=5,  # another initialisation: equal weights can only come from the base model
            augment=False,
            initial_model=base.model_dir,
        )
    )
    for name in ("model.keras", "crop.keras"):
        old, new = (load_keras_model(f"{run.model_dir}/{name}") for run in (base, tuned))
        pairs = zip(old.trainable_weights, new.trainable_weights, strict=True)  # batch norm statistics move
        assert all(np.allclose(a.numpy(), b.numpy(), atol=1e-4) for a, b in pairs), name


def test_the_crop_of_a_head_is_centred(tmp_path):
    from fetalhc_gui.core.crop import CropFrame

    head = Ellipse(100.0, 68.0, 50.0, 35.0, 0.4)
    frame = CropFrame.around(head, 32, 1.25)
    assert frame.to_image(np.array([[16.0, 16.0]])) == pytest.approx(np.array([[100.0, 68.0]]))


@pytest.mark.tensorflow
def test_the_command_line_trains_the_second_stage_by_default_and_says_how_long(phantom_data, tmp_path, capsys):
    from fetalhc_gui.cli import main
    from fetalhc_gui.inference.artifact import read_card

    out = tmp_path / "cli"
    common = ["train", str(phantom_data), "--out", str(out), "--epochs", "1", "--image-size", "32x48"]
    common += ["--base-filters", "4", "--batch-size", "4", "--val-fraction", "0.25"]
    assert main([*common, "--second-stage-epochs", "-1"]) == 2
    assert "second stage's epochs must be 0 or more" in capsys.readouterr().err
    assert main(common) == 0
    err = capsys.readouterr().err
    assert "8 usable images; expected time under a minute" in err and "second stage, epoch 20" in err
    assert read_card(out / "model")["crop_stage"]["input_size"] == [32, 32]
