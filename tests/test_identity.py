"""Whose image and which exam: read from DICOM in its character set, shown, exported, kept."""

from __future__ import annotations

import csv
import datetime

import pytest
from pydicom import dcmread

from fetalhc_gui.cli import main
from fetalhc_gui.core.identity import Identity, display_name, identity_of
from fetalhc_gui.core.phantom import head_phantom
from fetalhc_gui.io.images import load_image

from support.dicom_factory import write_dicom
from support.fakes import FakePredictor


def named_dicom(path, name: str, charset: str, patient_id: str = "P-1", study: str = "7"):
    written = write_dicom(path, head_phantom(), pixel_spacing=(0.2, 0.2))
    ds = dcmread(written)
    ds.SpecificCharacterSet = charset
    ds.PatientName, ds.PatientID, ds.PatientBirthDate = name, patient_id, "19900131"
    ds.StudyDate, ds.StudyTime, ds.AccessionNumber = "20261127", "101500", "ACC-9"
    ds.StudyInstanceUID, ds.InstitutionName = f"1.2.826.0.1.3680043.10.{study}", "Hôpital Test"
    ds.save_as(written)
    return written


@pytest.mark.parametrize(
    ("name", "charset"), [("Müller^Jürgen", "ISO_IR 100"), ("Łukasiewicz^Żaneta", "ISO_IR 192"), ("Doe^Jane", "")]
)
def test_names_come_out_right_in_their_character_set(tmp_path, name, charset):
    path = named_dicom(tmp_path / "a.dcm", name, charset)
    identity = load_image(path).identity
    assert identity.patient_name == name and identity.patient_id == "P-1"
    assert identity.study_date == "20261127" and identity.accession_number == "ACC-9"
    if charset:
        assert identity.institution_name == "Hôpital Test"


def test_malformed_or_missing_attributes_leave_fields_empty(tmp_path):
    path = write_dicom(tmp_path / "bare.dcm", head_phantom())
    ds = dcmread(path)
    ds.PatientBirthDate = "not-a-date"
    ds.save_as(path)
    identity = identity_of(dcmread(path))
    assert identity.patient_name == "" and identity.patient_birth_date == "not-a-date"
    assert not Identity().known and load_image(path).gray.shape == (540, 800)


def test_the_header_names_the_patient_and_exam():
    identity = Identity("Doe^Jane", "P-1", "19900131", "20261127", "101500", "ACC-9", "1.2.3")
    from fetalhc_gui.gui.panels.image_list import identity_line

    assert (
        identity_line(identity)
        == "DOE, Jane  ·  ID P-1  ·  born 1990-01-31  ·  exam 2026-11-27 10:15  ·  accession ACC-9"
    )
    assert display_name("Doe") == "Doe"


def test_predict_rows_name_the_patient_and_exam(tmp_path):
    path = named_dicom(tmp_path / "a.dcm", "Müller^Jürgen", "ISO_IR 100")
    out = tmp_path / "o.csv"
    assert main(["predict", str(path), "-o", str(out)]) == 0
    row = next(csv.DictReader(out.open(encoding="utf-8")))
    assert row["patient_name"] == "Müller^Jürgen" and row["patient_birth_date"] == "19900131"
    assert row["accession_number"] == "ACC-9" and row["study_instance_uid"].endswith(".7")


def test_the_window_shows_the_exam_exports_it_and_keeps_it(qtbot, tmp_path):
    from support.gui import make_window, measure_current

    path = named_dicom(tmp_path / "a.dcm", "Łukasiewicz^Żaneta", "ISO_IR 192")
    window = make_window(qtbot, FakePredictor())
    window.open_paths([str(path)])
    measure_current(qtbot, window)
    assert window.exam_header.isVisibleTo(window)
    assert window.exam_header.text().startswith("ŁUKASIEWICZ, Żaneta  ·  ID P-1")
    out = tmp_path / "m.csv"
    window.workspace.export_measurements(out, "csv")
    row = next(csv.DictReader(out.open(encoding="utf-8")))
    assert row["patient_name"] == "Łukasiewicz^Żaneta" and row["study_date"] == "20261127"
    window.workspace.save()
    again = make_window(qtbot)
    assert again.workspace.restore() is None
    assert again.workspace.entries[0].identity == window.workspace.entries[0].identity


