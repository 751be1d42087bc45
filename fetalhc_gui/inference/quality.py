"""How far to trust a predicted head ellipse: a quality figure from the probability map and the fit."""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

from fetalhc_gui.core.ellipse import Ellipse, rasterise

#: Outside these a result is flagged as doubtful. They sit just beyond the 1st/99th percentile
#: of the ensemble members' results on their own validation folds (646 HC18 images, outline snapped
#: to the skull's edge: fit Dice 0.966, residual 4.34%, confidence 0.981), so a flag means "unlike
#: 98% of validated results". A confident but wrong boundary is not caught: the error model
#: (``error_model``) looks for those.
MIN_FIT_DICE = 0.965
#: A region whose ellipse is flatter than this (minor/major semi-axis) is not a head: the 805
#: HC18 annotations range from 0.66 to 0.96.
MIN_AXIS_RATIO = 0.5
MAX_RESIDUAL_PERCENT = 4.5
MIN_CONFIDENCE = 0.975


def not_a_head(ellipse: Ellipse) -> str | None:
    """Why an ellipse cannot be a fetal head, or None if it could be."""
    ratio = ellipse.minor / ellipse.major
    if ratio < MIN_AXIS_RATIO:
        return f"No head was found: the region found is not head-shaped (axis ratio {ratio:.2f})."
    return None


@dataclass(frozen=True)
class Quality:
    """Quality figures of one prediction.

    fit_dice: Dice (0..1) of the thresholded head region and the fitted ellipse.
    residual_percent: RMS radial distance of the region's outline from the ellipse, in percent
    of the mean semi-axis. confidence: mean certainty max(p, 1-p) of the probability map (0.5..1).
    score: one figure in 0..1 for sorting and display.
    """

    score: float
    fit_dice: float
    residual_percent: float
    confidence: float
    reasons: tuple[str, ...] = field(default=())

    @property
    def doubtful(self) -> bool:
        """True when any figure is outside its trusted range."""
        return bool(self.reasons)


def assess(probability: np.ndarray, region: np.ndarray, ellipse: Ellipse, boundary_offset_px: float) -> Quality:
    """Quality of ``ellipse``, fitted to the head ``region`` (uint8 0/1) of ``probability`` (0..1,
    same resolution) with ``boundary_offset_px`` taken off each semi-axis."""
    fitted = rasterise(ellipse, region.shape, boundary_offset_px)
    overlap = np.logical_and(region, fitted).sum()
    fit_dice = float(2 * overlap / max(1, region.sum() + fitted.sum()))
    contours, _ = cv2.findContours(region, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    outline = max(contours, key=len).reshape(-1, 2).astype(np.float64)
    residual = ellipse.grown(boundary_offset_px).radial_residual(outline)
    residual_percent = float(100 * np.sqrt(np.mean(residual**2)) / ((ellipse.a + ellipse.b) / 2))
    confidence = float(np.mean(np.maximum(probability, 1 - probability)))
    reasons = []
    if fit_dice < MIN_FIT_DICE:
        reasons.append(f"the head region is not elliptical (fit Dice {fit_dice:.2f})")
    if residual_percent > MAX_RESIDUAL_PERCENT:
        reasons.append(f"the outline departs from the ellipse ({residual_percent:.1f}%)")
    if confidence < MIN_CONFIDENCE:
        reasons.append(f"the model is unsure of the head region (confidence {confidence:.2f})")
    score = float(np.clip(fit_dice * (2 * confidence - 1) * (1 - residual_percent / 20), 0, 1))
    return Quality(score, fit_dice, residual_percent, confidence, tuple(reasons))
