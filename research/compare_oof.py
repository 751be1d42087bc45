"""Two ensemble runs compared out of fold, image by image: which lever helps, with its uncertainty.

python research/compare_oof.py BASELINE_RUN CANDIDATE_RUN [DATA_DIR]

Both runs must use the same folds (the same --test-fraction, --split-seed and --members). Each
image is measured by the one member of each run that never saw it (``out_of_fold``); the
difference of absolute HC errors is bootstrapped by subject for a 95% interval.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fetalhc_gui.training.evaluation import figures_line

from common import out_of_fold, paired_difference


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
