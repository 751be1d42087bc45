"""Training and evaluating the head-plane check (``inference.plane_check``) on labelled images.

Each example is an image, its plane (head, abdomen, femur, thorax), the patient it comes from and
the ellipse the segmentation model found in it. Rows are weighted so that every plane counts as
much as the others and, among heads, every source (one site's HC18 images, the other sites'
brain planes) as much as the others: a check trained on HC18's heads alone learns the site, not
the plane. Mirrored patches are added in training. Out-of-fold figures come from folds by
patient: no patient is in both the training and the scored part.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.inference.artifact import read_card
from fetalhc_gui.inference.error_model import logistic
from fetalhc_gui.inference.plane_check import HEAD, PLANE_CHECK_FILE, PlaneCheck, features
from fetalhc_gui.io.atomic import atomic_write_bytes
from fetalhc_gui.training.dataset import read_gray
from fetalhc_gui.training.model_files import write_card

CLASSES = [HEAD, "abdomen", "femur", "thorax"]
#: Mirrorings of each training patch (see ``plane_check.features``).
TRAINING_FLIPS = (0, 1, 2, 3)
#: L2 penalty of each plane's logistic model on standardised features.
L2_PENALTY = 300.0


@dataclass(frozen=True)
class PlaneExample:
    """One labelled image with the ellipse (pixels) the model found in it."""

    image: Path
    plane: str
    patient: str
    source: str
    ellipse: Ellipse
    confidence: float
    relative_spread: float | None


def feature_rows(examples: list[PlaneExample], flips: tuple[int, ...] = (0,)) -> np.ndarray:
    """Feature rows (examples, flips, features) of each example under each mirroring."""
    rows = []
    for ex in examples:
        gray = read_gray(ex.image)
        rows.append([features(gray, ex.ellipse, ex.confidence, ex.relative_spread, f) for f in flips])
    return np.array(rows, np.float32)


def row_weights(examples: list[PlaneExample]) -> np.ndarray:
    """A weight per example: each plane weighs the same in all, and each source among the heads."""
    planes = Counter(ex.plane for ex in examples)
    head_sources = Counter(ex.source for ex in examples if ex.plane == HEAD)
    weights = []
    for ex in examples:
        w = len(examples) / (len(planes) * planes[ex.plane])
        if ex.plane == HEAD:
            w *= planes[HEAD] / (len(head_sources) * head_sources[ex.source])
        weights.append(w)
    return np.array(weights)


def fit_plane_check(
    rows: np.ndarray, examples: list[PlaneExample], threshold: float = 0.5, l2: float = L2_PENALTY
) -> PlaneCheck:
    """The check fitted on ``rows`` (examples, flips, features) of ``examples``."""
    n, flips, width = rows.shape
    x = rows.reshape(n * flips, width).astype(float)
    planes = np.repeat([ex.plane for ex in examples], flips)
    weights = np.repeat(row_weights(examples), flips)
    mean, sd = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = (x - mean) / sd
    fitted = [logistic(z, (planes == c).astype(float), l2, weights=weights) for c in CLASSES]
    return PlaneCheck(
        CLASSES,
        mean.astype(np.float32),
        sd.astype(np.float32),
        np.array([w[1:] for w in fitted], np.float32),
        np.array([w[0] for w in fitted], np.float32),
        threshold,
    )


def patient_folds(examples: list[PlaneExample], folds: int, seed: int = 0) -> np.ndarray:
    """A fold number per example, by patient (all of a patient's images in one fold)."""
    patients = sorted({ex.patient for ex in examples})
    order = np.random.default_rng(seed).permutation(len(patients))
    fold_of = {patients[i]: k % folds for k, i in enumerate(order)}
    return np.array([fold_of[ex.patient] for ex in examples])


def out_of_fold(
    rows: np.ndarray,
    examples: list[PlaneExample],
    folds: int = 5,
    l2: float = L2_PENALTY,
    on_progress: Callable[[str], None] = print,
) -> np.ndarray:
    """Each example's class probabilities (examples, classes) from a check fitted on the other
    folds' patients, scored on its unmirrored row."""
    fold = patient_folds(examples, folds)
    out = np.zeros((len(examples), len(CLASSES)))
    for k in range(folds):
        train = np.flatnonzero(fold != k)
        check = fit_plane_check(rows[train], [examples[i] for i in train], l2=l2)
        test = np.flatnonzero(fold == k)
        out[test] = check.probabilities(rows[test, 0])
        on_progress(f"fold {k + 1} of {folds}: {len(test)} images scored")
    return out


def head_threshold(head_probability: np.ndarray, examples: list[PlaneExample], max_head_loss: float) -> float:
    """The highest threshold that leaves at most ``max_head_loss`` (a share) of each source's heads below it."""
    limits = []
    for source in sorted({ex.source for ex in examples if ex.plane == HEAD}):
        p = np.sort([head_probability[i] for i, ex in enumerate(examples) if ex.plane == HEAD and ex.source == source])
        limits.append(float(p[int(np.floor(max_head_loss * len(p)))]))
    return min(limits)


def store_plane_check(folder: Path, check: PlaneCheck, card_entry: dict) -> dict:
    """Write ``check`` into the model ``folder`` and name it in its card (with ``card_entry``:
    method, data, out-of-fold figures); returns the card."""
    atomic_write_bytes(folder / PLANE_CHECK_FILE, check.to_json().encode())
    return write_card(folder, read_card(folder) | {"plane_check": {"file": PLANE_CHECK_FILE, **card_entry}})
