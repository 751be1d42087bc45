"""Non-square pixels: the ellipse is fitted and measured in millimetres, drawn and edited in pixels."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest

from fetalhc_gui.app.batches import measure_batch
from fetalhc_gui.app.measuring import outcome_of
from fetalhc_gui.app.pixel_size_rule import PixelSizeOptions
from fetalhc_gui.core.biometry import head_biometry, ramanujan_perimeter
from fetalhc_gui.core.ellipse import Ellipse, fit_mask, rasterise
from fetalhc_gui.core.measurement import measure
from fetalhc_gui.core.phantom import head_phantom
from fetalhc_gui.core.pixel_size import PixelSize, PixelSizeSource
from fetalhc_gui.core.record import record_row
from fetalhc_gui.io.images import load_image

from support.dicom_factory import region, write_dicom
from support.fakes import FakePredictor

#: The spacing of a real HP scanner file: 0.286 mm across, 0.229 mm down.
ACROSS, DOWN = 0.286, 0.229
SPACING = PixelSize(ACROSS, PixelSizeSource.DICOM, mm_y=DOWN)
#: A head of known size in millimetres, tilted so that the pixel grid's stretch changes its angle.
HEAD_MM = Ellipse(110.0, 62.0, 48.0, 38.0, math.radians(30))


def head_in_pixels(head_mm: Ellipse = HEAD_MM) -> Ellipse:
    return head_mm.scaled(1 / ACROSS, 1 / DOWN)


@pytest.mark.parametrize("angle_deg", [0, 30, 75, 120])
def test_scaling_an_ellipse_there_and_back_is_exact(angle_deg):
    e = Ellipse(300, 200, 120, 80, math.radians(angle_deg))
    back = e.scaled(ACROSS, DOWN).scaled(1 / ACROSS, 1 / DOWN)
    assert (back.cx, back.cy, back.a, back.b) == pytest.approx((e.cx, e.cy, e.a, e.b), abs=1e-9)
    assert math.cos(2 * (back.angle - e.angle)) == pytest.approx(1, abs=1e-12)


def test_points_scale_with_the_ellipse():
    e = Ellipse(300, 200, 120, 80, 0.4)
    scaled = e.scaled(ACROSS, DOWN)
    points = e.points(90) * (ACROSS, DOWN)
    assert np.abs(scaled.radial_residual(points)).max() < 1e-9


@pytest.mark.parametrize("angle_deg", [0, 30, 60, 100])
def test_a_rasterised_head_of_known_size_measures_within_half_a_percent(angle_deg):
    head_mm = Ellipse(110.0, 62.0, 48.0, 38.0, math.radians(angle_deg))
    mask = rasterise(head_in_pixels(head_mm), (540, 800), boundary_offset_px=0)
    fitted = fit_mask(mask, 0.0, aspect=DOWN / ACROSS)
    bio = head_biometry(fitted, ACROSS, DOWN)
    true_hc = ramanujan_perimeter(head_mm.a, head_mm.b)
    assert bio.hc_mm == pytest.approx(true_hc, rel=0.005)
    assert bio.ofd_mm == pytest.approx(2 * head_mm.a, rel=0.005)
    assert bio.bpd_mm == pytest.approx(2 * head_mm.b, rel=0.005)


def test_treating_the_pixels_as_square_would_be_wrong_by_far_more():
    mask = rasterise(head_in_pixels(), (540, 800), boundary_offset_px=0)
    true_hc = ramanujan_perimeter(HEAD_MM.a, HEAD_MM.b)
    assert abs(head_biometry(fit_mask(mask, 0.0), ACROSS).hc_mm / true_hc - 1) > 0.05


def test_the_measurement_record_and_hc18_row_are_in_millimetres():
    m = measure("a.dcm", head_in_pixels(), SPACING)
    assert m.hc_mm == pytest.approx(ramanujan_perimeter(HEAD_MM.a, HEAD_MM.b), rel=1e-9)
    assert (m.pixel_size_mm, m.pixel_size_y_mm) == (ACROSS, DOWN)
    assert any("Non-square pixels" in note for note in m.notes)
    row = record_row(m, file="a.dcm", frame=0, status="ok")
    assert (row["center_x_mm"], row["center_y_mm"]) == pytest.approx((HEAD_MM.cx, HEAD_MM.cy))
    assert (row["semi_axes_a_mm"], row["semi_axes_b_mm"]) == pytest.approx((HEAD_MM.a, HEAD_MM.b))
    assert math.cos(2 * (row["angle_rad"] - HEAD_MM.angle)) == pytest.approx(1)


def test_the_interval_keeps_its_share_of_the_hc():
    hc_px = measure("a.dcm", head_in_pixels(), SPACING).hc_px
    m = measure("a.dcm", head_in_pixels(), SPACING, hc_interval_px=(0.97 * hc_px, 1.03 * hc_px))
    assert (m.hc_low_mm / m.hc_mm, m.hc_high_mm / m.hc_mm) == pytest.approx((0.97, 1.03))


def test_an_edited_ellipse_is_measured_in_millimetres_too():
    edited = replace(head_in_pixels(), angle=head_in_pixels().angle + 0.3)
    m = measure("a.dcm", edited, SPACING, edited=True)
    assert m.hc_mm == pytest.approx(head_biometry(edited, ACROSS, DOWN).hc_mm)
    assert m.hc_mm != pytest.approx(head_biometry(head_in_pixels(), ACROSS, DOWN).hc_mm, rel=1e-4)


@pytest.fixture
def anisotropic_dicom(tmp_path):
    pixels = head_phantom(head_in_pixels())
    return write_dicom(tmp_path / "hp.dcm", pixels, regions=[region(0, 0, 799, 539, ACROSS / 10, DOWN / 10)])


def test_the_file_gives_both_spacings(anisotropic_dicom):
    image = load_image(anisotropic_dicom)
    assert image.pixel_size.spacing == pytest.approx((ACROSS, DOWN)) and not image.pixel_size.square
    assert image.warnings == []


def test_a_batch_refits_in_millimetres_and_the_row_keeps_both_spacings(anisotropic_dicom, bundled_predictor):

    result = measure_batch(bundled_predictor, [(anisotropic_dicom, 0)])[0]
    outcome = outcome_of(result, "bundled", PixelSizeOptions())
    row, m = outcome.row, outcome.measurement
    assert (row["pixel_size_mm"], row["pixel_size_y_mm"]) == pytest.approx((ACROSS, DOWN))
    true_hc = ramanujan_perimeter(HEAD_MM.a, HEAD_MM.b)
    assert m.hc_mm == pytest.approx(true_hc, rel=0.03)
    assert row["status"].startswith("ok")


def test_the_window_shows_both_spacings_and_measures_in_mm(qtbot, anisotropic_dicom):
    from support.gui import make_window, measure_current

    window = make_window(qtbot, FakePredictor(head_in_pixels()))
    window.open_paths([str(anisotropic_dicom)])
    measure_current(qtbot, window)
    assert "0.2860 x 0.2290 mm/px" in window.pixel_size_panel.source.text()
    m = window.workspace.measurements()[0]
    assert m.hc_mm == pytest.approx(ramanujan_perimeter(HEAD_MM.a, HEAD_MM.b), rel=1e-6)
    window.workspace.save()
    again = make_window(qtbot)
    assert again.workspace.restore() is None
    assert again.workspace.entries[0].pixel_size == window.workspace.entries[0].pixel_size


def test_dragging_a_handle_on_non_square_pixels_measures_the_edit_in_mm(qtbot, anisotropic_dicom):
    from support.gui import drag, make_window, measure_current

    window = make_window(qtbot, FakePredictor(head_in_pixels()))
    window.open_paths([str(anisotropic_dicom)])
    measure_current(qtbot, window)
    handle = window.viewer.editor.handles["a+"]
    start = window.viewer.graphics.mapFromScene(handle.scenePos())
    end = window.viewer.graphics.mapFromScene(
        window.viewer.view.mapViewToScene(handle.pos() + type(handle.pos())(30, 0))
    )
    drag(window.viewer.graphics.viewport(), start, end)
    entry = window.workspace.entries[0]
    assert entry.edited_ellipse is not None and entry.edited_ellipse != head_in_pixels()
    m = window.workspace.measurement(0)
    assert m.edited and m.hc_mm == pytest.approx(head_biometry(entry.edited_ellipse, ACROSS, DOWN).hc_mm)
    assert window.measurement_panel.hc.text() == f"{m.hc_mm:.1f} mm"


def test_a_loop_whose_frames_disagree_says_so(tmp_path):
    from fetalhc_gui.app.measuring import cine_rows
    from fetalhc_gui.app.pixel_size_rule import PixelSizeOptions

    from support.cine import LoopPredictor, marked_loop

    class Sweeping(LoopPredictor):
        def _predict(self, gray):
            p = super()._predict(gray)
            k = int(gray[0, 0])
            return replace(p, ellipse=Ellipse(400, 270, 60 + 20 * k, 50 + 15 * k, 0.2))

    path = write_dicom(tmp_path / "sweep.dcm", marked_loop(), pixel_spacing=(0.15, 0.15))
    row = cine_rows(Sweeping(), path, PixelSizeOptions(), all_frames=False)[0]
    assert "disagree by more than 15%" in row["frame_choice"]
