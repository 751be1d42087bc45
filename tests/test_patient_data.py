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
import time

import cv2
import pytest
from pydicom import dcmread

from fetalhc_gui.cli import main
from fetalhc_gui.core.anonymise import Anonymiser
from fetalhc_gui.core.phantom import head_phantom
from fetalhc_gui.io.atomic import atomic_write_text
from fetalhc_gui.io.private import FILE_MODE, FOLDER_MODE, is_private, make_private, tighten

from support.dicom_factory import region, write_dicom

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

    from support.fakes import FakePredictor

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
def test_an_anonymised_report_masks_burned_in_text_and_names_no_one(tmp_path, bundled_predictor):
    from support.reports import pdf_text

    (tmp_path / "in").mkdir()
    identified_file(tmp_path / "in")
    assert main(["report", str(tmp_path / "in"), "-o", str(tmp_path / "anon"), "--anonymise"]) == 0
    (report,) = (tmp_path / "anon").glob("*.pdf")
    assert report.name == "report_1.pdf" and traces(pdf_text(report)) == []
    assert "St Elsewhere" not in pdf_text(report)
    from fetalhc_gui.app.measuring import measure_one
    from fetalhc_gui.app.reports import MeasuredImage, exam_reports

    outcome = measure_one(bundled_predictor, next((tmp_path / "in").glob("*.dcm")))
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


def _aged(path, days: float) -> None:
    when = time.time() - days * 86400
    os.utime(path, (when, when))


def test_purge_deletes_what_is_past_retention_and_says_what(tmp_path, capsys):
    from fetalhc_gui.app.retention import Retention, purge

    inbox, results = tmp_path / "inbox", tmp_path / "results"
    for folder in (inbox, results, results / "logs"):
        folder.mkdir(parents=True)
    old, new = inbox / "1.2.3.dcm", inbox / "1.2.4.dcm"
    for path, days in ((old, 40), (new, 1), (inbox / "1.2.3.dcm.earlier", 45), (results / "1.2.3.json", 40)):
        path.write_bytes(b"x" * 1000)
        _aged(path, days)
    (results / "logs" / "audit.jsonl").write_text("kept")
    _aged(results / "logs" / "audit.jsonl", 400)
    (results / "results.csv").write_text(
        "filename,timestamp\nold.dcm,2020-01-01T00:00:00+00:00\nnew.dcm," + datetime_now() + "\n"
    )
    dry = purge([inbox, results], Retention(days=30), dry_run=True)
    assert len(dry.files) == 3 and dry.rows == 1 and old.exists()
    assert main(["purge", str(inbox), str(results), "--older-than", "30"]) == 0
    out, err = capsys.readouterr()
    assert str(old) in out and "deleted 3 file(s)" in err and "1 row(s)" in err
    assert not old.exists() and new.exists() and (results / "logs" / "audit.jsonl").exists()
    assert "old.dcm" not in (results / "results.csv").read_text() and "new.dcm" in (results / "results.csv").read_text()
    sized = purge([inbox], Retention(max_bytes=0))
    assert sized.files == [new]  # over the size: the oldest first, here the last one
    assert main(["purge", str(inbox)]) == 2  # a retention must be given


def datetime_now() -> str:
    import datetime

    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


def test_a_node_with_a_retention_purges_at_start(tmp_path):
    from fetalhc_gui.app.node import MeasuringNode
    from fetalhc_gui.app.retention import Retention
    from fetalhc_gui.net.node_config import NodeConfig

    from support.fakes import FakePredictor

    (tmp_path / "inbox").mkdir()
    stale = tmp_path / "inbox" / "9.9.dcm"
    stale.write_bytes(b"DOE^JANE")
    (tmp_path / "results").mkdir()
    (tmp_path / "results" / "9.9.json").write_text("{}")
    for path in (stale, tmp_path / "results" / "9.9.json"):
        _aged(path, 10)
    node = MeasuringNode(
        NodeConfig("FETALHC", 0, "127.0.0.1", ("SCANNER1",)),
        tmp_path / "inbox",
        tmp_path / "results",
        FakePredictor(),
        retention=Retention(days=7),
    )
    node.start()
    try:
        assert wait_until(lambda: not stale.exists())
    finally:
        node.stop()
    from fetalhc_gui.net.audit import read_events

    assert any(e["event"] == "purged" and e["files"] == 2 for e in read_events(tmp_path / "results" / "logs"))


def wait_until(condition, seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not condition():
        time.sleep(0.05)
    return condition()


def test_images_can_be_taken_out_of_the_session(qtbot, tmp_path):
    from support.gui import make_window, measure_all

    paths = []
    for n in range(3):
        paths.append(tmp_path / f"{n}.png")
        cv2.imwrite(str(paths[-1]), head_phantom(seed=n))
    window = make_window(qtbot)
    window.open_paths([str(p) for p in paths])
    measure_all(qtbot, window)
    ws = window.workspace
    ws.select(2)
    ws.set_ga(2, 150.0)
    window.image_list.setCurrentRow(1)
    window.actions.remove_images.trigger()
    assert [e.name for e in ws.entries] == ["0.png", "2.png"] and paths[1].exists()
    assert window.image_list.entry_count() == 2 and ws.current == 1
    ws.undo_stack.undo()  # image 2's own history came with it
    assert ws.entries[1].ga_entered_days is None
    ws.save()
    again = make_window(qtbot)
    assert again.workspace.restore() is None and len(again.workspace.entries) == 2
