"""Out-of-fold figures of an ensemble's members, for choosing levers without touching the test split.

python scripts/out_of_fold.py ENSEMBLE_RUN [DATA_DIR] [--json OUT]

ENSEMBLE_RUN holds member0/model, member1/model, ... (``fetalhc train --members K`` or
scripts/train_members.sh). Each member is measured on its own validation fold, which it never
trained on, and the folds are pooled: every non-test image is measured once, by the one member
that did not see it. Each member's boundary offset is the mean of the *other* members' offsets,
so no figure uses an offset fitted on its own images. Variants: plain and flip-averaged.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from fetalhc_gui.inference.artifact import read_card
from fetalhc_gui.inference.predictor import Predictor
from fetalhc_gui.training.dataset import scan_folder
from fetalhc_gui.training.evaluation import figures_line
from fetalhc_gui.training.validation import evaluate_samples, replace_offset, summarise_results


def members_of(run: Path) -> list[Path]:
    return sorted(p.parent for p in run.glob("member*/model/model_card.json"))


def out_of_fold(run: Path, data_dir: Path, flip: bool) -> tuple[dict, list]:
    folders = members_of(run)
    cards = [read_card(f) for f in folders]
    offsets = [c["postprocessing"]["boundary_offset_px"] for c in cards]
    usable = [s for s in scan_folder(data_dir).usable if s.reference_hc_mm]
    results = []
    for k, (folder, card) in enumerate(zip(folders, cards, strict=True)):
        others = float(np.mean([o for i, o in enumerate(offsets) if i != k])) if len(offsets) > 1 else offsets[k]
        fold = set(card["data"]["val_subjects"])
        samples = [s for s in usable if s.subject in fold]
        predictor = Predictor(folder, test_time_flip=flip, card=replace_offset(card, others))
        results += evaluate_samples(predictor, samples)[0]
    return summarise_results(results), results


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
