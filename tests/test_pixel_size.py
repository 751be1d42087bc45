import math

import pytest

from fetalhc_gui.core.errors import PixelSizeError
from fetalhc_gui.core.pixel_size import (
    PixelSizeSource,
    calibrate_pixel_size,
    manual_pixel_size,
    read_pixel_size_csv,
)


@pytest.mark.parametrize("value", [0, -0.1, math.nan, math.inf, 0.001, 5, "abc", None])
def test_implausible_values_refused(value):
    with pytest.raises(PixelSizeError):
        manual_pixel_size(value)


def test_manual_value():
    size = manual_pixel_size("0.12")
    assert size.mm == 0.12 and size.source == PixelSizeSource.MANUAL


def test_calibration():
    size = calibrate_pixel_size((10, 10), (10, 510), 50.0)
    assert size.mm == pytest.approx(0.1) and size.source == PixelSizeSource.CALIBRATION
    with pytest.raises(PixelSizeError, match="too short"):
        calibrate_pixel_size((10, 10), (10, 11), 50.0)
    with pytest.raises(PixelSizeError, match="positive"):
        calibrate_pixel_size((10, 10), (10, 510), 0)


def test_hc18_csv(tmp_path):
    path = tmp_path / "sizes.csv"
    path.write_text("filename,pixel size(mm)\n001_HC.png,0.0691\n002_HC.png,0.1\n\n")
    assert read_pixel_size_csv(path) == {"001_HC.png": 0.0691, "002_HC.png": 0.1}


def test_csv_with_bad_row_names_it(tmp_path):
    path = tmp_path / "sizes.csv"
    path.write_text("filename,pixel size(mm)\n001_HC.png,0.0691\n002_HC.png,0\n")
    with pytest.raises(PixelSizeError, match="row 3"):
        read_pixel_size_csv(path)


def test_csv_without_columns(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n")
    with pytest.raises(PixelSizeError, match="filename"):
        read_pixel_size_csv(path)
