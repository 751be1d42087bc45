"""The U-Net, its training loop, the artifact and Keras/ONNX parity (needs TensorFlow)."""

import json
import os
from pathlib import Path

import cv2
import numpy as np
import onnx
import pytest

from fetalhc_gui.inference.artifact import ModelLoadError

from support.hc18_factory import make_hc18_folder, small_config

pytestmark = pytest.mark.tensorflow
keras = pytest.importorskip("keras")


def test_unet_shapes_and_output_range():
    from fetalhc_gui.training.unet import get_unet

    model = get_unet((32, 48, 1), base_filters=4, depth=3)
    out = model(np.random.rand(2, 32, 48, 1).astype("float32"), training=False)
    assert tuple(out.shape) == (2, 32, 48, 1)
    assert float(np.min(out)) >= 0.0 and float(np.max(out)) <= 1.0


def test_unet_rejects_indivisible_size():
    from fetalhc_gui.training.unet import get_unet

    with pytest.raises(ValueError, match="divisible"):
        get_unet((30, 48, 1), depth=3)


def test_loss_on_toy_batch():
    from fetalhc_gui.training.unet import bce_dice_loss, dice_coefficient

    target = np.zeros((1, 8, 8, 1), "float32")
    target[0, 2:6, 2:6] = 1
    perfect = np.clip(target, 1e-6, 1 - 1e-6)
    wrong = 1 - perfect
    assert float(dice_coefficient(target, perfect)) == pytest.approx(1.0, abs=1e-3)
    assert float(bce_dice_loss(target, perfect)) < 0.01
    assert float(bce_dice_loss(target, wrong)) > 5


@pytest.fixture(scope="module")
def phantom_data(tmp_path_factory):
    return make_hc18_folder(tmp_path_factory.mktemp("hc18"), count=8)


def test_training_lowers_loss_and_saves_a_loadable_model(phantom_data, tmp_path):
    from fetalhc_gui.inference.artifact import read_card
    from fetalhc_gui.inference.predictor import Predictor
    from fetalhc_gui.training.training import train

    events = []
    result = train(small_config(phantom_data, tmp_path), lambda d, t, logs: events.append((d, t, logs)))
    assert result.finished and result.epochs_done == 3
    losses = [h["loss"] for h in result.history]
    assert losses[-1] < losses[0]
    epochs = [e for e in events if e[2]["event"] == "epoch"]
    assert [e[2]["epoch"] for e in epochs] == [1, 2, 3]
    assert "val_hc_adf_mm" in epochs[-1][2]
    assert events[-1][0] == events[-1][1]
    card = read_card(result.model_dir)
    assert card["input_size"] == [32, 48] and "CC BY 4.0" in card["data"]["attribution"]
    assert set(card["files"]) == {"model.keras", "model.onnx"}
    assert Predictor(result.model_dir).predict(np.zeros((135, 200), np.uint8)).probability.shape == (135, 200)


def test_dilated_deep_supervised_training_resumes_and_exports_one_output(phantom_data, tmp_path):
    from fetalhc_gui.inference.artifact import read_card
    from fetalhc_gui.inference.predictor import Predictor
    from fetalhc_gui.training.model_files import load_keras_model
    from fetalhc_gui.training.training import train

    first = train(small_config(phantom_data, tmp_path, epochs=1, dilated=True, deep_supervision=True))
    resumed = train(small_config(phantom_data, tmp_path, epochs=2, dilated=True, deep_supervision=True, resume=True))
    assert first.finished and resumed.finished and resumed.epochs_done == 2
    logs = resumed.history[-1]
    assert {"loss", "dice_coefficient", "val_dice_coefficient", "val_hc_adf_mm"} <= set(logs)
    assert not any("aux" in key or "probability" in key for key in logs)
    card = read_card(resumed.model_dir)
    assert card["architecture"]["dilated_bottleneck"] and card["architecture"]["deep_supervision_in_training"]
    saved = load_keras_model(resumed.model_dir)
    assert len(saved.outputs) == 1 and any("_d4" in layer.name for layer in saved.layers)
    assert Predictor(resumed.model_dir).predict(np.zeros((135, 200), np.uint8)).probability.shape == (135, 200)


def test_should_stop_keeps_last_epoch_and_resume_continues(phantom_data, tmp_path):
    from fetalhc_gui.training.train_config import STATE_FILE
    from fetalhc_gui.training.training import train

    batches = []

    def stop_in_second_epoch():
        return len(batches) >= 3  # epoch 1 has 2 batches; stop in epoch 2

    result = train(small_config(phantom_data, tmp_path), lambda d, t, logs: batches.append(logs), stop_in_second_epoch)
    assert not result.finished and result.epochs_done == 1
    state = json.loads((tmp_path / STATE_FILE).read_text())
    assert state["epochs_done"] == 1
    resumed = train(small_config(phantom_data, tmp_path, resume=True))
    assert resumed.finished and [h["epoch"] for h in resumed.history] == [1, 2, 3]


