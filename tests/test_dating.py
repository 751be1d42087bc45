"""Dating once per exam: LMP, EDD or a dating scan give the GA at the exam for all its images."""

from __future__ import annotations

import datetime

import pytest

from fetalhc_gui.core.dating import DatingError, dating_from_edd, dating_from_lmp, dating_from_scan, exam_date
from fetalhc_gui.gui.dialogs.dating import DatingDialog

from support.exams import EXAM, exam_file  # noqa: F401
from support.fakes import FakePredictor


def test_the_three_datings_agree_on_a_known_pregnancy():
    lmp = EXAM - datetime.timedelta(days=150)
    assert dating_from_lmp(lmp, EXAM).ga_days(EXAM) == 150
    assert dating_from_edd(lmp + datetime.timedelta(days=280), EXAM).ga_days(EXAM) == 150
    scan = lmp + datetime.timedelta(days=84)
    assert dating_from_scan(scan, 84, EXAM).ga_days(EXAM) == 150
    assert exam_date("20261127") == EXAM and exam_date("2026-11") is None and exam_date("") is None


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: dating_from_lmp(EXAM + datetime.timedelta(days=1), EXAM), "after the exam"),
        (lambda: dating_from_lmp(EXAM - datetime.timedelta(days=30), EXAM), "outside 14-42 weeks"),
        (lambda: dating_from_edd(EXAM + datetime.timedelta(days=3 * 365), EXAM), "outside 14-42 weeks"),
        (lambda: dating_from_scan(EXAM + datetime.timedelta(days=3), 84, EXAM), "after the exam"),
        (lambda: dating_from_scan(EXAM - datetime.timedelta(days=10), 0, EXAM), "does not date a pregnancy"),
        (lambda: dating_from_scan(EXAM - datetime.timedelta(days=10), 41 * 7, EXAM), "does not date a pregnancy"),
        (lambda: dating_from_scan(EXAM - datetime.timedelta(days=10), 26 * 7, EXAM), r"those up to 25\+6"),
    ],
)
def test_impossible_datings_are_refused_with_a_reason(make, message):
    with pytest.raises(DatingError, match=message):
        make()


def test_dating_an_exam_gives_every_image_of_it_a_centile_and_no_other(qtbot, tmp_path, monkeypatch):
    from support.gui import make_window, measure_all

    paths = [
        exam_file(tmp_path, f"{n}.dcm", study, seed) for n, study, seed in (("a", "1", 1), ("b", "1", 2), ("c", "2", 3))
    ]
    window = make_window(qtbot, FakePredictor())
    window.open_paths([str(p) for p in paths])
    ws = window.workspace
    measure_all(qtbot, window)
    window.image_list.setCurrentRow(0)
    assert ws.exam_indices(0) == [0, 1]
    lmp = EXAM - datetime.timedelta(days=154)

    def fill_in(dialog):
        dialog.lmp_date.set_date(lmp)
        assert "22+0" in dialog.result.text() and not dialog.exam_date.isEnabled()
        dialog.accept()
        return dialog.dating is not None

    monkeypatch.setattr(DatingDialog, "exec", fill_in)
    window.actions.date_exam.trigger()
    measured = [ws.measurement(i) for i in range(3)]
    assert [m.ga_entered_days for m in measured] == [154.0, 154.0, None]
    assert measured[0].hc_centile is not None and measured[2].hc_centile is None
    assert any("LMP 2026-06-26" in n for n in measured[1].notes)
    ws.save()
    again = make_window(qtbot)
    assert again.workspace.restore() is None and again.workspace.entries[1].dating == ws.entries[1].dating


def test_the_dialog_keeps_an_impossible_dating_out(qtbot):
    dialog = DatingDialog(EXAM, 1)
    qtbot.addWidget(dialog)
    dialog.lmp_date.set_date(EXAM + datetime.timedelta(days=5))
    dialog.accept()
    assert dialog.dating is None and "after the exam" in dialog.result.text()


def test_the_growth_chart_places_the_exam_and_the_patients_other_exam(qtbot, tmp_path, monkeypatch):
    from support.gui import make_window, measure_all

    paths = [
        exam_file(tmp_path, f"{n}.dcm", study, seed) for n, study, seed in (("a", "1", 1), ("b", "1", 2), ("c", "2", 3))
    ]
    window = make_window(qtbot, FakePredictor(interval=(900.0, 1000.0)))  # an ensemble's 95% interval, pixels
    window.open_paths([str(p) for p in paths])
    ws, chart = window.workspace, window.growth_chart
    measure_all(qtbot, window)
    window.image_list.setCurrentRow(0)
    assert len(chart.points.data) == 0 and "not known" in chart.note.text()
    ws.date_exam(2, dating_from_lmp(EXAM - datetime.timedelta(days=120), EXAM), EXAM)  # the other exam
    ws.date_exam(0, dating_from_lmp(EXAM - datetime.timedelta(days=154), EXAM), EXAM)
    window.image_list.setCurrentRow(1)
    spots = chart.points.data
    assert len(spots) == 3 and sorted(round(x, 1) for x in spots["x"]) == [17.1, 22.0, 22.0]
    assert set(int(d) for d in spots["data"]) == {0, 1, 2}
    with qtbot.waitSignal(chart.image_selected) as selected:
        chart._on_clicked(chart.points, [chart.points.points()[list(spots["data"]).index(2)]])
    assert selected.args == [2] and ws.current == 2
    assert len(chart.bars.opts["x"]) == 1  # the current exam's interval (exam 2 has one image)
    assert not chart.grab().isNull()  # paints: the bars and points draw without error
