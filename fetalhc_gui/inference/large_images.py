"""Measuring images far larger than an ultrasound frame within a bounded memory budget.

The measurement works on full-resolution maps (probability, edges, masks: several float arrays the
size of the image), so an 86-megapixel scan needed 3.8 GB. Images above ``MAX_MEASURE_PIXELS`` are
measured on a copy reduced to that many pixels (area averaging), and the result is mapped back to
the file's own pixels: the ellipse, outline and interval are in the file's pixels as for any other
image, the mask is at the file's resolution, the probability map at the reduced one. A 4-megapixel
copy still gives a head hundreds of pixels across, where the network itself sees 192 x 128.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

import cv2
import numpy as np

from fetalhc_gui.inference.prediction import Prediction

#: Images with more pixels than this are measured on a reduced copy (scanner frames are 0.3-2.5 MP).
MAX_MEASURE_PIXELS = 4_000_000


def reduced_for_measuring(gray: np.ndarray) -> tuple[np.ndarray, tuple[float, float] | None]:
    """``gray`` itself, or a copy of at most ``MAX_MEASURE_PIXELS`` pixels and the factors (x, y) of
    file pixels per copy pixel."""
    rows, cols = gray.shape[:2]
    if rows * cols <= MAX_MEASURE_PIXELS:
        return gray, None
    factor = math.sqrt(rows * cols / MAX_MEASURE_PIXELS)
    size = (max(1, int(cols / factor)), max(1, int(rows / factor)))
    small = cv2.resize(gray, size, interpolation=cv2.INTER_AREA)
    return small, (cols / size[0], rows / size[1])


def enlarged(prediction: Prediction, shape: tuple[int, int], factors: tuple[float, float]) -> Prediction:
    """A Prediction made on a reduced copy, in the pixels of the file of ``shape`` (rows, cols)."""
    sx, sy = factors
    mean = (sx + sy) / 2  # the copy keeps the aspect ratio to within a pixel

    def to_file(points: np.ndarray) -> np.ndarray:
        return (points + 0.5) * np.array([sx, sy]) - 0.5

    mask = cv2.resize(prediction.mask, (shape[1], shape[0]), interpolation=cv2.INTER_NEAREST)
    changes = {"mask": mask}
    if prediction.ellipse is not None:
        e = prediction.ellipse.scaled(sx, sy)
        centre = to_file(np.array([prediction.ellipse.cx, prediction.ellipse.cy]))
        changes["ellipse"] = replace(e, cx=float(centre[0]), cy=float(centre[1]))
    if prediction.outline is not None:
        changes["outline"] = to_file(prediction.outline)
    if prediction.uncertainty is not None:
        u = prediction.uncertainty
        changes["uncertainty"] = replace(
            u, hc_low_px=u.hc_low_px * mean, hc_high_px=u.hc_high_px * mean, spread_px=u.spread_px * mean
        )
    if prediction.spread_px is not None:
        changes["spread_px"] = prediction.spread_px * mean
    if prediction.risk is not None:  # the result's resolution is the copy's: pixels ``mean`` times larger
        risk = prediction.risk
        changes["risk"] = replace(risk, base=risk.base + risk.per_log_pixel * math.log(mean))
    return replace(prediction, **changes)


def within_budget(grays: list[np.ndarray], measure: Callable[[list[np.ndarray]], list[Prediction]]) -> list[Prediction]:
    """``measure`` run on the images, each above ``MAX_MEASURE_PIXELS`` reduced first and its result
    mapped back to its own pixels."""
    reduced = [reduced_for_measuring(gray) for gray in grays]
    predictions = measure([small for small, _ in reduced])
    return [
        p if factors is None else enlarged(p, gray.shape[:2], factors)
        for p, gray, (_, factors) in zip(predictions, grays, reduced, strict=True)
    ]
