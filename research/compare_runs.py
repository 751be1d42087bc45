"""Runs whose members were validated on different subject folds, compared out of fold, image by image.

python research/compare_runs.py BASELINE_RUN CANDIDATE_RUN [...] [--data DATA_DIR] [--train-images N ...]

Each RUN holds member0/model, member1/model, ... (``fetalhc train --folds K --fold k`` per member,
or ``--members K``). Every non-test image is measured by the one member of each run whose
validation fold holds it, with no boundary offset; the offset is then cross-fitted between two
halves of the subjects (``compare_fold.cross_fitted_errors``), so no figure uses an offset fitted on
its own images, and only the images every run held out are compared. Used for the learning curve
(members trained on half of the subjects against the bundle's members trained on three quarters):
``compare_oof.py`` needs the same folds in both runs, this does not. With ``--train-images N ...`` each
candidate's band ADFs and the baseline's, against the mean number of images their members trained
on, give a power law per band (ADF proportional to images^-alpha) and the factor it predicts for
members trained on each N images instead of the baseline's (``heldout_projection.py --scale`` takes them).
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import numpy as np

from fetalhc_gui.inference.artifact import read_card
from fetalhc_gui.training.dataset import scan_folder
from fetalhc_gui.training.evaluation import HC_BANDS, summarise_errors

from common import members_of, raw_hc_px, report


def pooled_raw_hc_px(run: Path, samples: list) -> tuple[np.ndarray, float]:
    """Each sample's HC in pixels (no offset) from the member of ``run`` that validated on it (nan
    where that member found no head, or where no member of the run held the sample out), and the
    mean number of images the measuring member trained on, over the samples."""
    raw = np.full(len(samples), math.nan)
    trained = np.zeros(len(samples))
    for folder in members_of(run):
        card = read_card(folder)
        fold = set(card["data"]["val_subjects"])
        index = [i for i, s in enumerate(samples) if s.subject in fold]
        raw[index] = raw_hc_px(folder, [samples[i] for i in index])
        trained[index] = card["data"]["train_images"]
        print(f"  {folder}: {card['data']['train_images']} training images, {len(index)} measured", flush=True)
    return raw, float(trained.mean())


def band_adfs(results: list) -> np.ndarray:
    """ADF in mm of each HC band of ``report``'s results."""
    bands = summarise_errors([r.hc for r in results])["bands"]
    return np.array([bands[label]["adf_mm"] for label, _, _ in HC_BANDS])


def learning_curve(base: tuple[np.ndarray, float], other: tuple[np.ndarray, float], targets: list[float]) -> None:
    """Print, per band, the power law through two (band ADFs in mm, training images) points and the
    factors it predicts for the first point's ADF with each of ``targets`` training images."""
    (adf_a, n_a), (adf_b, n_b) = base, other
    alpha = np.log(adf_b / adf_a) / np.log(n_a / n_b)
    for (label, _, _), a in zip(HC_BANDS, alpha, strict=True):
        factors = ", ".join(f"{t:.0f}: x {(t / n_a) ** -a:.3f}" for t in targets)
        print(f"  {label:>8}: alpha {a:.3f}; ADF with this many training images instead of {n_a:.0f}: {factors}")


def held_out_by_all(runs: list[Path], samples: list) -> list:
    """The samples that some member of every run validated on (that is, none of its members trained on)."""
    keep = list(samples)
    for run in runs:
        folds = set().union(*(read_card(f)["data"]["val_subjects"] for f in members_of(run)))
        keep = [s for s in keep if s.subject in folds]
    return keep


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("runs", type=Path, nargs="+")
    parser.add_argument("--data", type=Path, default=Path("../shared/hc18"))
    parser.add_argument("--train-images", type=float, nargs="+", help="extrapolate the learning curve to these")
    args = parser.parse_args()
    usable = [s for s in scan_folder(args.data).usable if s.reference_hc_mm]
    samples = held_out_by_all(args.runs, usable)
    first = None  # the baseline's (results, learning-curve point)
    for run in args.runs:
        raw, trained = pooled_raw_hc_px(run, samples)
        results = report(str(run), raw, samples, None if first is None else first[0])
        point = (band_adfs(results), trained)
        if first is None:
            first = (results, point)
        elif args.train_images:
            learning_curve(first[1], point, args.train_images)


if __name__ == "__main__":
    main()
