"""Exam reports: one PDF per exam, read back as text (poppler's pdftotext) and rendered."""

from __future__ import annotations

import datetime
import re
import shutil

import cv2
import pytest

from fetalhc_gui.cli import main
from fetalhc_gui.core.dating import dating_from_lmp
from fetalhc_gui.core.phantom import head_phantom

from support.exams import EXAM, exam_file
from support.fakes import FakePredictor
from support.reports import pdf_text  # noqa: F401

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed (poppler-utils)")


def named_exam(tmp_path, name, study, seed):
    from pydicom import dcmread

    path = exam_file(tmp_path, name, study, seed)
    ds = dcmread(path)
    ds.PatientName, ds.PatientBirthDate = "Doe^Jane", "19900131"
    ds.save_as(path)
    return path


def test_the_command_line_writes_one_report_per_exam_with_and_without_identity(tmp_path):
    (tmp_path / "in").mkdir()
    for name, study, seed in (("a.dcm", "1", 1), ("b.dcm", "1", 2), ("c.dcm", "2", 3)):
        named_exam(tmp_path / "in", name, study, seed)
    assert main(["report", str(tmp_path / "in"), "-o", str(tmp_path / "out")]) == 0
    reports = sorted((tmp_path / "out").glob("*.pdf"))
    assert [p.name for p in reports] == ["report_20261127_a.pdf", "report_20261127_c.pdf"]  # no patient ID
    text = pdf_text(reports[0])
    assert "DOE, Jane" in text and "P-1" in text and "1990-01-31" in text and "2026-11-27" in text
    assert text.count("dcm") >= 2 and "Intended use" in text and "SHA-256" in text and "mm" in text
    assert main(["report", str(tmp_path / "in"), "-o", str(tmp_path / "anon"), "--anonymise"]) == 0
    anonymous = sorted((tmp_path / "anon").glob("*.pdf"))
    assert [p.name for p in anonymous] == ["report_1.pdf", "report_2.pdf"]
    text = pdf_text(anonymous[0])
    assert "Doe" not in text and "DOE" not in text and "P-1" not in text and "withheld" in text
    assert "2026-11-27" not in text and not re.search(r"\b[abc]\.dcm", text)  # dates and file names go too


def test_an_exam_without_pixel_size_says_so(tmp_path):
    cv2.imwrite(str(tmp_path / "plain.png"), head_phantom())
    assert main(["report", str(tmp_path / "plain.png"), "-o", str(tmp_path / "out")]) == 0
    text = pdf_text(next((tmp_path / "out").glob("*.pdf")))
    assert "No pixel size is known" in text and " px" in text


def test_the_window_reports_an_exam_with_its_growth_chart(qtbot, tmp_path):
    from support.gui import make_window, measure_all

    paths = [named_exam(tmp_path, f"{n}.dcm", "1", seed) for n, seed in (("a", 1), ("b", 2))]
    window = make_window(qtbot, FakePredictor(interval=(900.0, 1000.0)))
    window.open_paths([str(p) for p in paths])
    ws = window.workspace
    measure_all(qtbot, window)
    ws.date_exam(0, dating_from_lmp(EXAM - datetime.timedelta(days=154), EXAM), EXAM)
    written = window.reports.save_reports(tmp_path / "reports")
    assert len(written) == 1
    text = pdf_text(written[0])
    assert "Growth chart" in text and "LMP 2026-06-26" in text
    assert " / " in text.split("Measurements")[1].split("Image 1")[0]  # the z-score and centile are filled


def test_print_sends_the_current_exams_report_to_the_printer(qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from support.gui import make_window, measure_all

    paths = [named_exam(tmp_path, f"{n}.dcm", study, seed) for n, study, seed in (("a", "1", 1), ("b", "2", 2))]
    window = make_window(qtbot, FakePredictor())
    window.open_paths([str(p) for p in paths])
    measure_all(qtbot, window)
    window.image_list.setCurrentRow(1)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes its pages to a file
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert window.reports.print_to(printer)
    text = pdf_text(tmp_path / "printed.pdf")
    assert "b.dcm" in text and "a.dcm" not in text and "Intended use" in text


def test_a_report_of_50_images_of_one_exam(tmp_path):
    from pydicom import dcmread

    from support.dicom_factory import write_dicom

    (tmp_path / "in").mkdir()
    for i in range(50):
        path = write_dicom(tmp_path / "in" / f"IM{i:03d}", head_phantom(seed=i), pixel_spacing=(0.15, 0.15))
        ds = dcmread(path)
        ds.PatientID, ds.StudyInstanceUID, ds.StudyDate = "P-50", "1.2.826.0.1.3680043.10.50", "20261127"
        ds.save_as(path)
    assert main(["report", str(tmp_path / "in"), "-o", str(tmp_path / "out")]) == 0
    (report,) = (tmp_path / "out").glob("*.pdf")
    text = pdf_text(report)
    assert text.count("Image ") == 50 and "IM049" in text and "Intended use" in text


def test_a_report_states_each_pixel_size_and_keeps_headings_with_their_images(tmp_path):
    from PySide6.QtCore import QSizeF

    from fetalhc_gui.app.reports import MeasuredImage, exam_reports
    from fetalhc_gui.core.ellipse import Ellipse
    from fetalhc_gui.core.identity import Identity
    from fetalhc_gui.core.measurement import measure
    from fetalhc_gui.core.pixel_size import PixelSize, PixelSizeSource
    from fetalhc_gui.report.pdf import heading_pages, paginated_document

    exam = Identity(patient_id="P-1", study_instance_uid="1.2.3", study_date="20261202")
    size = PixelSize(0.0913, PixelSizeSource.DICOM, "ultrasound region 2 of 2, the one holding the head")
    images = []
    for i in range(9):
        m = measure(f"IM{i}.dcm", Ellipse(400, 270, 150 + i, 120, 0.2), size, identity=exam)
        images.append(MeasuredImage(m, head_phantom(seed=i), None, exam, size))
    (report,) = exam_reports(images, None, False)
    page = QSizeF(794 - 113, 1123 - 113)  # A4 at 96 dpi less 15 mm margins, as the PDF writer's
    pages = heading_pages(paginated_document(report, page))
    assert len(pages) == 9 and max(p for p, _ in pages) >= 3  # several pages...
    assert all(heading == image for heading, image in pages)  # ...and no heading left without its image
    written = write_report_text(tmp_path, report)
    assert "0.0913 mm/px, from the DICOM file (ultrasound region 2 of 2, the one holding the head)" in written


def write_report_text(tmp_path, report) -> str:
    from fetalhc_gui.report.pdf import write_report

    path = tmp_path / "r.pdf"
    write_report(path, report)
    return " ".join(pdf_text(path).replace("\ufb01", "fi").split())  # pdftotext keeps the fi ligature