def test_exports_and_rows_can_leave_the_identity_out(qtbot, tmp_path):
    from support.gui import make_window, measure_current

    (tmp_path / "Doe_Jane").mkdir()  # a folder named after the patient, as exports often are
    path = named_dicom(tmp_path / "Doe_Jane" / "a.dcm", "Doe^Jane", "")
    window = make_window(qtbot, FakePredictor())
    window.open_paths([str(path)])
    measure_current(qtbot, window)
    out = tmp_path / "anon.csv"
    window.files.save_measurements(str(out), "csv", anonymise=True)
    row = next(csv.DictReader(out.open()))
    assert (row["patient_name"], row["patient_id"], row["patient_birth_date"]) == ("", "", "")
    assert row["study_date"] == "" and row["file"].startswith("image-") and "Jane" not in out.read_text()
    cli_out = tmp_path / "anon_predict.csv"
    assert main(["predict", str(path), "-o", str(cli_out), "--anonymise"]) == 0
    assert "Doe" not in cli_out.read_text() and "P-1" not in cli_out.read_text()


def test_images_without_identity_get_one_patient_and_exam_from_the_user(qtbot, tmp_path, monkeypatch):
    import cv2

    from fetalhc_gui.gui.dialogs.identity import IdentityDialog

    from support.gui import make_window

    pngs = []
    for n in range(2):
        pngs.append(tmp_path / f"scan{n}.png")
        cv2.imwrite(str(pngs[-1]), head_phantom(seed=n))
    dicom = named_dicom(tmp_path / "d.dcm", "Doe^Jane", "")
    window = make_window(qtbot, FakePredictor())
    window.open_paths([str(p) for p in (*pngs, dicom)])
    window.image_list.setCurrentRow(2)  # the DICOM image's identity is read when it is shown
    window.image_list.setCurrentRow(0)
    for row in (0, 1, 2):
        window.image_list._items[row].setSelected(True)
    assert window.image_list.selected_indices() == [0, 1, 2]

    def fill_in(dialog):
        dialog.patient_id.setText("H-77")
        dialog.family.setText("Nguyen")
        dialog.given.setText("Thi Mai")
        dialog.exam_date.set_date(datetime.date(2026, 11, 20))
        dialog.accept()
        return True

    monkeypatch.setattr(IdentityDialog, "exec", fill_in)
    window.actions.set_patient.trigger()
    ws = window.workspace
    first, second, third = (e.identity for e in ws.entries)
    assert first.patient_name == "Nguyen^Thi Mai" and first.patient_id == "H-77" and first.study_date == "20261120"
    assert first.study_instance_uid and first.study_instance_uid == second.study_instance_uid
    assert third.patient_name == "Doe^Jane"  # the DICOM file names its own patient
    assert ws.exam_indices(0) == [0, 1]
    assert window.exam_header.text().startswith("NGUYEN, Thi Mai")
    ws.save()
    again = make_window(qtbot)
    assert again.workspace.restore() is None and again.workspace.entries[1].identity == second


def test_the_dialog_needs_someone_to_name(qtbot):
    from fetalhc_gui.gui.dialogs.identity import IdentityDialog

    dialog = IdentityDialog(1, Identity())
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "at least the patient ID" in dialog.error.text() and not dialog.result()


def test_the_list_groups_images_by_patient_and_exam(qtbot, tmp_path):
    import cv2

    from support.gui import make_window

    a1 = named_dicom(tmp_path / "a1.dcm", "Doe^Jane", "", "P-1", "7")
    b1 = named_dicom(tmp_path / "b1.dcm", "Roe^Ann", "", "P-2", "8")
    a2 = named_dicom(tmp_path / "a2.dcm", "Doe^Jane", "", "P-1", "7")
    cv2.imwrite(str(tmp_path / "plain.png"), head_phantom())
    window = make_window(qtbot, FakePredictor())
    window.actions.auto_measure.setChecked(False)
    window.open_paths([str(p) for p in (a1, b1, a2, tmp_path / "plain.png")])  # grouped on opening, from the headers
    tree = window.image_list
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    labels = [g.text(0) for g in groups]
    assert labels == [
        "DOE, Jane (ID P-1)  ·  exam 2026-11-27",
        "ROE, Ann (ID P-2)  ·  exam 2026-11-27",
        "Images without a named patient",
    ]
    assert [[c.text(0).split("\n")[0] for c in (g.child(i) for i in range(g.childCount()))] for g in groups] == [
        ["a1.dcm", "a2.dcm"],
        ["b1.dcm"],
        ["plain.png"],
    ]
    tree.setCurrentItem(groups[1])  # a group row leads to its first image
    assert window.workspace.current == 1 and tree.currentRow() == 1
    tree.setCurrentRow(2)
    assert window.workspace.current == 2 and window.image_list.entry_text(2).startswith("a2.dcm")
