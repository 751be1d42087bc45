"""Split screens: the pixel size of the ultrasound region that holds the head."""

from __future__ import annotations

import numpy as np
import pytest

from fetalhc_gui.app.batches import measure_batch
from fetalhc_gui.app.measuring import outcome_of
from fetalhc_gui.app.pixel_size_rule import PixelSizeOptions
from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.phantom import head_phantom
from fetalhc_gui.io.frame import pixel_size_at
from fetalhc_gui.io.images import load_image

from support.dicom_factory import region, write_dicom
from support.fakes import FakePredictor

RIGHT_HEAD = Ellipse(1200, 270, 170, 130, 0.0)


@pytest.fixture
def split_screen(tmp_path):
    """1600 x 540: left half at 0.2 mm/px, right half (holding the head) at 0.1 mm/px, and a
    Doppler strip that must never give a pixel size."""
    pixels = np.concatenate([head_phantom(seed=1) * 0, head_phantom(Ellipse(400, 270, 170, 130, 0.0))], axis=1)
    regions = [
        region(0, 0, 799, 539, 0.02, 0.02),
        region(800, 0, 1599, 539, 0.01, 0.01),
        region(800, 400, 1599, 539, 0.05, 0.05, data_type=3),  # spectral Doppler
    ]
    return write_dicom(tmp_path / "split.dcm", pixels, regions=regions)


def test_the_region_holding_the_head_gives_the_pixel_size(split_screen):
    image = load_image(split_screen)
    assert len(image.regions) == 2  # the Doppler region is not a 2D tissue region
    size = pixel_size_at(image, RIGHT_HEAD.cx, RIGHT_HEAD.cy)
    assert size.mm == pytest.approx(0.1) and size.detail.startswith("ultrasound region 2 of 2")
    assert pixel_size_at(image, 300, 200).mm == pytest.approx(0.2)


def test_the_command_line_row_uses_and_names_that_region(split_screen):
    result = measure_batch(FakePredictor(RIGHT_HEAD), [(split_screen, 0)])[0]
    outcome = outcome_of(result, "fake", PixelSizeOptions())
    row, m = outcome.row, outcome.measurement
    assert row["pixel_size_mm"] == pytest.approx(0.1)
    assert "region 2 of 2" in row["pixel_size_source"]
    assert any("region 2 of 2" in note for note in m.notes)


def test_the_window_uses_that_region_and_shows_it(qtbot, split_screen):
    from support.gui import make_window, measure_current

    window = make_window(qtbot, FakePredictor(RIGHT_HEAD))
    window.open_paths([str(split_screen)])
    measure_current(qtbot, window)
    entry = window.workspace.entries[0]
    assert entry.pixel_size.mm == pytest.approx(0.1)
    assert "region 2 of 2" in window.pixel_size_panel.source.text()
    window.workspace.save()
    again = make_window(qtbot)
    assert again.workspace.restore() is None
    assert again.workspace.entries[0].pixel_size == entry.pixel_size
