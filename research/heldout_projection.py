"""What a test split's per-image results predict for a set with another mix of head sizes.

python research/heldout_projection.py PER_IMAGE_CSV [--counts 36 101 57] [--scale 1 1 1]

PER_IMAGE_CSV is ``fetalhc evaluate --test-only --per-image``'s output. Each image is weighted so
that the HC bands (< 100, 100-200, >= 200 mm) count as in ``--counts`` (by default the 194 HC18
images held out from ../shared/hc18): the weighted ADF with a 95% interval by a bootstrap over
subjects within each band, the weighted p95 and share of errors over 5 mm; and, unweighted, each
band's interval coverage and mean half-width. ``--scale`` multiplies each band's errors first: what
a learning curve (``compare_runs.py --train-images``) says more training data would do to them.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import numpy as np

from fetalhc_gui.training.dataset import subject_of
from fetalhc_gui.training.evaluation import HC_BANDS


def read_results(path: Path) -> list[dict]:
    """The measured rows (an HC given) of a per-image CSV."""
    with path.open(newline="") as handle:
        return [r for r in csv.DictReader(handle) if r["error_mm"]]


def band_of(reference_mm: float) -> int:
    """The index in ``HC_BANDS`` of an HC in mm."""
    return next(i for i, (_, low, high) in enumerate(HC_BANDS) if low <= reference_mm < high)


def weighted_adf(groups: list[list[np.ndarray]], counts: np.ndarray) -> float:
    """ADF in mm with each band's mean absolute error weighted by ``counts``; ``groups`` holds, per
    band, one array of absolute errors per subject."""
    means = [np.concatenate(subjects).mean() for subjects in groups]
    return float(np.dot(counts, means) / counts.sum())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("per_image", type=Path)
    parser.add_argument("--counts", type=float, nargs=3, default=[36, 101, 57], metavar=("SMALL", "MIDDLE", "LARGE"))
    parser.add_argument("--scale", type=float, nargs=3, default=[1, 1, 1], metavar=("SMALL", "MIDDLE", "LARGE"))
    args = parser.parse_args()
    rows = read_results(args.per_image)
    counts = np.array(args.counts)
    band = np.array([band_of(float(r["reference_hc_mm"])) for r in rows])
    error = np.abs([float(r["error_mm"]) for r in rows]) * np.array(args.scale)[band]
    subjects = [subject_of(r["filename"]) for r in rows]
    groups = []
    for b in range(len(HC_BANDS)):
        by_subject: dict[str, list[float]] = {}
        for e, s in zip(error[band == b], np.array(subjects)[band == b], strict=True):
            by_subject.setdefault(s, []).append(e)
        groups.append([np.array(v) for v in by_subject.values()])
    rng = np.random.default_rng(0)
    boots = [
        weighted_adf([[g[i] for i in rng.integers(0, len(g), len(g))] for g in groups], counts) for _ in range(4000)
    ]
    weight = counts[band] / np.bincount(band, minlength=len(HC_BANDS))[band]
    order = np.argsort(error)
    p95 = error[order][np.searchsorted(np.cumsum(weight[order]) / weight.sum(), 0.95)]
    low, high = np.percentile(boots, [2.5, 97.5])
    print(f"{len(rows)} images; weighted to {counts.astype(int).tolist()} images by band:")
    print(f"  ADF {weighted_adf(groups, counts):.2f} mm (95% CI {low:.2f}-{high:.2f}, subject bootstrap within bands)")
    print(f"  p95 {p95:.2f} mm, {100 * weight[error > 5].sum() / weight.sum():.1f}% off by more than 5 mm")
    inside = np.array([float(r["hc_low_mm"]) <= float(r["reference_hc_mm"]) <= float(r["hc_high_mm"]) for r in rows])
    half = np.array([(float(r["hc_high_mm"]) - float(r["hc_low_mm"])) / 2 for r in rows])
    for b, (label, _, _) in enumerate(HC_BANDS):
        m = band == b
        print(
            f"  {label:>8}: {m.sum()} images, interval coverage {inside[m].mean():.1%}, "
            f"half-width {half[m].mean():.1f} mm"
        )


if __name__ == "__main__":
    main()
