"""The one preprocessing and postprocessing path shared by training and inference (no TensorFlow).

Images are stretched to the model size (rows, cols). The sizes used (128x192 for training from
scratch, 160x240 for the bundled model) have an aspect ratio of 1.5: 628 of the 805 HC18 frames
are 800x540 (1.48) and all lie between 1.36 and 1.48, so stretching distorts them by at most 10%
(1.3% for the usual frame) and, unlike letterboxing into a square input, wastes no third of the input
on padding.
"""

from __future__ import annotations

import cv2
import numpy as np

from fetalhc_gui.core.ellipse import Ellipse, fit_probability


def to_model_input(gray: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """An 8-bit grayscale image as a float32 (rows, cols, 1) array in [0, 1] at model ``size``."""
    rows, cols = size
    resized = cv2.resize(gray, (cols, rows), interpolation=cv2.INTER_AREA)
    return (resized.astype(np.float32) / 255.0)[..., None]


def to_model_target(mask: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """A binary head mask as a float32 (rows, cols, 1) soft target in [0, 1] at model ``size``.

    Area averaging keeps the sub-pixel position of the boundary in the fractional values.
    """
    rows, cols = size
    binary = (np.asarray(mask) > 0).astype(np.float32)
    return cv2.resize(binary, (cols, rows), interpolation=cv2.INTER_AREA)[..., None]


def to_original_resolution(probability: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """A (rows, cols) or (rows, cols, 1) probability map resized to the image ``shape`` (rows, cols)."""
    prob = np.asarray(probability, dtype=np.float32).squeeze()
    return cv2.resize(prob, (shape[1], shape[0]), interpolation=cv2.INTER_LINEAR)


def ellipse_from_model_output(
    probability: np.ndarray, shape: tuple[int, int], boundary_offset_px: float
) -> tuple[Ellipse, np.ndarray]:
    """The head ellipse in original-image pixels and the probability map at that resolution.

    ``boundary_offset_px`` is subtracted from each semi-axis (original pixels), as calibrated
    for the model against the reference HC.
    """
    full = to_original_resolution(probability, shape)
    return fit_probability(full, 0.5, boundary_offset_px), full
