"""Training the second stage: a U-Net that delineates the head on a square crop around the first
ellipse (needs TensorFlow).

``train_second_stage(config, on_progress, should_stop)`` trains it for the model that
``training.train`` built in ``config.out_dir``, on the same subjects (its training images, never
its validation or test ones), into ``out/second_stage``: checkpointed every epoch and resumable like
the first stage. Each training image gives CROPS_PER_IMAGE crops around its annotated ellipse, the
centre jittered by up to CENTRE_JITTER of the semi-axes and the size by SIZE_JITTER, as a first
pass would miss it; the usual augmentation follows. The finished network is added to
``out/model`` (``crop.keras``, ``crop.onnx`` and the card's ``crop_stage``) and the boundary offset
is calibrated again on the validation images, measured with both stages.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np

from fetalhc_gui.core.crop import CropFrame
from fetalhc_gui.core.ellipse import fit_mask
from fetalhc_gui.inference.artifact import CROP_KERAS_FILE, CROP_ONNX_FILE, MODEL_DIR, read_card
from fetalhc_gui.training.dataset import Sample, read_annotation, read_gray, scan_folder
from fetalhc_gui.training.model_files import load_keras_model, save_inference_model, write_card
from fetalhc_gui.training.train_config import CHECKPOINT_FILE, CROPS_PER_IMAGE, TrainConfig
from fetalhc_gui.training.training import ProgressCallback, Split, StopCallback, TrainResult, fit_network
from fetalhc_gui.training.validation import validated_card

#: Crop width as a multiple of the ellipse's major axis.
MARGIN = 1.25
#: Largest shift of a training crop's centre, as a share of the ellipse's semi-axes.
CENTRE_JITTER = 0.06
#: Largest change of a training crop's scale, as a share.
SIZE_JITTER = 0.10
#: The folder of a run that holds the second stage's checkpoint.
STAGE_DIR = "second_stage"


def crop_stage_card(config: TrainConfig) -> dict:
    """The card entry of a second stage trained with ``config``."""
    return {
        "input_size": [config.crop_size, config.crop_size],
        "margin": MARGIN,
        "network": f"the same U-Net as the first stage ({config.depth} levels, {config.base_filters} base filters) "
        "on a square crop around the first ellipse, margin times its major axis wide",
        "training": f"{CROPS_PER_IMAGE} crops per training image around the annotated ellipse, centre jittered "
        f"+-{CENTRE_JITTER:.0%} of the semi-axis and size +-{SIZE_JITTER:.0%}, {config.crop_epochs} "
        f"epoch{'' if config.crop_epochs == 1 else 's'} with the first stage's augmentation",
    }


def training_crops(
    samples: list[Sample], size: int, rng: np.random.Generator, per_image: int = CROPS_PER_IMAGE
) -> tuple[np.ndarray, np.ndarray]:
    """Crops (n, size, size, 1) in [0, 1] around each sample's annotated ellipse, jittered, and
    their head targets (same shape, 0..1)."""
    images, targets = [], []
    for sample in samples:
        gray, mask = read_gray(sample.image), read_annotation(sample.annotation).astype(np.float32)
        truth = fit_mask(mask > 0, 0.0)
        for _ in range(per_image):
            frame = CropFrame.around(truth, size, MARGIN)
            frame = CropFrame(
                frame.cx + rng.uniform(-CENTRE_JITTER, CENTRE_JITTER) * truth.a,
                frame.cy + rng.uniform(-CENTRE_JITTER, CENTRE_JITTER) * truth.b,
                frame.scale * rng.uniform(1 - SIZE_JITTER, 1 + SIZE_JITTER),
                size,
            )
            images.append(frame.cut(gray) / 255.0)
            targets.append(np.clip(frame.cut(mask), 0, 1))
    return np.stack(images)[..., None].astype(np.float32), np.stack(targets)[..., None].astype(np.float32)


def stage_config(config: TrainConfig) -> TrainConfig:
    """The settings the second stage of the run ``config`` trains with: its own folder, a square
    input of ``crop_size`` and ``crop_epochs`` epochs; with ``resume``, resumed where it has a
    checkpoint (``training.fit_network``)."""
    out = Path(config.out_dir) / STAGE_DIR
    return replace(
        config,
        out_dir=str(out),
        epochs=config.crop_epochs,
        image_rows=config.crop_size,
        image_cols=config.crop_size,
        resume=config.resume,
    )


def run_split(card: dict, data_dir: str | Path) -> Split:
    """The samples of ``data_dir`` that the model with ``card`` trained on, validated on and left for the test."""
    usable = scan_folder(data_dir).usable
    val, test = set(card["data"]["val_subjects"]), set(card["data"]["test_subjects"])
    return Split(
        [s for s in usable if s.subject not in val and s.subject not in test],
        [s for s in usable if s.subject in val],
        [s for s in usable if s.subject in test],
    )


def train_second_stage(
    config: TrainConfig,
    on_progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> TrainResult:
    """Train the second stage of the finished run in ``config.out_dir`` and add it to its model
    folder; see the module docstring. A model folder that has one already is left as it is."""
    folder = Path(config.out_dir) / MODEL_DIR
    card = read_card(folder)
    if card.get("crop_stage"):
        return TrainResult(True, 0, [], str(folder), card)
    split = run_split(card, config.data_dir)
    stage = stage_config(config)
    rng = np.random.default_rng(config.seed)  # the same crops when a stopped run resumes
    training = training_crops(split.train, stage.crop_size, rng)
    validation = training_crops(split.val, stage.crop_size, rng, per_image=1) if split.val else None
    initial = Path(config.initial_model) / CROP_KERAS_FILE if config.initial_model else None
    initial = initial if initial is not None and initial.exists() else None  # fine-tuning a one-stage model
    history = fit_network(stage, training, validation, split, initial, None, on_progress, should_stop)
    if len(history) < stage.epochs:
        return TrainResult(False, len(history), history)
    card = attach_second_stage(folder, card, stage, history, split.val)
    return TrainResult(True, len(history), history, str(folder), card)


def attach_second_stage(folder: Path, card: dict, stage: TrainConfig, history: list[dict], val: list[Sample]) -> dict:
    """Add the second stage whose last checkpoint is in ``stage.out_dir`` to the model ``folder``
    (with ``card``), calibrate the boundary offset again on ``val`` with both stages and write the
    card; returns it."""
    network = load_keras_model(Path(stage.out_dir) / CHECKPOINT_FILE)
    save_inference_model(network, stage, folder, CROP_KERAS_FILE, CROP_ONNX_FILE)
    card = card | {
        "name": f"{card['name']}-crop{stage.crop_size}",
        "crop_stage": crop_stage_card(stage),
        "crop_training": {"epochs_done": len(history), "history": history[-1:]},
    }
    return write_card(folder, validated_card(folder, card, val) if val else card)


def first_stage_copy(model_folder: Path, folder: Path) -> dict:
    """Copy the model folder ``model_folder`` into ``folder`` without its second stage (its files,
    card entries and name suffix), to give it another; returns the copy's card."""
    shutil.copytree(model_folder, folder, dirs_exist_ok=True)
    for name in (CROP_KERAS_FILE, CROP_ONNX_FILE):
        (folder / name).unlink(missing_ok=True)
    card = {key: value for key, value in read_card(folder).items() if key not in ("crop_stage", "crop_training")}
    return write_card(folder, card | {"name": card["name"].split("-crop")[0]})
