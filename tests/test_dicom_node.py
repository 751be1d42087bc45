"""The DICOM node: known senders' ultrasound images are stored atomically and measured; the rest refused.

Everything talks over loopback; every node a test starts is stopped by its fixture.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from pydicom import dcmread
from pydicom.dataelem import RawDataElement
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.tag import Tag
from pydicom.uid import ExplicitVRLittleEndian, generate_uid
from pynetdicom import AE
from pynetdicom.sop_class import ComprehensiveSRStorage, UltrasoundImageStorage, Verification

from fetalhc_gui.app.node import RESULTS_TABLE, MeasuringNode
from fetalhc_gui.core.biometry import hc_pixels
from fetalhc_gui.core.phantom import DEFAULT_HEAD, head_phantom
from fetalhc_gui.net.node_config import NodeConfig, NodeConfigError, Peer
from fetalhc_gui.net.storage_node import CANNOT_UNDERSTAND, NOT_AN_IMAGE, OUT_OF_RESOURCES, SUCCESS, inbox_name

from support.certificates import issue, make_ca, needs_openssl
from support.dicom_factory import write_dicom
from support.fakes import FakePredictor
from support.node import SCANNER, copy_with_new_uid, send  # noqa: F401
from support.orthanc import free_port
from support.results import language_of, text_items


@pytest.fixture
def image(tmp_path) -> Dataset:
    return dcmread(write_dicom(tmp_path / "src.dcm", head_phantom(), pixel_spacing=(0.1, 0.1)))


@pytest.fixture
def node(tmp_path):
    running = MeasuringNode(
        NodeConfig("FETALHC", 0, "127.0.0.1", (SCANNER, "SCANNER2")),
        tmp_path / "inbox",
        tmp_path / "results",
        FakePredictor(),
    )
    running.start()
    yield running
    running.stop()


def test_an_image_from_a_known_scanner_is_stored_and_measured(node, image):
    assert send(node, [image]) == [SUCCESS]
    node.wait_until_idle()
    stored = node.node.inbox / f"{image.SOPInstanceUID}.dcm"
    assert dcmread(stored).SOPInstanceUID == image.SOPInstanceUID
    assert not [p for p in node.node.inbox.iterdir() if p.name.startswith(".")]  # no temporary left over
    rows = json.loads((node.results / f"{stored.stem}.json").read_text())
    assert rows[0]["status"] == "ok" and rows[0]["pixel_size_mm"] == 0.1 and rows[0]["hc_mm"] > 0
    table = list(csv.DictReader((node.results / RESULTS_TABLE).open()))
    assert [r["filename"] for r in table] == [stored.name]


def test_an_unlisted_calling_ae_is_refused_at_association(node, image):
    assert send(node, [image], calling="INTRUDER") == [None]
    assert not any(node.node.inbox.iterdir())


def test_echo_works_for_a_listed_peer(node):
    ae = AE(ae_title=SCANNER)
    ae.add_requested_context(Verification)
    assoc = ae.associate("127.0.0.1", node.node.port, ae_title="FETALHC")
    assert assoc.is_established and int(assoc.send_c_echo().Status) == SUCCESS
    assoc.release()


def test_a_report_is_not_an_image_and_is_refused(node, image):
    sr = Dataset()
    sr.SOPClassUID, sr.SOPInstanceUID, sr.Modality = ComprehensiveSRStorage, generate_uid(), "SR"
    sr.file_meta = FileMetaDataset()
    sr.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    only_reports = AE(ae_title=SCANNER)
    only_reports.add_requested_context(ComprehensiveSRStorage, ExplicitVRLittleEndian)
    assert not only_reports.associate("127.0.0.1", node.node.port, ae_title="FETALHC").is_established
    ae = AE(ae_title=SCANNER)
    ae.add_requested_context(ComprehensiveSRStorage, ExplicitVRLittleEndian)
    ae.add_requested_context(UltrasoundImageStorage, ExplicitVRLittleEndian)
    assoc = ae.associate("127.0.0.1", node.node.port, ae_title="FETALHC")
    assert assoc.is_established
    with pytest.raises(ValueError, match="presentation context"):  # the node accepted no context for SR
        assoc.send_c_store(sr)
    assoc.release()
    assert send(node, [image]) == [SUCCESS]  # and the node still serves


def test_datasets_without_pixels_or_too_large_get_failure_statuses(tmp_path, image):
    small = MeasuringNode(
        NodeConfig("FETALHC", 0, "127.0.0.1", (SCANNER,), max_pixels=100_000),
        tmp_path / "inbox",
        tmp_path / "results",
        FakePredictor(),
    )
    small.start()
    try:
        no_pixels = copy_with_new_uid(image)
        del no_pixels.PixelData
        no_rows = copy_with_new_uid(image)
        del no_rows.Rows
        garbled = copy_with_new_uid(image)
        frames = Tag(0x00280008)  # Number of Frames, written as it comes: text that is no number
        garbled._dict[frames] = RawDataElement(frames, "IS", 12, b"not a number", 0, False, True)
        statuses = send(small, [no_pixels, no_rows, garbled, copy_with_new_uid(image)])
        assert statuses == [NOT_AN_IMAGE, NOT_AN_IMAGE, CANNOT_UNDERSTAND, OUT_OF_RESOURCES]  # 800 x 540 > 100,000
        assert not any(small.node.inbox.glob("*.dcm"))
    finally:
        small.stop()


def test_an_abrupt_disconnect_does_not_stop_the_node(node, image):
    for payload in (b"", b"\x01\x00\x00\x00\x10\x00garbage", b"\x07" * 5000):
        with socket.create_connection(("127.0.0.1", node.node.port), timeout=5) as raw:
            raw.sendall(payload)
    assert send(node, [image]) == [SUCCESS]


def test_a_resent_image_is_stored_once(node, image):
    assert send(node, [image, image]) == [SUCCESS, SUCCESS]
    node.wait_until_idle()
    assert len(list(node.node.inbox.glob("*.dcm"))) == 1


def test_200_images_over_4_concurrent_associations_are_all_stored_and_measured(node, image):
    batches = [[copy_with_new_uid(image) for _ in range(50)] for _ in range(4)]
    statuses: list[int] = []
    threads = [
        threading.Thread(target=lambda b=b, k=k: statuses.extend(send(node, b, (SCANNER, "SCANNER2")[k % 2])))
        for k, b in enumerate(batches)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    node.wait_until_idle()
    assert statuses == [SUCCESS] * 200
    sent = {str(ds.SOPInstanceUID) for batch in batches for ds in batch}
    assert {p.stem for p in node.node.inbox.glob("*.dcm")} == sent
    rows = node.table.rows()
    assert node.measured == 200 and len(rows) == 200 and {Path(r["file"]).stem for r in rows} == sent


@pytest.mark.parametrize(
    ("uid", "expected"),
    [("1.2.3.4", "1.2.3.4.dcm"), ("../../etc/passwd", None), ("1.2/../3", "1.2..3.dcm"), ("", None)],
)
def test_inbox_names_come_from_uid_digits_only(uid, expected):
    name = inbox_name(uid)
    assert "/" not in name and name.endswith(".dcm") and not name.startswith(".")
    if expected:
        assert name == expected


def test_settings_that_cannot_work_are_refused():
    with pytest.raises(NodeConfigError, match="AE title"):
        NodeConfig("A\\B", 104, allowed=("X",))
    with pytest.raises(NodeConfigError, match="at least one"):
        NodeConfig("FETALHC", 104)
    with pytest.raises(NodeConfigError, match="outside"):
        NodeConfig("FETALHC", 70000, allowed=("X",))
    assert Peer.parse("PACS@10.0.0.5:4242") == Peer("PACS", "10.0.0.5", 4242)
    with pytest.raises(NodeConfigError):
        Peer.parse("PACS:4242")


def test_fetalhc_serve_measures_with_the_bundled_model_and_stops_cleanly(tmp_path, image):
    """... and writes its results' words in the language asked for, its table and log in English."""
    port = free_port()
    command = [sys.executable, "-m", "fetalhc_gui.cli", "serve", "--port", str(port), "--allow", SCANNER]
    command += ["--inbox", str(tmp_path / "in"), "--results", str(tmp_path / "out"), "--language", "de"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=os.environ | {"PYTHONUNBUFFERED": "1"})
    try:
        deadline = time.monotonic() + 60
        while b"listening" not in _read_available(process) and time.monotonic() < deadline:
            time.sleep(0.1)
        started = time.monotonic()
        image.StudyInstanceUID, image.SeriesInstanceUID = generate_uid(), generate_uid()  # a study to report in
        assert send(port, [image]) == [SUCCESS]
        table = tmp_path / "out" / RESULTS_TABLE
        while not (table.exists() and table.read_text().count("\n") > 1) and time.monotonic() < deadline:
            time.sleep(0.05)
        print(f"\nC-STORE to result row: {time.monotonic() - started:.2f} s")
        row = next(csv.DictReader(table.open()))
        assert row["status"] == "ok" and float(row["hc_mm"]) == pytest.approx(0.1 * hc_pixels(DEFAULT_HEAD), rel=0.03)
        sr, capture = sorted((dcmread(tmp_path / "out" / "dicom" / n) for n in row["dicom_results"].split()),
                             key=lambda ds: ds.Modality != "SR")  # fmt: skip
        comments = [item for item in text_items(sr) if item.ConceptNameCodeSequence[0].CodeMeaning == "Comment"]
        assert comments and all(language_of(item) == ("de", "German") for item in comments)
        assert "das 95-%-Intervall des KU nach dem Modell" in [item.TextValue for item in comments]
        assert capture.SpecificCharacterSet == sr.SpecificCharacterSet == "ISO_IR 192"
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0 and "1 images measured" in err


