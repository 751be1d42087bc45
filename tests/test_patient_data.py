"""Patient data at rest and in anonymised output: a test file that carries its patient in its
header, its file name and its pixels (burned-in text outside the ultrasound region) leaves no
trace in anonymised rows, journals and reports; the data folder is private whatever the umask."""

from __future__ import annotations

import csv
import json
import os
import shutil
import stat
import subprocess
import sys

import cv2
import pytest
from pydicom import dcmread

from fetalhc_gui.cli import main
from fetalhc_gui.core.anonymise import Anonymiser
from fetalhc_gui.core.phantom import head_phantom
from fetalhc_gui.io.atomic import atomic_write_text
from fetalhc_gui.io.private import FILE_MODE, FOLDER_MODE, is_private, make_private, tighten

from dicom_factory import region, write_dicom

NAME, PATIENT_ID, BIRTH, ACCESSION = "DOE^JANE", "MRN12345", "19900131", "ACC-777"
STUDY_UID, SOP_UID = "1.2.826.0.1.3680043.10.555", "1.2.826.0.1.3680043.10.555.1"
IDENTIFIERS = ("DOE", "Doe", "JANE", "Jane", PATIENT_ID, BIRTH, "1990-01-31", ACCESSION, STUDY_UID, SOP_UID, "20261127")


def identified_file(folder, burned_in: str = "YES", regions: bool = True):
    """A DICOM image named after its patient, with name, ID, birth date, accession and dates in its
    header and "DOE^JANE MRN12345" burned into its pixels above the ultrasound region."""
    pixels = head_phantom().copy()
    cv2.putText(pixels, f"{NAME} {PATIENT_ID}", (10, 30), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 255, 2)
    area = [region(0, 60, pixels.shape[1] - 1, pixels.shape[0] - 1, 0.012, 0.012)] if regions else None
    spacing = None if regions else (0.12, 0.12)
    path = write_dicom(folder / "DOE_JANE_19900131.dcm", pixels, regions=area, pixel_spacing=spacing)
    ds = dcmread(path)
    ds.PatientName, ds.PatientID, ds.PatientBirthDate = NAME, PATIENT_ID, BIRTH
    ds.AccessionNumber, ds.InstitutionName, ds.StudyDate = ACCESSION, "St Elsewhere", "20261127"
    ds.StudyInstanceUID, ds.SOPInstanceUID = STUDY_UID, SOP_UID
    ds.file_meta.MediaStorageSOPInstanceUID = SOP_UID
    ds.BurnedInAnnotation = burned_in
    ds.save_as(path)
    return path


def traces(text: str) -> list[str]:
    return [needle for needle in IDENTIFIERS if needle in text]


def test_anonymised_rows_carry_none_of_the_files_identifiers(tmp_path):
    path = identified_file(tmp_path)
    out = tmp_path / "anon.csv"
    assert main(["predict", str(path), "-o", str(out), "--anonymise"]) == 0
    text = out.read_text()
    assert traces(text) == []
    row = next(csv.DictReader(out.open()))
    assert row["filename"].startswith("image-") and row["file"] == row["filename"]
    assert row["study_instance_uid"].startswith("2.25.") and row["sop_instance_uid"].startswith("2.25.")
    assert row["status"].startswith("ok") and float(row["hc_mm"]) > 0  # still a measurement
    kept = tmp_path / "dates.csv"
    assert main(["predict", str(path), "-o", str(kept), "--anonymise", "--keep-dates"]) == 0
    again = next(csv.DictReader(kept.open()))
    assert again["study_date"] == "20261127" and again["patient_id"] == "" and NAME not in kept.read_text()


def test_replacements_are_consistent_within_a_run_and_differ_between_runs():
    first, second = Anonymiser(), Anonymiser()
    assert first.uid(STUDY_UID) == first.uid(STUDY_UID) != second.uid(STUDY_UID)
    assert first.file_name("/a/DOE.dcm") == first.file_name("/a/DOE.dcm") != first.file_name("/a/ROE.dcm")
    assert len(first.uid(STUDY_UID)) <= 64 and first.uid("") == ""
    assert first.text("LMP 2026-06-01, exam 2026-11-27") == "LMP [date removed], exam [date removed]"


def test_an_interrupted_anonymised_run_journals_only_anonymised_rows_privately(tmp_path):
    from fetalhc_gui.app.journal import Journal
    from fetalhc_gui.app.measuring import measure_files
    from fetalhc_gui.app.pixel_size_rule import PixelSizeOptions

    from fakes import FakePredictor

    paths = [identified_file(tmp_path)]
    out = tmp_path / "run.csv"
    old = os.umask(0o022)
    try:
        journal = Journal(out, False, {"x": "y"}, secret=b"s" * 32)
    finally:
        os.umask(old)
    anonymiser = Anonymiser(secret=journal.secret)
    measure_files(FakePredictor(), paths, PixelSizeOptions(), journal, anonymiser=anonymiser)
    journal.close(remove=False)  # as a killed run leaves it
    text = journal.path.read_text()
    assert traces(text) == [] and "DOE_JANE" not in text and str(tmp_path) not in text
    assert stat.S_IMODE(journal.path.stat().st_mode) == FILE_MODE
    resumed = Journal(out, True, {"x": "y"})
    assert resumed.secret == b"s" * 32 and len(resumed.rows) == 1  # a resume replaces the same way
    resumed.close(remove=True)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
