"""Out-of-fold figures of an ensemble's members, for choosing levers without touching the test split.

python research/out_of_fold.py ENSEMBLE_RUN [DATA_DIR] [--json OUT]

ENSEMBLE_RUN holds member0/model, member1/model, ... (``fetalhc train --members K`` or
fetalhc train --members). Each member is measured on its own validation fold, which it never
trained on, and the folds are pooled: every non-test image is measured once, by the one member
that did not see it. Each member's boundary offset is the mean of the *other* members' offsets,
so no figure uses an offset fitted on its own images. Variants: plain and flip-averaged.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from fetalhc_gui.training.evaluation import figures_line

from common import out_of_fold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("run", type=Path)
    parser.add_argument("data_dir", type=Path, nargs="?", default=Path("../shared/hc18"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    figures = {}
    for flip in (False, True):
        label = "flip-averaged" if flip else "plain"
        figures[label], _ = out_of_fold(args.run, args.data_dir, flip)
        print(f"{label:<14} {figures_line(figures[label])}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