def _read_available(process) -> bytes:
    """What the process wrote to stderr so far (non-blocking)."""
    import select

    chunks = b""
    while select.select([process.stderr], [], [], 0)[0]:
        line = process.stderr.readline()
        if not line:
            break
        chunks += line.encode()
        if "listening" in line:
            break
    return chunks


@needs_openssl
def test_a_tls_node_talks_tls_only(tmp_path, image):
    import ssl

    from fetalhc_gui.net.tls import server_context

    ca = make_ca(tmp_path)
    own = issue(ca, tmp_path, "localhost")
    cert, key = own.cert, own.key
    node = MeasuringNode(
        NodeConfig("FETALHC", 0, "127.0.0.1", (SCANNER,)),
        tmp_path / "in",
        tmp_path / "out",
        FakePredictor(),
        ssl_context=server_context(cert, key),
    )
    node.start()
    try:
        client = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=str(ca.cert))
        ae = AE(ae_title=SCANNER)
        ae.add_requested_context(UltrasoundImageStorage, ExplicitVRLittleEndian)
        assoc = ae.associate("127.0.0.1", node.node.port, ae_title="FETALHC", tls_args=(client, "localhost"))
        assert assoc.is_established and int(assoc.send_c_store(image).Status) == SUCCESS
        assoc.release()
        assert send(node, [image]) == [None]  # plain DICOM to a TLS port gets nowhere
    finally:
        node.stop()
    with pytest.raises(NodeConfigError, match="TLS"):
        server_context(tmp_path / "missing.pem", key)