def test_an_anonymised_report_masks_burned_in_text_and_names_no_one(tmp_path):
    from test_report import pdf_text

    (tmp_path / "in").mkdir()
    identified_file(tmp_path / "in")
    assert main(["report", str(tmp_path / "in"), "-o", str(tmp_path / "anon"), "--anonymise"]) == 0
    (report,) = (tmp_path / "anon").glob("*.pdf")
    assert report.name == "report_1.pdf" and traces(pdf_text(report)) == []
    assert "St Elsewhere" not in pdf_text(report)
    from fetalhc_gui.app.measuring import measure_one
    from fetalhc_gui.app.reports import MeasuredImage, exam_reports
    from fetalhc_gui.inference.predictor import Predictor

    outcome = measure_one(Predictor(), next((tmp_path / "in").glob("*.dcm")))
    image = MeasuredImage.of(outcome.measurement, outcome.result.image, None, outcome.pixel_size)
    (shown,) = exam_reports([image], None, Anonymiser())[0].images
    assert shown.overlay_rgb[:60].max() == 0  # the burned-in line above the ultrasound region is black
    (kept,) = exam_reports([image], None)[0].images
    assert kept.overlay_rgb[:60].max() == 255  # not anonymised: the image as the scanner made it


def test_an_image_that_says_it_has_burned_in_text_and_no_region_is_withheld(tmp_path):
    from fetalhc_gui.app.reports import WITHHELD, MeasuredImage, anonymised_pixels
    from fetalhc_gui.io.images import load_image

    image = load_image(identified_file(tmp_path, burned_in="YES", regions=False))
    pixels, reason = anonymised_pixels(MeasuredImage.of(None, image, None, None))
    assert reason == WITHHELD and pixels.std() < 40  # a blank with a line of text
    (tmp_path / "regions").mkdir()
    inside = load_image(identified_file(tmp_path / "regions"))
    masked, reason = anonymised_pixels(MeasuredImage.of(None, inside, None, None))
    assert reason is None and masked[:60].max() == 0 and masked[60:].max() > 0


def test_the_data_folder_is_private_whatever_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        folder = make_private(tmp_path / "data")
        atomic_write_text(folder / "session.json", "{}")
        (folder / "inbox").mkdir()
        atomic_write_text(folder / "inbox" / "a.dcm", "x")
        shared = tmp_path / "exports"
        shared.mkdir()
        atomic_write_text(shared / "m.csv", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.stat().st_mode) == FOLDER_MODE
    assert stat.S_IMODE((folder / "session.json").stat().st_mode) == FILE_MODE
    assert stat.S_IMODE((folder / "inbox" / "a.dcm").stat().st_mode) == FILE_MODE
    assert stat.S_IMODE((shared / "m.csv").stat().st_mode) == 0o644  # the user's own file follows the umask
    assert is_private(folder / "inbox" / "a.dcm") and not is_private(shared / "m.csv")
    os.chmod(folder / "inbox", 0o755)
    assert tighten(folder) == 1 and stat.S_IMODE((folder / "inbox").stat().st_mode) == FOLDER_MODE


def test_the_window_keeps_its_session_and_settings_private_under_umask_022(tmp_path):
    """In a process of its own, so the umask is 022 from the start."""
    script = f"""
import os, stat, sys
os.umask(0o022)
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {str(tmp_path.parent)!r})
from PySide6.QtWidgets import QApplication
app = QApplication([])
from fetalhc_gui.gui.main_window import MainWindow
from fetalhc_gui.gui.settings import user_data_dir
window = MainWindow(lambda: None, session_path=user_data_dir() / "session.json")
window.workspace.save()
window.close()
modes = {{p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in [user_data_dir(), *user_data_dir().iterdir()]}}
modes["settings"] = oct(stat.S_IMODE(os.stat(os.environ["FETALHC_SETTINGS_FILE"]).st_mode))
print(modes)
"""
    env = dict(os.environ, FETALHC_DATA_DIR=str(tmp_path / "data"), FETALHC_SETTINGS_FILE=str(tmp_path / "s.ini"))
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    modes = eval(done.stdout.strip().splitlines()[-1])  # noqa: S307 (our own script's dict)
    assert modes == {"data": "0o700", "session.json": "0o600", "logs": "0o700", "settings": "0o600"}, modes
    assert json.loads((tmp_path / "data" / "session.json").read_text())["entries"] == []
