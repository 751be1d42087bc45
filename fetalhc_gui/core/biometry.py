"""Head biometry from an ellipse: HC, BPD, OFD and cephalic index in millimetres."""

from __future__ import annotations

import math
from dataclasses import dataclass

from fetalhc_gui.core.ellipse import Ellipse


def ramanujan_perimeter(a: float, b: float) -> float:
    """Perimeter of an ellipse with semi-axes ``a`` and ``b`` (Ramanujan's second approximation).

    h = ((a-b)/(a+b))^2, P = pi (a+b) (1 + 3h / (10 + sqrt(4 - 3h))); same unit as a and b.
    """
    if a <= 0 or b <= 0:
        raise ValueError(f"semi-axes must be positive, got a={a}, b={b}")
    h = ((a - b) / (a + b)) ** 2
    return math.pi * (a + b) * (1 + 3 * h / (10 + math.sqrt(4 - 3 * h)))


@dataclass(frozen=True)
class HeadBiometry:
    """HC, BPD and OFD in millimetres and the cephalic index (BPD/OFD, in percent).

    BPD is the full minor axis and OFD the full major axis of the fitted ellipse (the
    outer-to-outer convention of the HC18 ellipse, which follows the outer skull edge).
    """

    hc_mm: float
    bpd_mm: float
    ofd_mm: float

    @property
    def cephalic_index(self) -> float:
        """BPD / OFD x 100 (percent)."""
        return 100.0 * self.bpd_mm / self.ofd_mm


def head_biometry(ellipse: Ellipse, pixel_size_mm: float, pixel_size_y_mm: float | None = None) -> HeadBiometry:
    """HC, BPD and OFD in mm of an ellipse given in pixels. ``pixel_size_mm`` is the spacing across
    (mm/px); ``pixel_size_y_mm`` the spacing down, for non-square pixels (None: square). With
    non-square pixels the ellipse is first mapped to millimetres, where its axes are measured."""
    down = pixel_size_mm if pixel_size_y_mm is None else pixel_size_y_mm
    for value in (pixel_size_mm, down):
        if not (value > 0 and math.isfinite(value)):
            raise ValueError(f"pixel size must be positive, got {value}")
    if down == pixel_size_mm:
        a_mm, b_mm = ellipse.a * pixel_size_mm, ellipse.b * pixel_size_mm
    else:
        physical = ellipse.scaled(pixel_size_mm, down)
        a_mm, b_mm = physical.a, physical.b
    return HeadBiometry(
        hc_mm=ramanujan_perimeter(a_mm, b_mm),
        bpd_mm=2 * min(a_mm, b_mm),
        ofd_mm=2 * max(a_mm, b_mm),
    )


def hc_pixels(ellipse: Ellipse) -> float:
    """HC of an ellipse in pixels, for images without a known pixel size."""
    return ramanujan_perimeter(ellipse.a, ellipse.b)
