"""A DICOM node a PACS administrator can leave running: nothing acknowledged is lost after a kill,
results wait for a PACS that is down, nothing is reported twice, idle connections and truncated
data do no harm, and every step is in the audit trail. Against a real PACS (Orthanc) on loopback."""

from __future__ import annotations

import csv
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from pydicom import dcmread
from pydicom.uid import ExplicitVRLittleEndian, generate_uid
from pynetdicom import AE
from pynetdicom.sop_class import UltrasoundImageStorage, Verification

from fetalhc_gui.app.node import RESULTS_TABLE, MeasuringNode
from fetalhc_gui.core.phantom import head_phantom
from fetalhc_gui.net.audit import read_events
from fetalhc_gui.net.node_config import NodeConfig, Peer
from fetalhc_gui.net.storage_node import CANNOT_UNDERSTAND, SUCCESS

from support.dicom_factory import write_dicom
from support.fakes import FakePredictor
from support.node import SCANNER, copy_with_new_uid, listening, send, serve_command, start_serve, wait_for  # noqa: F401
from support.orthanc import AE_TITLE, free_port, start_orthanc, stop_orthanc

FETALHC_PEER = {"fetalhc": ("FETALHC", "127.0.0.1", 104)}


@pytest.fixture
def image(tmp_path):
    ds = dcmread(write_dicom(tmp_path / "src.dcm", head_phantom(), pixel_spacing=(0.2, 0.2)))
    ds.PatientID, ds.StudyDate, ds.PatientName = "P-9", "20261202", "Doe^Jane"
    ds.StudyInstanceUID, ds.SeriesInstanceUID = generate_uid(), generate_uid()
    return ds


def pacs_instances(pacs) -> list[dict]:
    return [pacs.get(f"/instances/{i}/simplified-tags") for i in pacs.get("/instances")]


def test_kill_9_mid_send_then_restart_measures_and_reports_every_acknowledged_image_once(tmp_path, image):
    pacs = start_orthanc(tmp_path / "pacs", FETALHC_PEER)
    port = free_port()
    command = serve_command(port, tmp_path, f"{AE_TITLE}@127.0.0.1:{pacs.dicom_port}")
    images = [copy_with_new_uid(image) for _ in range(19)]
    node = None
    try:
        node = start_serve(command)
        acknowledged: list[str] = []

        def sender():
            ae = AE(ae_title=SCANNER)
            ae.dimse_timeout = ae.network_timeout = 3  # a killed node's unanswered C-STORE ends the sender soon
            ae.add_requested_context(UltrasoundImageStorage, ExplicitVRLittleEndian)
            assoc = ae.associate("127.0.0.1", port, ae_title="FETALHC")
            for ds in images:
                try:
                    status = assoc.send_c_store(ds)
                except Exception:
                    return
                if status and int(status.Status) == SUCCESS:
                    acknowledged.append(str(ds.SOPInstanceUID))
                if not assoc.is_established:
                    return
            assoc.release()

        thread = threading.Thread(target=sender)
        thread.start()
        assert wait_for(lambda: len(acknowledged) >= 10, 60, 0.005)
        node.send_signal(signal.SIGKILL)
        node.wait()
        thread.join(timeout=60)
        acked = set(acknowledged)
        table = tmp_path / "out" / RESULTS_TABLE
        before = {Path(r["file"]).stem for r in csv.DictReader(table.open())} if table.exists() else set()
        print(f"\n{len(acked)} acknowledged, {len(before)} measured before the kill")

        node = start_serve(command)  # the restart measures what was acknowledged but not measured
        rows = lambda: list(csv.DictReader(table.open()))  # noqa: E731
        assert wait_for(lambda: {Path(r["file"]).stem for r in rows()} >= acked, 90)
        assert wait_for(lambda: len(pacs_instances(pacs)) >= 2 * len(acked), 90)
        time.sleep(1.0)  # anything sent twice would have arrived by now
        counts = Counter(Path(r["file"]).stem for r in rows())
        assert all(counts[uid] == 1 for uid in acked), counts  # measured once
        reported = Counter(tags["SOPInstanceUID"] for tags in pacs_instances(pacs))
        assert len(reported) == 2 * len(acked) and set(reported.values()) == {1}  # reported once
        node.send_signal(signal.SIGTERM)
        assert node.wait(timeout=30) == 0
    finally:
        if node is not None and node.poll() is None:  # a failed assertion must not leave it running
            node.kill()
            node.wait()
        stop_orthanc(pacs)


