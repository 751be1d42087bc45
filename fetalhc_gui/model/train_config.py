"""The settings of a training run (no TensorFlow: the training dialog reads them at once)."""

from __future__ import annotations

from dataclasses import dataclass

#: Seconds per training image per epoch at 128x192 with 16 base filters, batch 8 and augmentation,
#: measured on a 2-core laptop-class CPU (x86_64, AVX2) with TensorFlow 2.21; validation included.
SECONDS_PER_IMAGE_EPOCH = 0.085
REFERENCE_PIXELS = 128 * 192
REFERENCE_FILTERS = 16

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

    @property
    def size(self) -> tuple[int, int]:
        """Model input size (rows, cols) in pixels."""
        return self.image_rows, self.image_cols


def expected_seconds(config: TrainConfig, images: int, members: int = 1) -> float:
    """Expected training time on a 2-core CPU like the one the rate was measured on.

    ``images`` is the number of usable images; each of ``members`` fold members trains on
    (members - 1) / members of those left after the test split (all but the validation share
    for a single model). Time scales with the pixel count and, roughly, the filters squared.
    """
    rest = images * (1 - config.test_fraction)
    per_member = rest * (members - 1) / members if members > 1 else rest * (1 - config.val_fraction)
    scale = (config.image_rows * config.image_cols / REFERENCE_PIXELS) * (config.base_filters / REFERENCE_FILTERS) ** 2
    return members * config.epochs * per_member * SECONDS_PER_IMAGE_EPOCH * scale
