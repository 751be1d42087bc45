"""The window's DICOM over TLS and its outgoing queue: TLS set in the node dialog, a TLS node,
results sent to and studies found on a TLS PACS, and results kept until a PACS that was down
takes them, also across a restart of the window."""

from __future__ import annotations

import io

from pydicom import dcmread
from pydicom.uid import ExplicitVRLittleEndian
from pynetdicom import AE
from pynetdicom.sop_class import UltrasoundImageStorage
from PySide6.QtCore import Qt

from fetalhc_gui.app.session import Status
from fetalhc_gui.gui.dialogs.dicom_settings import TLS_COLUMN, DicomSettingsDialog
from fetalhc_gui.gui.dialogs.pacs import PacsDialog
from fetalhc_gui.gui.settings import user_data_dir
from fetalhc_gui.net.audit import read_events
from fetalhc_gui.net.node_config import Peer
from fetalhc_gui.net.tls import TlsFiles, client_context

from support.certificates import issue, make_ca, needs_openssl
from support.exams import measured_study_image, study_file
from support.fakes import FakePredictor
from support.gui import make_window
from support.node import orthanc_with_tls
from support.orthanc import AE_TITLE, free_port, start_orthanc, stop_orthanc

FETALHC_PEER = {"fetalhc": ("FETALHC", "127.0.0.1", 104)}


@needs_openssl
def test_the_dialog_stores_tls_files_tls_peers_and_certificate_names(qtbot, tmp_path):
    ca = make_ca(tmp_path)
    node = issue(ca, tmp_path, "fetalhc.hospital")
    window = make_window(qtbot)
    dialog = DicomSettingsDialog(window.settings, "/tmp/inbox", window)
    qtbot.addWidget(dialog)
    dialog.receive.setChecked(True)
    dialog.tls_on.setChecked(True)
    dialog.add_peer(None)
    for column, text in enumerate(("PACS", "10.1.2.3", "2762", "", "pacs.hospital")):
        dialog.peers.item(0, column).setText(text)
    dialog.peers.item(0, TLS_COLUMN).setCheckState(Qt.CheckState.Checked)
    dialog.accept()  # TLS without a certificate cannot work
    assert "certificate and private key" in dialog.error.text() and not window.settings.dicom_node_on
    dialog.tls_cert.setText(str(node.cert))
    dialog.tls_key.setText(str(node.key))
    dialog.tls_ca.setText(str(ca.cert))
    dialog.accept()
    settings = window.settings
    assert settings.dicom_node_on and settings.dicom_tls_on
    assert settings.dicom_peers == [Peer("PACS", "10.1.2.3", 2762, tls=True)]
    assert settings.dicom_tls == TlsFiles(node.cert, node.key, ca.cert)
    assert settings.dicom_node_config().identities == (("PACS", "pacs.hospital"),)
    again = DicomSettingsDialog(settings, "/tmp/inbox", window)
    qtbot.addWidget(again)
    assert again.peers.item(0, TLS_COLUMN).checkState() == Qt.CheckState.Checked
    assert again.peers.item(0, 4).text() == "pacs.hospital" and again.tls_ca.text() == str(ca.cert)


@needs_openssl
def test_the_window_receives_over_tls_sends_to_a_tls_pacs_and_searches_it(qtbot, tmp_path):
    ca = make_ca(tmp_path / "pki")
    node, scanner = issue(ca, tmp_path / "pki", "fetalhc.hospital"), issue(ca, tmp_path / "pki", "scanner1.hospital")
    pacs = start_orthanc(tmp_path / "pacs", FETALHC_PEER, extra=orthanc_with_tls(tmp_path, {"ca": ca}))
    try:
        window = make_window(qtbot, FakePredictor())
        port, peer = free_port(), Peer(AE_TITLE, "127.0.0.1", pacs.dicom_port, tls=True)
        window.settings.set_dicom_node("FETALHC", port, "127.0.0.1", [Peer("SCANNER1", "127.0.0.1", 104), peer])
        window.settings.set_dicom_tls(
            TlsFiles(node.cert, node.key, ca.cert), True, (("SCANNER1", "scanner1.hospital"),)
        )
        window.actions.receive_dicom.setChecked(True)
        assert window.dicom.service.running and "(TLS)" in window.node_label.text()
        image = dcmread(io.BytesIO(study_file(tmp_path, "us.dcm", "P-TLS", "7", "20261202", 1)))
        ae = AE(ae_title="SCANNER1")
        ae.add_requested_context(UltrasoundImageStorage, ExplicitVRLittleEndian)
        context = client_context(TlsFiles(scanner.cert, scanner.key, ca.cert))
        assoc = ae.associate("127.0.0.1", port, ae_title="FETALHC", tls_args=(context, "localhost"))
        assert assoc.is_established and int(assoc.send_c_store(image).Status) == 0
        assoc.release()
        ws = window.workspace
        qtbot.waitUntil(lambda: len(ws.entries) == 1 and ws.entries[0].status is Status.MEASURED, timeout=10_000)
        window.image_list.setCurrentRow(0)
        window.dicom.choose_peer = lambda _purpose: peer
        window.actions.send_results.trigger()
        qtbot.waitUntil(lambda: len(pacs.get("/instances")) == 2, timeout=30_000)
        qtbot.waitUntil(lambda: "sent to ORTHANC" in window.statusBar().currentMessage(), timeout=10_000)
        dialog = PacsDialog([peer], "FETALHC", tmp_path / "retrieved", window, window.settings.dicom_client_context)
        qtbot.addWidget(dialog)
        dialog.search.click()
        qtbot.waitUntil(lambda: dialog.studies.rowCount() == 1, timeout=20_000)
        assert not window.messages
        window.close()
    finally:
        stop_orthanc(pacs)


