"""The main window as a sonographer uses it, with a fake predictor (no TensorFlow, no model)."""

from __future__ import annotations

import csv
import json
import re
import time

import cv2
import pytest
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from fetalhc_gui.app.session import Status
from fetalhc_gui.core.biometry import ramanujan_perimeter
from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.phantom import head_phantom
from fetalhc_gui.core.pixel_size import PixelSizeSource
from fetalhc_gui.gui.jobs.job import running_jobs
from fetalhc_gui.gui.main_window import MainWindow
from fetalhc_gui.io.export import read_csv, read_json

from support.fakes import FakePredictor
from support.gui import HEAD, drag, make_window, measure_all, measure_current, window_pixel_size  # noqa: F401


def test_open_reports_broken_file_and_opens_the_rest(qtbot, images, tmp_path):
    broken = tmp_path / "broken.png"
    broken.write_text("not an image")
    window = make_window(qtbot)
    window.open_paths([str(images[0]), str(broken), str(images[1])])
    assert len(window.workspace.entries) == 2
    assert window.messages and "broken.png" in window.messages[0][1]
    assert any(isinstance(w, QMessageBox) and w.isVisible() for w in window.findChildren(QMessageBox))
    assert window.image_list.entry_count() == 2
    assert window.viewer.image_item.image is not None


def test_a_path_that_does_not_exist_is_named_and_not_remembered(qtbot, images, tmp_path):
    window = make_window(qtbot)
    missing = tmp_path / "gone" / "head.png"
    window.open_paths([str(missing), str(images[0])])
    assert len(window.workspace.entries) == 1
    assert window.messages[-1] == ("Some files were not opened", f"{missing}: no such file or folder")
    assert str(missing) not in window.settings.recent_files


def test_open_folder_sorted_and_navigate(qtbot, images):
    window = make_window(qtbot)
    window.open_paths([str(images[0].parent)])
    assert [e.name for e in window.workspace.entries] == ["000_HC.png", "001_HC.png", "002_HC.png"]
    window.actions.next.trigger()
    assert window.workspace.current == 1
    window.image_list.setFocus()
    QTest.keyClick(window.image_list, Qt.Key.Key_Down)
    assert window.workspace.current == 2
    window.actions.previous.trigger()
    assert window.workspace.current == 1


def test_measure_in_worker_shows_figures(qtbot, images):
    window = make_window(qtbot)
    window.open_paths([str(images[0])])
    measure_current(qtbot, window)
    entry = window.workspace.entries[0]
    assert entry.status == Status.MEASURED and entry.auto_ellipse == HEAD
    assert window.measurement_panel.hc.text() == f"{ramanujan_perimeter(170, 130):.0f} px"
    assert window.viewer.editor.ellipse == HEAD
    assert window.viewer.mask_item.image is not None


