"""Measure every image of ../shared/planes and ../shared/hc18 with the bundled model and cache what
the head-plane check is trained on: the label, the patient group, the model's ellipse, its quality
figures and its members' spread.

python research/plane_check_data.py OUT.json [PLANES_DIR] [HC18_DIR]

Labels: the planes' own (abdomen, brain -> head, femur, thorax); every HC18 image is a head. Groups:
country and patient for the planes, the HC18 subject number for HC18, so a check is evaluated on
patients it never saw.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
from pathlib import Path

from fetalhc_gui.inference.predictor import Predictor
from fetalhc_gui.training.dataset import read_gray, scan_folder


def planes(folder: Path) -> list[dict]:
    with open(folder / "labels.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    label = {"brain": "head"}
    return [
        {
            "path": str(folder / "images" / r["filename"]),
            "label": label.get(r["plane"], r["plane"]),
            "group": f"{r['country']}-{r['patient']}",
            "source": "planes",
        }
        for r in rows
    ]


def hc18(folder: Path) -> list[dict]:
    return [
        {"path": str(s.image), "label": "head", "group": f"hc18-{s.subject}", "source": "hc18"}
        for s in scan_folder(folder).usable
    ]


def measured(predictor: Predictor, item: dict) -> dict:
    p = predictor.predict(read_gray(Path(item["path"])))
    if p.ellipse is None:
        return item | {"ellipse": None, "error": p.error}
    e = p.ellipse
    q = p.quality
    return item | {
        "ellipse": [e.cx, e.cy, e.a, e.b, e.angle],
        "fit_dice": q.fit_dice,
        "residual_percent": q.residual_percent,
        "confidence": q.confidence,
        "reasons": list(q.reasons),
        "spread_px": p.spread_px if p.spread_px is not None and math.isfinite(p.spread_px) else None,
        "risk_base": p.risk.base if p.risk is not None else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("planes", type=Path, nargs="?", default=Path("../shared/planes"))
    parser.add_argument("hc18", type=Path, nargs="?", default=Path("../shared/hc18"))
    args = parser.parse_args()
    predictor = Predictor()
    items = planes(args.planes) + hc18(args.hc18)
    rows = []
    for k, item in enumerate(items):
        rows.append(measured(predictor, item))
        if k % 100 == 0:
            print(k, len(items), flush=True)
    args.out.write_text(json.dumps(rows))


if __name__ == "__main__":
    main()
