"""A learned doubtful flag: which results are likely off by more than 5 mm.

Each measurement yields evidence along its boundary that needs no pixel size (how elliptical the
head region is, how far and how evenly the edge snap moved the outline, how strong and how
uneven the skull's edge is, how wide the uncertain band of the probability map is, the head's
shape). A logistic model of "error over 5 mm" on that evidence plus the logarithms of the HC and
the pixel size (in mm) is fitted on the members' out-of-fold results, images that the member
measuring them never trained on, and its threshold flags ``budget`` of them together with the
quality checks. The score is handed on as a ``SizeRisk``, completed once the pixel size is known.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

from fetalhc_gui.core.biometry import hc_pixels
from fetalhc_gui.core.edge_snap import EdgeSnap
from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.error_risk import SizeRisk
from fetalhc_gui.inference.quality import Quality

EVIDENCE = (
    "fit Dice",
    "outline residual (%)",
    "snap mean |shift| (network px)",
    "snap HC change (%)",
    "weak edge share",
    "median edge drop (per image SD)",
    "uncertain band width (network px)",
    "axis ratio",
)

#: Errors above this (mm) are what the flag looks for.
BIG_ERROR_MM = 5.0

#: L2 penalty of the logistic fit on standardised features.
L2_PENALTY = 30.0


def boundary_evidence(
    quality: Quality,
    first: Ellipse,
    snapped: Ellipse,
    snap: EdgeSnap,
    probability: np.ndarray,
    gray: np.ndarray,
    scale: float,
) -> np.ndarray:
    """The evidence vector (see EVIDENCE) of one result: ``first`` and ``snapped`` are the ellipses
    before and after the snap (pixels), ``probability`` the map at the model's input size and
    ``scale`` image pixels per model pixel."""
    drop = snap.drop / (float(np.std(gray)) + 1.0)
    median_drop = float(np.median(drop))
    band = float(np.sum((probability > 0.1) & (probability < 0.9))) / (hc_pixels(first) / scale)
    return np.array(
        [
            quality.fit_dice,
            quality.residual_percent,
            float(np.mean(np.abs(snap.shift_px))) / scale,
            100 * abs(hc_pixels(snapped) / hc_pixels(first) - 1),
            float(np.mean(drop < 0.5 * median_drop)),
            median_drop,
            band,
            snapped.minor / snapped.major,
        ]
    )


@dataclass(frozen=True)
class ErrorModel:
    """Standardisation (mean, sd per feature: the evidence, then ln HC and ln pixel size in mm),
    logistic weights and bias, and the score above which a result is flagged."""

    mean: list[float]
    sd: list[float]
    weights: list[float]
    bias: float
    threshold: float

    @classmethod
    def from_card(cls, card: dict) -> ErrorModel | None:
        """The error model a card stores, or None."""
        values = card.get("error_model")
        if not values:
            return None
        return cls(values["mean"], values["sd"], values["weights"], float(values["bias"]), float(values["threshold"]))

    def to_card(self) -> dict:
        return asdict(self)

    def flags(self, x: np.ndarray) -> np.ndarray:
        """Which rows of whole feature rows ``x`` (see ``features``) the model flags."""
        z = (np.asarray(x, float) - np.array(self.mean)) / np.array(self.sd)
        return self.bias + z @ np.array(self.weights) > self.threshold

    def risk(self, evidence: np.ndarray) -> SizeRisk:
        """The score of ``evidence`` less its size terms."""
        w, mean, sd = (np.asarray(v, float) for v in (self.weights, self.mean, self.sd))
        k = len(evidence)
        base = self.bias - self.threshold + float(np.dot(w[:k], (np.asarray(evidence) - mean[:k]) / sd[:k]))
        base -= float(np.dot(w[k:], mean[k:] / sd[k:]))
        return self.size_risk(base)

    def size_risk(self, base: float) -> SizeRisk:
        """A result's score less its size terms (``base``, from ``risk``) with this model's size terms."""
        k = len(self.weights) - 2
        return SizeRisk(base, self.weights[k] / self.sd[k], self.weights[k + 1] / self.sd[k + 1])


def features(evidence: np.ndarray, hc_mm: np.ndarray, pixel_mm: np.ndarray) -> np.ndarray:
    """Rows of evidence with ln HC and ln pixel size (mm) appended."""
    return np.hstack([np.asarray(evidence, float), np.log(hc_mm)[:, None], np.log(pixel_mm)[:, None]])


def fit_error_model(x: np.ndarray, big: np.ndarray, already_flagged: np.ndarray, budget: float) -> ErrorModel:
    """Fit the model on feature rows ``x`` (see ``features``) labelled ``big`` (error over
    BIG_ERROR_MM) and set its threshold so that it and ``already_flagged`` (the quality checks)
    together flag ``budget`` of the rows."""
    mean, sd = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = (x - mean) / sd
    w = logistic(z, big.astype(float), L2_PENALTY)
    threshold = budget_threshold(w[0] + z @ w[1:], already_flagged, budget)
    return ErrorModel(mean.tolist(), sd.tolist(), w[1:].tolist(), float(w[0]), threshold)


def budget_threshold(scores: np.ndarray, already_flagged: np.ndarray, budget: float) -> float:
    """The score above which rows are flagged so that they and those ``already_flagged`` make up
    ``budget`` (a share) of all rows; rows scored -inf (no score) are never flagged."""
    scored = np.isfinite(scores)
    free = scores[~already_flagged & scored]
    share = max(0.0, budget - float(np.mean(already_flagged))) * len(scores) / max(1, len(free))
    if share <= 0 or len(free) == 0:
        return float(np.max(scores[scored], initial=0.0)) + 1.0
    return float(np.quantile(free, 1 - min(1.0, share)))


def logistic(
    x: np.ndarray, y: np.ndarray, l2: float, iterations: int = 50, weights: np.ndarray | None = None
) -> np.ndarray:
    """Bias and weights of an L2-penalised logistic regression (bias not penalised), by Newton's
    method; ``weights`` (one per row, default 1) weigh the rows."""
    x = np.hstack([np.ones((len(x), 1)), x])
    r = np.ones(len(x)) if weights is None else np.asarray(weights, float)
    w = np.zeros(x.shape[1])
    penalty = l2 * np.eye(x.shape[1])
    penalty[0, 0] = 0
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-x @ w))
        step = np.linalg.solve((x.T * (r * p * (1 - p))) @ x + penalty, x.T @ (r * (p - y)) + penalty @ w)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w
