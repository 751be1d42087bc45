"""The head-plane check: does the region the model found lie in a fetal head plane, or in another
plane of the scan (abdomen, femur, thorax) that merely holds something round?

The image around the model's ellipse is warped so that the ellipse becomes a circle of
``RADIUS`` pixels at the centre of a ``PATCH`` x ``PATCH`` patch (the same view of every
candidate, whatever its size, shape and tilt). Its features are the patch's gradient histograms
(HOG, ``gradient_histograms``), those of a wider patch around it, its mean and spread of
brightness by radius (a skull is a bright, even ring; an abdomen's wall is faint and uneven and
holds the spine and the stomach), and the ellipse's shape and the model's certainty. One
logistic model per plane scores them; the head model's probability below the threshold means
"not a head plane", and the highest of the others names what it looks like.
Trained by ``training.plane_check_training``; stored in the model folder (``plane_check.json``).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.refusal import NOT_A_HEAD_PLANE

#: The patch's side and the radius (pixels) the ellipse is warped to.
PATCH = 64
RADIUS = 20
#: The radius (pixels) of the ellipse in the context patch: what lies around the candidate.
CONTEXT_RADIUS = 8
#: Radii (in ellipse radii) and angles at which the patch is sampled for the brightness profile.
PROFILE_RADII = np.linspace(0.1, 1.5, 15)
PROFILE_ANGLES = 48
_ANGLES = np.linspace(0, 2 * math.pi, PROFILE_ANGLES, endpoint=False)
#: Patch coordinates (x, y) of the profile's samples: radii by angles.
_POLAR = tuple((PATCH / 2 + np.outer(PROFILE_RADII * RADIUS, f(_ANGLES))).astype(np.float32) for f in (np.cos, np.sin))
#: The file of a model folder that holds the check.
PLANE_CHECK_FILE = "plane_check.json"
HEAD = "head"
#: How the reason of a result that is not in a head plane begins.


#: Gradient histograms: cells of CELL pixels, BINS unsigned orientations, blocks of 2 x 2 cells.
CELL = 8
BINS = 9
_CELLS = PATCH // CELL
#: Each patch pixel's first histogram index (its cell's, times BINS).
_CELL_OF = ((np.arange(PATCH) // CELL)[:, None] * _CELLS + (np.arange(PATCH) // CELL)[None, :]) * BINS


def gradient_histograms(patch: np.ndarray) -> np.ndarray:
    """HOG of a (PATCH, PATCH) patch: per cell, gradient magnitude by orientation (0..180 degrees),
    each block of 2 x 2 cells (not overlapping) scaled to unit length."""
    gx = cv2.Sobel(patch, cv2.CV_32F, 1, 0, ksize=1)
    gy = cv2.Sobel(patch, cv2.CV_32F, 0, 1, ksize=1)
    magnitude, angle = cv2.cartToPolar(gx, gy)  # angle in radians, 0..2 pi
    bins = (angle * (BINS / math.pi)).astype(np.int32) % BINS
    histogram = np.bincount((_CELL_OF + bins).ravel(), magnitude.ravel(), _CELLS * _CELLS * BINS)
    blocks = histogram.reshape(_CELLS // 2, 2, _CELLS // 2, 2, BINS).transpose(0, 2, 1, 3, 4).reshape(-1, 4 * BINS)
    return (blocks / (np.linalg.norm(blocks, axis=1, keepdims=True) + 1e-6)).ravel()


def normalised_patch(gray: np.ndarray, ellipse: Ellipse, radius: float = RADIUS) -> np.ndarray:
    """The 8-bit image around ``ellipse`` (pixels) warped so that the ellipse is a circle of
    ``radius`` pixels at the patch's centre, its major axis along x; float32, zero mean, unit spread."""
    e = ellipse.canonical()
    reach = PATCH / 2 / radius * e.a + 2  # image pixels from the centre that the patch can show
    x0, y0 = max(0, int(e.cx - reach)), max(0, int(e.cy - reach))
    image = gray[y0 : int(e.cy + reach) + 2, x0 : int(e.cx + reach) + 2]
    shrink = min(1.0, 1.5 * radius / e.b)  # area-average first: the warp alone would alias
    if shrink < 1.0:
        image = cv2.resize(image, None, fx=shrink, fy=shrink, interpolation=cv2.INTER_AREA)
    cx, cy = (e.cx - x0 + 0.5) * shrink - 0.5, (e.cy - y0 + 0.5) * shrink - 0.5
    cos, sin = math.cos(e.angle), math.sin(e.angle)
    sx, sy = radius / (e.a * shrink), radius / (e.b * shrink)
    rotate = np.array([[cos, sin], [-sin, cos]])  # image offsets to the ellipse's axes
    linear = np.diag([sx, sy]) @ rotate
    offset = np.array([PATCH / 2, PATCH / 2]) - linear @ np.array([cx, cy])
    matrix = np.hstack([linear, offset[:, None]]).astype(np.float32)
    patch = cv2.warpAffine(image, matrix, (PATCH, PATCH), flags=cv2.INTER_LINEAR, borderValue=0).astype(np.float32)
    return (patch - patch.mean()) / (patch.std() + 1e-6)


