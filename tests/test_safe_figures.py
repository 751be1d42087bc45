"""No clinical figure changes or loses its warning without the user meaning it: verdicts that survive
edits, no stray edits from keys or the wheel, no invented dates, reasons in every report."""

from __future__ import annotations

import csv
import datetime
import shutil
import subprocess

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QSpinBox, QVBoxLayout, QWidget

from fetalhc_gui.app.session import Status
from fetalhc_gui.core.biometry import hc_pixels
from fetalhc_gui.core.clinical import centile_text, ordinal
from fetalhc_gui.core.dating import check_dates, redating_threshold_days
from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.measurement import measure
from fetalhc_gui.core.record import status_of
from fetalhc_gui.core.refusal import NOT_A_HEAD_PLANE
from fetalhc_gui.gui.dialogs.dating import DatingDialog
from fetalhc_gui.gui.fields import parse_decimal, parse_ga

from support.exams import EXAM, exam_file
from support.fakes import FakePredictor
from support.gui import HEAD, make_window, measure_all, measure_current, window_pixel_size  # noqa: F401

#: The pixel size (mm/px) that makes the fake HEAD a 70 mm head: about 12+6 weeks by Hadlock.
SMALL_HEAD_MM_PER_PX = 70.0 / hc_pixels(HEAD)
ABDOMEN = "this does not look like a fetal head plane (it looks like an abdomen)"


