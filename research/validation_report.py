"""Validation report of a model folder: plain vs flip-averaged inference, and quality figures vs error.

python research/validation_report.py MODEL_DIR [DATA_DIR]  (DATA_DIR defaults to ../shared/hc18)

Uses only the validation subjects named in the model card. Prints figures; changes nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from fetalhc_gui.core.biometry import head_biometry
from fetalhc_gui.inference.predictor import Predictor
from fetalhc_gui.training.dataset import read_gray, scan_folder
from fetalhc_gui.training.validation import evaluate_samples, replace_offset, summarise_results


def main(model_dir: str, data_dir: str) -> None:
    base = Predictor(model_dir)
    subjects = set(base.card["data"]["val_subjects"])
    samples = [s for s in scan_folder(data_dir).usable if s.subject in subjects and s.reference_hc_mm]
    print(f"{len(samples)} validation images of {len(subjects)} subjects")
    for flip in (False, True):
        predictor = Predictor(model_dir, test_time_flip=flip, card=replace_offset(base.card, 1.0))
        results, offset = evaluate_samples(predictor, samples, calibrate=True)
        s = summarise_results(results)
        print(
            f"flip={flip}: offset {offset:.2f} px, ADF {s['adf_mm']:.2f}, DF {s['df_mm']:+.2f}, "
            f"median {s['median_ad_mm']:.2f}, p95 {s['p95_ad_mm']:.2f}, max {s['max_ad_mm']:.2f} mm, "
            f"failures {s['failures']}, Dice {100 * s['dice']:.2f}%, HD {s['hausdorff_mm']:.2f} mm"
        )
        for band, figures in s["bands"].items():
            print(f"    {band:>8}: n={figures['count']}, ADF {figures.get('adf_mm', float('nan')):.2f} mm")
    grays = [read_gray(s.image) for s in samples]
    predictions = base.predict_batch(grays)
    rows = []
    for sample, prediction in zip(samples, predictions, strict=True):
        if prediction.ellipse is None:
            continue
        error = abs(head_biometry(prediction.ellipse, sample.pixel_size_mm).hc_mm - sample.reference_hc_mm)
        q = prediction.quality
        rows.append((error, q.fit_dice, q.residual_percent, q.confidence, q.score, q.doubtful))
    data = np.array(rows, dtype=float)
    print("\nquality vs |HC error| (mm), worst 12:")
    print("   error  fitDice  resid%  conf   score  doubtful")
    for row in data[np.argsort(-data[:, 0])][:12]:
        print("  " + "  ".join(f"{v:6.3f}" for v in row))
    for column, name in ((1, "fit Dice"), (2, "residual %"), (3, "confidence")):
        print(f"{name}: percentiles 1/5/50/95/99 = {np.percentile(data[:, column], [1, 5, 50, 95, 99]).round(3)}")
    flagged = data[:, 5] > 0
    print(
        f"flagged {flagged.sum()} of {len(data)}; mean |error| flagged "
        f"{data[flagged, 0].mean() if flagged.any() else float('nan'):.2f} mm, "
        f"unflagged {data[~flagged, 0].mean():.2f} mm"
    )


if __name__ == "__main__":
    main(
        sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else str(Path(__file__).resolve().parents[2] / "shared" / "hc18")
    )
