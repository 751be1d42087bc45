"""Measuring a model on annotated images: HC errors, Dice and Hausdorff distance, calibration."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from fetalhc_gui.core.biometry import hc_pixels, head_biometry
from fetalhc_gui.core.ellipse import rasterise
from fetalhc_gui.core.error_risk import doubt_reasons
from fetalhc_gui.core.errors import EllipseFitError
from fetalhc_gui.core.interval import banded
from fetalhc_gui.core.metrics import dice, hausdorff_mm
from fetalhc_gui.core.pixel_size import PixelSize, PixelSizeSource
from fetalhc_gui.inference.predictor import Predictor
from fetalhc_gui.training.dataset import Sample, read_annotation, read_gray
from fetalhc_gui.training.evaluation import HC_BANDS, HCError, calibrate_offset, summarise_errors


@dataclass(frozen=True)
class ImageResult:
    """One validation image: its HC error, Dice (0..1) and Hausdorff distance (mm); for an ensemble
    its HC and members' spread in pixels and, with a calibration, its 95% interval in mm; the
    boundary evidence where the predictor gives it (see ``error_model``). ``doubtful`` is the
    flag for any reason, ``checks_doubtful`` that of the prediction's quality reasons (the quality
    checks, and a too wide interval where the predictor has an interval calibration) and ``risk``
    the error model's score (positive: flagged by it)."""

    hc: HCError
    dice: float | None
    hausdorff_mm: float | None
    quality_score: float | None
    doubtful: bool | None
    hc_px: float | None = None
    spread_px: float | None = None
    interval_mm: tuple[float, float] | None = None
    evidence: np.ndarray | None = None
    checks_doubtful: bool | None = None
    risk: float | None = None


def evaluate_samples(
    predictor: Predictor,
    samples: list[Sample],
    on_progress: Callable[[int, int, dict], None] | None = None,
    calibrate: bool = False,
) -> tuple[list[ImageResult], float]:
    """Measure every sample and compare with its annotation and reference HC.

    With ``calibrate`` the predictor's boundary offset is first set from these samples (and
    stays set); returns the results and the offset used, in original pixels.
    """
    grays = [read_gray(s.image) for s in samples]
    predictions = []
    for start in range(0, len(grays), 8):
        predictions.extend(predictor.predict_batch(grays[start : start + 8]))
        if on_progress:
            on_progress(min(start + 8, len(grays)), len(grays), {})
    if calibrate:
        used = predictor.boundary_offset_px
        raw = [_hc_error(p, s) for p, s in zip(predictions, samples, strict=True)]
        predictor.boundary_offset_px = calibrate_offset(raw, used)
        shrink = predictor.boundary_offset_px - used
        predictions = [replace(p, ellipse=p.ellipse.grown(-shrink)) if p.ellipse else p for p in predictions]
    results = [_compare(p, s) for p, s in zip(predictions, samples, strict=True)]
    return results, predictor.boundary_offset_px


def _hc_error(prediction, sample: Sample) -> HCError:
    measured = head_biometry(prediction.ellipse, sample.pixel_size_mm).hc_mm if prediction.ellipse else None
    return HCError(sample.image.name, sample.pixel_size_mm, sample.reference_hc_mm, measured)


def _compare(prediction, sample: Sample) -> ImageResult:
    hc = _hc_error(prediction, sample)
    if prediction.ellipse is None:
        return ImageResult(hc, None, None, None, None)
    truth = read_annotation(sample.annotation)
    predicted = rasterise(prediction.ellipse, truth.shape)
    try:
        distance = hausdorff_mm(predicted, truth, sample.pixel_size_mm)
    except (ValueError, EllipseFitError):
        distance = None
    interval_px = prediction.hc_interval_px
    if interval_px is not None:
        interval_px = banded(interval_px, hc_pixels(prediction.ellipse), hc.measured_mm, prediction.interval_scales)
    interval = tuple(v * sample.pixel_size_mm for v in interval_px) if interval_px else None
    size = PixelSize(sample.pixel_size_mm, PixelSizeSource.CSV)
    risk = prediction.risk.score(hc.measured_mm, sample.pixel_size_mm) if prediction.risk is not None else None
    return ImageResult(
        hc,
        dice(predicted, truth),
        distance,
        prediction.quality.score,
        bool(doubt_reasons(prediction.quality.reasons, prediction.risk, prediction.ellipse, size)),
        hc_pixels(prediction.ellipse),
        prediction.spread_px,
        interval,
        prediction.evidence,
        bool(prediction.quality.reasons),
        risk,
    )


