"""Out-of-fold test of a learned doubtful flag: can evidence along the boundary find the results
that are off by more than 5 mm?

python scripts/flag_experiment.py ENSEMBLE_RUN [DATA_DIR]

On the cached single-member out-of-fold maps (``postprocess_experiment.py``), each image is
measured as the bundled model does (head region, ellipse snapped to the skull's edge), and
pixel-size-free features are taken: the quality figures, how far and how consistently the snap
moved the outline, how strong the edge was, how wide the uncertain band of the map is, the
fraction of the ellipse outside the image. A logistic model of "error > 5 mm" is fitted on three
folds and flags the top 10% (threshold from those folds) of the fourth; its catch rate is compared
with each single feature's.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import cv2
import numpy as np
from postprocess_experiment import oof_maps

from fetalhc_gui.core.biometry import hc_pixels
from fetalhc_gui.core.edge_snap import SIGMA_PX, WINDOW_MODEL_PX, ellipse_points
from fetalhc_gui.core.ellipse import fit_points, head_component, outer_contour
from fetalhc_gui.model.preprocessing import to_original_resolution
from fetalhc_gui.model.quality import assess

BUDGET = 0.10
NAMES = [
    "fit dice",
    "residual %",
    "confidence",
    "snap mean |shift|",
    "snap shift sd",
    "snap at window edge",
    "snap HC change %",
    "edge strength median",
    "weak edge share",
    "uncertain band width",
    "outside image share",
    "axis ratio",
]


def features(prob: np.ndarray, gray: np.ndarray) -> tuple[np.ndarray, float]:
    """The feature vector of one map and the snapped HC in pixels (offset 0)."""
    shape = gray.shape[:2]
    full = to_original_resolution(prob, shape)
    scale = 0.5 * (shape[0] / prob.shape[0] + shape[1] / prob.shape[1])
    mask = head_component(full >= 0.5)
    first = fit_points(outer_contour(mask))
    window = WINDOW_MODEL_PX * scale
    smooth = cv2.GaussianBlur(gray.astype(np.float32), (0, 0), SIGMA_PX)
    points, normals = ellipse_points(first)
    steps = np.arange(-window, window + 0.125, 0.25)
    xy = points[:, None, :] + steps[None, :, None] * normals[:, None, :]
    profile = cv2.remap(smooth, xy[..., 0].astype(np.float32), xy[..., 1].astype(np.float32), cv2.INTER_LINEAR)
    slope = np.gradient(profile, axis=1)
    best = np.argmin(slope, axis=1)
    shift = steps[best] / scale
    strength = -slope[np.arange(len(best)), best] / (np.std(gray) + 1)
    snapped = fit_points(points + steps[best][:, None] * normals)
    q = assess(full, mask, snapped, 0.0)
    inside = (xy[:, len(steps) // 2, 0] >= 0) & (xy[:, len(steps) // 2, 0] < shape[1])
    inside &= (xy[:, len(steps) // 2, 1] >= 0) & (xy[:, len(steps) // 2, 1] < shape[0])
    band = np.mean((prob > 0.1) & (prob < 0.9)) * prob.size / (hc_pixels(first) / scale)
    row = [
        q.fit_dice,
        q.residual_percent,
        q.confidence,
        np.mean(np.abs(shift)),
        np.std(shift),
        np.mean(np.abs(steps[best]) >= window - 0.3),
        100 * abs(hc_pixels(snapped) / hc_pixels(first) - 1),
        np.median(strength),
        np.mean(strength < 0.5 * np.median(strength)),
        band,
        1 - np.mean(inside),
        snapped.minor / snapped.major,
    ]
    return np.array(row, float), hc_pixels(snapped)


def logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, iterations: int = 50) -> np.ndarray:
    """Weights (bias first) of an L2-penalised logistic regression, by Newton's method."""
    x = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(x.shape[1])
    penalty = l2 * np.eye(x.shape[1])
    penalty[0, 0] = 0
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + penalty @ w
        hessian = (x.T * (p * (1 - p))) @ x + penalty
        w -= np.linalg.solve(hessian, gradient)
    return w


