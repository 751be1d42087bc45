"""One image's result from the predictor: the head's maps, ellipse, quality and uncertainty."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.error_risk import SizeRisk
from fetalhc_gui.inference.plane_check import PlaneVerdict
from fetalhc_gui.inference.quality import Quality
from fetalhc_gui.inference.uncertainty import Uncertainty


@dataclass(frozen=True)
class Prediction:
    """One image's result. ``probability`` is at the original resolution (rows, cols), values 0..1
    (for an image above ``large_images.MAX_MEASURE_PIXELS``, at its reduced copy's);
    ``mask`` is the head component the ellipse was fitted to (uint8 0/1). ``ellipse`` (pixels)
    and ``quality`` are None and ``error`` says why when no head was found. ``uncertainty`` (the
    95% HC interval in pixels) comes from an ensemble with a calibration, else it is None;
    ``spread_px`` is the standard deviation of the members' HCs (pixels) of an ensemble;
    ``outline`` holds the (x, y) points in pixels that the ellipse was fitted to; ``evidence``
    (see ``error_model.EVIDENCE``) and ``risk`` come from a model with an error model; ``plane``
    is the head-plane check's verdict on the ellipse, from a model with the check."""

    probability: np.ndarray
    mask: np.ndarray
    ellipse: Ellipse | None
    quality: Quality | None
    error: str | None = None
    uncertainty: Uncertainty | None = None
    spread_px: float | None = None
    outline: np.ndarray | None = None
    evidence: np.ndarray | None = None
    risk: SizeRisk | None = None
    plane: PlaneVerdict | None = None

    @property
    def head_plane(self) -> bool | None:
        """Whether the head-plane check takes the image for a head plane; None without a verdict."""
        return self.plane.head_plane if self.plane is not None else None

    @property
    def hc_interval_px(self) -> tuple[float, float] | None:
        """The 95% HC interval in pixels calibrated on all sizes, where the model gives a finite one."""
        u = self.uncertainty
        return (u.hc_low_px, u.hc_high_px) if u is not None and math.isfinite(u.spread_px) else None

    @property
    def interval_scales(self) -> tuple[float, ...] | None:
        """The factor each HC band's calibration puts on the interval's half-width (``core.interval``)."""
        return self.uncertainty.band_scales if self.hc_interval_px is not None else None
