"""The model's 95% HC interval as a sonographer meets it: panel, image list, exports, hand edits, session."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from fetalhc_gui.core.biometry import hc_pixels
from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.gui.panels.measurement import EDITED_NOTE
from fetalhc_gui.io.export import read_csv

from support.fakes import FakePredictor
from support.gui import HEAD, make_window, measure_current, window_pixel_size  # noqa: F401 (fixture)

LOW_PX, HIGH_PX = hc_pixels(HEAD) - 22, hc_pixels(HEAD) + 22


def test_interval_is_shown_exported_and_dropped_by_a_hand_edit(qtbot, images, tmp_path):  # noqa: F811
    window = make_window(qtbot, FakePredictor(HEAD, interval=(LOW_PX, HIGH_PX)))
    window.open_paths([str(images[0])])
    window.workspace.set_pixel_sizes({0: window_pixel_size(0.1)}, "test")
    measure_current(qtbot, window)
    m = window.workspace.measurement(0)
    assert (m.hc_low_mm, m.hc_high_mm) == pytest.approx((LOW_PX * 0.1, HIGH_PX * 0.1))
    assert window.measurement_panel.hc.text() == f"{m.hc_mm:.1f} mm"
    assert window.measurement_panel.interval.text() == f"{m.hc_low_mm:.1f}-{m.hc_high_mm:.1f} mm"
    assert f"HC {m.hc_mm:.1f} ± {(m.hc_high_mm - m.hc_low_mm) / 2:.1f} mm" in window.image_list.entry_text(0)

    window.files.save_measurements(str(tmp_path / "m.csv"), "csv")
    row = next(csv.DictReader((tmp_path / "m.csv").open()))
    assert float(row["hc_low_mm"]) == pytest.approx(m.hc_low_mm) and row["doubtful"] == "false"
    assert read_csv(tmp_path / "m.csv")[0].hc_high_mm == pytest.approx(m.hc_high_mm)

    window.workspace.edit_ellipse(0, Ellipse(400, 270, 180, 130, 0.0))
    edited = window.workspace.measurement(0)
    assert edited.hc_low_mm is None and edited.hc_high_mm is None
    assert window.measurement_panel.hc.text() == f"{edited.hc_mm:.1f} mm"
    assert window.measurement_panel.interval.text() == "none: edited by hand"
    assert window.measurement_panel.edited.text() == EDITED_NOTE

    window.workspace.restore_automatic(0)
    assert window.workspace.measurement(0).hc_low_mm == pytest.approx(m.hc_low_mm)
    window.close()
    again = make_window(qtbot)
    assert again.workspace.restore() is None
    assert again.workspace.measurement(0).hc_high_mm == pytest.approx(m.hc_high_mm)


def test_without_an_interval_nothing_is_invented(qtbot, images):  # noqa: F811
    window = make_window(qtbot, FakePredictor(HEAD))
    window.open_paths([str(images[0])])
    window.workspace.set_pixel_sizes({0: window_pixel_size(0.1)}, "test")
    measure_current(qtbot, window)
    assert window.workspace.measurement(0).hc_low_mm is None
    assert window.measurement_panel.interval.text() == "not given by this model"


def test_the_mask_is_the_head_component_the_ellipse_was_fitted_to(bundled_predictor):
    predictor = bundled_predictor
    maps = np.zeros((*predictor.input_size, 1), np.float32)
    maps[20:100, 30:150] = 1.0  # the head
    maps[5:12, 170:185] = 1.0  # a separate bright speck
    prediction = predictor.postprocess(maps, np.zeros((540, 800), np.uint8), refine=False)  # the first stage
    assert prediction.ellipse is not None
    assert prediction.mask[30:40, 720:760].sum() == 0  # the speck is not drawn as head
    assert prediction.mask[270, 400] == 1
    outside = (prediction.probability >= 0.5) & (prediction.mask == 0)
    assert outside.sum() > 500  # the speck is in the map, but not in the mask


def test_the_interval_widens_when_a_new_pixel_size_puts_the_head_in_the_small_band(qtbot, images):  # noqa: F811
    window = make_window(qtbot, FakePredictor(HEAD, interval=(LOW_PX, HIGH_PX), interval_scales=(2.0, 1.0, 1.5)))
    window.open_paths([str(images[0])])
    window.workspace.set_pixel_sizes({0: window_pixel_size(0.2)}, "test")  # HC 100-200 mm: factor 1
    measure_current(qtbot, window)
    m = window.workspace.measurement(0)
    assert 100 <= m.hc_mm < 200 and m.hc_high_mm - m.hc_low_mm == pytest.approx((HIGH_PX - LOW_PX) * 0.2)
    window.workspace.set_pixel_sizes({0: window_pixel_size(0.1)}, "test")  # HC < 100 mm: twice as wide
    small = window.workspace.measurement(0)
    assert small.hc_mm < 100 and small.hc_high_mm - small.hc_low_mm == pytest.approx((HIGH_PX - LOW_PX) * 0.1 * 2)
    assert window.measurement_panel.interval.text() == f"{small.hc_low_mm:.1f}-{small.hc_high_mm:.1f} mm"
    window.close()
    again = make_window(qtbot)
    assert again.workspace.restore() is None
    assert again.workspace.measurement(0).hc_high_mm == pytest.approx(small.hc_high_mm)


def test_an_image_that_is_not_a_head_plane_says_so_and_can_still_be_measured_by_hand(qtbot, images, tmp_path):  # noqa: F811
    window = make_window(qtbot, FakePredictor(HEAD, head_plane=False))
    window.open_paths([str(images[0])])
    window.workspace.set_pixel_sizes({0: window_pixel_size(0.1)}, "test")
    measure_current(qtbot, window)
    warning = window.measurement_panel.warning.text()
    assert warning.startswith("This does not look like a fetal head plane (it looks like an abdomen).")
    assert window.workspace.measurement(0).doubtful
    assert window.image_list.entry_text(0).endswith("not a head plane")
    window.files.save_measurements(str(tmp_path / "m.csv"), "csv")
    row = next(csv.DictReader((tmp_path / "m.csv").open()))
    assert row["head_plane"] == "false" and row["status"].startswith("ok (doubtful: this does not look like")
    window.workspace.edit_ellipse(0, Ellipse(400, 270, 180, 130, 0.0))  # an edit keeps the verdict
    assert window.measurement_panel.warning.text().startswith("This does not look like a fetal head plane")
    assert window.image_list.entry_text(0).endswith("not a head plane") and "edited" in window.image_list.entry_text(0)
    record = window.workspace.record(0)
    assert record["status"].startswith("ok (doubtful: this does not look like") and record["doubtful"] is True
    assert record["edited"] is True and record["head_plane"] is False
    window.close()