def test_results_wait_for_a_pacs_that_is_down_even_across_a_restart_of_the_window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("fetalhc_gui.app.outbox.FIRST_RETRY_S", 0.5)
    peer = Peer(AE_TITLE, "127.0.0.1", free_port())  # nobody listens there yet
    window = measured_study_image(qtbot, FakePredictor(), peer, tmp_path, "head.dcm", "P3", "20261202")
    window.actions.send_results.trigger()
    qtbot.waitUntil(lambda: bool(window.messages), timeout=30_000)
    title, text = window.messages[-1]
    assert title == "Sending to PACS failed" and "outgoing queue" in text
    assert window.queue_label.text() == "1 result waiting for the PACS"
    window.close()  # the queue stays on disk
    assert len(list((user_data_dir() / "outbox").glob("*/items/*/*.dcm"))) == 2
    pacs = start_orthanc(tmp_path / "pacs", FETALHC_PEER, dicom_port=peer.port)
    try:
        again = make_window(qtbot, FakePredictor())
        qtbot.waitUntil(lambda: len(pacs.get("/instances")) == 2, timeout=30_000)
        qtbot.waitUntil(lambda: again.dicom.queue.waiting() == 0 and not again.queue_label.text(), timeout=10_000)
        again.close()
        events = [e["event"] for e in read_events(user_data_dir() / "logs")]
        assert events[0] == "results-queued" and "forward-failed" in events and events[-1] == "forwarded"
    finally:
        stop_orthanc(pacs)


def test_a_damaged_queued_file_fails_without_stopping_the_queue_and_can_be_dropped(qtbot, tmp_path):
    from fetalhc_gui.gui.dialogs.outgoing_queue import OutgoingQueueDialog
    from fetalhc_gui.gui.jobs.outgoing_queue import OutgoingQueue

    damaged = tmp_path / "sr.dcm"
    damaged.write_bytes(b"not DICOM")
    queue = OutgoingQueue(tmp_path / "outbox", lambda: "FETALHC", lambda _peer: None)
    peer = Peer("PACS", "127.0.0.1", free_port())
    try:
        with qtbot.waitSignal(queue.failed, timeout=10_000) as failed:
            queue.put(peer, [damaged], "head.dcm")
        assert failed.args[:3] == ["head.dcm", "PACS", 1] and "DICOM" in failed.args[3]
        dialog = OutgoingQueueDialog(queue)
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == 1 and dialog.table.item(0, 3).text() == "1"
        dialog.table.selectRow(0)
        dialog.drop_selected()
        assert queue.waiting() == 0 and dialog.table.rowCount() == 0 and damaged.exists()
    finally:
        queue.stop()


def test_closing_the_window_does_not_wait_for_a_pacs_that_does_not_answer(qtbot, tmp_path):
    import socket
    import time

    with socket.socket() as silent:  # accepts connections and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        peer = Peer(AE_TITLE, "127.0.0.1", silent.getsockname()[1])
        window = measured_study_image(qtbot, FakePredictor(), peer, tmp_path, "head.dcm", "P4", "20261202")
        window.actions.send_results.trigger()
        qtbot.wait(500)  # the sender is waiting for the association's answer (up to 30 s)
        started = time.monotonic()
        window.close()
        assert time.monotonic() - started < 5
    assert len(list((user_data_dir() / "outbox").glob("*/items/*/*.dcm"))) == 2  # still queued
