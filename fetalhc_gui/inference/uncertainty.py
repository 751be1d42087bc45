"""How sure an ensemble is of one HC: the members' spread, turned into a calibrated 95% interval.

Each ensemble member segments the head on its own; the standard deviation of their HCs (the
spread) says how much they disagree. The interval is ``HC +- q * (spread + floor * HC)``, with
``q`` and ``floor`` calibrated on images that no member trained on (split conformal: ``q`` is the
finite-sample 95% quantile of |error| / (spread + floor * HC) there). A result whose interval is
wider, relative to its HC, than ``flag_relative_halfwidth`` is flagged as doubtful.
All HC values here are in image pixels (the interval scales with the pixel size to mm).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

import cv2
import numpy as np

from fetalhc_gui.core.biometry import hc_pixels
from fetalhc_gui.core.ellipse import fit_contour, outer_contour
from fetalhc_gui.core.errors import EllipseFitError
from fetalhc_gui.core.interval import BAND_EDGES_MM, band_of, banded

#: Member maps are upsampled by this factor before their outline is taken (sub-pixel outlines).
MEMBER_UPSAMPLE = 2
#: The floors (fraction of HC) tried when calibrating.
FLOOR_GRID = (0.0, 0.0025, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.04, 0.05)


@dataclass(frozen=True)
class Uncertainty:
    """A 95% interval of the HC (pixels) calibrated on all sizes, the members' spread (pixels),
    the doubtful flag and, where the calibration has them, the factor each HC band's calibration
    puts on the half-width (``core.interval.banded``)."""

    hc_low_px: float
    hc_high_px: float
    spread_px: float
    doubtful: bool
    band_scales: tuple[float, ...] | None = None


@dataclass(frozen=True)
class IntervalCalibration:
    """Interval half-width = ``q * (spread + floor * HC)``; flagged above ``flag_relative_halfwidth``.
    ``band_q`` holds each HC band's own ``q`` (``core.interval.BAND_EDGES_MM``), where calibrated."""

    q: float
    floor: float
    flag_relative_halfwidth: float
    band_q: tuple[float, ...] | None = None

    @classmethod
    def from_card(cls, card: dict) -> IntervalCalibration | None:
        """The calibration stored in a model card, or None for a model without one."""
        values = card.get("uncertainty")
        if not values:
            return None
        band_q = tuple(float(q) for q in values["band_q"]) if values.get("band_q") else None
        return cls(float(values["q"]), float(values["floor"]), float(values["flag_relative_halfwidth"]), band_q)

    def interval(self, hc_px: float, spread_px: float, pixel_mm: float | None = None) -> Uncertainty:
        """The interval and flag of one result; with ``pixel_mm`` (mm per pixel) the interval is
        its HC band's, else the one for all sizes with the bands' factors attached."""
        half = self.q * (spread_px + self.floor * hc_px)
        scales = tuple(q / self.q for q in self.band_q) if self.band_q else None
        low, high = hc_px - half, hc_px + half
        if pixel_mm is not None:
            low, high = banded((low, high), hc_px, hc_px * pixel_mm, scales)
        return Uncertainty(low, high, spread_px, half / hc_px > self.flag_relative_halfwidth, scales)


def member_hcs_px(
    members: np.ndarray, to_image: Callable[[np.ndarray], np.ndarray], threshold: float, offset_px: float
) -> list[float]:
    """HC in image pixels of each member's head region.

    ``members``: (rows, cols, M) probabilities; ``to_image`` maps (x, y) coordinates of those maps
    to image pixels. Members that find no head, or a region no wider than the boundary offset
    ``offset_px`` (image pixels), are left out.
    """
    hcs = []
    for k in range(members.shape[-1]):
        up = cv2.resize(members[..., k], None, fx=MEMBER_UPSAMPLE, fy=MEMBER_UPSAMPLE, interpolation=cv2.INTER_LINEAR)
        try:
            points = (outer_contour(up >= threshold) + 0.5) / MEMBER_UPSAMPLE - 0.5
            ellipse = fit_contour(to_image(points))
        except EllipseFitError:
            continue
        if min(ellipse.a, ellipse.b) > offset_px:
            hcs.append(hc_pixels(ellipse.grown(-offset_px)))
    return hcs


def stretch_to(map_shape: tuple[int, int], image_shape: tuple[int, int]) -> Callable[[np.ndarray], np.ndarray]:
    """The mapping of (x, y) coordinates of a map stretched over a whole image to image pixels."""
    scale = np.array([image_shape[1] / map_shape[1], image_shape[0] / map_shape[0]])
    return lambda points: (points + 0.5) * scale - 0.5


def spread(hcs: list[float]) -> float:
    """Standard deviation (pixels) of the members' HCs; infinite when fewer than two found a head."""
    return float(np.std(hcs, ddof=1)) if len(hcs) >= 2 else math.inf


def conformal_quantile(scores: np.ndarray, coverage: float = 0.95) -> float:
    """The finite-sample split-conformal quantile: the ceil((n+1) * coverage)-th smallest score."""
    scores = np.sort(np.asarray(scores, dtype=float))
    rank = min(len(scores), math.ceil((len(scores) + 1) * coverage))
    return float(scores[rank - 1])


def calibrate(
    hc_px: np.ndarray, spread_px: np.ndarray, reference_px: np.ndarray, flag_share: float = 0.08
) -> IntervalCalibration:
    """Choose ``floor`` (smallest mean interval width) and ``q`` (95% coverage) on images that no
    member trained on; the flag threshold marks the widest ``flag_share`` of them."""
    hc_px, spread_px, reference_px = (np.asarray(v, dtype=float) for v in (hc_px, spread_px, reference_px))
    errors = np.abs(hc_px - reference_px)
    best = None
    for floor in FLOOR_GRID:
        scale = spread_px + floor * hc_px
        if np.any(scale <= 0):
            continue
        q = conformal_quantile(errors / scale)
        width = float(np.mean(q * scale / hc_px))
        if best is None or width < best[0]:
            best = (width, q, floor)
    _, q, floor = best
    relative = q * (spread_px + floor * hc_px) / hc_px
    return IntervalCalibration(q, floor, float(np.quantile(relative, 1 - flag_share)))


#: Fewest images in a band for it to get its own ``q``; with fewer the band keeps the common one.
MIN_BAND_IMAGES = 10


def calibrate_bands(
    hc_px: np.ndarray, spread_px: np.ndarray, reference_px: np.ndarray, pixel_mm: np.ndarray, flag_share: float = 0.08
) -> IntervalCalibration:
    """``calibrate``, then a ``q`` per HC band of the measured HC (Mondrian split conformal with
    the common floor), so that the interval covers 95% within each band and not only overall."""
    common = calibrate(hc_px, spread_px, reference_px, flag_share)
    hc_px, spread_px, reference_px, pixel_mm = (
        np.asarray(v, dtype=float) for v in (hc_px, spread_px, reference_px, pixel_mm)
    )
    scores = np.abs(hc_px - reference_px) / (spread_px + common.floor * hc_px)
    bands = np.array([band_of(v) for v in hc_px * pixel_mm])
    band_q = []
    for b in range(len(BAND_EDGES_MM) + 1):
        inside = scores[bands == b]
        band_q.append(conformal_quantile(inside) if len(inside) >= MIN_BAND_IMAGES else common.q)
    return replace(common, band_q=tuple(band_q))