def test_results_wait_for_a_pacs_that_is_down_and_arrive_when_it_is_back(tmp_path, image, monkeypatch):
    monkeypatch.setattr("fetalhc_gui.app.outbox.FIRST_RETRY_S", 0.5)
    pacs_port = free_port()
    node = MeasuringNode(
        NodeConfig("FETALHC", 0, "127.0.0.1", (SCANNER,)),
        tmp_path / "in",
        tmp_path / "out",
        FakePredictor(),
        forward=Peer(AE_TITLE, "127.0.0.1", pacs_port),
    )
    node.start()
    pacs = None
    try:
        assert send(node, [copy_with_new_uid(image) for _ in range(2)]) == [SUCCESS, SUCCESS]
        node.wait_until_idle()
        assert wait_for(lambda: all(i.state.attempts >= 1 for i in node.outbox.items()), 20)
        waiting = node.outbox.items()
        assert len(waiting) == 2 and all(item.state.last_error for item in waiting)
        pacs = start_orthanc(tmp_path / "pacs", FETALHC_PEER, dicom_port=pacs_port)
        assert wait_for(lambda: len(pacs.get("/instances")) == 4, 60)
        assert wait_for(lambda: node.outbox.items() == [], 20)
    finally:
        node.stop()
        if pacs:
            stop_orthanc(pacs)
    events = [e["event"] for e in read_events(tmp_path / "out" / "logs")]
    assert "forward-failed" in events and events.count("forwarded") == 2


def test_a_resent_image_is_not_reported_twice_and_changed_pixels_replace_it(tmp_path, image):
    pacs = start_orthanc(tmp_path / "pacs", FETALHC_PEER)
    node = MeasuringNode(
        NodeConfig("FETALHC", 0, "127.0.0.1", (SCANNER,)),
        tmp_path / "in",
        tmp_path / "out",
        FakePredictor(),
        forward=Peer(AE_TITLE, "127.0.0.1", pacs.dicom_port),
    )
    node.start()
    try:
        other = copy_with_new_uid(image)
        assert send(node, [image, other]) == [SUCCESS, SUCCESS]
        node.wait_until_idle()
        assert send(node, [image]) == [SUCCESS]  # the same image again
        node.wait_until_idle()
        assert wait_for(lambda: len(pacs.get("/instances")) == 4 and not node.outbox.items(), 30)
        assert node.measured == 2 and len(node.table.rows()) == 2
        changed = copy_with_new_uid(image)
        changed.SOPInstanceUID = image.SOPInstanceUID
        changed.PixelData = head_phantom(seed=7).tobytes()
        assert send(node, [changed]) == [SUCCESS]
        node.wait_until_idle()
        assert wait_for(lambda: len(pacs.get("/instances")) == 6 and not node.outbox.items(), 30)
        rows = node.table.rows()
        assert len(rows) == 3 and "Replaces the measurement of" in rows[-1]["notes"]
        (earlier,) = node.node.inbox.glob("*.dcm*.earlier")  # the first version is kept, not overwritten
        assert dcmread(earlier).PixelData == image.PixelData
        numbers = Counter()
        for series in pacs.get("/series"):
            info = pacs.get(f"/series/{series}")
            numbers[(info["ParentStudy"], info["MainDicomTags"].get("SeriesNumber"))] += 1
        numbers = {key: n for key, n in numbers.items() if str(key[1]).startswith("99")}
        assert len(numbers) == 6 and set(numbers.values()) == {1}  # unique within the study
    finally:
        node.stop()
        stop_orthanc(pacs)