def test_measure_on_open_measures_each_new_image_once(qtbot, images):
    predictor = FakePredictor(HEAD)
    window = make_window(qtbot, predictor, auto_measure=True)
    with qtbot.waitSignal(window.workspace.busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
        window.open_paths([str(p) for p in images[:2]])
    assert window.workspace.entries[0].status == Status.MEASURED
    with qtbot.waitSignal(window.workspace.busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
        window.actions.next.trigger()
    window.actions.previous.trigger()
    assert predictor.calls == 2
    assert [e.status for e in window.workspace.entries] == [Status.MEASURED, Status.MEASURED]


def test_overlay_toggles_hide_and_show_mask_and_ellipse(qtbot, images):
    window = make_window(qtbot)
    window.open_paths([str(images[0])])
    measure_current(qtbot, window)
    editor = window.viewer.editor
    QTest.keyClick(window, Qt.Key.Key_E)
    assert not editor.curve.isVisible() and not editor.handles["a+"].isVisible()
    window.workspace.set_pixel_sizes({0: window_pixel_size(0.1)}, "test")  # a redraw keeps it hidden
    assert not editor.curve.isVisible()
    QTest.keyClick(window, Qt.Key.Key_E)
    assert editor.curve.isVisible() and editor.axes.isVisible() and editor.handles["rotate"].isVisible()
    QTest.keyClick(window, Qt.Key.Key_M)
    assert not window.viewer.mask_item.isVisible() and not window.display_panel.show_mask.isChecked()


def test_failed_measurement_is_a_message_on_the_image(qtbot, images):
    window = make_window(qtbot, FakePredictor(fail=True))
    window.open_paths([str(images[0])])
    measure_current(qtbot, window)
    entry = window.workspace.entries[0]
    assert entry.status == Status.NO_HEAD and "No head" in entry.error  # the model ran: nothing failed
    assert "no head found" in window.image_list.entry_text(0)
    assert "No head" in window.measurement_panel.warning.text()


def test_window_stays_responsive_and_cancel_stops_measure_all(qtbot, images):
    window = make_window(qtbot, FakePredictor(HEAD, delay=0.4))
    window.open_paths([str(p) for p in images])
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    window.actions.measure_all.trigger()
    assert window.actions.cancel.isEnabled() and not window.actions.measure.isEnabled()
    qtbot.waitUntil(lambda: window.workspace.entries[0].status == Status.MEASURING, timeout=2000)
    qtbot.wait(200)
    assert len(ticks) >= 5  # the event loop kept turning while the model worked
    window.actions.cancel.trigger()
    qtbot.waitUntil(lambda: not window.workspace.busy, timeout=5000)
    timer.stop()
    statuses = [e.status for e in window.workspace.entries]
    assert Status.MEASURING not in statuses
    assert statuses[-1] == Status.NOT_MEASURED
    assert window.actions.measure.isEnabled()


def test_drag_handle_changes_hc_and_undo_restores(qtbot, images):
    window = make_window(qtbot)
    window.open_paths([str(images[0])])
    window.workspace.set_pixel_sizes({0: window_pixel_size(0.1)}, "test")
    measure_current(qtbot, window)
    viewport = window.viewer.graphics.viewport()
    handle = window.viewer.editor.handles["a+"]
    start = window.viewer.graphics.mapFromScene(handle.scenePos())
    # 40 image pixels to the right, in screen pixels
    target_scene = window.viewer.view.mapViewToScene(handle.pos() + type(handle.pos())(40, 0))
    end = window.viewer.graphics.mapFromScene(target_scene)
    drag(viewport, start, end, modifier=Qt.KeyboardModifier.ShiftModifier)  # Shift: both ends, about the centre
    entry = window.workspace.entries[0]
    assert entry.status == Status.EDITED
    assert entry.edited_ellipse.a == pytest.approx(210, abs=1.5)
    expected = ramanujan_perimeter(entry.edited_ellipse.a * 0.1, 13.0)
    assert window.workspace.measurement(0).hc_mm == pytest.approx(expected)
    assert window.measurement_panel.hc.text() == f"{expected:.1f} mm"
    assert window.workspace.measurement(0).hc_mm - ramanujan_perimeter(17, 13) > 2.0
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert entry.status == Status.MEASURED and window.viewer.editor.ellipse == HEAD
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert entry.status == Status.EDITED
    window.measurement_panel.restore.click()
    assert entry.edited_ellipse is None


def test_pixel_size_change_updates_every_figure_and_is_undoable(qtbot, images):
    window = make_window(qtbot)
    window.open_paths([str(images[0])])
    measure_current(qtbot, window)
    window.pixel_size_panel.enter("0.2")
    m = window.workspace.measurement(0)
    assert m.pixel_size_source == "manual"
    assert m.hc_mm == pytest.approx(ramanujan_perimeter(34, 26))
    assert m.bpd_mm == pytest.approx(52) and m.ofd_mm == pytest.approx(68)
    assert window.measurement_panel.hc.text() == f"{m.hc_mm:.1f} mm"
    assert window.measurement_panel.bpd.text() == "52.0 mm"
    assert "w" in window.measurement_panel.ga_hadlock.text()
    window.measurement_panel.ga_entry.setText("30+0")
    window.measurement_panel.ga_entry.editingFinished.emit()
    assert "centile" in window.measurement_panel.centile.text()
    window.workspace.undo_stack.undo()  # the GA, then the pixel size: each change is a step
    assert window.workspace.entries[0].ga_entered_days is None
    assert "HC" in window.image_list.entry_text(0)
    window.workspace.undo_stack.undo()
    assert window.workspace.entries[0].pixel_size is None
    assert window.measurement_panel.hc.text().endswith("px")


def test_implausible_pixel_size_is_refused(qtbot, images):
    window = make_window(qtbot)
    window.open_paths([str(images[0])])
    window.pixel_size_panel.enter("0,005")
    assert window.messages and "implausible" in window.messages[0][1]
    assert window.workspace.entries[0].pixel_size is None


def test_calibrate_with_a_known_line(qtbot, images, monkeypatch):
    window = make_window(qtbot)
    window.open_paths([str(images[0])])
    monkeypatch.setattr("fetalhc_gui.gui.commands.pixel_sizes.ask_known_distance", lambda _parent, _length: 30.0)
    window.actions.calibrate.trigger()
    viewport = window.viewer.graphics.viewport()
    view = window.viewer.view
    start = window.viewer.graphics.mapFromScene(view.mapViewToScene(type(view.viewRect().center())(100, 100)))
    end = window.viewer.graphics.mapFromScene(view.mapViewToScene(type(view.viewRect().center())(100, 400)))
    drag(viewport, start, end)
    size = window.workspace.entries[0].pixel_size
    assert size.source == PixelSizeSource.CALIBRATION
    assert size.mm == pytest.approx(0.1, rel=0.02)
    assert window.pixel_size_panel.source.text() == "calibrated on the image"


def test_draw_ellipse_by_hand_when_model_finds_nothing(qtbot, images):
    window = make_window(qtbot, FakePredictor(fail=True))
    window.open_paths([str(images[0])])
    measure_current(qtbot, window)
    window.actions.draw.trigger()
    view = window.viewer.view
    point = type(view.viewRect().center())
    start = window.viewer.graphics.mapFromScene(view.mapViewToScene(point(200, 150)))
    end = window.viewer.graphics.mapFromScene(view.mapViewToScene(point(600, 400)))
    drag(window.viewer.graphics.viewport(), start, end)
    entry = window.workspace.entries[0]
    assert entry.status == Status.EDITED
    assert entry.ellipse.a == pytest.approx(200, abs=2) and entry.ellipse.b == pytest.approx(125, abs=2)


def test_pixel_size_csv_applies_to_matching_files(qtbot, images, tmp_path):
    window = make_window(qtbot)
    window.open_paths([str(p) for p in images])
    csv_path = tmp_path / "sizes.csv"
    csv_path.write_text("filename,pixel size(mm)\n000_HC.png,0.11\n002_HC.png,0.13\n")
    window.pixel_sizes.load_pixel_size_csv(str(csv_path))
    sizes = [e.pixel_size.mm if e.pixel_size else None for e in window.workspace.entries]
    assert sizes == [0.11, None, 0.13]


def test_export_csv_json_hc18_and_png(qtbot, images, tmp_path):
    window = make_window(qtbot)
    window.open_paths([str(p) for p in images[:2]])
    window.workspace.set_pixel_sizes({0: window_pixel_size(0.1), 1: window_pixel_size(0.2)}, "test")
    measure_all(qtbot, window)
    window.files.save_measurements(str(tmp_path / "m.csv"), "csv")
    window.files.save_measurements(str(tmp_path / "m.json"), "json")
    window.files.save_measurements(str(tmp_path / "h.csv"), "hc18")
    from_csv, from_json = read_csv(tmp_path / "m.csv"), read_json(tmp_path / "m.json")
    assert [m.hc_mm for m in from_json] == [m.hc_mm for m in window.workspace.measurements()]
    assert from_csv == from_json
    rows = list(csv.DictReader((tmp_path / "h.csv").open()))
    assert [r["filename"] for r in rows] == ["000_HC.png", "001_HC.png"]
    assert float(rows[1]["semi_axes_a_mm"]) == pytest.approx(34.0)
    window.workspace.export_overlay(tmp_path / "o.png", 0.3, "HC")
    assert cv2.imread(str(tmp_path / "o.png")).shape == (540, 800, 3)


def test_session_is_restored_after_closing(qtbot, images):
    window = make_window(qtbot)
    window.open_paths([str(p) for p in images[:2]])
    measure_current(qtbot, window)
    window.workspace.set_pixel_sizes({0: window_pixel_size(0.15)}, "test")
    window.workspace.edit_ellipse(0, Ellipse(410, 280, 160, 120, 0.1))
    window.close()
    again = make_window(qtbot)
    assert again.workspace.restore() is None
    entry = again.workspace.entries[0]
    assert len(again.workspace.entries) == 2
    assert entry.pixel_size.mm == 0.15 and entry.edited_ellipse == Ellipse(410, 280, 160, 120, 0.1)
    assert entry.auto_ellipse == HEAD and entry.status == Status.EDITED
    assert again.viewer.editor.ellipse == entry.edited_ellipse


def test_shortcuts_listed_and_about_box(qtbot):
    window = make_window(qtbot)
    names = dict(window.actions.shortcut_table())
    assert names["Measure"] == "Ctrl+M" and names["Undo"] == "Ctrl+Z"
    from fetalhc_gui.gui.dialogs.common import AboutDialog

    about = AboutDialog(FakePredictor.card, window)
    qtbot.addWidget(about)
    from PySide6.QtWidgets import QLabel, QTextBrowser

    assert "fake model" in about.findChild(QTextBrowser).toPlainText()
    assert any("CC BY 4.0" in label.text() for label in about.findChildren(QLabel))


def test_closing_while_measuring_returns_at_once_and_nothing_reaches_the_closed_window(qtbot, images):
    window = make_window(qtbot, FakePredictor(HEAD, delay=0.5))
    window.open_paths([str(p) for p in images])
    window.actions.measure_all.trigger()
    qtbot.waitUntil(lambda: any(e.measuring for e in window.workspace.entries))
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 1.0
    heard = []
    window.workspace.entry_changed.connect(heard.append)
    assert running_jobs() == 1  # the model finishes its batch on its own
    qtbot.waitUntil(lambda: running_jobs() == 0, timeout=10_000)
    qtbot.wait(50)
    assert heard == []
    saved = json.loads((window.workspace.session_path).read_text())
    assert len(saved["entries"]) == 3


def test_geometry_is_remembered(qtbot):
    window = make_window(qtbot)
    window.resize(640, 480)
    window.close()
    again = make_window(qtbot)
    assert (again.size().width(), again.size().height()) == (640, 480)


def test_multi_frame_dicom_gets_a_frame_slider(qtbot, tmp_path):
    import numpy as np

    from support.dicom_factory import write_dicom

    frames = np.stack([head_phantom(HEAD, seed=i) for i in range(3)])
    frames[2] //= 2
    path = write_dicom(tmp_path / "clip.dcm", frames, pixel_spacing=(0.12, 0.12))
    window = make_window(qtbot)
    window.open_paths([str(path)])
    panel = window.cine_panel
    assert panel.isVisibleTo(window) and panel.slider.maximum() == 2 and not panel.plot.isVisibleTo(window)
    assert window.workspace.entries[0].pixel_size.mm == 0.12
    panel.slider.setValue(2)
    entry = window.workspace.entries[0]
    assert entry.frame == 2 and entry.status == Status.NOT_MEASURED
    assert window.workspace.image.gray.mean() < 0.6 * head_phantom(HEAD, seed=2).mean()
    assert "[3/3]" in window.image_list.entry_text(0)


@pytest.mark.hc18
def test_real_bundled_model_measures_an_hc18_image(qtbot, hc18_dir):
    from fetalhc_gui.gui.launcher import predictor_factory

    rows = {r["filename"]: r for r in csv.DictReader((hc18_dir / "training_set_pixel_size_and_HC.csv").open())}
    window = MainWindow(predictor_factory(None))
    qtbot.addWidget(window)
    window.actions.auto_measure.setChecked(False)
    with qtbot.waitSignal(window.workspace.model_changed, timeout=30_000):
        window.start_model_loading()
    window.open_paths([str(hc18_dir / "training_set" / "000_HC.png")])
    window.pixel_sizes.load_pixel_size_csv(str(hc18_dir / "training_set_pixel_size_and_HC.csv"))
    measure_current(qtbot, window)
    m = window.workspace.measurement(0)
    assert m.pixel_size_source == "csv (training_set_pixel_size_and_HC.csv)"
    assert window.pixel_size_panel.source.text() == "CSV training_set_pixel_size_and_HC.csv"
    assert m.hc_mm == pytest.approx(float(rows["000_HC.png"]["head circumference (mm)"]), rel=0.15)
    assert m.hc_low_mm < m.hc_mm < m.hc_high_mm
    assert window.measurement_panel.hc.text() == f"{m.hc_mm:.1f} mm"


def test_drop_files_and_cursor_readout(qtbot, images):
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtGui import QDropEvent

    window = make_window(qtbot)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in images[:2]])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    assert len(window.workspace.entries) == 2
    window.workspace.set_pixel_sizes({0: window_pixel_size(0.1)}, "test")
    view = window.viewer.view
    spot = window.viewer.graphics.mapFromScene(view.mapViewToScene(QPointF(200, 100)))
    QTest.mouseMove(window.viewer.graphics.viewport(), spot)
    qtbot.waitUntil(lambda: window.cursor_label.text() != "", timeout=2000)
    # the screen has whole pixels: the point read back may be one image pixel off after scaling
    x, y, x_mm, y_mm = map(
        float, re.match(r"x (\d+), y (\d+) px  \(([\d.]+), ([\d.]+) mm\)", window.cursor_label.text()).groups()
    )
    assert abs(x - 200) <= 1 and abs(y - 100) <= 1 and (x_mm, y_mm) == (pytest.approx(x / 10), pytest.approx(y / 10))


