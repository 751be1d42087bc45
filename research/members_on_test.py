"""Each ensemble member alone, and the ensemble, on the shared test split (figures only, no choice).

python research/members_on_test.py ENSEMBLE_RUN [DATA_DIR]

Prints, for the test subjects that no member trained on: every member alone (with its own
offset), and the packed ensemble in ENSEMBLE_RUN/model. Nothing here is used to choose or
calibrate anything; it shows what averaging the members bought.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fetalhc_gui.inference.artifact import read_card
from fetalhc_gui.inference.predictor import Predictor
from fetalhc_gui.training.dataset import scan_folder
from fetalhc_gui.training.evaluation import figures_line
from fetalhc_gui.training.validation import evaluate_samples, summarise_results

from common import members_of


def main(run: Path, data_dir: Path) -> None:
    ensemble = run / "model"
    subjects = set(read_card(ensemble)["data"]["test_subjects"])
    samples = [s for s in scan_folder(data_dir).usable if s.subject in subjects and s.reference_hc_mm]
    print(f"{len(samples)} test images of {len(subjects)} subjects")
    for folder in [*members_of(run), ensemble]:
        summary = summarise_results(evaluate_samples(Predictor(folder), samples)[0])
        print(f"{folder.parent.name if folder != ensemble else 'ensemble':<14} {figures_line(summary)}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2] if len(sys.argv) > 2 else "../shared/hc18"))
