import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fetalhc_gui.core.biometry import hc_pixels
from fetalhc_gui.core.ellipse import (
    HC18_BOUNDARY_OFFSET_PX,
    Ellipse,
    fit_mask,
    fit_probability,
    rasterise,
)
from fetalhc_gui.core.errors import EllipseFitError


def test_rasterised_ellipse_is_fitted_back():
    e = Ellipse(400, 270, 180, 120, 0.4)
    fitted = fit_mask(rasterise(e, (540, 800)))
    assert fitted.cx == pytest.approx(400, abs=0.1)
    assert fitted.cy == pytest.approx(270, abs=0.1)
    assert fitted.a == pytest.approx(180, abs=0.1)
    assert fitted.b == pytest.approx(120, abs=0.1)
    assert fitted.angle == pytest.approx(0.4, abs=0.01)


@settings(max_examples=60, deadline=None)
@given(
    cx=st.floats(250, 550),
    cy=st.floats(200, 340),
    a=st.floats(20, 190),
    b=st.floats(20, 190),
    angle=st.floats(0, math.pi),
)
def test_fit_recovers_random_ellipse_hc_within_one_percent(cx, cy, a, b, angle):
    e = Ellipse(cx, cy, a, b, angle)
    fitted = fit_mask(rasterise(e, (540, 800)))
    assert hc_pixels(fitted) == pytest.approx(hc_pixels(e), rel=0.01)


def test_holes_and_specks_are_ignored():
    e = Ellipse(400, 270, 150, 100, 1.0)
    mask = rasterise(e, (540, 800))
    mask[250:290, 380:420] = 0  # a hole inside the head
    mask[10:14, 10:14] = 1  # specks
    mask[500:505, 700:706] = 1
    fitted = fit_mask(mask)
    assert hc_pixels(fitted) == pytest.approx(hc_pixels(e), rel=0.002)


def test_largest_of_several_components_is_chosen():
    big = Ellipse(500, 300, 150, 110, 0.2)
    small = Ellipse(120, 120, 60, 40, 0.0)
    mask = rasterise(big, (540, 800)) | rasterise(small, (540, 800))
    assert fit_mask(mask).cx == pytest.approx(500, abs=0.5)


def test_probability_map_is_thresholded():
    e = Ellipse(300, 250, 120, 90, 0.0)
    probability = rasterise(e, (540, 800)).astype(np.float32) * 0.9 + 0.05
    assert fit_probability(probability).a == pytest.approx(120, abs=0.2)


@pytest.mark.parametrize("mask", [np.zeros((540, 800)), np.pad(np.ones((5, 5)), 100)])
def test_no_head_raises(mask):
    with pytest.raises(EllipseFitError):
        fit_mask(mask)


def test_boundary_offset_shrinks_each_semi_axis():
    mask = rasterise(Ellipse(300, 250, 120, 90, 0.0), (540, 800))
    plain = fit_mask(mask, boundary_offset_px=0.0)
    hc18 = fit_mask(mask)
    assert plain.a - hc18.a == pytest.approx(HC18_BOUNDARY_OFFSET_PX)
    assert plain.b - hc18.b == pytest.approx(HC18_BOUNDARY_OFFSET_PX)


def test_axis_endpoints_lie_on_the_ellipse():
    e = Ellipse(10, 20, 7, 3, 0.3)
    ends = np.array(list(e.axis_endpoints().values()))
    assert np.abs(e.radial_residual(ends)).max() < 1e-9


@pytest.mark.parametrize("values", [(0, 0, 0, 1, 0), (0, 0, -1, 1, 0), (math.nan, 0, 1, 1, 0)])
def test_invalid_ellipse_rejected(values):
    with pytest.raises(ValueError):
        Ellipse(*values)
