"""The model's 95% HC interval by head size: its half-width is calibrated apart in each HC band,
since small heads are measured with larger relative errors than the members' spread shows.

The predictor gives the interval in pixels with one calibration for all sizes and, for each band,
the factor that band's calibration puts on its half-width; the band is known only once the pixel
size gives the HC in mm, so the factor is applied then (``banded``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

#: Edges (mm) of the HC bands calibrated apart: < 100, 100-200, >= 200.
BAND_EDGES_MM = (100.0, 200.0)
BAND_LABELS = ("<100", "100-200", ">=200")
#: The doubt reason of a result whose ensemble members disagree; the words after it quote the
#: interval as the user sees it (``interval_reason``), once the pixel size gives it in mm.
MEMBERS_DISAGREE = "the ensemble members disagree"


def interval_reason(low_mm: float | None, high_mm: float | None, hc_mm: float | None) -> str:
    """The members' doubt reason quoting the 95% interval (mm) as shown, or without figures where
    none is shown (no pixel size, or an ellipse edited by hand)."""
    if low_mm is None or high_mm is None or not hc_mm:
        return f"{MEMBERS_DISAGREE} (a wide 95% interval)"
    half = 100 * (high_mm - low_mm) / 2 / hc_mm
    return f"{MEMBERS_DISAGREE} (95% interval {low_mm:.1f}-{high_mm:.1f} mm, ±{half:.1f}% of HC)"


def band_of(hc_mm: float) -> int:
    """The index of the HC band (see BAND_EDGES_MM) holding ``hc_mm``."""
    return bisect.bisect_right(BAND_EDGES_MM, hc_mm)


def banded(
    interval_px: tuple[float, float], hc_px: float, hc_mm: float, scales: Sequence[float] | None
) -> tuple[float, float]:
    """The interval (pixels) around ``hc_px`` with its half-width times the factor of the band of
    ``hc_mm``; unchanged without ``scales``."""
    if not scales:
        return interval_px
    low, high = interval_px
    scale = scales[band_of(hc_mm)]
    return hc_px - (hc_px - low) * scale, hc_px + (high - hc_px) * scale
