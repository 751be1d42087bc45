"""The learned error model's verdict on one result, completed by its size once the pixel size is known.

The model (``model/error_model.py``) scores the evidence along the boundary without knowing the
pixel size; large heads imaged with large pixels are where the errors over 5 mm gather, so the
head's size in mm and the pixel size enter the score linearly in their logarithms. A result is
doubtful when ``base + per_log_hc * ln(HC in mm) + per_log_pixel * ln(pixel size in mm) > 0``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from fetalhc_gui.core.biometry import head_biometry
from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.pixel_size import PixelSize

RISK_REASON = "results like this one (skull edge, head size, pixel size) are often off by more than 5 mm"


@dataclass(frozen=True)
class SizeRisk:
    """The error model's score of one result, less its size terms (dimensionless)."""

    base: float
    per_log_hc: float
    per_log_pixel: float

    def score(self, hc_mm: float, pixel_size_mm: float) -> float:
        """Positive when the result is doubtful."""
        return self.base + self.per_log_hc * math.log(hc_mm) + self.per_log_pixel * math.log(pixel_size_mm)


def doubt_reasons(
    quality_reasons: list[str] | tuple[str, ...],
    risk: SizeRisk | None,
    ellipse: Ellipse | None,
    pixel_size: PixelSize | None,
) -> list[str]:
    """Why the model's result ``ellipse`` (pixels) is doubtful: its quality checks' reasons and,
    where the pixel size is known, the error model's."""
    reasons = list(quality_reasons)
    if risk is not None and ellipse is not None and pixel_size is not None:
        hc_mm = head_biometry(ellipse, *pixel_size.spacing).hc_mm
        if risk.score(hc_mm, pixel_size.mm) > 0:
            reasons.append(RISK_REASON)
    return reasons
