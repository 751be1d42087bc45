"""The 95% interval by HC band: measure the bundled ensemble on its test subjects (no member trained
on them) and compare calibrations by their coverage on subjects they were not fitted on.

python research/interval_bands.py [DATA_DIR] [--splits N] [--write MODEL_DIR]

Each calibration is fitted on a random half of the test subjects and scored on the other half,
over N random halvings; coverage and median half-width are given by reference HC band. Methods:
one q for all (today's), and one q per band of the measured HC (Mondrian conformal) with the
floor of today's calibration. With --write, each band's q, fitted on all the test images with the
card's floor, and the cross-fitted figures go into the model's card.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

import numpy as np

from fetalhc_gui.core.biometry import hc_pixels
from fetalhc_gui.core.interval import BAND_EDGES_MM, BAND_LABELS, band_of
from fetalhc_gui.inference.artifact import bundled_model_dir, read_card
from fetalhc_gui.inference.predictor import Predictor
from fetalhc_gui.inference.uncertainty import calibrate, calibrate_bands, conformal_quantile
from fetalhc_gui.training.dataset import read_gray, scan_folder, subject_of
from fetalhc_gui.training.model_files import write_card

CACHE = Path("runs/test_results.json")


def test_results(data_dir: Path) -> list[dict]:
    if CACHE.exists():
        return json.loads(CACHE.read_text())
    card = read_card(bundled_model_dir())
    subjects = set(card["data"]["test_subjects"])
    samples = [s for s in scan_folder(data_dir).usable if s.subject in subjects and s.reference_hc_mm]
    predictor = Predictor()
    rows = []
    for s in samples:
        p = predictor.predict(read_gray(s.image))
        reasons = list(p.quality.reasons) if p.quality else []
        plane_reason = p.plane.reason if p.plane else None
        rows.append(
            {
                "name": s.image.name,
                "px_mm": s.pixel_size_mm,
                "ref_mm": s.reference_hc_mm,
                "hc_px": hc_pixels(p.ellipse) if p.ellipse else None,
                "spread_px": p.spread_px,
                "head_plane": p.head_plane,
                "head_probability": p.plane.head_probability if p.plane else None,
                "other_reasons": [r for r in reasons if r != plane_reason],
                "risk": p.risk.score(hc_pixels(p.ellipse) * s.pixel_size_mm, s.pixel_size_mm) if p.risk else None,
            }
        )
    CACHE.parent.mkdir(exist_ok=True)
    CACHE.write_text(json.dumps(rows))
    return rows


def write_band_q(folder: Path, hc, spread, ref, px, figures: dict, images: str) -> None:
    """Each band's q on all the test images, with the card's floor, into the card with the figures."""
    card = read_card(folder)
    u = card["uncertainty"]
    scores = np.abs(hc - ref) / (spread + u["floor"] * hc)
    bands = np.array([band_of(v) for v in hc * px])
    band_q = [conformal_quantile(scores[bands == b]) for b in range(len(BAND_LABELS))]
    card["uncertainty"] = u | {
        "band_q": band_q,
        "method": (
            "split conformal on the members' HC spread: HC +- q * (spread + floor * HC), q set apart in each band "
            "of the measured HC (band_q: < 100, 100-200, >= 200 mm; Mondrian conformal)"
        ),
        "band_q_fitted_on": f"the same {images}, with the floor above",
        "cross_fitted_by_reference_band": {
            "how": (
                "fitted on a random half of the test subjects, scored on the other half, over 200 random halvings; "
                "'global' is one q for all sizes, 'by band' one q per band (research/interval_bands.py)"
            ),
            **figures,
        },
    }
    write_card(folder, card)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data_dir", type=Path, nargs="?", default=Path("../shared/hc18"))
    parser.add_argument("--splits", type=int, default=200)
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()
    rows = [r for r in test_results(args.data_dir) if r["hc_px"] and r["spread_px"] and math.isfinite(r["spread_px"])]
    hc = np.array([r["hc_px"] for r in rows])
    spread = np.array([r["spread_px"] for r in rows])
    px = np.array([r["px_mm"] for r in rows])
    ref = np.array([r["ref_mm"] for r in rows]) / px
    subjects = np.array([subject_of(r["name"]) for r in rows])
    ref_band = np.array([band_of(v) for v in ref * px])
    unique = np.unique(subjects)
    rng = np.random.default_rng(0)
    stats = {m: {b: [[], []] for b in range(len(BAND_EDGES_MM) + 1)} for m in ("global", "by band")}
    for _ in range(args.splits):
        fit = np.isin(subjects, rng.choice(unique, len(unique) // 2, replace=False))
        score = ~fit
        one = calibrate(hc[fit], spread[fit], ref[fit])
        banded = calibrate_bands(hc[fit], spread[fit], ref[fit], px[fit])
        for method, calibration in (("global", one), ("by band", banded)):
            for i in np.flatnonzero(score):
                u = calibration.interval(hc[i], spread[i], px[i])
                covered = u.hc_low_px <= ref[i] <= u.hc_high_px
                stats[method][ref_band[i]][0].append(covered)
                stats[method][ref_band[i]][1].append((u.hc_high_px - u.hc_low_px) / 2 * px[i])
    labels = list(BAND_LABELS)
    figures = {}
    for method, bands in stats.items():
        print(method)
        for b, (covered, half) in bands.items():
            half_width = np.median(half)
            print(f"  {labels[b]:8s} coverage {100 * np.mean(covered):5.1f}%  median half-width {half_width:.2f} mm")
            figures.setdefault(method, {})[labels[b]] = {
                "coverage": round(float(np.mean(covered)), 3),
                "median_half_width_mm": round(float(half_width), 2),
            }
        every = [c for covered, _ in bands.values() for c in covered]
        print(f"  all      coverage {100 * np.mean(every):5.1f}%")
    print(f"{len(rows)} test images, {len(unique)} subjects, {args.splits} halvings")
    if args.write:
        write_band_q(args.write, hc, spread, ref, px, figures, f"{len(rows)} test images of {len(unique)} subjects")
    every = test_results(args.data_dir)
    confident = [r for r in every if r["hc_px"] and not r["other_reasons"] and not (r["risk"] or 0) > 0]
    refused = [r["name"] for r in confident if r["head_plane"] is False]
    print(f"head-plane check: {len(refused)} of {len(confident)} confident test heads newly flagged: {refused}")


if __name__ == "__main__":
    main()