def test_idle_connections_neither_block_an_echo_nor_stay(tmp_path):
    node = MeasuringNode(
        NodeConfig("FETALHC", 0, "127.0.0.1", (SCANNER,)), tmp_path / "in", tmp_path / "out", FakePredictor()
    )
    node.start()
    idle = []
    try:
        for _ in range(10):
            idle.append(socket.create_connection(("127.0.0.1", node.node.port), timeout=30))
        started = time.monotonic()
        ae = AE(ae_title=SCANNER)
        ae.add_requested_context(Verification)
        assoc = ae.associate("127.0.0.1", node.node.port, ae_title="FETALHC")
        assert assoc.is_established and int(assoc.send_c_echo().Status) == SUCCESS
        assoc.release()
        assert time.monotonic() - started < 10
        for conn in idle:  # the node hangs up on them within seconds
            conn.settimeout(15)
            assert conn.recv(1024) == b""
    finally:
        for conn in idle:
            conn.close()
        node.stop()


def test_truncated_pixel_data_is_refused_and_the_called_title_checked(tmp_path, image):
    node = MeasuringNode(
        NodeConfig("FETALHC", 0, "127.0.0.1", (SCANNER,)), tmp_path / "in", tmp_path / "out", FakePredictor()
    )
    node.start()
    try:
        cut = copy_with_new_uid(image)
        cut.PixelData = image.PixelData[: len(image.PixelData) // 2]
        assert send(node, [cut, copy_with_new_uid(image)]) == [CANNOT_UNDERSTAND, SUCCESS]
        ae = AE(ae_title=SCANNER)
        ae.add_requested_context(UltrasoundImageStorage, ExplicitVRLittleEndian)
        assoc = ae.associate("127.0.0.1", node.node.port, ae_title="SOMEONE_ELSE")
        assert not assoc.is_established
        node.wait_until_idle()
        assert node.measured == 1
    finally:
        node.stop()
    events = read_events(tmp_path / "out" / "logs")
    refused = [e for e in events if e["event"] == "image-refused"]
    assert refused and "bytes where the image needs" in refused[0]["reason"]
    rejected = [e for e in events if e["event"] == "association-rejected"]
    assert rejected and rejected[0]["called_ae"] == "SOMEONE_ELSE" and rejected[0]["address"] == "127.0.0.1"
    started = [e for e in events if e["event"] == "node-started"][0]
    assert started["peers"] == [SCANNER] and started["tls"] is False


def test_a_burst_of_4_senders_by_50_images_is_measured_once_each_with_2_workers(tmp_path, image):
    node = MeasuringNode(
        NodeConfig("FETALHC", 0, "127.0.0.1", (SCANNER, "SCANNER2")),
        tmp_path / "in",
        tmp_path / "out",
        FakePredictor(),
        workers=2,
    )
    node.start()
    try:
        batches = [[copy_with_new_uid(image) for _ in range(50)] for _ in range(4)]
        statuses: list[int] = []
        threads = [
            threading.Thread(target=lambda b=b, k=k: statuses.extend(send(node, b, (SCANNER, "SCANNER2")[k % 2])))
            for k, b in enumerate(batches)
        ]
        started = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        node.wait_until_idle()
        print(f"\n200 images stored and measured in {time.monotonic() - started:.1f} s")
    finally:
        node.stop()
    assert statuses == [SUCCESS] * 200
    counts = Counter(Path(r["file"]).stem for r in node.table.rows())
    assert len(counts) == 200 and set(counts.values()) == {1}


def test_nothing_is_written_to_home_when_measuring(tmp_path, image):
    home = tmp_path / "home"
    home.mkdir()
    path = tmp_path / "one.dcm"
    image.save_as(path)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FETALHC_", "XDG_"))} | {"HOME": str(home)}
    result = subprocess.run(
        [sys.executable, "-m", "fetalhc_gui.cli", "predict", str(path), "-o", str(tmp_path / "o.csv")],
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert not any(home.rglob("*")), [str(p) for p in home.rglob("*")]  # no telemetry, no cache
