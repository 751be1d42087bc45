import pytest

from fetalhc_gui.core.clinical import (
    hadlock_ga_formula,
    hadlock_ga_weeks,
    intergrowth_ga_days,
    intergrowth_ga_formula,
    intergrowth_hc_centile,
    intergrowth_hc_mean_sd,
    intergrowth_hc_zscore,
    normal_cdf,
    weeks_days,
)


@pytest.mark.parametrize("hc_cm, weeks", [(10, 14.66), (15, 18.07), (20, 22.16), (25, 27.15), (30, 33.26), (35, 40.72)])
def test_hadlock_vectors(hc_cm, weeks):
    assert hadlock_ga_formula(hc_cm) == pytest.approx(weeks, abs=0.005)
    assert hadlock_ga_weeks(hc_cm * 10).value == pytest.approx(weeks, abs=0.005)


@pytest.mark.parametrize("hc_mm", [67.9, 361.0, 0.0])
def test_hadlock_out_of_range_gives_reason(hc_mm):
    result = hadlock_ga_weeks(hc_mm)
    assert result.value is None and "Hadlock" in result.reason


def test_intergrowth_dating_formula_vector():
    assert intergrowth_ga_formula(250.0) == pytest.approx(189.8, abs=0.05)


def test_intergrowth_dating_range():
    assert intergrowth_ga_days(250.0).value is None  # 189.8 days is past the dating range
    assert "98-181" in intergrowth_ga_days(250.0).reason
    inside = intergrowth_ga_days(150.0)
    assert 98 <= inside.value <= 181


@pytest.mark.parametrize("hc_mm", [1001.0, 4789.2, 1e9])
def test_absurd_hc_gives_reasons_not_errors(hc_mm):
    assert intergrowth_ga_days(hc_mm).value is None and intergrowth_ga_days(hc_mm).reason
    assert hadlock_ga_weeks(hc_mm).value is None


@pytest.mark.parametrize(
    "weeks, low, mean, high",
    [(14, 86.7, 97.9, 109.0), (20, 157.6, 172.5, 187.4), (28, 242.5, 260.4, 278.2), (40, 308.1, 333.9, 359.8)],
)
def test_intergrowth_standard_table(weeks, low, mean, high):
    m, sd = intergrowth_hc_mean_sd(weeks)
    assert m == pytest.approx(mean, abs=0.05)
    assert m - 2 * sd == pytest.approx(low, abs=0.05)
    assert m + 2 * sd == pytest.approx(high, abs=0.05)


def test_intergrowth_zscore_and_centile_vector():
    assert intergrowth_hc_zscore(180, 20).value == pytest.approx(1.01, abs=0.005)
    assert intergrowth_hc_centile(180, 20).value == pytest.approx(84.4, abs=0.05)


@pytest.mark.parametrize("weeks", [13.9, 40.1])
def test_intergrowth_standard_out_of_range(weeks):
    assert intergrowth_hc_zscore(200, weeks).value is None
    assert intergrowth_hc_centile(200, weeks).reason


def test_normal_cdf():
    assert normal_cdf(0) == 0.5
    assert normal_cdf(1.959963984540054) == pytest.approx(0.975, abs=1e-12)


def test_weeks_days():
    assert weeks_days(143) == "20+3"
