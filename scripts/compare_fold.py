"""Models validated on the same subject fold, compared image by image on that fold.

python scripts/compare_fold.py BASELINE_MODEL CANDIDATE_MODEL [...] [--data DATA_DIR]

For a lever tried on one fold before spending CPU on all of them (for example a member
fine-tuned at another resolution). Every model measures the fold's images (which none of them
trained on) with no boundary offset; the offset is then cross-fitted between two halves of the
fold's subjects (each half gets the constant, in original pixels, fitted on the other half), so
no figure uses an offset fitted on its own images. Each candidate's mean difference of absolute
errors from the baseline has a 95% interval by a bootstrap over subjects.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import numpy as np
from compare_oof import paired_difference

from fetalhc_gui.core.biometry import hc_pixels
from fetalhc_gui.inference.artifact import read_card
from fetalhc_gui.inference.predictor import Predictor
from fetalhc_gui.training.dataset import read_gray, scan_folder
from fetalhc_gui.training.evaluation import HCError, summarise_errors
from fetalhc_gui.training.validation import replace_offset


class _Result:  # what paired_difference reads
    def __init__(self, hc: HCError):
        self.hc = hc


def raw_hc_px(folder: Path, samples: list) -> np.ndarray:
    """Each sample's HC in pixels with no boundary offset (nan where no head was found)."""
    predictor = Predictor(folder, card=replace_offset(read_card(folder), 0.0))
    out = []
    for s in samples:
        ellipse = predictor.predict(read_gray(s.image)).ellipse
        out.append(hc_pixels(ellipse) if ellipse is not None else math.nan)
    return np.array(out)


def subject_halves(samples: list) -> np.ndarray:
    """0 or 1 per sample: the half of the subjects (alternating in sorted order) it belongs to,
    for fitting on one half what the other half is measured with."""
    half = {s: k % 2 for k, s in enumerate(sorted({s.subject for s in samples}))}
    return np.array([half[s.subject] for s in samples])


def cross_fitted_errors(raw: np.ndarray, samples: list) -> list[HCError]:
    """HCErrors with the offset of each half of the subjects fitted on the other half."""
    side = subject_halves(samples)
    ref_px = np.array([s.reference_hc_mm / s.pixel_size_mm for s in samples])
    errors = []
    for i, s in enumerate(samples):
        other = (side != side[i]) & np.isfinite(raw)
        k = np.mean((raw[other] - ref_px[other]) / (2 * math.pi))
        hc = (raw[i] - 2 * math.pi * k) * s.pixel_size_mm if np.isfinite(raw[i]) else None
        errors.append(HCError(s.image.name, s.pixel_size_mm, s.reference_hc_mm, hc))
    return errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("models", type=Path, nargs="+")
    parser.add_argument("--data", type=Path, default=Path("../shared/hc18"))
    args = parser.parse_args()
    cards = [read_card(m) for m in args.models]
    fold = set(cards[0]["data"]["val_subjects"])
    if any(set(c["data"]["val_subjects"]) != fold for c in cards[1:]):
        raise SystemExit("the models were validated on different folds")
    samples = [s for s in scan_folder(args.data).usable if s.subject in fold and s.reference_hc_mm]
    base = None
    for model in args.models:
        results = report(str(model), raw_hc_px(model, samples), samples, base)
        base = base or results


def report(label: str, raw: np.ndarray, samples: list, base: list | None) -> list:
    """Print the figures of raw HCs (pixels, no offset) with cross-fitted offsets and, given the
    first model's results ``base``, the paired difference from it; returns the results."""
    errors = cross_fitted_errors(raw, samples)
    s = summarise_errors(errors)
    bands = ", ".join(f"{b} {f.get('adf_mm', math.nan):.2f}" for b, f in s["bands"].items())
    ci = s["adf_ci95_mm"]
    text = (
        f"{label}: n={s['count']} ADF {s['adf_mm']:.3f} [{ci[0]:.2f}-{ci[1]:.2f}] p95 {s['p95_ad_mm']:.2f} "
        f"max {s['max_ad_mm']:.2f} failures {s['failures']} | {bands}"
    )
    results = [_Result(e) for e in errors]
    if base is not None:
        mean, low, high = paired_difference(base, results)
        text += f" | vs first {mean:+.3f} [{low:+.3f}, {high:+.3f}]"
    print(text, flush=True)
    return results


if __name__ == "__main__":
    main()
