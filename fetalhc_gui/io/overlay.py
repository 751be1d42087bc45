"""Drawing the measurement over the image, at the image's resolution, for PNG export."""

from __future__ import annotations

import math

import cv2
import numpy as np

from fetalhc_gui.core.ellipse import Ellipse

MASK_RGB = (0, 200, 255)
ELLIPSE_RGB = (255, 220, 0)
AXES_RGB = (255, 80, 80)


def draw_overlay(
    display: np.ndarray,
    ellipse: Ellipse | None,
    mask: np.ndarray | None = None,
    mask_opacity: float = 0.3,
    caption: str = "",
) -> np.ndarray:
    """An RGB uint8 copy of ``display`` (gray or RGB) with the mask tinted, the ellipse, its axes
    and a caption (lines separated by newlines) drawn on it."""
    rgb = cv2.cvtColor(display, cv2.COLOR_GRAY2RGB) if display.ndim == 2 else display[..., :3].copy()
    if mask is not None and mask.any():
        tint = np.empty_like(rgb)
        tint[:] = MASK_RGB
        blended = cv2.addWeighted(rgb, 1 - mask_opacity, tint, mask_opacity, 0)
        np.copyto(rgb, blended, where=mask.astype(bool)[..., None])
    if ellipse is not None:
        shift = 4
        scale = 1 << shift
        centre = (round(ellipse.cx * scale), round(ellipse.cy * scale))
        axes = (round(ellipse.a * scale), round(ellipse.b * scale))
        cv2.ellipse(rgb, centre, axes, math.degrees(ellipse.angle), 0, 360, ELLIPSE_RGB, 2, cv2.LINE_AA, shift)
        ends = ellipse.axis_endpoints()
        for first, second in (("a+", "a-"), ("b+", "b-")):
            p, q = ends[first], ends[second]
            start = (round(p[0] * scale), round(p[1] * scale))
            stop = (round(q[0] * scale), round(q[1] * scale))
            cv2.line(rgb, start, stop, AXES_RGB, 1, cv2.LINE_AA, shift)
    for row, line in enumerate(caption.splitlines() if caption else []):
        place = (10, 24 + 22 * row)
        cv2.putText(rgb, line, place, cv2.FONT_HERSHEY_SIMPLEX, 0.6, (0, 0, 0), 3, cv2.LINE_AA)
        cv2.putText(rgb, line, place, cv2.FONT_HERSHEY_SIMPLEX, 0.6, (255, 255, 255), 1, cv2.LINE_AA)
    return rgb


def encode_png(rgb: np.ndarray) -> bytes:
    """PNG bytes of an RGB uint8 image."""
    ok, data = cv2.imencode(".png", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
    if not ok:
        raise ValueError("the image could not be encoded as PNG")
    return data.tobytes()
