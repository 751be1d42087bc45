"""Accuracy of HC measurements against a reference: per-image errors, summaries, calibration."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from fetalhc_gui.core.biometry import head_biometry
from fetalhc_gui.core.ellipse import HC18_BOUNDARY_OFFSET_PX
from fetalhc_gui.core.errors import EllipseFitError
from fetalhc_gui.inference.preprocessing import ellipse_from_model_output
from fetalhc_gui.training.dataset import subject_of

#: HC bands (mm) reported separately: small, middle and large heads.
HC_BANDS = (("<100", 0.0, 100.0), ("100-200", 100.0, 200.0), (">=200", 200.0, math.inf))


@dataclass(frozen=True)
class HCError:
    """One image's measured and reference HC in mm (measured is None when measuring failed)."""

    name: str
    pixel_size_mm: float
    reference_mm: float
    measured_mm: float | None

    @property
    def error_mm(self) -> float | None:
        """Measured minus reference HC in mm."""
        return None if self.measured_mm is None else self.measured_mm - self.reference_mm


def hc_errors(probabilities, samples, shapes, boundary_offset_px: float = HC18_BOUNDARY_OFFSET_PX) -> list[HCError]:
    """HC errors of model outputs (n, rows, cols, 1) against the samples' reference HC."""
    errors = []
    for probability, sample, shape in zip(probabilities, samples, shapes, strict=True):
        try:
            ellipse, _ = ellipse_from_model_output(probability, tuple(shape), boundary_offset_px)
            measured = head_biometry(ellipse, sample.pixel_size_mm).hc_mm
        except EllipseFitError:
            measured = None
        errors.append(HCError(sample.image.name, sample.pixel_size_mm, sample.reference_hc_mm, measured))
    return errors


def summarise_errors(errors: list[HCError]) -> dict:
    """ADF (mean absolute difference), DF (mean difference), median, p95 and max |difference| in
    mm, and the failure count, overall and by HC band."""
    summary = _summary(errors)
    summary["bands"] = {
        label: _summary([e for e in errors if low <= e.reference_mm < high]) for label, low, high in HC_BANDS
    }
    return summary


def _summary(errors: list[HCError]) -> dict:
    measured = [e for e in errors if e.error_mm is not None]
    diffs = np.array([e.error_mm for e in measured], dtype=float)
    failures = len(errors) - len(measured)
    if diffs.size == 0:
        return {"count": len(errors), "failures": failures}
    absolute = np.abs(diffs)
    return {
        "count": len(errors),
        "failures": failures,
        "adf_mm": float(absolute.mean()),
        "adf_ci95_mm": bootstrap_mean_ci(absolute, [subject_of(e.name) for e in measured]),
        "df_mm": float(diffs.mean()),
        "median_ad_mm": float(np.median(absolute)),
        "p95_ad_mm": float(np.percentile(absolute, 95)),
        "max_ad_mm": float(absolute.max()),
    }


def figures_line(summary: dict) -> str:
    """One line of ``summarise_errors`` figures (mm): count, ADF with its interval where there is
    one, DF, median, p95, max, failures, Dice where the summary has it, and the ADF by band."""
    ci = summary.get("adf_ci95_mm")
    ci_text = f" [{ci[0]:.2f}-{ci[1]:.2f}]" if ci else ""
    dice = f" Dice {100 * summary['dice']:.2f}%" if "dice" in summary else ""
    bands = ", ".join(f"{b} {f.get('adf_mm', float('nan')):.2f} (n={f['count']})" for b, f in summary["bands"].items())
    return (
        f"n={summary['count']} ADF {summary['adf_mm']:.2f}{ci_text} DF {summary['df_mm']:+.2f} "
        f"median {summary['median_ad_mm']:.2f} p95 {summary['p95_ad_mm']:.2f} max {summary['max_ad_mm']:.2f} "
        f"failures {summary['failures']}{dice} | {bands}"
    )


def bootstrap_mean_ci(values: np.ndarray, groups: list[str], resamples: int = 2000, seed: int = 0) -> list[float]:
    """A 95% percentile-bootstrap interval of the mean of ``values``, resampling whole groups
    (subjects), since images of one subject are not independent."""
    values = np.asarray(values, dtype=float)
    names = sorted(set(groups))
    index = {name: i for i, name in enumerate(names)}
    sums = np.zeros(len(names))
    counts = np.zeros(len(names))
    np.add.at(sums, [index[g] for g in groups], values)
    np.add.at(counts, [index[g] for g in groups], 1)
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(names), size=(resamples, len(names)))
    means = sums[picks].sum(axis=1) / counts[picks].sum(axis=1)
    return [float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))]


def calibrate_offset(errors: list[HCError], boundary_offset_px: float = HC18_BOUNDARY_OFFSET_PX) -> float:
    """The boundary offset (original pixels per semi-axis) that centres the HC errors.

    Shrinking both semi-axes by 1 px shortens HC by about 2*pi*pixel size mm, so each image's
    error converts to pixels as error / (2*pi*pixel size); the median of these (robust to the
    odd failure) is added to the offset the errors were measured with.
    """
    shifts = [e.error_mm / (2 * math.pi * e.pixel_size_mm) for e in errors if e.error_mm is not None]
    return boundary_offset_px + float(np.median(shifts)) if shifts else boundary_offset_px
