"""The settings of a training run (no TensorFlow: the training dialog reads them at once)."""

from __future__ import annotations

from dataclasses import dataclass

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
