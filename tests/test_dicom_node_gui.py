"""The DICOM node in the window: off by default, set up in its dialog, received images measured."""

from __future__ import annotations

import socket

from pydicom import dcmread

from fetalhc_gui.app.session import Status
from fetalhc_gui.core.phantom import head_phantom
from fetalhc_gui.gui.dialogs.dicom_settings import DicomSettingsDialog
from fetalhc_gui.net.node_config import Peer
from fetalhc_gui.net.storage_node import SUCCESS

from support.dicom_factory import write_dicom
from support.fakes import FakePredictor
from support.gui import make_window
from support.node import SCANNER, send, store_file
from support.orthanc import free_port


def listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_the_node_is_off_until_the_user_turns_it_on(qtbot):
    window = make_window(qtbot, FakePredictor())
    window.dicom.apply_settings()
    assert not window.dicom.service.running and not window.actions.receive_dicom.isChecked()
    assert not listening(window.settings.dicom_port)
    assert window.node_label.text() == "DICOM node off"


def test_the_dialog_refuses_settings_that_cannot_work_and_stores_good_ones(qtbot):
    window = make_window(qtbot)
    dialog = DicomSettingsDialog(window.settings, "/tmp/inbox", window)
    qtbot.addWidget(dialog)
    dialog.receive.setChecked(True)
    dialog.accept()  # no peer: nobody could send
    assert "at least one" in dialog.error.text() and not window.settings.dicom_node_on
    dialog.add_peer(None)
    dialog.peers.item(0, 0).setText("BAD\\AE")
    dialog.peers.item(0, 1).setText("10.1.2.3")
    dialog.accept()
    assert "row 1" in dialog.error.text()
    dialog.peers.item(0, 0).setText("VOLUSON")
    dialog.accept()
    assert window.settings.dicom_node_on and window.settings.dicom_peers == [Peer("VOLUSON", "10.1.2.3", 104)]
    assert window.settings.dicom_node_config().allowed == ("VOLUSON",)


def test_an_image_sent_to_the_window_joins_the_list_and_is_measured(qtbot, tmp_path):
    window = make_window(qtbot, FakePredictor())
    port = free_port()
    window.settings.set_dicom_node("FETALHC", port, "127.0.0.1", [Peer("SCANNER1", "127.0.0.1", 104)])
    window.actions.receive_dicom.setChecked(True)
    assert window.dicom.service.running and listening(port) and window.settings.dicom_node_on
    assert f"127.0.0.1:{port}" in window.node_label.text()
    image = dcmread(write_dicom(tmp_path / "us.dcm", head_phantom(), pixel_spacing=(0.1, 0.1)))
    assert send(port, [image]) == [SUCCESS]
    ws = window.workspace
    qtbot.waitUntil(lambda: len(ws.entries) == 1 and ws.entries[0].status is Status.MEASURED, timeout=10_000)
    assert ws.entries[0].pixel_size.mm == 0.1
    assert send(port, [image], calling="STRANGER") == [None]
    window.actions.receive_dicom.setChecked(False)
    assert not listening(port) and not window.settings.dicom_node_on


def test_closing_the_window_stops_the_node(qtbot):
    window = make_window(qtbot, FakePredictor())
    port = free_port()
    window.settings.set_dicom_node("FETALHC", port, "127.0.0.1", [Peer("SCANNER1", "127.0.0.1", 104)])
    window.actions.receive_dicom.setChecked(True)
    assert listening(port)
    window.close()
    assert not listening(port)


def test_a_taken_port_is_told_and_the_node_stays_off(qtbot):
    window = make_window(qtbot, FakePredictor())
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        window.settings.set_dicom_node("FETALHC", port, "127.0.0.1", [Peer("SCANNER1", "127.0.0.1", 104)])
        window.actions.receive_dicom.setChecked(True)
    assert not window.dicom.service.running and not window.actions.receive_dicom.isChecked()
    assert window.messages and window.messages[-1][0] == "DICOM node not started"


def test_the_window_s_node_takes_deflated_images_only_once_its_dialog_says_so(qtbot, tmp_path):
    from pydicom.uid import DeflatedExplicitVRLittleEndian

    window = make_window(qtbot, FakePredictor())
    port = free_port()
    window.settings.set_dicom_node("FETALHC", port, "127.0.0.1", [Peer(SCANNER, "127.0.0.1", 104)])
    ds = dcmread(write_dicom(tmp_path / "us.dcm", head_phantom(), pixel_spacing=(0.1, 0.1)))
    ds.file_meta.TransferSyntaxUID = DeflatedExplicitVRLittleEndian
    ds.save_as(tmp_path / "deflated.dcm", enforce_file_format=True)
    window.actions.receive_dicom.setChecked(True)
    try:
        assert store_file(port, tmp_path / "deflated.dcm") is None  # off by default: no deflated context
    finally:
        window.actions.receive_dicom.setChecked(False)
    dialog = DicomSettingsDialog(window.settings, "/tmp/inbox", window)
    qtbot.addWidget(dialog)
    assert not dialog.accept_deflate.isChecked()
    dialog.accept_deflate.setChecked(True)
    dialog.accept()
    assert window.settings.dicom_accept_deflate and window.settings.dicom_node_config().accept_deflate
    window.actions.receive_dicom.setChecked(True)
    try:
        assert store_file(port, tmp_path / "deflated.dcm") == SUCCESS
        ws = window.workspace
        qtbot.waitUntil(lambda: len(ws.entries) == 1 and ws.entries[0].status is Status.MEASURED, timeout=10_000)
    finally:
        window.actions.receive_dicom.setChecked(False)
