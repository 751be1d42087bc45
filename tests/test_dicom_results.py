"""Results as DICOM: the TID 5000 report (its content: tests/test_ob_report.py) and the secondary
capture, checked by DCMTK's and dicom3tools' readers where installed, and stored in a real PACS
(Orthanc)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from pydicom import dcmread
from pydicom.filebase import DicomBytesIO

from fetalhc_gui.app.results import dicom_results
from fetalhc_gui.core.errors import ExportError
from fetalhc_gui.core.measurement import measure
from fetalhc_gui.core.phantom import DEFAULT_HEAD, head_phantom
from fetalhc_gui.core.pixel_size import PixelSize, PixelSizeSource
from fetalhc_gui.io.dicom_results import overlay_capture
from fetalhc_gui.io.overlay import draw_overlay
from fetalhc_gui.net.node_config import Peer
from fetalhc_gui.net.sender import SendError, send_datasets

from support.dicom_factory import write_dicom
from support.orthanc import AE_TITLE, start_orthanc, stop_orthanc
from support.results import report_of


@pytest.fixture
def source(tmp_path):
    ds = dcmread(write_dicom(tmp_path / "us.dcm", head_phantom(), pixel_spacing=(0.3, 0.3)))
    ds.PatientID, ds.PatientName, ds.PatientBirthDate, ds.PatientSex = "P-42", "Doe^Jane", "", "F"
    ds.StudyInstanceUID, ds.SeriesInstanceUID = "1.2.826.0.1.3680043.10.1", "1.2.826.0.1.3680043.10.1.1"
    ds.StudyDate, ds.StudyTime, ds.StudyID, ds.AccessionNumber = "20261127", "101500", "1", "ACC1"
    ds.ReferringPhysicianName, ds.SeriesNumber, ds.InstanceNumber = "", 1, 1
    return ds


@pytest.fixture
def measured():
    return measure("us.dcm", DEFAULT_HEAD, PixelSize(0.3, PixelSizeSource.DICOM), model_name="fetalhc-unet-test")


def numeric_items(sr) -> dict[str, tuple[float, str]]:
    """Every NUM item of a report by concept name: (value, unit code)."""
    found = {}

    def walk(items):
        for item in items:
            if item.ValueType == "NUM":
                value = item.MeasuredValueSequence[0]
                found[item.ConceptNameCodeSequence[0].CodeValue] = (
                    float(value.NumericValue),
                    value.MeasurementUnitsCodeSequence[0].CodeValue,
                )
            walk(item.get("ContentSequence", []))

    walk(sr.ContentSequence)
    return found


def content_values(sr) -> tuple[set[str], set[str]]:
    """Every TEXT value and every coded value in a report's content tree."""
    texts, codes = set(), set()

    def walk(items):
        for item in items:
            if "TextValue" in item:
                texts.add(str(item.TextValue))
            for code in item.get("ConceptCodeSequence", []):
                codes.add(str(code.CodeValue))
            walk(item.get("ContentSequence", []))

    walk(sr.ContentSequence)
    return texts, codes


def test_the_report_holds_hc_bpd_ofd_and_ga_in_the_source_study(source, measured):
    sr = report_of(source, measured, "2026.11.27")
    items = numeric_items(sr)
    assert items["11984-2"] == (round(measured.hc_mm, 1), "mm")  # to 0.1 mm, not 15 digits
    assert items["11820-8"] == (round(measured.bpd_mm, 1), "mm")
    assert items["11851-3"] == (round(measured.ofd_mm, 1), "mm")
    assert items["18185-9"] == (round(measured.ga_hadlock_weeks * 7), "d")  # in whole days
    assert (sr.Manufacturer, sr.ManufacturerModelName) == ("FetalHC", "FetalHC head circumference")
    assert list(sr.SoftwareVersions)[1] == "model 2026.11.27"
    assert sr.StudyInstanceUID == source.StudyInstanceUID and sr.SeriesInstanceUID != source.SeriesInstanceUID
    assert sr.PatientID == "P-42" and sr.Modality == "SR"
    referenced = {
        r.ReferencedSOPInstanceUID
        for s in sr.CurrentRequestedProcedureEvidenceSequence
        for series in s.ReferencedSeriesSequence
        for r in series.ReferencedSOPSequence
    }
    assert referenced == {source.SOPInstanceUID}
    texts, codes = content_values(sr)
    assert "fetalhc-unet-test" in texts and "373067005" in codes  # the model, and "doubtful: No"


def test_a_measurement_without_millimetres_gives_no_report(source):
    with pytest.raises(ExportError, match="pixel size"):
        report_of(source, measure("us.dcm", DEFAULT_HEAD, None))