def press(widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def test_an_edited_abdomen_keeps_its_verdict_until_the_user_confirms_a_head_plane(qtbot, images, tmp_path):  # noqa: F811
    window = make_window(qtbot, FakePredictor(HEAD, head_plane=False))
    window.open_paths([str(images[0])])
    ws = window.workspace
    ws.set_pixel_sizes({0: window_pixel_size(0.1)}, "test")
    measure_current(qtbot, window)
    viewer = window.viewer
    viewer.graphics.setFocus()
    viewer.editor.select("a+")
    press(viewer.graphics, Qt.Key.Key_Right)  # one nudge: an edit
    assert ws.entries[0].status is Status.EDITED
    m = ws.measurement(0)
    assert m.doubt_reasons[0] == ABDOMEN and m.doubtful and m.head_plane is False
    assert window.measurement_panel.warning.text().startswith("This does not look like a fetal head plane")
    assert window.image_list.entry_text(0).endswith("not a head plane")
    assert ws.record(0)["status"] == f"ok (doubtful: {ABDOMEN})"
    panel = window.measurement_panel
    assert panel.confirm.isVisible() and panel.confirmation.text() == "Not confirmed as a head plane."

    panel.confirm.click()  # "I confirm this is a fetal head plane"
    m = ws.measurement(0)
    assert m.head_plane is False and m.head_plane_confirmed_at and not m.doubt_reasons
    assert any(n.startswith("Confirmed as a fetal head plane by") and "abdomen" in n for n in m.notes)
    record = ws.record(0)
    assert record["status"] == "ok" and record["head_plane_confirmed_at"] == m.head_plane_confirmed_at
    assert "Confirmed" in panel.confirmation.text() and panel.confirm.text() == "Withdraw my confirmation"
    assert ws.undo_stack.undoText() == "Confirm head plane"
    press(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undoable
    assert ws.measurement(0).doubt_reasons[0] == ABDOMEN and ws.entries[0].plane_confirmation is None

    window.files.save_measurements(str(tmp_path / "m.csv"), "csv")
    row = next(csv.DictReader((tmp_path / "m.csv").open()))
    assert row["status"].startswith("ok (doubtful: this does not look like") and row["edited"] == "true"
    assert row["doubt_reasons"] == ABDOMEN and row["head_plane_confirmed_at"] == ""
    again = make_window(qtbot)
    again.files.open_export(str(tmp_path / "m.csv"))  # read back: still refused, still edited
    assert again.workspace.measurement(0).doubt_reasons == [ABDOMEN] and again.workspace.measurement(0).edited


def test_sending_an_unconfirmed_non_head_plane_asks_first(qtbot, images, monkeypatch):  # noqa: F811
    window = make_window(qtbot, FakePredictor(HEAD, head_plane=False))
    window.open_paths([str(images[0])])
    measure_current(qtbot, window)
    window.workspace.edit_ellipse(0, Ellipse(400, 270, 175, 130, 0.0))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    assert not window.dicom._send_despite_refusal(window.workspace.measurement(0))  # edited, still asked
    assert len(asked) == 1
    window.workspace.confirm_head_plane(0)
    assert window.dicom._send_despite_refusal(window.workspace.measurement(0)) and len(asked) == 1


def test_a_selected_handle_does_not_follow_to_the_next_image(qtbot, images):  # noqa: F811
    window = make_window(qtbot)
    window.open_paths([str(p) for p in images[:2]])
    measure_all(qtbot, window)
    window.image_list.setCurrentRow(0)
    viewer = window.viewer
    viewer.editor.select("a+")
    window.actions.next.trigger()  # PgDown
    assert window.workspace.current == 1 and viewer.editor.selected is None
    viewer.graphics.setFocus()
    press(viewer.graphics, Qt.Key.Key_Right)
    assert [e.status for e in window.workspace.entries] == [Status.MEASURED, Status.MEASURED]


def test_page_down_follows_the_list_as_shown_not_the_load_order(qtbot, tmp_path):
    # an exam's image, a PNG naming no patient, the exam's second image: the list groups the exam
    import cv2

    from fetalhc_gui.core.phantom import head_phantom

    plain = tmp_path / "plain.png"
    cv2.imwrite(str(plain), head_phantom())
    first, second = (exam_file(tmp_path, f"{n}.dcm", "1", seed) for n, seed in (("a", 2), ("b", 3)))
    window = make_window(qtbot)
    for path in (first, plain, second):
        window.open_paths([str(path)])
    order = window.image_list.visible_order()
    assert order == [0, 2, 1]
    window.image_list.setCurrentRow(order[0])
    seen = [window.workspace.current]
    for _ in order[1:]:
        window.actions.next.trigger()
        seen.append(window.workspace.current)
    assert seen == order
    window.actions.next.trigger()  # stays at the end
    assert window.workspace.current == order[-1]
    window.actions.previous.trigger()
    assert window.workspace.current == order[-2]


def test_tab_moves_through_the_handles_then_out_of_the_image(qtbot, images):  # noqa: F811
    window = make_window(qtbot)
    window.open_paths([str(images[0])])
    measure_current(qtbot, window)
    viewer = window.viewer
    viewer.graphics.setFocus()
    for _ in range(6):
        press(viewer.graphics, Qt.Key.Key_Tab)
    assert viewer.editor.selected == "rotate" and viewer.graphics.hasFocus()
    press(viewer.graphics, Qt.Key.Key_Tab)  # past the last handle: the focus leaves the image
    assert viewer.editor.selected is None and not viewer.graphics.hasFocus()
    assert QApplication.focusWidget() is not None


def test_the_wheel_never_changes_a_box_the_user_has_not_clicked_into(qtbot, images):  # noqa: F811
    window = make_window(qtbot)
    window.open_paths([str(images[0])])
    window.workspace.set_pixel_sizes({0: window_pixel_size(0.0691)}, "csv")
    field = window.pixel_size_panel.field
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(5, 5),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(field, wheel)
    assert window.workspace.entries[0].pixel_size.mm == 0.0691
    holder = QWidget()  # any spin box in the application: the wheel passes it by until it is focused
    qtbot.addWidget(holder)
    spin = QSpinBox()
    QVBoxLayout(holder).addWidget(spin)
    holder.show()
    holder.activateWindow()
    qtbot.waitActive(holder)
    assert not spin.hasFocus()  # the wheel gives it no focus either
    QApplication.sendEvent(spin, wheel)
    assert spin.value() == 0
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus, timeout=2000)
    QApplication.sendEvent(spin, wheel)
    assert spin.value() == 1


def test_a_pixel_size_typed_with_a_comma_or_a_dot_counts_and_ctrl_z_in_the_box_undoes_it(qtbot, images):  # noqa: F811
    window = make_window(qtbot)
    window.open_paths([str(images[0])])
    panel = window.pixel_size_panel
    panel.enter("0,0758")
    assert window.workspace.entries[0].pixel_size.mm == 0.0758
    panel.enter("0.0800")
    assert window.workspace.entries[0].pixel_size.mm == 0.08
    panel.enter("abc")
    assert "not a number" in panel.warning.text() and window.workspace.entries[0].pixel_size.mm == 0.08
    panel.field.set_value(0.08)
    panel.field.setFocus()
    assert window.workspace.undo_stack.undoText() == "Change pixel size"
    press(panel.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the window's undo, from the box
    assert window.workspace.entries[0].pixel_size.mm == 0.0758
    assert panel.field.text() == "0.0758"  # figures shown with a dot, whatever was typed


def test_undo_acts_on_the_image_shown_only(qtbot, images):  # noqa: F811
    window = make_window(qtbot)
    window.open_paths([str(p) for p in images[:2]])
    measure_all(qtbot, window)
    ws = window.workspace
    window.image_list.setCurrentRow(0)
    ws.set_pixel_sizes({0: window_pixel_size(0.1)}, "Change pixel size")
    window.image_list.setCurrentRow(1)
    assert not window.actions.undo.isEnabled()  # image 1 has nothing to undo: image 0's edit is safe
    ws.set_ga(1, 150.0)
    assert window.actions.undo.text() == "&Undo Enter GA 21+3"
    window.actions.undo.trigger()
    assert ws.entries[1].ga_entered_days is None and ws.entries[0].pixel_size.mm == 0.1


def test_the_dating_dialog_invents_nothing(qtbot):
    dialog = DatingDialog(None, 1)  # a PNG: no exam date in the file
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert dialog.exam_date.date() is None and dialog.lmp_date.date() is None and dialog.scan_ga.text() == ""
    assert not ok.isEnabled() and "Enter the exam date" in dialog.result.text()
    dialog.exam_date.edit.setText(EXAM.isoformat())
    assert "Enter the LMP" in dialog.result.text() and not ok.isEnabled()
    dialog.scan.setChecked(True)
    dialog.scan_date.set_date(EXAM - datetime.timedelta(days=70))
    dialog.scan_ga.setText("32+0")  # not a dating scan
    assert "does not date a pregnancy" in dialog.result.text() and not ok.isEnabled()
    dialog.scan_ga.setText("12+3")
    assert dialog.result.text().startswith("GA at the exam: 22+3") and ok.isEnabled()
    dicom_exam = DatingDialog(EXAM, 2)  # the exam date of a DICOM file is the file's
    qtbot.addWidget(dicom_exam)
    assert dicom_exam.exam_date.date() == EXAM and not dicom_exam.exam_date.isEnabled()


def test_the_known_ga_field_starts_empty_and_takes_weeks_plus_days(qtbot, images):  # noqa: F811
    window = make_window(qtbot)
    window.open_paths([str(images[0])])
    measure_current(qtbot, window)
    entry = window.measurement_panel.ga_entry
    assert entry.text() == "" and window.workspace.entries[0].ga_entered_days is None
    entry.setText("21+3")
    entry.editingFinished.emit()
    assert window.workspace.entries[0].ga_entered_days == 150.0
    assert window.workspace.measurement(0).ga_entered_source == "typed for this image"
    assert parse_ga("20 w 3 d") == 143 and parse_ga("") is None
    with pytest.raises(ValueError, match="outside"):
        parse_ga("50+0")
    assert parse_decimal("0,0758") == 0.0758 and parse_decimal(" 0.0758 ") == 0.0758
    with pytest.raises(ValueError, match="more than one decimal mark"):
        parse_decimal("1.000,5")


def test_a_70_mm_head_dated_20_weeks_warns_and_withholds_its_centile(qtbot, images, tmp_path):  # noqa: F811
    m = measure("a.png", HEAD, window_pixel_size(SMALL_HEAD_MM_PER_PX), ga_entered_days=140.0, ga_source="LMP x")
    assert m.hc_mm == pytest.approx(70.0)
    assert m.hc_zscore is None and m.hc_centile is None  # z = -13.8: withheld, never "centile 0.0"
    assert any("SD below the INTERGROWTH-21st mean at 20+0" in n and "check the dates" in n for n in m.notes)
    dates = check_dates(m.ga_hadlock_weeks, m.ga_intergrowth_days, m.ga_entered_days)
    assert dates.text().startswith("HC gives 12+6 (Hadlock), the dates give 20+0: 50 days apart, more than the 10")
    assert m.ga_discrepancy_days == -50
    window = make_window(qtbot)
    window.open_paths([str(images[0])])
    measure_current(qtbot, window)
    window.workspace.set_pixel_sizes({0: window_pixel_size(SMALL_HEAD_MM_PER_PX)}, "test")
    window.workspace.set_ga(0, 140.0)
    panel = window.measurement_panel
    assert "50 days apart" in panel.dates.text() and "ACOG" in panel.dates.text()
    assert "withheld" in panel.centile.text() and "centile" not in panel.centile.text().split("withheld")[1]
    window.workspace.set_pixel_sizes({0: window_pixel_size(175.0 / hc_pixels(HEAD))}, "test")
    # dates that agree: no warning, a centile with its GA and its source beside it
    assert "days apart." in panel.dates.text() and "ACOG" not in panel.dates.text()
    assert panel.centile.text().endswith("(at 20+0, typed for this image)")


def test_redating_thresholds_follow_acog_committee_opinion_700():
    assert [redating_threshold_days(w * 7) for w in (8, 10, 15, 20, 25, 30)] == [5, 7, 7, 10, 14, 21]
    assert centile_text(0.01) == "<0.1" and centile_text(99.99) == ">99.9" and centile_text(50.04) == "50.0"
    assert [ordinal(n) for n in (3, 10, 50, 90, 97, 21, 12)] == ["3rd", "10th", "50th", "90th", "97th", "21st", "12th"]


def test_the_plane_reason_stays_first_without_a_pixel_size():
    m = measure("a.png", HEAD, None, doubt_reasons=[ABDOMEN, "the ensemble members disagree (95% interval +-3.3%)"])
    assert status_of(m) == (
        f"no pixel size: HC in pixels only (doubtful: {ABDOMEN}; the ensemble members disagree (a wide 95% interval))"
    )
    sized = measure(
        "a.png",
        HEAD,
        window_pixel_size(0.1),
        doubt_reasons=["the ensemble members disagree"],
        hc_interval_px=(900.0, 1000.0),
    )
    assert sized.doubt_reasons == [
        f"the ensemble members disagree (95% interval {sized.hc_low_mm:.1f}-"
        f"{sized.hc_high_mm:.1f} mm, ±{100 * 50 / sized.hc_px:.1f}% of HC)"
    ]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
def test_the_report_of_a_doubtful_non_head_plane_says_why(qtbot, images, tmp_path):  # noqa: F811
    window = make_window(qtbot, FakePredictor(HEAD, head_plane=False, interval=(800.0, 1100.0)))
    window.open_paths([str(p) for p in images[:2]])
    window.workspace.set_pixel_sizes({0: window_pixel_size(0.1), 1: window_pixel_size(0.1)}, "test")
    measure_all(qtbot, window)
    window.workspace.confirm_head_plane(1)
    paths = window.reports.save_reports(tmp_path / "reports")
    assert sorted(p.name for p in paths) == ["report_000_HC.pdf", "report_001_HC.pdf"]
    text = plain(pdf_text(tmp_path / "reports" / "report_000_HC.pdf"))
    assert "Status ok Head plane" in text
    assert f"Head plane not confirmed as a head plane: {NOT_A_HEAD_PLANE}" in text
    assert f"Doubtful yes: {ABDOMEN}" in text
    assert "BPD (outer" in text and "OFD (outer" in text and "+-" not in text  # pdftotext drops the hyphen
    confirmed = plain(pdf_text(tmp_path / "reports" / "report_001_HC.pdf"))
    assert "Head plane confirmed as a fetal head plane by" in confirmed and "against the check" in confirmed
    assert "Doubtful no" in confirmed and "the head-plane check took it for something else (it looks like" in confirmed


def pdf_text(path) -> str:
    """A PDF's text in reading order (pdftotext without its layout mode)."""
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def plain(text: str) -> str:
    """Text on one line, its ligatures spelt out."""
    return " ".join(text.replace("\ufb01", "fi").replace("\ufb02", "fl").split())
