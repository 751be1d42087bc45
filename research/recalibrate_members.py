"""Give trained members another postprocessing, recalibrate each one's boundary offset on its own
validation fold, and pack them as an ensemble (measured and calibrated on the test split).

python research/recalibrate_members.py RUN OUT [DATA_DIR] [--no-edge-snap]

RUN holds member*/model folders (``fetalhc train --members``); they are copied to OUT/member*/model
with the new card, and the ensemble is built in OUT/model. Needs TensorFlow.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from fetalhc_gui.core.edge_snap import SIGMA_PX, WINDOW_MODEL_PX
from fetalhc_gui.inference.artifact import read_card
from fetalhc_gui.training.dataset import scan_folder
from fetalhc_gui.training.ensemble import build_ensemble
from fetalhc_gui.training.model_files import write_card
from fetalhc_gui.training.validation import validated_card


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("run", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("data_dir", type=Path, nargs="?", default=Path("../shared/hc18"))
    parser.add_argument("--no-edge-snap", action="store_true")
    args = parser.parse_args()
    usable = [s for s in scan_folder(args.data_dir).usable if s.reference_hc_mm]
    snap = None if args.no_edge_snap else {"window_model_px": WINDOW_MODEL_PX, "sigma_px": SIGMA_PX}
    members = []
    for source in sorted(args.run.glob("member*/model")):
        folder = args.out / source.parent.name / "model"
        shutil.copytree(source, folder, dirs_exist_ok=True)
        card = read_card(folder)
        card["postprocessing"] = card["postprocessing"] | {"edge_snap": snap}
        fold = set(card["data"]["val_subjects"])  # the offset is calibrated on the member's own fold
        card = write_card(folder, validated_card(folder, card, [s for s in usable if s.subject in fold]))
        offset, adf = card["postprocessing"]["boundary_offset_px"], card["validation"]["adf_mm"]
        print(f"{folder}: offset {offset:.3f} px, fold ADF {adf:.3f} mm", flush=True)
        members.append(folder)
    card = build_ensemble(members, args.data_dir, args.out / "model")
    print(json.dumps(card["evaluation"], indent=1, default=str))


if __name__ == "__main__":
    main()
