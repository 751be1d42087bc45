import math

import pytest

from fetalhc_gui.core.biometry import head_biometry, ramanujan_perimeter
from fetalhc_gui.core.ellipse import Ellipse, rasterise
from fetalhc_gui.core.metrics import dice, hausdorff_mm


def test_circle_perimeter_is_exact():
    assert ramanujan_perimeter(10, 10) == pytest.approx(2 * math.pi * 10)


def test_ramanujan_matches_numerical_perimeter():
    a, b = 120.0, 70.0
    n = 200000
    t = [2 * math.pi * i / n for i in range(n + 1)]
    length = sum(
        math.hypot(a * (math.cos(t[i + 1]) - math.cos(t[i])), b * (math.sin(t[i + 1]) - math.sin(t[i])))
        for i in range(n)
    )
    assert ramanujan_perimeter(a, b) == pytest.approx(length, rel=1e-7)


def test_biometry_in_mm():
    bio = head_biometry(Ellipse(0, 0, 100, 80, 1.0), 0.2)
    assert bio.ofd_mm == pytest.approx(40.0)
    assert bio.bpd_mm == pytest.approx(32.0)
    assert bio.hc_mm == pytest.approx(ramanujan_perimeter(20, 16))
    assert bio.cephalic_index == pytest.approx(80.0)


def test_biometry_refuses_bad_pixel_size():
    with pytest.raises(ValueError):
        head_biometry(Ellipse(0, 0, 10, 8, 0), 0.0)


def test_dice_and_hausdorff():
    a = rasterise(Ellipse(100, 100, 50, 40, 0), (200, 220))
    b = rasterise(Ellipse(105, 100, 50, 40, 0), (200, 220))
    assert dice(a, a) == 1.0
    assert 0.9 < dice(a, b) < 1.0
    assert hausdorff_mm(a, b, 0.5) == pytest.approx(2.5, abs=0.5)
    assert hausdorff_mm(a, a, 0.5) == 0.0
