"""Work off the UI thread and the lifetimes of what waits for it: a job reports to no one once
detached, closing never waits for the model, dialogs are freed when they close and Open from PACS
stops its retrieval with it."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog

from fetalhc_gui.gui.dialogs.outgoing_queue import OutgoingQueueDialog
from fetalhc_gui.gui.dialogs.pacs import PacsDialog
from fetalhc_gui.gui.jobs.job import Job, pools, running_jobs
from fetalhc_gui.net.node_config import Peer
from fetalhc_gui.net.pacs_query import RetrievalCancelledError, StudyMatch

from support.fakes import FakePredictor
from support.gui import HEAD, make_window


def _free_deferred_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_job_reports_its_progress_result_and_end_on_the_ui_thread(qtbot):
    ui_thread = threading.get_ident()
    seen = []
    job = Job(lambda report, should_stop: [report(i) for i in range(3)] and "done")
    job.progressed.connect(lambda value: seen.append(("progressed", value, threading.get_ident() == ui_thread)))
    job.succeeded.connect(lambda value: seen.append(("succeeded", value, threading.get_ident() == ui_thread)))
    with qtbot.waitSignal(job.ended, timeout=5000) as ended:
        job.start(pools().model)
    assert ended.args == [False]
    assert seen == [("progressed", i, True) for i in range(3)] + [("succeeded", "done", True)]


def test_a_failing_job_says_why(qtbot):
    def work(report, should_stop):
        raise OSError("the disk is full")

    job = Job(work)
    with qtbot.waitSignal(job.failed, timeout=5000) as failed:
        job.start(pools().model)
    assert failed.args == ["the disk is full"]


def test_a_detached_job_stops_and_reaches_no_one_even_with_what_it_sent_before(qtbot):
    sent, stopped = threading.Event(), threading.Event()

    def work(report, should_stop):
        report("before")  # queued for the UI thread, not yet delivered
        sent.set()
        while not should_stop():
            time.sleep(0.01)
        stopped.set()
        return "after"

    heard = []
    job = Job(work)
    for signal in (job.progressed, job.succeeded, job.failed, job.ended):
        signal.connect(heard.append)
    job.start(pools().model)
    assert sent.wait(5)
    job.detach()  # before the UI thread runs its events
    assert stopped.wait(5)
    qtbot.waitUntil(lambda: running_jobs() == 0, timeout=5000)
    assert heard == []


def test_closing_while_the_model_loads_returns_at_once(qtbot):
    window = make_window(qtbot)
    release = threading.Event()

    def slow_factory():
        release.wait(10)
        return FakePredictor(HEAD)

    window.predictor_factory = slow_factory
    window.start_model_loading()
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 1.0
    release.set()
    qtbot.waitUntil(lambda: running_jobs() == 0, timeout=10_000)
    assert window.model_label.text() == "Model: loading…"  # the late model reached no one


def test_closing_open_from_pacs_mid_retrieval_stops_it_and_opens_nothing(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot)
    stopped = threading.Event()

    def retrieve_study(peer, calling_ae, study_uid, folder, tls=None, should_stop=lambda: False):
        while not should_stop():
            time.sleep(0.01)
        stopped.set()
        raise RetrievalCancelledError("stopped")

    monkeypatch.setattr("fetalhc_gui.net.pacs_query.retrieve_study", retrieve_study)
    dialog = PacsDialog([Peer("PACS", "127.0.0.1", 104)], "FETALHC", tmp_path, window)
    qtbot.addWidget(dialog)
    opened = []
    dialog.study_retrieved.connect(opened.append)
    dialog._on_found([StudyMatch("1.2.3", "P1", "DOE^JANE", "20261120", "OB", 2)])
    dialog.studies.selectRow(0)
    dialog.open_study.click()
    assert "Retrieving" in dialog.status.text()
    dialog.reject()
    assert stopped.wait(5)
    qtbot.waitUntil(lambda: running_jobs() == 0, timeout=5000)
    assert opened == [] and len(window.workspace.entries) == 0


def test_dialogs_are_freed_when_they_close_and_hear_no_more(qtbot, monkeypatch):
    window = make_window(qtbot)
    refreshed = []
    monkeypatch.setattr(OutgoingQueueDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(OutgoingQueueDialog, "refresh", lambda self, *args: refreshed.append(self))
    for _ in range(3):
        window.actions.outgoing_queue.trigger()
    _free_deferred_deletes()
    assert window.findChildren(OutgoingQueueDialog) == []
    refreshed.clear()
    window.dicom.queue.changed.emit(1)
    assert refreshed == []