def test_onnx_matches_keras(phantom_data, tmp_path):
    import onnxruntime as ort

    from fetalhc_gui.training.model_files import export_onnx
    from fetalhc_gui.training.unet import get_unet

    model = get_unet((32, 48, 1), base_filters=4, depth=3)
    export_onnx(model, tmp_path / "m.onnx")
    x = np.random.default_rng(0).random((3, 32, 48, 1), dtype=np.float32)
    session = ort.InferenceSession(str(tmp_path / "m.onnx"), providers=["CPUExecutionProvider"])
    onnx_out = session.run(None, {session.get_inputs()[0].name: x})[0]
    assert np.abs(onnx_out - model.predict(x, verbose=0)).max() <= 1e-4


def test_missing_and_corrupt_models_name_the_file(tmp_path):
    from fetalhc_gui.inference.artifact import ModelLoadError, read_card
    from fetalhc_gui.inference.predictor import Predictor
    from fetalhc_gui.training.model_files import load_keras_model

    with pytest.raises(ModelLoadError, match="model_card.json"):
        Predictor(tmp_path)
    (tmp_path / "model.keras").write_bytes(b"not a zip")
    with pytest.raises(ModelLoadError, match="model.keras"):
        load_keras_model(tmp_path)
    (tmp_path / "model_card.json").write_text("{broken")
    with pytest.raises(ModelLoadError, match="unreadable"):
        read_card(tmp_path)
    (tmp_path / "model_card.json").write_text(
        json.dumps({"name": "x", "input_size": [32, 48], "postprocessing": {"boundary_offset_px": 1}})
    )
    (tmp_path / "model.onnx").write_bytes(b"garbage")
    with pytest.raises(ModelLoadError, match="model.onnx"):
        Predictor(tmp_path)


def test_an_ensemble_trains_packs_calibrates_and_measures(tmp_path):
    from fetalhc_gui.inference.artifact import read_card
    from fetalhc_gui.inference.predictor import Predictor
    from fetalhc_gui.training.ensemble_training import train_ensemble

    data = make_hc18_folder(tmp_path / "data", count=16)
    config = small_config(data, tmp_path / "ens", epochs=2, test_fraction=0.5)
    members = []
    result = train_ensemble(config, 2, lambda d, t, logs: members.append(logs["member"]))
    assert result.finished and set(members) == {1, 2}
    card = read_card(result.model_dir)
    assert card["ensemble"]["members"] == 2
    member_cards = [read_card(tmp_path / "ens" / f"member{k}" / "model") for k in (0, 1)]
    test_subjects = set(card["data"]["test_subjects"])
    assert len(test_subjects) == 8
    for member in member_cards:  # no member trained or validated on a test subject
        assert not test_subjects & set(member["data"]["val_subjects"])
        assert member["data"]["train_images"] + member["data"]["val_images"] == 8
    assert set(member_cards[0]["data"]["val_subjects"]).isdisjoint(member_cards[1]["data"]["val_subjects"])
    test = card["evaluation"]["test"]
    assert test["count"] == 8 and "how" in test
    assert "uncertainty" in card  # 8 test images are too few to calibrate: None, and the card says why
    assert card["precision"].startswith("int8")
    network = onnx.load(f"{result.model_dir}/model.onnx")
    assert any(node.op_type == "QuantizeLinear" for node in network.graph.node)
    assert not os.path.exists(f"{result.model_dir}/model.float.onnx")

    predictor = Predictor(result.model_dir)
    assert predictor.members == 2
    gray = cv2.imread(str(data / "training_set" / "000_HC.png"), cv2.IMREAD_GRAYSCALE)
    maps = predictor.member_maps([gray])
    assert maps.shape == (1, 32, 48, 2)
    prediction = predictor.predict(gray)
    if prediction.ellipse is not None:
        assert prediction.spread_px is not None
        assert prediction.uncertainty is None or prediction.uncertainty.hc_low_px <= prediction.uncertainty.hc_high_px
    screened = predictor.screen_batch([gray])  # the first member cut out of the 8-bit graph
    assert len(screened) == 1 and screened[0].spread_px is None
    from fetalhc_gui.training.model_files import first_member_graph

    folder = Path(result.model_dir)
    assert (folder / "locate.onnx").read_bytes() == first_member_graph(folder / "model.onnx")
    assert "locate.onnx" in card["files"]
    # the whole graph's maps pass its 8-bit concatenation: equal to about one 8-bit step
    np.testing.assert_allclose(predictor.first_member_maps([gray]), maps[..., :1], atol=1 / 255)
    from fetalhc_gui.training.keras_network import keras_predictor

    with pytest.raises(ModelLoadError, match="ensemble"):
        keras_predictor(result.model_dir)


def test_an_epoch_that_finds_no_head_in_any_validation_image_is_logged_not_fatal(phantom_data):
    from fetalhc_gui.training import dataset as ds
    from fetalhc_gui.training.training import _ValidationHC

    samples = ds.scan_folder(phantom_data).usable[:2]
    x_val, _, shapes = ds.load_arrays(samples, (32, 48))
    callback = _ValidationHC(x_val, samples, shapes, batch_size=2)
    blank = keras.Sequential([keras.Input((32, 48, 1)), keras.layers.Lambda(lambda x: x * 0.0)])
    blank.stop_training = False
    callback.set_model(blank)
    logs = {"loss": 1.0}
    callback.on_epoch_end(0, logs)
    assert logs["val_hc_failures"] == 2 and "val_hc_adf_mm" not in logs
