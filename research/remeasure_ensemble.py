"""Measure an ensemble folder again on its test subjects and recalibrate its interval there, after a
change of the predictor's pipeline that leaves the networks as they are (``ensemble.measure_on_test``).

python research/remeasure_ensemble.py MODEL_DIR [DATA_DIR]

Prints the old and the new test figures; the card in MODEL_DIR is rewritten.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from fetalhc_gui.inference.artifact import read_card
from fetalhc_gui.training.dataset import scan_folder
from fetalhc_gui.training.ensemble import measure_on_test


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("model", type=Path)
    parser.add_argument("data_dir", type=Path, nargs="?", default=Path("../shared/hc18"))
    args = parser.parse_args()
    card = read_card(args.model)
    before = card.get("evaluation", {}).get("test")
    after = measure_on_test(args.model, card, scan_folder(args.data_dir).usable)
    print(
        json.dumps(
            {"before": before, "after": after["evaluation"]["test"], "uncertainty": after["uncertainty"]}, indent=1
        )
    )


if __name__ == "__main__":
    main()
