"""The window with a real PACS (Orthanc): open a study from it, send results back to it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from fetalhc_gui.app.session import Status
from fetalhc_gui.gui.dialogs.pacs import PacsDialog
from fetalhc_gui.net.node_config import Peer

from support.exams import (
    measured_study_image,  # noqa: F401
    study_file,
)
from support.fakes import FakePredictor
from support.gui import make_window, measure_current
from support.orthanc import AE_TITLE, free_port, start_orthanc, stop_orthanc


@pytest.fixture
def pacs(tmp_path):
    server = start_orthanc(tmp_path / "orthanc", {"fetalhc": ("FETALHC", "127.0.0.1", 104)})
    server.post("/instances", study_file(tmp_path, "a1.dcm", "P1", "1", "20261120", 1))
    server.post("/instances", study_file(tmp_path, "a2.dcm", "P1", "1", "20261120", 2))
    yield server
    stop_orthanc(server)


def test_open_a_study_from_the_pacs_then_send_its_results_back(qtbot, pacs, tmp_path):
    window = make_window(qtbot, FakePredictor())
    peer = Peer(AE_TITLE, "127.0.0.1", pacs.dicom_port)
    window.settings.set_dicom_node("FETALHC", 11112, "127.0.0.1", [peer])
    dialog = PacsDialog([peer], "FETALHC", tmp_path / "retrieved", window)
    qtbot.addWidget(dialog)
    dialog.study_retrieved.connect(window.open_paths)
    dialog.patient_id.setText("P1")
    dialog.search.click()
    qtbot.waitUntil(lambda: dialog.studies.rowCount() == 1, timeout=20_000)
    assert dialog.studies.item(0, 1).text() == "P1" and dialog.studies.item(0, 4).text() == "2"
    dialog.studies.selectRow(0)
    with qtbot.waitSignal(dialog.study_retrieved, timeout=30_000):
        dialog.open_study.click()
    ws = window.workspace
    assert len(ws.entries) == 2
    window.image_list.setCurrentRow(0)
    measure_current(qtbot, window)
    assert ws.entries[0].status is Status.MEASURED and window.actions.send_results.isEnabled()
    before = len(pacs.get("/instances"))
    window.actions.send_results.trigger()
    qtbot.waitUntil(lambda: len(pacs.get("/instances")) == before + 2, timeout=30_000)
    qtbot.waitUntil(lambda: "sent to ORTHANC" in window.statusBar().currentMessage(), timeout=10_000)
    assert not window.messages


def test_a_pacs_that_does_not_answer_is_told(qtbot, tmp_path):
    window = make_window(qtbot, FakePredictor())
    dialog = PacsDialog([Peer("NOBODY", "127.0.0.1", free_port())], "FETALHC", tmp_path, window)
    qtbot.addWidget(dialog)
    dialog.search.click()
    qtbot.waitUntil(lambda: dialog.search.isEnabled(), timeout=40_000)
    assert "did not accept" in dialog.status.text() and dialog.studies.rowCount() == 0


def test_a_result_that_is_not_a_head_plane_is_sent_only_when_the_user_says_so(qtbot, pacs, tmp_path, monkeypatch):
    peer = Peer(AE_TITLE, "127.0.0.1", pacs.dicom_port)
    window = measured_study_image(
        qtbot, FakePredictor(head_plane=False), peer, tmp_path, "abdomen.dcm", "P2", "20261121"
    )
    asked = []

    def answer(reply):
        def question(parent, title, text, *args):
            asked.append(text)
            return reply

        return question

    before = len(pacs.get("/instances"))
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    window.actions.send_results.trigger()
    assert asked and asked[0].startswith("This does not look like a fetal head plane (it looks like an abdomen).")
    assert window.dicom.queue.waiting() == 0 and len(pacs.get("/instances")) == before
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    window.actions.send_results.trigger()
    qtbot.waitUntil(lambda: len(pacs.get("/instances")) == before + 2, timeout=30_000)


def test_a_retrieval_stopped_midway_deletes_what_arrived(pacs, tmp_path):
    from fetalhc_gui.net.pacs_query import RetrievalCancelledError, find_studies, retrieve_study

    peer = Peer(AE_TITLE, "127.0.0.1", pacs.dicom_port)
    (study,) = find_studies(peer, "FETALHC", "P1")
    folder = tmp_path / "retrieved"
    asked = []

    def should_stop() -> bool:  # asked after each image; the user closes after the first
        asked.append(sorted(p.name for p in folder.glob("*")))
        return True

    with pytest.raises(RetrievalCancelledError):
        retrieve_study(peer, "FETALHC", study.study_uid, folder, should_stop=should_stop)
    assert len(asked[0]) == 1 and list(folder.glob("*")) == []