#: Columns of ``per_image_rows``: mm, except Dice (0..1) and the quality score (0..1).
PER_IMAGE_COLUMNS = [
    "filename",
    "pixel_size_mm",
    "reference_hc_mm",
    "hc_mm",
    "error_mm",
    "hc_low_mm",
    "hc_high_mm",
    "doubtful",
    "dice",
    "hausdorff_mm",
    "quality_score",
]


def per_image_rows(results: list[ImageResult]) -> list[dict]:
    """One row per image for a CSV (``PER_IMAGE_COLUMNS``), worst absolute HC error first and
    failures (no head found: no HC) before all; numbers rounded to 0.01 mm or 0.0001."""

    def rounded(value: float | None, digits: int = 2) -> float | None:
        return None if value is None else round(float(value), digits)

    rows = []
    for r in results:
        low, high = r.interval_mm or (None, None)
        rows.append(
            {
                "filename": r.hc.name,
                "pixel_size_mm": r.hc.pixel_size_mm,
                "reference_hc_mm": rounded(r.hc.reference_mm),
                "hc_mm": rounded(r.hc.measured_mm),
                "error_mm": rounded(r.hc.error_mm),
                "hc_low_mm": rounded(low),
                "hc_high_mm": rounded(high),
                "doubtful": None if r.doubtful is None else str(r.doubtful).lower(),
                "dice": rounded(r.dice, 4),
                "hausdorff_mm": rounded(r.hausdorff_mm),
                "quality_score": rounded(r.quality_score, 4),
            }
        )
    return sorted(rows, key=lambda row: -math.inf if row["error_mm"] is None else -abs(row["error_mm"]))


def summarise_results(results: list[ImageResult]) -> dict:
    """HC summary (see ``summarise_errors``) plus mean Dice and Hausdorff distance, overall and by band."""
    summary = summarise_errors([r.hc for r in results])
    summary |= _shape_figures(results)
    for label, low, high in HC_BANDS:
        summary["bands"][label] |= _shape_figures([r for r in results if low <= r.hc.reference_mm < high])
    summary["doubtful"] = sum(bool(r.doubtful) for r in results)
    summary |= interval_figures(results)
    return summary


def interval_figures(results: list[ImageResult], big_error_mm: float = 5.0) -> dict:
    """How often the 95% intervals hold the reference HC, their mean half-width (mm), and how many
    of the results off by more than ``big_error_mm`` the doubtful flag catches."""
    measured = [r for r in results if r.hc.error_mm is not None]
    big = [r for r in measured if abs(r.hc.error_mm) > big_error_mm]
    figures = {"errors_over_5mm": len(big), "doubtful_among_errors_over_5mm": sum(bool(r.doubtful) for r in big)}
    with_interval = [r for r in measured if r.interval_mm is not None]
    if with_interval:
        inside = [r.interval_mm[0] <= r.hc.reference_mm <= r.interval_mm[1] for r in with_interval]
        figures["interval_coverage"] = float(np.mean(inside))
        halfwidths = [(r.interval_mm[1] - r.interval_mm[0]) / 2 for r in with_interval]
        figures["interval_halfwidth_mm"] = float(np.mean(halfwidths))
    return figures


def _shape_figures(results: list[ImageResult]) -> dict:
    dices = [r.dice for r in results if r.dice is not None]
    distances = [r.hausdorff_mm for r in results if r.hausdorff_mm is not None]
    return {
        "dice": float(np.mean(dices)) if dices else None,
        "hausdorff_mm": float(np.mean(distances)) if distances else None,
    }


def validated_card(folder: Path, card: dict, samples: list[Sample]) -> dict:
    """``card`` with the boundary offset (pixels) of the model in ``folder`` calibrated on
    ``samples`` and its ``validation`` figures measured there with that offset."""
    predictor = Predictor(folder, card=replace_offset(card, 1.0))
    results, offset = evaluate_samples(predictor, samples, calibrate=True)
    return replace_offset(card, offset) | {"validation": summarise_results(results)}


def replace_offset(card: dict, offset: float) -> dict:
    """A copy of ``card`` with another boundary offset (pixels)."""
    return card | {"postprocessing": card["postprocessing"] | {"boundary_offset_px": offset}}
