"""Give each trained member its second stage (a crop network from ``crop_experiment.py train``),
recalibrate its boundary offset on its own validation fold with both stages, and pack the members
as an ensemble (measured and calibrated on the test split).

python scripts/add_crop_stage.py MEMBERS_RUN CROP_RUN_PREFIX OUT [DATA_DIR]

Member k of MEMBERS_RUN (member*/model, sorted) gets CROP_RUN_PREFIX<k>/crop_checkpoint.keras.
Needs TensorFlow.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
from pathlib import Path

from crop_experiment import CHECKPOINT, CROP_STAGE
from recalibrate_members import recalibrate

from fetalhc_gui.model.artifact import (
    CROP_KERAS_FILE,
    CROP_ONNX_FILE,
    export_onnx,
    load_keras_model,
    read_card,
)
from fetalhc_gui.model.dataset import scan_folder
from fetalhc_gui.model.ensemble import build_ensemble


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("members", type=Path)
    parser.add_argument("crop_prefix")
    parser.add_argument("out", type=Path)
    parser.add_argument("data_dir", type=Path, nargs="?", default=Path("../shared/hc18"))
    args = parser.parse_args()
    usable = [s for s in scan_folder(args.data_dir).usable if s.reference_hc_mm]
    folders = []
    for k, source in enumerate(sorted(args.members.glob("member*/model"))):
        crop_run = Path(f"{args.crop_prefix}{k}")
        folder = args.out / source.parent.name / "model"
        shutil.copytree(source, folder, dirs_exist_ok=True)
        crop = load_keras_model(crop_run / CHECKPOINT)
        crop.save(folder / CROP_KERAS_FILE)
        export_onnx(crop, folder / CROP_ONNX_FILE)
        with (crop_run / "history.csv").open() as f:
            history = list(csv.DictReader(f))
        card = read_card(folder)
        card["crop_stage"] = CROP_STAGE
        card["crop_training"] = {"epochs": len(history), "last_epoch": history[-1], "how": "scripts/crop_experiment.py"}
        recalibrate(folder, card, usable)
        folders.append(folder)
    if len(folders) > 1:
        card = build_ensemble(folders, args.data_dir, args.out / "model")
        print(json.dumps(card["evaluation"], indent=1, default=str))


if __name__ == "__main__":
    main()
