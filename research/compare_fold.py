"""Models validated on the same subject fold, compared image by image on that fold.

python research/compare_fold.py BASELINE_MODEL CANDIDATE_MODEL [...] [--data DATA_DIR]

For a lever tried on one fold before spending CPU on all of them (for example a member
fine-tuned at another resolution). Every model measures the fold's images (which none of them
trained on) with no boundary offset; the offset is then cross-fitted between two halves of the
fold's subjects (each half gets the constant, in original pixels, fitted on the other half), so
no figure uses an offset fitted on its own images. Each candidate's mean difference of absolute
errors from the baseline has a 95% interval by a bootstrap over subjects.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fetalhc_gui.inference.artifact import read_card
from fetalhc_gui.training.dataset import scan_folder

from common import raw_hc_px, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("models", type=Path, nargs="+")
    parser.add_argument("--data", type=Path, default=Path("../shared/hc18"))
    args = parser.parse_args()
    cards = [read_card(m) for m in args.models]
    fold = set(cards[0]["data"]["val_subjects"])
    if any(set(c["data"]["val_subjects"]) != fold for c in cards[1:]):
        raise SystemExit("the models were validated on different folds")
    samples = [s for s in scan_folder(args.data).usable if s.subject in fold and s.reference_hc_mm]
    base = None
    for model in args.models:
        results = report(str(model), raw_hc_px(model, samples), samples, base)
        base = base or results


if __name__ == "__main__":
    main()
