"""Out-of-fold comparison of ways to turn a probability map into an ellipse (no new training).

python research/postprocess_experiment.py ENSEMBLE_RUN [DATA_DIR]

Each member's probability maps on its own validation fold are computed once (cached in
ENSEMBLE_RUN/oof_maps.npz), then every variant fits ellipses to the same maps. Boundary offsets
are calibrated leave-one-fold-out (a constant in original pixels), so no figure uses an offset
fitted on its own images.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

from fetalhc_gui.core.ellipse import Ellipse, fit_contour, head_component
from fetalhc_gui.training.evaluation import figures_line

from common import evaluate, oof_maps, outline, plain


def signed_residual(e: Ellipse, points: np.ndarray) -> np.ndarray:
    """Radial distance in pixels from the ellipse to each point, negative inside."""
    c, s = math.cos(e.angle), math.sin(e.angle)
    dx, dy = points[:, 0] - e.cx, points[:, 1] - e.cy
    u, v = c * dx + s * dy, -s * dx + c * dy
    r = np.maximum(np.sqrt((u / e.a) ** 2 + (v / e.b) ** 2), 1e-9)
    return (r - 1) * np.hypot(u, v) / r


def hull(full: np.ndarray) -> Ellipse:
    points = outline(head_component(full >= 0.5)).astype(np.float32)
    return fit_contour(cv2.convexHull(points).reshape(-1, 2).astype(np.float64))


def robust(full: np.ndarray, cut: float = 2.5, rounds: int = 3) -> Ellipse:
    points = outline(head_component(full >= 0.5))
    ellipse = fit_contour(points)
    for _ in range(rounds):
        residual = signed_residual(ellipse, points)
        mad = 1.4826 * np.median(np.abs(residual - np.median(residual))) + 0.5
        keep = np.abs(residual - np.median(residual)) <= cut * mad
        if keep.sum() < 0.6 * len(points):
            break
        ellipse = fit_contour(points[keep])
    return ellipse


def inner_drop(full: np.ndarray) -> Ellipse:
    """Fit, then refit without outline points that lie well inside the ellipse (bites)."""
    points = outline(head_component(full >= 0.5))
    ellipse = fit_contour(points)
    for _ in range(2):
        residual = signed_residual(ellipse, points)
        keep = residual > -max(2.0, 0.03 * ellipse.b)
        if keep.sum() < 0.6 * len(points):
            break
        ellipse = fit_contour(points[keep])
    return ellipse


VARIANTS: dict[str, Callable[[np.ndarray], Ellipse]] = {
    "plain 0.5": plain,
    "plain 0.4": lambda f: plain(f, 0.4),
    "plain 0.6": lambda f: plain(f, 0.6),
    "convex hull": hull,
    "robust 2.5 MAD": robust,
    "robust 3.5 MAD": lambda f: robust(f, 3.5),
    "drop inner points": inner_drop,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("run", type=Path)
    parser.add_argument("data_dir", type=Path, nargs="?", default=Path("../shared/hc18"))
    parser.add_argument("--worst", type=int, default=0, help="list the worst N images of the plain fit")
    args = parser.parse_args()
    data = oof_maps(args.run, args.data_dir)
    for label, fit in VARIANTS.items():
        s, signed = evaluate(data, fit)
        print(f"{label:<18} {figures_line(s)}", flush=True)
        if args.worst and label == "plain 0.5":
            for i in np.argsort(-np.abs(np.nan_to_num(signed, nan=999)))[: args.worst]:
                print(f"    {data['names'][i]} ref {data['ref'][i]:.1f} error {signed[i]:+.1f} mm")


if __name__ == "__main__":
    main()
