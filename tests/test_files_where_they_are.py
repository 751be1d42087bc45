"""Files where they are: exports suggest a name in the last export folder, and a folder's
pixel-size CSV is offered once and remembered."""

from __future__ import annotations

from pathlib import Path

import cv2
import pytest
from PySide6.QtWidgets import QFileDialog

from fetalhc_gui.core.phantom import head_phantom

from support.gui import make_window, measure_all


@pytest.fixture
def hc18_like(tmp_path) -> Path:
    """An HC18-style folder: images in training_set/, the pixel-size CSV beside it."""
    images = tmp_path / "training_set"
    images.mkdir()
    for i in range(3):
        cv2.imwrite(str(images / f"{i:03d}_HC.png"), head_phantom(seed=i))
    (tmp_path / "training_set_pixel_size_and_HC.csv").write_text(
        "filename,pixel size(mm),head circumference (mm)\n000_HC.png,0.1,1\n001_HC.png,0.2,1\n002_HC.png,0.3,1\n"
    )
    (tmp_path / "notes.csv").write_text("something,else\n1,2\n")  # not a pixel-size file
    return images


def test_the_csv_beside_a_folder_is_offered_once_and_remembered(qtbot, hc18_like):
    window = make_window(qtbot)
    window.open_paths([str(hc18_like)])
    assert window.files.csv_offer == (hc18_like, hc18_like.parent / "training_set_pixel_size_and_HC.csv")
    assert all(e.pixel_size is None for e in window.workspace.entries)
    window.files.answer_csv_offer(True)  # one click: Yes
    assert [e.pixel_size.mm for e in window.workspace.entries] == [0.1, 0.2, 0.3]
    window.close()

    again = make_window(qtbot)  # the same folder later: applied at once, not asked
    again.workspace.entries.clear()
    again.open_paths([str(hc18_like)])
    assert again.files.csv_offer is None
    assert [e.pixel_size.mm for e in again.workspace.entries] == [0.1, 0.2, 0.3]


def test_the_csv_is_offered_for_a_single_image_of_the_folder_too(qtbot, hc18_like):
    window = make_window(qtbot)
    window.open_paths([str(hc18_like / "001_HC.png")])
    window.files.answer_csv_offer(True)
    assert [e.pixel_size.mm for e in window.workspace.entries] == [0.2]


def test_a_declined_csv_is_not_offered_again(qtbot, hc18_like):
    window = make_window(qtbot)
    window.open_paths([str(hc18_like)])
    window.files.answer_csv_offer(False)
    assert all(e.pixel_size is None for e in window.workspace.entries)
    again = make_window(qtbot)
    again.workspace.entries.clear()
    again.open_paths([str(hc18_like)])
    assert again.files.csv_offer is None and all(e.pixel_size is None for e in again.workspace.entries)


def test_exports_suggest_a_name_in_the_last_export_folder(qtbot, hc18_like, tmp_path, monkeypatch):
    window = make_window(qtbot)
    window.open_paths([str(hc18_like / "000_HC.png")])
    measure_all(qtbot, window)
    offered = []

    def save_dialog(_parent, _title, start, _filters):
        offered.append(start)
        return str(tmp_path / "out" / Path(start).name), "CSV (*.csv)"

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.files.export_measurements()
    assert Path(offered[0]).name == "training_set_measurements.csv"  # no patient: the folder's name
    window.files.export_measurements()
    assert Path(offered[1]) == tmp_path / "out" / "training_set_measurements.csv"  # where the last one went
    window.files.export_measurements(hc18=True)
    assert Path(offered[2]).name == "training_set_hc18.csv"
    window.files.export_measurements(anonymise=True)
    assert Path(offered[3]).name == "anonymised_measurements.csv"


def test_a_dicom_exports_name_comes_from_its_patient_and_exam(qtbot, tmp_path):
    from support.exams import EXAM, exam_file

    window = make_window(qtbot)
    window.open_paths([str(exam_file(tmp_path, "a.dcm", "1", 1))])
    name = window.files.suggested_name("measurements.csv")
    entry = window.workspace.entries[0]
    assert name == f"{entry.identity.patient_id}_{entry.identity.study_date}_measurements.csv"
    assert entry.identity.study_date == EXAM.strftime("%Y%m%d")
