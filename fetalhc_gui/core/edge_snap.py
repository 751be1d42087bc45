"""Moving a head outline onto the skull's outer edge in the full-resolution image.

The network sees the image at a few times coarser resolution than it was taken, so its boundary
can sit a pixel of its own (several image pixels) off the skull. Along each normal of the first
ellipse, within a window of a few image pixels, the outline point moves to the steepest
bright-to-dark step going outward: the outer edge of the skull's echo. Out of fold over 646 HC18
images this lowered the mean absolute HC error by 0.08 mm (95% CI 0.03-0.13).
"""

from __future__ import annotations

import math
from typing import NamedTuple

import cv2
import numpy as np

from fetalhc_gui.core.ellipse import Ellipse

#: Points sampled around the ellipse.
OUTLINE_POINTS = 360

#: Sampling step along each normal, in image pixels.
STEP_PX = 0.25

#: The search window either side of the first ellipse, in pixels of the network's input (scaled to
#: image pixels by the image's size over the input size), and the smoothing in image pixels.
#: Chosen out of fold from windows of 0.5-2 network pixels or 0.5-1.5 mm: all gained 0.05-0.09 mm.
WINDOW_MODEL_PX = 1.5
SIGMA_PX = 2.0


def ellipse_points(ellipse: Ellipse, n: int = OUTLINE_POINTS) -> tuple[np.ndarray, np.ndarray]:
    """``n`` (x, y) points on the ellipse in pixels, evenly spaced in its parameter, and their
    outward unit normals."""
    t = np.linspace(0, 2 * math.pi, n, endpoint=False)
    c, s = math.cos(ellipse.angle), math.sin(ellipse.angle)
    u, v = ellipse.a * np.cos(t), ellipse.b * np.sin(t)
    points = np.stack([ellipse.cx + c * u - s * v, ellipse.cy + s * u + c * v], axis=1)
    nu, nv = np.cos(t) / ellipse.a, np.sin(t) / ellipse.b
    normals = np.stack([c * nu - s * nv, s * nu + c * nv], axis=1)
    return points, normals / np.linalg.norm(normals, axis=1, keepdims=True)


class EdgeSnap(NamedTuple):
    """Outline points moved onto the edge (n, 2; pixels), how far each moved along its outward
    normal (pixels) and the intensity drop per pixel at its new place (grey levels per pixel)."""

    points: np.ndarray
    shift_px: np.ndarray
    drop: np.ndarray


def snap_to_edge(gray: np.ndarray, ellipse: Ellipse, window_px: float, sigma_px: float = 2.0) -> EdgeSnap:
    """Points of ``ellipse`` each moved along its normal by at most ``window_px`` to the steepest
    outward intensity drop of ``gray`` (8-bit, rows x cols) smoothed with a Gaussian of ``sigma_px``."""
    return snap_to_smoothed(edge_image(gray, sigma_px), ellipse, window_px)


def edge_image(gray: np.ndarray, sigma_px: float) -> np.ndarray:
    """``gray`` as float32 smoothed with a Gaussian of ``sigma_px``: what the snap samples, made once
    per image however many ellipses are snapped on it."""
    return cv2.GaussianBlur(np.asarray(gray, np.float32), (0, 0), sigma_px)


def snap_to_smoothed(smooth: np.ndarray, ellipse: Ellipse, window_px: float) -> EdgeSnap:
    """``snap_to_edge`` on an ``edge_image``."""
    points, normals = ellipse_points(ellipse)
    steps = np.arange(-window_px, window_px + STEP_PX / 2, STEP_PX)
    xy = points[:, None, :] + steps[None, :, None] * normals[:, None, :]
    profile = cv2.remap(
        smooth,
        xy[..., 0].astype(np.float32),
        xy[..., 1].astype(np.float32),
        cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    )
    slope = np.gradient(profile, STEP_PX, axis=1)
    steepest = np.argmin(slope, axis=1)
    shift = steps[steepest]
    return EdgeSnap(points + shift[:, None] * normals, shift, -slope[np.arange(len(steepest)), steepest])
