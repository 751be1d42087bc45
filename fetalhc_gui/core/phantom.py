"""A synthetic head phantom: a bright elliptical skull ring in speckle, for tests and the self-test."""

from __future__ import annotations

import math

import cv2
import numpy as np

from fetalhc_gui.core.ellipse import Ellipse

#: The head of the default phantom, in pixels of an 800x540 frame.
DEFAULT_HEAD = Ellipse(400, 270, 170, 130, 0.3)


def head_phantom(
    ellipse: Ellipse = DEFAULT_HEAD,
    shape: tuple[int, int] = (540, 800),
    skull_px: float = 9.0,
    seed: int = 0,
) -> np.ndarray:
    """An 8-bit (rows, cols) image: a skull ring of thickness ``skull_px`` (pixels) whose outer edge
    is ``ellipse``, brain tissue inside, and Rayleigh speckle everywhere, inside a sector-shaped field."""
    rng = np.random.default_rng(seed)
    rows, cols = shape
    y, x = np.mgrid[0:rows, 0:cols].astype(np.float64)
    c, s = math.cos(ellipse.angle), math.sin(ellipse.angle)
    u = c * (x - ellipse.cx) + s * (y - ellipse.cy)
    v = -s * (x - ellipse.cx) + c * (y - ellipse.cy)
    r = np.sqrt((u / ellipse.a) ** 2 + (v / ellipse.b) ** 2)
    mean_radius = (ellipse.a + ellipse.b) / 2
    depth = (1 - r) * mean_radius  # pixels inside the outer edge
    tissue = np.full(shape, 0.18)
    tissue[r < 1] = 0.28
    skull = np.exp(-(((depth - skull_px / 2) / (skull_px / 2)) ** 2) * 2)
    echo = tissue + 0.75 * skull
    speckle = rng.rayleigh(0.8, size=shape)
    image = cv2.GaussianBlur(echo * speckle, (0, 0), 1.2)
    apex_x, apex_y = cols / 2, -rows * 0.15
    angle = np.abs(np.arctan2(x - apex_x, y - apex_y))
    image[(angle > math.radians(40)) | (np.hypot(x - apex_x, y - apex_y) > rows * 1.12)] = 0
    return np.clip(image * 255, 0, 255).astype(np.uint8)