def _node_with(tmp_path, predictor, exam_check: bool = True) -> MeasuringNode:
    return MeasuringNode(
        NodeConfig("FETALHC", 0, "127.0.0.1", (SCANNER,)),
        tmp_path / "inbox",
        tmp_path / "results",
        predictor,
        forward=Peer("PACS", "127.0.0.1", free_port()),  # down: what is queued for it stays in the outbox
        exam_check=exam_check,
    )


def _sent(node: MeasuringNode, ds: Dataset) -> dict:
    """Send ``ds`` (filed in a study) to ``node``: its record, what was queued and written for the PACS."""
    ds.StudyInstanceUID, ds.SeriesInstanceUID, ds.PatientID = generate_uid(), generate_uid(), "P1"
    node.start()
    try:
        assert send(node, [ds]) == [SUCCESS]
        node.wait_until_idle()
        queued = len(node.outbox.items())
    finally:
        node.stop()
    row = json.loads((node.results / f"{ds.SOPInstanceUID}.json").read_text())[0]
    return row | {"queued": queued, "written": sorted((node.results / "dicom").glob("*"))}


def test_an_image_that_is_not_a_head_plane_is_measured_but_not_reported(tmp_path, image):
    row = _sent(_node_with(tmp_path, FakePredictor(head_plane=False)), image)
    assert row["head_plane"] is False and row["hc_mm"] > 0
    assert "this does not look like a fetal head plane (it looks like an abdomen)" in row["status"]
    assert row["dicom_results"].startswith("none: not reported") and row["queued"] == 0 and not row["written"]
    audit = "".join(p.read_text() for p in (tmp_path / "results" / "logs").glob("*"))
    assert "image-not-reported" in audit


def test_a_header_of_another_exam_is_not_reported_unless_the_exam_check_is_off(tmp_path, image):
    image.PatientSex, image.PatientAge, image.StudyDescription = "M", "002Y", "PEDIATRIC"
    refused = _sent(_node_with(tmp_path / "on", FakePredictor(head_plane=True)), image)
    assert "not an obstetric exam" in refused["dicom_results"] and refused["queued"] == 0
    assert not refused["written"]
    kept = _sent(_node_with(tmp_path / "off", FakePredictor(head_plane=True), exam_check=False), image)
    assert kept["queued"] == 1 and len(kept["written"]) == 2
    assert "not an obstetric exam" in kept["status"]  # still doubtful in the record


def test_an_obstetric_head_plane_is_reported(tmp_path, image):
    image.PatientSex, image.StudyDescription = "F", "OB 2nd trimester"
    row = _sent(_node_with(tmp_path, FakePredictor(head_plane=True)), image)
    assert row["status"] == "ok" and row["head_plane"] is True and row["queued"] == 1
