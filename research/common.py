"""Helpers the research scripts share: members of a run, out-of-fold figures, paired comparisons
with a subject bootstrap, raw HCs and cross-fitted offsets, a member's fold, cached out-of-fold maps.

Not part of the installed package; each script imports what it needs from here (never from
another script).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

from fetalhc_gui.core.biometry import hc_pixels
from fetalhc_gui.core.ellipse import Ellipse, fit_contour, head_component
from fetalhc_gui.core.errors import EllipseFitError
from fetalhc_gui.inference.artifact import read_card
from fetalhc_gui.inference.predictor import Predictor
from fetalhc_gui.inference.preprocessing import to_original_resolution
from fetalhc_gui.training.dataset import read_gray, scan_folder, subject_of
from fetalhc_gui.training.evaluation import HCError, summarise_errors
from fetalhc_gui.training.validation import evaluate_samples, replace_offset, summarise_results


def oof_maps(run: Path, data_dir: Path) -> dict:
    cache = run / "oof_maps.npz"
    if cache.exists():
        return dict(np.load(cache, allow_pickle=True))
    usable = [s for s in scan_folder(data_dir).usable if s.reference_hc_mm]
    maps, names, px, ref, shapes, folds = [], [], [], [], [], []
    for k, folder in enumerate(sorted(p.parent for p in run.glob("member*/model/model_card.json"))):
        card = read_card(folder)
        fold = set(card["data"]["val_subjects"])
        predictor = Predictor(folder, card=replace_offset(card, 0.0))
        for s in (s for s in usable if s.subject in fold):
            gray = read_gray(s.image)
            maps.append(predictor.member_maps([gray])[0, ..., 0].astype(np.float16))
            names.append(s.image.name)
            px.append(s.pixel_size_mm)
            ref.append(s.reference_hc_mm)
            shapes.append(gray.shape[:2])
            folds.append(k)
    data = {
        "maps": np.stack(maps),
        "names": np.array(names),
        "px": np.array(px),
        "ref": np.array(ref),
        "shapes": np.array(shapes),
        "folds": np.array(folds),
    }
    np.savez(cache, **data)
    return data


def outline(mask: np.ndarray) -> np.ndarray:
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    return max(contours, key=len).reshape(-1, 2).astype(np.float64)


def plain(full: np.ndarray, threshold: float = 0.5) -> Ellipse:
    return fit_contour(outline(head_component(full >= threshold)))


def evaluate(data: dict, fit: Callable[[np.ndarray], Ellipse]) -> tuple[dict, np.ndarray]:
    raw = []
    for m, shape in zip(data["maps"], data["shapes"], strict=True):
        try:
            raw.append(hc_pixels(fit(to_original_resolution(m.astype(np.float32), tuple(shape)))))
        except (EllipseFitError, ValueError):
            raw.append(math.nan)
    raw = np.array(raw)
    ref_px = data["ref"] / data["px"]
    errors, signed = [], np.full(len(raw), math.nan)
    for fold in np.unique(data["folds"]):
        others = (data["folds"] != fold) & np.isfinite(raw)
        k = np.mean((raw[others] - ref_px[others]) / (2 * math.pi))
        for i in np.flatnonzero(data["folds"] == fold):
            hc = (raw[i] - 2 * math.pi * k) * data["px"][i] if np.isfinite(raw[i]) else None
            errors.append(HCError(str(data["names"][i]), float(data["px"][i]), float(data["ref"][i]), hc))
            signed[i] = hc - data["ref"][i] if hc is not None else math.nan
    return summarise_errors(errors), signed


def fold_samples(card: dict, data: Path) -> list:
    """The member's validation samples with a reference HC."""
    val = set(card["data"]["val_subjects"])
    return [s for s in scan_folder(data).usable if s.reference_hc_mm and s.subject in val]


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


def paired_difference(base: list, candidate: list, rounds: int = 2000) -> tuple[float, float, float]:
    """Mean difference (candidate - baseline) of absolute errors in mm and its subject-bootstrap 95% CI."""
    a = {r.hc.name: abs(r.hc.error_mm) for r in base if r.hc.error_mm is not None}
    b = {r.hc.name: abs(r.hc.error_mm) for r in candidate if r.hc.error_mm is not None}
    names = sorted(set(a) & set(b))
    diff = np.array([b[n] - a[n] for n in names])
    subjects = [subject_of(n) for n in names]
    groups = {s: [i for i, x in enumerate(subjects) if x == s] for s in dict.fromkeys(subjects)}
    keys = list(groups)
    rng = np.random.default_rng(0)
    means = [diff[[i for s in rng.choice(keys, len(keys)) for i in groups[s]]].mean() for _ in range(rounds)]
    return float(diff.mean()), float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def members_of(run: Path) -> list[Path]:
    return sorted(p.parent for p in run.glob("member*/model/model_card.json"))


def out_of_fold(run: Path, data_dir: Path, flip: bool) -> tuple[dict, list]:
    folders = members_of(run)
    cards = [read_card(f) for f in folders]
    offsets = [c["postprocessing"]["boundary_offset_px"] for c in cards]
    usable = [s for s in scan_folder(data_dir).usable if s.reference_hc_mm]
    results = []
    for k, (folder, card) in enumerate(zip(folders, cards, strict=True)):
        others = float(np.mean([o for i, o in enumerate(offsets) if i != k])) if len(offsets) > 1 else offsets[k]
        fold = set(card["data"]["val_subjects"])
        samples = [s for s in usable if s.subject in fold]
        predictor = Predictor(folder, test_time_flip=flip, card=replace_offset(card, others))
        results += evaluate_samples(predictor, samples)[0]
    return summarise_results(results), results
