"""Train the head-plane check and measure it out of fold by patient; with --write, fit it on every
example and store it in a model folder.

python research/plane_check_experiment.py DATA.json [--write MODEL_DIR] [--l2 X] [--max-head-loss S]

DATA.json comes from ``plane_check_data.py``. "Confident" is what a user would take as an HC:
status ok with no doubt (the quality checks, the interval's width and the error model at the
planes' pixel size, 0.15 mm, as in the independent measurement of the issue).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import numpy as np

from fetalhc_gui.core.biometry import hc_pixels
from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.inference.artifact import bundled_model_dir, read_card
from fetalhc_gui.inference.error_model import ErrorModel
from fetalhc_gui.training.plane_check_training import (
    CLASSES,
    L2_PENALTY,
    TRAINING_FLIPS,
    PlaneExample,
    feature_rows,
    fit_plane_check,
    head_threshold,
    out_of_fold,
    store_plane_check,
)

PLANES_PIXEL_MM = 0.15


def examples_of(data: Path) -> tuple[list[PlaneExample], list[bool]]:
    """The examples with an ellipse, and whether each was confident before the check. The
    segmentation ensemble's test subjects are left out: the interval and the doubtful flag are
    calibrated and the model is measured on them, so no part of the model may train on them."""
    items = json.loads(data.read_text())
    card = read_card(bundled_model_dir())
    test = {f"hc18-{s}" for s in card["data"]["test_subjects"]}
    error_model = ErrorModel.from_card(card)
    examples, confident = [], []
    for item in items:
        if item["ellipse"] is None or item["group"] in test:
            continue
        e = Ellipse(*item["ellipse"])
        hc = hc_pixels(e)
        spread = item["spread_px"] / hc if item["spread_px"] is not None else None
        path = Path(item["path"])
        examples.append(PlaneExample(path, item["label"], item["group"], item["source"], e, item["confidence"], spread))
        doubt = bool(item["reasons"])
        if item["source"] == "planes" and item["risk_base"] is not None and error_model is not None:
            risk = error_model.size_risk(item["risk_base"])
            doubt = doubt or risk.score(hc * PLANES_PIXEL_MM, PLANES_PIXEL_MM) > 0
        confident.append(not doubt)
    return examples, confident


def figures(examples, confident, p_head, threshold, images: dict[str, int]) -> dict:
    """Out-of-fold counts by source and plane: images, with an ellipse, refused by the check, and
    confident results (no doubt) before and after it."""
    kept = p_head >= threshold
    out = {}
    for source in ("planes", "hc18"):
        for plane in CLASSES:
            idx = [i for i, ex in enumerate(examples) if ex.source == source and ex.plane == plane]
            if not idx:
                continue
            conf = [i for i in idx if confident[i]]
            out[f"{source} {plane}"] = {
                "images": images[f"{source} {plane}"],
                "with_ellipse": len(idx),
                "not_a_head_plane": int(sum(not kept[i] for i in idx)),
                "confident_before": len(conf),
                "confident_after": int(sum(kept[i] for i in conf)),
            }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", type=Path)
    parser.add_argument("--write", type=Path)
    parser.add_argument("--l2", type=float, default=L2_PENALTY)
    parser.add_argument("--max-head-loss", type=float, default=0.02)
    args = parser.parse_args()
    examples, confident = examples_of(args.data)
    cache = args.data.with_suffix(".rows.npy")
    if cache.exists():
        rows = np.load(cache)
    else:
        rows = feature_rows(examples, TRAINING_FLIPS)
        np.save(cache, rows)
    print(f"{len(examples)} examples with an ellipse, {rows.shape[-1]} features")
    oof = out_of_fold(rows, examples, l2=args.l2)
    p_head = oof[:, CLASSES.index("head")]
    threshold = head_threshold(p_head, examples, args.max_head_loss)
    print(f"threshold {threshold:.3f} (at most {args.max_head_loss:.0%} of each source's heads below it, out of fold)")
    items = json.loads(args.data.read_text())
    images = Counter(f"{item['source']} {item['label']}" for item in items if item["source"] == "planes")
    images["hc18 head"] = sum(ex.source == "hc18" for ex in examples)
    counts = figures(examples, confident, p_head, threshold, images)
    for name, row in counts.items():
        print(f"{name:16s} {row}")
    predicted = [CLASSES[int(np.argmax(row))] for row in oof]
    wrong = sum(p != ex.plane for p, ex in zip(predicted, examples, strict=True) if ex.source == "planes")
    print(f"plane named wrongly (argmax, planes only): {wrong}")
    if args.write:
        check = fit_plane_check(rows, examples, threshold, args.l2)
        store_plane_check(args.write, check, card_entry(threshold, args, counts))
        print(f"written to {args.write}")


def card_entry(threshold: float, args, counts: dict) -> dict:
    return {
        "method": (
            "one L2-penalised logistic model per plane (head, abdomen, femur, thorax) on the image around the "
            "model's ellipse, warped so that the ellipse is a circle: gradient histograms of the ellipse and of its "
            "surroundings, the radial brightness profile, the axis ratio, the model's certainty and the members' "
            f"relative spread; L2 penalty {args.l2:g}"
        ),
        "training_data": (
            "the 217 images of the planes dataset's training split (Sendra-Balcells et al. 2023, Sci Rep 13:2728, "
            "doi:10.5281/zenodo.7540448, CC BY 4.0; Algeria, Egypt, Ghana, Malawi, Uganda) and the 805 HC18 images "
            "as further heads (van den Heuvel et al. 2018, CC BY 4.0); each plane and, among heads, each source "
            "weighted equally; mirrored patches added"
        ),
        "threshold": threshold,
        "threshold_rule": (
            f"the head probability below which at most {args.max_head_loss:.0%} of each source's heads fall, "
            "out of fold by patient"
        ),
        "out_of_fold": {
            "how": (
                "5 folds by patient (country and patient; HC18 subject): each image scored by a check fitted on "
                "the other folds' patients; 'confident' is status ok with no doubt at 0.15 mm per pixel"
            ),
            "by_source_and_plane": counts,
        },
    }


if __name__ == "__main__":
    main()
