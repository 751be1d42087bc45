"""Drawing the measurement over the image, at the image's resolution, for PNG export and the
DICOM capture. The caption is set in DejaVu Sans Condensed (bundled, Pillow's FreeType) so that
every shipped language's letters appear: OpenCV's Hershey fonts have ASCII only."""

from __future__ import annotations

import math
from functools import cache
from importlib import resources

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from fetalhc_gui.core.ellipse import Ellipse

MASK_RGB = (0, 200, 255)
ELLIPSE_RGB = (255, 220, 0)
AXES_RGB = (255, 80, 80)
CAPTION_PX = 16  # the caption's font size on an image up to 800 pixels wide
CAPTION_WIDTH_PX = 800  # wider images get a proportionally larger caption (a viewer shrinks them to fit)
LINE_SPACING = 1.3  # from one caption line to the next, in font sizes
MARGIN_PX = 10  # the caption's margin at CAPTION_PX, scaled with it


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
    return write_caption(rgb, caption) if caption else rgb


@cache
def caption_font(size_px: int = CAPTION_PX) -> ImageFont.FreeTypeFont:
    """The bundled caption font at ``size_px`` pixels (each size loaded once)."""
    path = resources.files("fetalhc_gui.resources") / "fonts" / "DejaVuSansCondensed.ttf"
    with resources.as_file(path) as font_file:
        return ImageFont.truetype(str(font_file), size_px)


def caption_size(width_px: int) -> int:
    """The caption's font size (pixels) on an image ``width_px`` pixels wide: CAPTION_PX up to
    CAPTION_WIDTH_PX, in proportion beyond, so that it reads alike once a viewer fits the image."""
    return max(CAPTION_PX, round(CAPTION_PX * width_px / CAPTION_WIDTH_PX))


def write_caption(rgb: np.ndarray, caption: str) -> np.ndarray:
    """``rgb`` (RGB uint8) with ``caption`` written white on a black outline from its top left
    corner, each line (newline-separated) wrapped at words to the image's width."""
    size = caption_size(rgb.shape[1])
    font = caption_font(size)
    margin = round(MARGIN_PX * size / CAPTION_PX)
    width = rgb.shape[1] - 2 * margin
    lines = [part for line in caption.splitlines() for part in wrapped(line, font, width)]
    picture = Image.fromarray(rgb)
    draw = ImageDraw.Draw(picture)
    outline = max(2, round(size / 8))
    for row, line in enumerate(lines):
        place = (margin, margin + round(LINE_SPACING * size) * row)
        draw.text(place, line, font=font, fill=(255, 255, 255), stroke_width=outline, stroke_fill=(0, 0, 0))
    return np.asarray(picture).copy()


def wrapped(line: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    """``line`` broken at spaces into lines no wider than ``width`` pixels (a word wider than that
    on a line of its own)."""
    out: list[str] = []
    for word in line.split(" "):
        if out and font.getlength(f"{out[-1]} {word}") <= width:
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return [part.strip() for part in out if part.strip()] or [""]


def encode_png(rgb: np.ndarray) -> bytes:
    """PNG bytes of an RGB uint8 image."""
    ok, data = cv2.imencode(".png", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
    if not ok:
        raise ValueError("the image could not be encoded as PNG")
    return data.tobytes()
