"""A crash loses little: autosave during long jobs, the next start says what was restored, native crash log."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QDesktopServices

from fetalhc_gui.app.session import Status
from fetalhc_gui.gui import workspace as workspace_module
from fetalhc_gui.gui.launcher import open_session
from fetalhc_gui.gui.qt_binding import qt_binding_problem
from fetalhc_gui.gui.settings import user_data_dir
from fetalhc_gui.io.session_slot import claim_session_slot

from support.fakes import FakePredictor
from support.gui import HEAD, make_window, measure_all  # noqa: F401 (fixture)


def test_session_is_saved_during_a_long_job(qtbot, images, monkeypatch):  # noqa: F811
    monkeypatch.setattr(workspace_module, "AUTOSAVE_SECONDS", 0.0)
    monkeypatch.setattr("fetalhc_gui.gui.jobs.measuring.BATCH_SIZE", 1)
    window = make_window(qtbot, FakePredictor(HEAD, delay=0.05))
    window.open_paths([str(p) for p in images])
    ws = window.workspace
    saved_while_running = []

    def read_session(report):
        if report[0] != "finished":
            return
        data = json.loads(ws.session_path.read_text())
        saved_while_running.append(sum(e["auto_ellipse"] is not None for e in data["entries"]))

    ws.measure(list(range(len(ws.entries))))
    ws.job.progressed.connect(read_session)
    qtbot.waitUntil(lambda: ws.job is None, timeout=10_000)
    assert saved_while_running[:2] == [1, 2]


def test_next_start_after_a_crash_restores_and_says_so(qtbot, images):  # noqa: F811
    window = make_window(qtbot)
    window.open_paths([str(p) for p in images])
    measure_all(qtbot, window)
    lock = user_data_dir() / "session.lock"
    lock.write_text("999999999")  # left by a window that never closed: it crashed
    slot = claim_session_slot(user_data_dir())
    assert slot.crashed
    slot.release()

    again = make_window(qtbot)
    open_session(again, [], crashed=True, logs=user_data_dir() / "logs")
    assert [e.status for e in again.workspace.entries] == [Status.MEASURED] * 3
    title, text = again.messages[-1]
    assert title == "FetalHC did not close normally"
    assert "3 images, 3 of them measured" in text


def test_marker_of_a_clean_run(tmp_path):
    slot = claim_session_slot(tmp_path)
    assert not slot.crashed and slot.lock.path.read_text() == str(os.getpid())
    slot.release()
    assert slot.lock.path.read_text() == ""  # closed normally
    again = claim_session_slot(tmp_path)
    assert again.number == 1 and not again.crashed
    again.release()


def test_a_native_crash_is_written_to_the_log(tmp_path):
    code = (
        "import faulthandler, pathlib; from fetalhc_gui.gui.crash_recovery import enable_crash_log; "
        f"enable_crash_log(pathlib.Path({str(tmp_path)!r})); faulthandler._sigsegv()"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode != 0
    log = (tmp_path / "logs" / "crash.log").read_text()
    assert "FetalHC" in log and "Fatal Python error: Segmentation fault" in log


def test_help_opens_the_log_folder(qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window = make_window(qtbot)
    window.actions.log_folder.trigger()
    assert opened == [str(user_data_dir() / "logs")]
    assert os.path.isdir(opened[0])


@pytest.mark.parametrize(
    ("version", "python", "broken"),
    [("6.12.0", (3, 11), True), ("6.12.0", (3, 12), False), ("6.11.3", (3, 11), False)],
)
def test_the_broken_qt_binding_is_named(version, python, broken):
    problem = qt_binding_problem(version, python)
    assert (problem is not None) == broken
    if broken:
        assert "6.12.0" in problem and "make run" in problem


def test_a_damaged_session_is_kept_aside_not_overwritten(qtbot, images):  # noqa: F811
    session = user_data_dir() / "session.json"
    session.parent.mkdir(parents=True, exist_ok=True)
    session.write_text('{"version": 1, "entries": [{"path": "a.png", "fra')  # cut short
    window = make_window(qtbot)
    open_session(window, [str(images[0])], crashed=False, logs=user_data_dir() / "logs")
    kept = list(session.parent.glob("session.damaged-*.json"))
    assert len(kept) == 1 and kept[0].read_text().endswith('"fra')
    title, text = window.messages[0]
    assert title == "Session not restored" and str(kept[0]) in text


def test_an_earlier_versions_data_folder_is_moved_once(tmp_path):
    from fetalhc_gui.gui.settings import move_legacy_folder

    legacy = tmp_path / "FetalHC" / "FetalHC" / "FetalHC"
    (legacy / "logs").mkdir(parents=True)
    (legacy / "session.json").write_text("{}")
    new = tmp_path / "share" / "FetalHC"
    move_legacy_folder(legacy, new)
    assert (new / "session.json").read_text() == "{}" and (new / "logs").is_dir()