def test_the_capture_is_the_image_with_its_ellipse_in_the_source_study(source):
    overlay = draw_overlay(head_phantom(), DEFAULT_HEAD)
    sc = overlay_capture(source, overlay)
    assert sc.StudyInstanceUID == source.StudyInstanceUID and sc.PhotometricInterpretation == "RGB"
    assert np.array_equal(sc.pixel_array, overlay)


@pytest.mark.skipif(shutil.which("dciodvfy") is None, reason="dciodvfy not installed (Debian: dicom3tools)")
def test_dciodvfy_finds_no_error_in_the_report_or_the_capture(source, measured, tmp_path):
    for name, ds in (
        ("sr", report_of(source, measured)),
        ("sc", overlay_capture(source, head_phantom()[..., None].repeat(3, -1))),
    ):
        path = tmp_path / f"{name}.dcm"
        ds.save_as(path)
        verdict = subprocess.run(["dciodvfy", str(path)], capture_output=True, text=True)
        errors = [line for line in (verdict.stdout + verdict.stderr).splitlines() if line.startswith("Error")]
        assert errors == [], f"{name}: {errors}"


@pytest.mark.skipif(shutil.which("dcmdump") is None, reason="dcmdump not installed (Debian: dcmtk)")
def test_dcmtk_reads_the_report(source, measured, tmp_path):
    path = tmp_path / "sr.dcm"
    report_of(source, measured).save_as(path)
    dump = subprocess.run(["dsrdump", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Head Circumference" in dump and "OB-GYN Ultrasound Procedure Report" in dump


@pytest.fixture
def pacs(tmp_path):
    server = start_orthanc(tmp_path / "orthanc", {"fetalhc": ("FETALHC", "127.0.0.1", 104)})
    yield server
    stop_orthanc(server)


def test_the_report_and_capture_are_stored_in_a_real_pacs_and_reopen(pacs, source, measured):
    sr = report_of(source, measured)
    sc = overlay_capture(source, draw_overlay(head_phantom(), DEFAULT_HEAD))
    send_datasets(Peer(AE_TITLE, "127.0.0.1", pacs.dicom_port), "FETALHC", [sr, sc])
    instances = pacs.get("/instances")
    assert len(instances) == 2
    files = {}
    for orthanc_id in instances:
        ds = dcmread(DicomBytesIO(pacs.get(f"/instances/{orthanc_id}/file")))
        files[ds.Modality] = ds
    assert numeric_items(files["SR"])["11984-2"][0] == round(measured.hc_mm, 1)
    assert files["US"].StudyInstanceUID == source.StudyInstanceUID  # the source's modality, not OT
    study = pacs.get(f"/instances/{instances[0]}/study")
    assert study["MainDicomTags"]["StudyInstanceUID"] == source.StudyInstanceUID


def test_an_unknown_sender_is_refused_by_the_pacs(pacs, source, measured):
    with pytest.raises(SendError, match="did not accept"):
        send_datasets(Peer(AE_TITLE, "127.0.0.1", pacs.dicom_port), "STRANGER", [report_of(source, measured)])
    assert pacs.get("/instances") == []


def test_a_scanner_image_goes_through_the_node_and_its_report_reaches_the_pacs(tmp_path, source, bundled_predictor):
    import time

    from fetalhc_gui.app.node import MeasuringNode
    from fetalhc_gui.net.node_config import NodeConfig

    from support.node import send

    server = start_orthanc(tmp_path / "orthanc", {"fetalhc": ("FETALHC", "127.0.0.1", 104)})
    node = MeasuringNode(
        NodeConfig("FETALHC", 0, "127.0.0.1", ("SCANNER1",)),
        tmp_path / "inbox",
        tmp_path / "results",
        bundled_predictor,
        forward=Peer(AE_TITLE, "127.0.0.1", server.dicom_port),
    )
    node.start()
    try:
        started = time.monotonic()
        assert send(node, [source]) == [0]
        while len(server.get("/instances")) < 2 and time.monotonic() - started < 60:
            time.sleep(0.05)
        seconds = time.monotonic() - started
        print(f"\nC-STORE of one image to its report and capture stored in Orthanc: {seconds:.2f} s")
        node.wait_until_idle()
        row = node.table.rows()[0]
        assert row["forwarded"] == f"queued for {AE_TITLE}" and len(row["dicom_results"].split()) == 2
        while node.outbox.items() and time.monotonic() - started < 60:
            time.sleep(0.05)
        assert node.outbox.items() == []  # sent: the outbox holds nothing
        series = [server.get(f"/instances/{i}/series")["MainDicomTags"] for i in server.get("/instances")]
        assert sorted(m["Modality"] for m in series) == ["SR", "US"]  # the capture takes the source's modality
        assert all((tmp_path / "results" / "dicom" / name).exists() for name in row["dicom_results"].split())
    finally:
        node.stop()
        stop_orthanc(server)


def test_a_sparse_scanner_header_still_gives_results(tmp_path):
    from pydicom.uid import generate_uid

    ds = dcmread(write_dicom(tmp_path / "sparse.dcm", head_phantom(), pixel_spacing=(0.3, 0.3)))
    ds.StudyInstanceUID, ds.SeriesInstanceUID = generate_uid(), generate_uid()  # and no patient or study details
    ds.save_as(tmp_path / "sparse.dcm")
    m = measure(str(tmp_path / "sparse.dcm"), DEFAULT_HEAD, PixelSize(0.3, PixelSizeSource.DICOM))
    report, capture = dicom_results(tmp_path / "sparse.dcm", m, head_phantom(), None)
    assert report.StudyInstanceUID == capture.StudyInstanceUID == ds.StudyInstanceUID
    assert report.PatientID == "" and "PatientBirthDate" not in dcmread(tmp_path / "sparse.dcm")


def test_a_png_has_no_study_to_file_results_in(tmp_path):
    import cv2

    cv2.imwrite(str(tmp_path / "a.png"), head_phantom())
    m = measure(str(tmp_path / "a.png"), DEFAULT_HEAD, PixelSize(0.3, PixelSizeSource.MANUAL))
    with pytest.raises(ExportError, match="not DICOM"):
        dicom_results(tmp_path / "a.png", m, head_phantom(), None)


def test_the_node_keeps_a_measurement_whose_dicom_results_fail(tmp_path, source, monkeypatch):
    from fetalhc_gui.app import node as serve
    from fetalhc_gui.net.node_config import NodeConfig

    from support.fakes import FakePredictor
    from support.node import send

    def broken(*_args, **_kwargs):
        raise RuntimeError("highdicom disagrees")

    monkeypatch.setattr(serve, "dicom_results", broken)
    node = serve.MeasuringNode(
        NodeConfig("FETALHC", 0, "127.0.0.1", ("SCANNER1",)), tmp_path / "in", tmp_path / "out", FakePredictor()
    )
    node.start()
    try:
        assert send(node, [source]) == [0]
        node.wait_until_idle()
    finally:
        node.stop()
    row = node.table.rows()[0]
    assert row["status"] == "ok" and row["dicom_results"] == "none: highdicom disagrees"


def test_a_known_ga_is_reported_beside_the_hadlock_estimate(source):
    m = measure("us.dcm", DEFAULT_HEAD, PixelSize(0.3, PixelSizeSource.DICOM), ga_entered_days=154.0)
    sr = report_of(source, m)
    weeks = []

    def walk(items):
        for item in items:
            if item.ValueType == "NUM" and item.ConceptNameCodeSequence[0].CodeValue == "18185-9":
                weeks.append(float(item.MeasuredValueSequence[0].NumericValue))
            walk(item.get("ContentSequence", []))

    walk(sr.ContentSequence)
    assert sorted(weeks) == [154.0, round(m.ga_hadlock_weeks * 7)]  # the dates' GA and Hadlock's, in days


PYDICOM_ULTRASOUND = ["examples_jpeg2k.dcm", "examples_palette.dcm", "examples_rgb_color.dcm", "examples_ybr_color.dcm"]


@pytest.mark.skipif(shutil.which("dciodvfy") is None, reason="dciodvfy not installed (Debian: dicom3tools)")
@pytest.mark.parametrize("name", [*PYDICOM_ULTRASOUND, "with a species and an unstated de-identification"])
def test_dciodvfy_finds_no_error_in_results_made_from_real_headers(name, tmp_path):
    """pydicom's own ultrasound test files (from several makers and encoders), and one header with
    the errors scanners pass on: a species on a human patient, a de-identification without method."""
    from pydicom.data import get_testdata_file

    from fetalhc_gui.core.ellipse import Ellipse
    from fetalhc_gui.io.images import load_image

    path = Path(get_testdata_file(PYDICOM_ULTRASOUND[2] if name.startswith("with") else name))
    if name.startswith("with"):
        ds = dcmread(path)
        ds.PatientSpeciesDescription, ds.PatientIdentityRemoved = "Homo sapiens", "YES"
        path = tmp_path / "dirty.dcm"
        ds.save_as(path)
    image = load_image(path)
    rows, cols = image.gray.shape
    m = measure(str(path), Ellipse(cols / 2, rows / 2, cols / 4, rows / 5, 0.2), PixelSize(0.2, PixelSizeSource.DICOM))
    for kind, ds in zip(("sr", "sc"), dicom_results(path, m, image.display, None, "2026.11.27"), strict=True):
        out = tmp_path / f"{kind}.dcm"
        ds.save_as(out, enforce_file_format=True)
        verdict = subprocess.run(["dciodvfy", str(out)], capture_output=True, text=True)
        errors = [line for line in (verdict.stdout + verdict.stderr).splitlines() if line.startswith("Error")]
        assert errors == [], f"{name} {kind}: {errors}"
