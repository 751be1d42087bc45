"""Building small HC18-layout folders of phantom images for tests."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from fetalhc_gui.core.biometry import head_biometry
from fetalhc_gui.core.ellipse import Ellipse, rasterise
from fetalhc_gui.core.phantom import head_phantom

SHAPE = (135, 200)


def phantom_ellipse(index: int) -> Ellipse:
    rng = np.random.default_rng(index)
    return Ellipse(
        100 + rng.uniform(-10, 10), 68 + rng.uniform(-6, 6), rng.uniform(40, 55), rng.uniform(30, 40), rng.uniform(0, 3)
    )


def small_config(data: Path, out: Path, **overrides):
    """A ``TrainConfig`` of a tiny, quick network for tests (32x48, 4 base filters, 3 levels)."""
    from fetalhc_gui.training.train_config import TrainConfig

    base = dict(
        data_dir=str(data),
        out_dir=str(out),
        epochs=3,
        image_rows=32,
        image_cols=48,
        base_filters=4,
        depth=3,
        batch_size=4,
        val_fraction=0.25,
        learning_rate=3e-3,
    )
    return TrainConfig(**(base | overrides))


def make_hc18_folder(root: Path, count: int = 8, pixel_size_mm: float = 0.3) -> Path:
    """``root/training_set`` with ``count`` phantom images (one per subject), their filled
    annotations and the pixel-size CSV with reference HC."""
    images = root / "training_set"
    images.mkdir(parents=True)
    lines = ["filename,pixel size(mm),head circumference (mm)"]
    for i in range(count):
        ellipse = phantom_ellipse(i)
        name = f"{i:03d}_HC.png"
        cv2.imwrite(str(images / name), head_phantom(ellipse, SHAPE, skull_px=4, seed=i))
        cv2.imwrite(str(images / f"{i:03d}_HC_Annotation.png"), rasterise(ellipse, SHAPE) * 255)
        lines.append(f"{name},{pixel_size_mm},{head_biometry(ellipse, pixel_size_mm).hc_mm:.2f}")
    (root / "training_set_pixel_size_and_HC.csv").write_text("\n".join(lines) + "\n")
    return root