def test_a_ga_outside_its_formula_range_shows_its_reason_in_full(qtbot):
    from fetalhc_gui.core.ellipse import Ellipse
    from fetalhc_gui.core.measurement import measure
    from fetalhc_gui.core.pixel_size import PixelSize, PixelSizeSource
    from fetalhc_gui.gui.panels.measurement import OUT_OF_RANGE, MeasurementPanel

    panel = MeasurementPanel()
    qtbot.addWidget(panel)
    m = measure("a.png", Ellipse(400, 270, 160, 130, 0), PixelSize(0.3, PixelSizeSource.MANUAL))  # HC ~ 275 mm
    panel.show_measurement(m)
    assert "w (" in panel.ga_hadlock.text()
    assert panel.ga_intergrowth.text() == OUT_OF_RANGE and "valid for" in panel.ga_intergrowth.toolTip()
    assert "INTERGROWTH-21st dating is valid for" in panel.ga_notes.text()  # in full, not only in the tooltip
    panel.show()
    panel.resize(340, 600)
    qtbot.waitUntil(lambda: panel.ga_notes.height() >= panel.ga_notes.heightForWidth(panel.ga_notes.width()) - 1)
    panel.show_measurement(None)
    assert panel.ga_notes.text() == ""
    assert "INTERGROWTH-21st (2016)" in panel.ga_intergrowth.toolTip()
