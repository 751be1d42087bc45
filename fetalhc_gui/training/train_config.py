"""The settings of a training run and the wording of its epochs (no TensorFlow: the training dialog
reads them at once)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from fetalhc_gui.inference.artifact import bundled_model_dir

#: Seconds per training image per epoch at 128x192 with 16 base filters, batch 8 and augmentation,
#: measured on a 2-core laptop-class CPU (x86_64, AVX2) with TensorFlow 2.21; validation included.
SECONDS_PER_IMAGE_EPOCH = 0.085
REFERENCE_PIXELS = 128 * 192
REFERENCE_FILTERS = 16
#: Seconds per crop per epoch of the second stage at 128x128 with 16 base filters, batch 8 and
#: augmentation, on the same CPU (978 crops, 20 epochs: about 14 minutes per member).
SECONDS_PER_CROP_EPOCH = 0.043
REFERENCE_CROP_PIXELS = 128 * 128
#: Crops cut per training image for the second stage.
CROPS_PER_IMAGE = 2

CHECKPOINT_FILE = "checkpoint.keras"
STATE_FILE = "training_state.json"


@dataclass
class TrainConfig:
    """Everything that defines a training run; stored with the checkpoint and in the model card."""

    data_dir: str
    out_dir: str
    epochs: int = 40
    image_rows: int = 128
    image_cols: int = 192
    base_filters: int = 16
    depth: int = 4
    dropout: float = 0.1
    dilated: bool = False
    deep_supervision: bool = False
    batch_size: int = 8
    learning_rate: float = 1e-3
    min_learning_rate: float = 1e-5
    val_fraction: float = 0.15
    seed: int = 0
    test_fraction: float = 0.0
    split_seed: int = 0
    folds: int = 0
    fold: int = 0
    augment: bool = True
    initial_model: str | None = None
    resume: bool = False
    crop_epochs: int = 0

    def validate(self, members: int = 1) -> None:
        """ValueError saying what cannot work in a run of ``members`` models (1: a single model),
        the same for the training dialog and ``fetalhc train``: no output folder, or one in or
        around the bundled model's folder (training would overwrite the model FetalHC ships); an
        ensemble without a test split (its interval is calibrated on subjects no member saw);
        fractions, epochs or sizes out of range."""
        if not self.out_dir.strip():
            raise ValueError("Choose an output folder.")
        out, bundled = Path(self.out_dir).resolve(), bundled_model_dir().resolve()
        if out == bundled or bundled in out.parents or out in bundled.parents:
            raise ValueError("The output folder must not be the bundled model's folder.")
        if members < 1:
            raise ValueError("Train at least one model.")
        if members > 1 and not self.test_fraction:
            raise ValueError("An ensemble needs a test fraction: its interval is calibrated on subjects no member saw.")
        if not 0 < self.val_fraction < 1 or not 0 <= self.test_fraction < 1:
            raise ValueError("The validation and test fractions must lie between 0 and 1.")
        if self.epochs < 1:
            raise ValueError("Train at least one epoch.")
        if self.crop_epochs < 0:
            raise ValueError("The second stage's epochs must be 0 or more (0: no second stage).")
        if self.image_rows % 16 or self.image_cols % 16:
            raise ValueError(f"The image size {self.image_rows}x{self.image_cols} must be a multiple of 16.")

    @property
    def size(self) -> tuple[int, int]:
        """Model input size (rows, cols) in pixels."""
        return self.image_rows, self.image_cols

    @property
    def crop_size(self) -> int:
        """The second stage's square input in pixels: as many rows as the first stage's."""
        return self.image_rows


def learning_rate_at(epoch: int, config: TrainConfig) -> float:
    """Cosine decay from ``learning_rate`` to ``min_learning_rate`` over the run."""
    progress = epoch / max(1, config.epochs - 1)
    span = config.learning_rate - config.min_learning_rate
    return config.min_learning_rate + 0.5 * span * (1 + math.cos(math.pi * min(1.0, progress)))


def expected_seconds(config: TrainConfig, images: int, members: int = 1) -> float:
    """Expected training time in seconds on a 2-core CPU like the one the rates were measured on,
    both stages of every member; ``stage_seconds`` gives the parts."""
    return sum(stage_seconds(config, images, members))


def stage_seconds(config: TrainConfig, images: int, members: int = 1) -> list[float]:
    """Expected seconds of each stage in the order they run: member 1's first stage, its second
    stage (where ``crop_epochs``), member 2's first stage, ...

    ``images`` is the number of usable images; each of ``members`` fold members trains on
    (members - 1) / members of those left after the test split (all but the validation share
    for a single model), its second stage on CROPS_PER_IMAGE crops of each. Time scales with
    the pixel count and, roughly, the filters squared.
    """
    rest = images * (1 - config.test_fraction)
    per_member = rest * (members - 1) / members if members > 1 else rest * (1 - config.val_fraction)
    width = (config.base_filters / REFERENCE_FILTERS) ** 2
    first = config.epochs * per_member * SECONDS_PER_IMAGE_EPOCH * width * config.image_rows * config.image_cols
    first /= REFERENCE_PIXELS
    second = config.crop_epochs * per_member * CROPS_PER_IMAGE * SECONDS_PER_CROP_EPOCH * width
    second *= config.crop_size**2 / REFERENCE_CROP_PIXELS
    return [first, second] * members if config.crop_epochs else [first] * members


def epoch_line(logs: dict) -> str:
    """One finished epoch's progress ``logs`` in a line: member and stage where given, then its figures."""
    figures = ", ".join(f"{k} {v:.4g}" for k, v in logs.items() if isinstance(v, float))
    member = f"member {logs['member']}, " if "member" in logs else ""
    stage = "second stage, " if logs.get("stage") == 2 else ""
    return f"{member}{stage}epoch {logs['epoch']}: {figures}"