def patch_features(patch: np.ndarray) -> np.ndarray:
    """Gradient histograms and the radial brightness profile (mean and spread over angles) of a patch."""
    hog = gradient_histograms(patch)
    polar = cv2.remap(patch.astype(np.float32), *_POLAR, cv2.INTER_LINEAR)
    return np.concatenate([hog, polar.mean(axis=1), polar.std(axis=1)])


def shape_features(ellipse: Ellipse, confidence: float, relative_spread: float | None) -> np.ndarray:
    """The ellipse's axis ratio, the model's certainty and the members' relative spread (0 without one)."""
    spread = 0.0 if relative_spread is None or not math.isfinite(relative_spread) else min(relative_spread, 0.2)
    return np.array([ellipse.minor / ellipse.major, confidence, spread])


def features(
    gray: np.ndarray, ellipse: Ellipse, confidence: float, relative_spread: float | None, flip: int = 0
) -> np.ndarray:
    """The check's feature row for the ellipse (pixels) the model found in ``gray``; ``flip``
    (training only) mirrors the patch: 1 across, 2 down, 3 both."""
    patch, context = (mirrored(normalised_patch(gray, ellipse, r), flip) for r in (RADIUS, CONTEXT_RADIUS))
    return np.concatenate(
        [patch_features(patch), gradient_histograms(context), shape_features(ellipse, confidence, relative_spread)]
    )


def mirrored(patch: np.ndarray, flip: int) -> np.ndarray:
    """``patch`` mirrored across (``flip`` 1), down (2) or both (3)."""
    if flip & 1:
        patch = patch[:, ::-1]
    if flip & 2:
        patch = patch[::-1, :]
    return np.ascontiguousarray(patch)


@dataclass(frozen=True)
class PlaneVerdict:
    """The check's answer: the head model's probability (0..1), whether that makes a head plane,
    and the other plane the image looks most like."""

    head_probability: float
    head_plane: bool
    looks_like: str

    @property
    def reason(self) -> str | None:
        """Why the result is doubtful, or None for a head plane."""
        if self.head_plane:
            return None
        return f"{NOT_A_HEAD_PLANE} (it looks like {_article(self.looks_like)})"


def _article(plane: str) -> str:
    return f"an {plane}" if plane[0] in "aeiou" else f"a {plane}"


@dataclass(frozen=True)
class PlaneCheck:
    """Standardisation (mean, sd per feature), one logistic model (weights, bias) per plane, and
    the head probability below which an image is not a head plane."""

    classes: list[str]
    mean: np.ndarray
    sd: np.ndarray
    weights: np.ndarray  # (classes, features)
    bias: np.ndarray  # (classes,)
    threshold: float

    @classmethod
    def load(cls, path: str | Path) -> PlaneCheck:
        """The check stored in ``path`` (``to_json``)."""
        data = json.loads(Path(path).read_text())
        return cls(
            list(data["classes"]),
            np.array(data["mean"], np.float32),
            np.array(data["sd"], np.float32),
            np.array(data["weights"], np.float32),
            np.array(data["bias"], np.float32),
            float(data["threshold"]),
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "classes": self.classes,
                "mean": self.mean.tolist(),
                "sd": self.sd.tolist(),
                "weights": self.weights.tolist(),
                "bias": self.bias.tolist(),
                "threshold": self.threshold,
            }
        )

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        """Each class's one-vs-rest probability (n, classes) for feature rows (n, features)."""
        z = (np.atleast_2d(rows) - self.mean) / self.sd
        return 1 / (1 + np.exp(-(z @ self.weights.T + self.bias)))

    def verdict_of(self, row: np.ndarray) -> PlaneVerdict:
        """The verdict on one feature row."""
        p = self.probabilities(row)[0]
        head = self.classes.index(HEAD)
        others = [k for k in range(len(self.classes)) if k != head]
        looks_like = self.classes[max(others, key=lambda k: p[k])]
        return PlaneVerdict(float(p[head]), bool(p[head] >= self.threshold), looks_like)

    def verdict(
        self, gray: np.ndarray, ellipse: Ellipse, confidence: float, relative_spread: float | None
    ) -> PlaneVerdict:
        """The verdict on the ellipse (pixels) the model found in the 8-bit image ``gray``."""
        return self.verdict_of(features(gray, ellipse, confidence, relative_spread))
