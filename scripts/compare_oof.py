"""Two ensemble runs compared out of fold, image by image: which lever helps, with its uncertainty.

python scripts/compare_oof.py BASELINE_RUN CANDIDATE_RUN [DATA_DIR]

Both runs must use the same folds (the same --test-fraction, --split-seed and --members). Each
image is measured by the one member of each run that never saw it (``out_of_fold``); the
difference of absolute HC errors is bootstrapped by subject for a 95% interval.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from out_of_fold import out_of_fold

from fetalhc_gui.training.dataset import subject_of
from fetalhc_gui.training.evaluation import figures_line


def paired_difference(base: list, candidate: list, rounds: int = 2000) -> tuple[float, float, float]:
    """Mean difference (candidate - baseline) of absolute errors in mm and its subject-bootstrap 95% CI."""
    a = {r.hc.name: abs(r.hc.error_mm) for r in base if r.hc.error_mm is not None}
    b = {r.hc.name: abs(r.hc.error_mm) for r in candidate if r.hc.error_mm is not None}
    names = sorted(set(a) & set(b))
    diff = np.array([b[n] - a[n] for n in names])
    subjects = [subject_of(n) for n in names]
    groups = {s: [i for i, x in enumerate(subjects) if x == s] for s in dict.fromkeys(subjects)}
    keys = list(groups)
    rng = np.random.default_rng(0)
    means = [diff[[i for s in rng.choice(keys, len(keys)) for i in groups[s]]].mean() for _ in range(rounds)]
    return float(diff.mean()), float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("baseline", type=Path)
    parser.add_argument("candidate", type=Path)
    parser.add_argument("data_dir", type=Path, nargs="?", default=Path("../shared/hc18"))
    args = parser.parse_args()
    runs = {}
    for label, run in (("baseline", args.baseline), ("candidate", args.candidate)):
        summary, results = out_of_fold(run, args.data_dir, flip=False)
        runs[label] = results
        print(f"{label:<14} {figures_line(summary)}", flush=True)
    mean, low, high = paired_difference(runs["baseline"], runs["candidate"])
    print(f"candidate - baseline: {mean:+.3f} mm per image, subject-bootstrap 95% CI [{low:+.3f}, {high:+.3f}]")


if __name__ == "__main__":
    main()