def caught(big: np.ndarray, folds: np.ndarray, fitted) -> tuple[int, int]:
    """Flags and catches when each fold is flagged above the threshold its other folds set."""
    flagged = np.zeros(len(big), bool)
    for fold in np.unique(folds):
        this = folds == fold
        s = fitted(~this)
        flagged[this] = s[this] > np.quantile(s[~this], 1 - BUDGET)
    return int(flagged.sum()), int((flagged & big).sum())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("run", type=Path)
    parser.add_argument("data_dir", type=Path, nargs="?", default=Path("../shared/hc18"))
    parser.add_argument(
        "--test-model", type=Path, help="also flag this ensemble's test split, model fitted on all folds"
    )
    parser.add_argument("--with-size", action="store_true", help="add the HC in mm and the pixel size as features")
    args = parser.parse_args()
    data = oof_maps(args.run, args.data_dir)
    rows, hcs = [], []
    for name, prob in zip(data["names"], data["maps"], strict=True):
        gray = cv2.imread(str(args.data_dir / "training_set" / name), cv2.IMREAD_GRAYSCALE)
        f, hc = features(prob.astype(np.float32), gray)
        rows.append(f)
        hcs.append(hc)
    x, hc_px, folds = np.array(rows), np.array(hcs), data["folds"]
    ref_px = data["ref"] / data["px"]
    error = np.zeros(len(x))
    for fold in np.unique(folds):
        k = np.mean(hc_px[folds != fold] - ref_px[folds != fold])
        error[folds == fold] = (hc_px[folds == fold] - k - ref_px[folds == fold]) * data["px"][folds == fold]
    big = np.abs(error) > 5
    print(f"{len(x)} images, ADF {np.mean(np.abs(error)):.2f} mm, {big.sum()} off by more than 5 mm")
    for j, name in enumerate(NAMES):
        for sign in (1, -1):
            n, c = caught(big, folds, lambda train, j=j, sign=sign: sign * x[:, j])
            print(f"  {name:<22} {'high' if sign > 0 else 'low ':<4} flags {n}, catches {c} of {big.sum()}")
    if args.with_size:
        x = np.hstack([x, np.log(hc_px * data["px"])[:, None], np.log(data["px"])[:, None]])
    z = (x - x.mean(0)) / (x.std(0) + 1e-9)
    for target_name, target in (("error > 5 mm", big), ("relative error > 2%", np.abs(error) / data["ref"] > 0.02)):
        for l2 in (0.3, 3.0, 30.0):

            def fitted(train, l2=l2, target=target):
                w = logistic(z[train], target[train].astype(float), l2)
                return w[0] + z @ w[1:]

            n, c = caught(big, folds, fitted)
            print(f"logistic on {target_name}, l2 {l2}: flags {n}, catches {c} of {big.sum()}")
    if args.test_model:
        w = logistic(z, big.astype(float), 30.0)
        threshold = np.quantile(w[0] + z @ w[1:], 1 - BUDGET)
        print(
            "weights (standardised features):",
            dict(zip([*NAMES, "log HC mm", "log px"], np.round(w[1:], 2), strict=False)),
        )
        flag_test_split(args, x.mean(0), x.std(0) + 1e-9, w, threshold, k_px=float(np.mean(hc_px - ref_px)))


def flag_test_split(args, mean, sd, w, threshold, k_px) -> None:
    """Apply the error model fitted on the folds to the test split of ``args.test_model``."""
    from fetalhc_gui.model.artifact import read_card
    from fetalhc_gui.model.dataset import read_gray, scan_folder
    from fetalhc_gui.model.predictor import Predictor

    card = read_card(args.test_model)
    test = set(card["data"]["test_subjects"])
    samples = [s for s in scan_folder(args.data_dir).usable if s.subject in test and s.reference_hc_mm]
    predictor = Predictor(args.test_model)
    rows, errors = [], []
    for s in samples:
        gray = read_gray(s.image)
        prob = predictor.probability_at_model_size([gray])[0]
        f, hc = features(prob, gray)
        if args.with_size:
            f = np.concatenate([f, [np.log(hc * s.pixel_size_mm), np.log(s.pixel_size_mm)]])
        rows.append(f)
        errors.append((hc - k_px) * s.pixel_size_mm - s.reference_hc_mm)
    z = (np.array(rows) - mean) / sd
    score, big = w[0] + z @ w[1:], np.abs(np.array(errors)) > 5
    flagged = score > threshold
    print(
        f"test split: {len(samples)} images, ADF {np.mean(np.abs(errors)):.2f}, {big.sum()} off by > 5 mm; "
        f"flags {flagged.sum()} ({100 * flagged.mean():.1f}%), catches {(flagged & big).sum()}"
    )
    for share in (0.10, 0.15):
        top = score > np.quantile(score, 1 - share)
        print(f"  top {share:.0%} of the test scores: catches {(top & big).sum()} of {big.sum()}")


if __name__ == "__main__":
    main()
