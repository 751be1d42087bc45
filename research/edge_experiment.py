"""Out-of-fold test of snapping the fitted ellipse to the skull's outer edge (``core.edge_snap``).

python research/edge_experiment.py ENSEMBLE_RUN [DATA_DIR]

Uses the cached single-member out-of-fold maps of ``postprocess_experiment.py``: the plain ellipse
is fitted, its outline points move to the steepest outward intensity drop within a window (in mm,
in network pixels or as a share of the minor semi-axis), and the ellipse is refitted. Offsets are
calibrated leave-one-fold-out as in ``postprocess_experiment.py``; each variant is compared with
the plain fit image by image (mean change of the absolute error with a bootstrap 95% interval).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import cv2
import numpy as np

from fetalhc_gui.core.edge_snap import snap_to_edge
from fetalhc_gui.core.ellipse import Ellipse, fit_points
from fetalhc_gui.training.evaluation import figures_line

from common import evaluate, oof_maps, plain

#: (unit of the window, window, Gaussian sigma in image pixels)
VARIANTS = [
    ("mm", 0.5, 1.5),
    ("mm", 1.0, 1.0),
    ("mm", 1.0, 2.0),
    ("mm", 1.5, 1.5),
    ("net px", 1.0, 2.0),
    ("net px", 1.5, 1.5),
    ("net px", 1.5, 2.0),
    ("net px", 2.0, 2.0),
    ("minor", 0.02, 2.0),
    ("minor", 0.03, 2.0),
]


def paired(a: np.ndarray, b: np.ndarray, seed: int = 0) -> tuple[float, float, float]:
    """Mean of |b| - |a| (mm) with a 95% bootstrap interval over images."""
    d = np.abs(b) - np.abs(a)
    d = d[np.isfinite(d)]
    rng = np.random.default_rng(seed)
    means = [rng.choice(d, len(d)).mean() for _ in range(2000)]
    return float(d.mean()), float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("run", type=Path)
    parser.add_argument("data_dir", type=Path, nargs="?", default=Path("../shared/hc18"))
    args = parser.parse_args()
    data = oof_maps(args.run, args.data_dir)
    grays = [cv2.imread(str(args.data_dir / "training_set" / n), cv2.IMREAD_GRAYSCALE) for n in data["names"]]
    base = None
    for params in [None, *VARIANTS]:
        index = iter(range(len(grays)))

        def fit(full: np.ndarray, params=params, index=index) -> Ellipse:
            i = next(index)
            e = plain(full)
            if params is None:
                return e
            unit, k, sigma = params
            window = {"mm": k / data["px"][i], "net px": k * data["shapes"][i][1] / 192, "minor": k * e.minor}[unit]
            return fit_points(snap_to_edge(grays[i], e, float(np.clip(window, 1.5, 20)), sigma).points)

        s, signed = evaluate(data, fit)
        base = signed if base is None else base
        d, lo, hi = paired(base, signed)
        label = "plain" if params is None else "snap {1} {0}, sigma {2} px".format(*params)
        print(f"{label:<18} {figures_line(s)} | paired {d:+.3f} [{lo:+.3f},{hi:+.3f}]", flush=True)


if __name__ == "__main__":
    main()
