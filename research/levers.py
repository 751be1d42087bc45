"""Training levers measured and rejected (docs/experiment-log.md), kept so their runs can be
repeated: a boundary-weighted loss and darkened skull-wall arcs for the second stage.

They are applied to the product's training from outside (``levers_applied``), so the product
carries no switch for them. Needs the training install.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import keras
import numpy as np
from keras import ops

from fetalhc_gui.training import dataset, training
from fetalhc_gui.training.unet import dice_coefficient


@keras.saving.register_keras_serializable(package="fetalhc")
class BoundaryWeightedLoss(keras.losses.Loss):
    """Binary cross-entropy whose pixels within ``band_px`` pixels of the target's boundary weigh
    ``1 + weight`` (the rest 1), plus (1 - soft Dice): the skull's outline, where the HC is decided,
    counts more than the head's inside and the background far from it."""

    def __init__(self, weight: float = 5.0, band_px: int = 2, name: str = "boundary_weighted_loss", **kwargs):
        super().__init__(name=name, **kwargs)
        self.weight = float(weight)
        self.band_px = int(band_px)

    def call(self, y_true, y_pred):
        y_true = ops.cast(y_true, y_pred.dtype)
        window = 2 * self.band_px + 1
        dilated = ops.max_pool(y_true, window, 1, "same")
        eroded = -ops.max_pool(-y_true, window, 1, "same")
        weights = (1.0 + self.weight * (dilated - eroded))[..., 0]
        bce = keras.losses.binary_crossentropy(y_true, y_pred)
        return ops.sum(weights * bce) / ops.sum(weights) + 1.0 - dice_coefficient(y_true, y_pred)

    def get_config(self) -> dict:
        return super().get_config() | {"weight": self.weight, "band_px": self.band_px}


def dropped_arc(shape: tuple[int, int], rng: np.random.Generator) -> np.ndarray:
    """A (rows, cols) gain in [0, 1] that darkens one or two wedges from near the image centre,
    as a wall parallel to the beam or an acoustic shadow loses the skull's echo over an arc.

    Each wedge spans 20-70 degrees with 5-degree soft edges and keeps 5-40% of the signal; a
    second wedge, opposite the first, in a third of the cases (both lateral walls faint).
    """
    rows, cols = shape
    cy, cx = (rows / 2, cols / 2) + rng.normal(0, 0.04, size=2) * (rows, cols)
    yy, xx = np.mgrid[0:rows, 0:cols]
    angles = np.arctan2(yy - cy, xx - cx)
    first = rng.uniform(-np.pi, np.pi)
    centres = [first] + ([first + np.pi + rng.uniform(-0.35, 0.35)] if rng.random() < 1 / 3 else [])
    gain = np.ones(shape, np.float32)
    for centre in centres:
        half_width = np.radians(rng.uniform(20, 70)) / 2
        off = np.abs(np.angle(np.exp(1j * (angles - centre))))
        inside = np.clip((half_width - off) / np.radians(5) + 0.5, 0, 1)
        gain *= (1 - rng.uniform(0.6, 0.95) * inside).astype(np.float32)
    return gain


@contextmanager
def levers_applied(boundary_weight: float = 0.0, wall_dropout: float = 0.0) -> Iterator[None]:
    """While inside, the product's training compiles with ``BoundaryWeightedLoss(boundary_weight)``
    (where given) and darkens a ``dropped_arc`` in a ``wall_dropout`` share of the training images."""
    plain_compile, plain_augment = training.compile_unet, dataset.augment

    def compile_with_lever(model, learning_rate=1e-3):
        model = plain_compile(model, learning_rate)
        if boundary_weight:
            model.compile(
                optimizer=model.optimizer, loss=BoundaryWeightedLoss(boundary_weight), metrics=[dice_coefficient]
            )
        return model

    def augment_with_lever(image, target, rng):
        image, target = plain_augment(image, target, rng)
        if rng.random() < wall_dropout:
            image = image * dropped_arc(image.shape[:2], rng)[..., None]
        return image, target

    training.compile_unet, dataset.augment = compile_with_lever, augment_with_lever
    try:
        yield
    finally:
        training.compile_unet, dataset.augment = plain_compile, plain_augment
