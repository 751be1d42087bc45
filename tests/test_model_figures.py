"""Figures of accuracy and uncertainty: the bootstrap interval and the interval calibration."""

from __future__ import annotations

import numpy as np
import pytest

from fetalhc_gui.inference.uncertainty import IntervalCalibration, calibrate, conformal_quantile, spread
from fetalhc_gui.training.evaluation import bootstrap_mean_ci


def test_bootstrap_interval_holds_the_mean_and_widens_with_clustering():
    rng = np.random.default_rng(1)
    values = rng.exponential(2.0, 200)
    independent = bootstrap_mean_ci(values, [str(i) for i in range(200)])
    assert independent[0] < values.mean() < independent[1]
    assert independent[1] - independent[0] == pytest.approx(2 * 1.96 * values.std() / np.sqrt(200), rel=0.25)
    clustered = bootstrap_mean_ci(np.repeat(values[:50], 4), [str(i // 4) for i in range(200)])
    assert clustered[1] - clustered[0] > 1.5 * (independent[1] - independent[0])


def test_conformal_quantile_is_the_finite_sample_rank():
    assert conformal_quantile(np.arange(1, 20), 0.95) == 19
    assert conformal_quantile(np.arange(1, 100), 0.95) == 95


def test_calibrated_intervals_cover_95_percent_of_new_images():
    rng = np.random.default_rng(2)

    def draw(n):
        hc = rng.uniform(300, 2000, n)
        member_spread = rng.gamma(2.0, 2.0, n)
        reference = hc + rng.normal(0, 1, n) * (member_spread + 0.01 * hc)
        return hc, member_spread, reference

    calibration = calibrate(*draw(400))
    hc, member_spread, reference = draw(4000)
    intervals = [calibration.interval(h, s) for h, s in zip(hc, member_spread, strict=True)]
    inside = np.mean([i.hc_low_px <= r <= i.hc_high_px for i, r in zip(intervals, reference, strict=True)])
    assert 0.93 <= inside <= 0.975
    assert 0.04 <= np.mean([i.doubtful for i in intervals]) <= 0.12
    assert calibration.floor > 0


def test_interval_from_a_card_and_spread_without_members():
    card = {"uncertainty": {"q": 2.0, "floor": 0.01, "flag_relative_halfwidth": 0.05}}
    interval = IntervalCalibration.from_card(card).interval(1000.0, 5.0)
    assert (interval.hc_low_px, interval.hc_high_px) == pytest.approx((970.0, 1030.0))
    assert not interval.doubtful
    assert IntervalCalibration.from_card({}) is None
    assert spread([500.0]) == float("inf")


def synthetic_results(n: int, seed: int = 3):
    from fetalhc_gui.training.evaluation import HCError
    from fetalhc_gui.training.validation import ImageResult

    rng = np.random.default_rng(seed)
    results = []
    for i in range(n):
        size = rng.uniform(0.1, 0.3)
        hc_px = rng.uniform(400, 1500)
        member_spread = rng.gamma(2.0, 2.0)
        reference_px = hc_px + rng.normal() * (member_spread + 0.01 * hc_px)
        error = HCError(f"{i // 2:03d}_HC.png", size, reference_px * size, hc_px * size)
        results.append(ImageResult(error, 0.97, 1.0, 0.9, False, hc_px, member_spread))
    return results


def test_cross_fitted_intervals_come_from_the_other_half_of_the_subjects():
    from fetalhc_gui.training.ensemble import cross_fitted, fit_calibration, halves
    from fetalhc_gui.training.validation import interval_figures

    results = synthetic_results(600)
    a, b = halves(results)
    subjects_a = {results[i].hc.name[:3] for i in a}
    assert subjects_a.isdisjoint({results[i].hc.name[:3] for i in b}) and len(a) + len(b) == 600
    crossed = cross_fitted(results)
    calibration = fit_calibration([results[i] for i in a]).interval
    first = results[b[0]]
    expected = calibration.interval(first.hc_px, first.spread_px, first.hc.pixel_size_mm)  # its HC band's
    assert crossed[b[0]].interval_mm[0] == pytest.approx(expected.hc_low_px * results[b[0]].hc.pixel_size_mm)
    figures = interval_figures(crossed)
    assert 0.92 <= figures["interval_coverage"] <= 0.98
    assert fit_calibration(results[:5]) is None


def test_the_doubtful_flag_marks_at_most_a_tenth_of_new_images_quality_flags_included():
    from dataclasses import replace

    from fetalhc_gui.training.ensemble import FLAG_BUDGET, cross_fitted

    results = synthetic_results(1200)
    results = [replace(r, checks_doubtful=i % 25 == 0) for i, r in enumerate(results)]  # the quality checks flag 4%
    crossed = cross_fitted(results)
    share = np.mean([r.doubtful for r in crossed])
    assert 0.08 <= share <= FLAG_BUDGET + 0.01  # no error model: the widest intervals take the other 6%
    assert all(r.doubtful for i, r in enumerate(crossed) if i % 25 == 0)


def test_the_error_models_threshold_is_set_on_the_test_images_to_keep_the_flag_within_its_budget():
    """Scores from an error model whose threshold (set on one member's results) flags 30% of the
    ensemble's: on the test images the threshold rises until checks, intervals and scores flag 10%."""
    from dataclasses import replace

    from fetalhc_gui.training.ensemble import FLAG_BUDGET, INTERVAL_FLAG_SHARE, cross_fitted, fit_calibration

    rng = np.random.default_rng(5)
    results = synthetic_results(1200)
    results = [
        replace(r, checks_doubtful=i % 50 == 0, risk=float(rng.normal(-0.5, 1.0))) for i, r in enumerate(results)
    ]
    assert np.mean([r.risk > 0 for r in results]) > 0.25
    calibration = fit_calibration(results)
    assert calibration.risk_shift > 0.5
    crossed = cross_fitted(results)
    flagged = np.array([r.doubtful for r in crossed])
    assert 0.085 <= flagged.mean() <= FLAG_BUDGET + 0.015
    riskiest = np.argsort([r.risk for r in results])[-int(0.02 * len(results)) :]
    assert flagged[riskiest].all()
    widest = [calibration.interval.interval(r.hc_px, r.spread_px).doubtful for r in results]
    assert np.mean(widest) == pytest.approx(INTERVAL_FLAG_SHARE, abs=0.01)
    assert flagged[np.flatnonzero(widest)].mean() > 0.9


def test_per_image_rows_put_failures_first_then_the_worst_errors():
    from fetalhc_gui.training.evaluation import HCError
    from fetalhc_gui.training.validation import PER_IMAGE_COLUMNS, ImageResult, per_image_rows

    def result(name: str, measured: float | None, doubtful: bool | None = False) -> ImageResult:
        hc = HCError(name, 0.1, 180.0, measured)
        if measured is None:
            return ImageResult(hc, None, None, None, None)
        return ImageResult(hc, 0.97, 1.2, 0.9, doubtful, interval_mm=(measured - 4.0, measured + 4.0))

    rows = per_image_rows([result("a", 181.0), result("b", 173.456), result("c", None), result("d", 184.0, True)])
    assert [r["filename"] for r in rows] == ["c", "b", "d", "a"]
    assert rows[1]["error_mm"] == -6.54 and rows[1]["hc_low_mm"] == 169.46
    assert rows[2]["doubtful"] == "true" and rows[3]["doubtful"] == "false"
    assert rows[0]["hc_mm"] is None and rows[0]["doubtful"] is None
    assert all(set(r) == set(PER_IMAGE_COLUMNS) for r in rows)
