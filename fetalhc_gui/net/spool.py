"""Where the node spools a dataset while it arrives: a private folder of its own (0700, its files
0600; Orthanc's ``TemporaryDirectory``), never the system's temporary folder, and nothing left in it
by a transfer that is aborted, refused or cut short by a sender killed mid-way.

pynetdicom writes each C-STORE dataset into a ``NamedTemporaryFile(delete=False)`` and removes it
only after the handler ran; a transfer that never completes leaves it behind. Here its temporary
files are made in the spool folder, remembered with the connection's reader thread, and removed
when that connection's association ends, whatever way; the folder is swept when the node starts.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from pathlib import Path

from pynetdicom import dimse_messages

from fetalhc_gui.io.private import ensure_folder, make_private

log = logging.getLogger("fetalhc.node")

_lock = threading.Lock()
_folder: Path | None = None
_open: dict[str, threading.Thread] = {}  # spooled file -> the connection thread writing it


def use_spool_folder(folder: Path) -> Path:
    """Spool every dataset this process receives into ``folder`` (made private, emptied of what a
    crashed run left); the folder."""
    global _folder
    folder = make_private(folder) if not folder.exists() else ensure_folder(folder)
    removed = sweep(folder)
    if removed:
        log.info("removed %d partial transfer(s) left in %s", removed, folder)
    with _lock:
        _folder = folder
    dimse_messages.NamedTemporaryFile = _spooled_file
    return folder


def _spooled_file(*args, **kwargs):
    """pynetdicom's temporary file, made in the spool folder and remembered with its thread."""
    with _lock:
        folder = _folder
    handle = tempfile.NamedTemporaryFile(*args, **kwargs, dir=folder, prefix="receiving-")  # noqa: SIM115
    with _lock:
        _open[handle.name] = threading.current_thread()
    return handle


def release(connection: threading.Thread) -> int:
    """Remove what ``connection`` (an association's reader thread) spooled and no handler took:
    after an abort, a refusal or a dropped connection. The number of files removed."""
    with _lock:
        mine = [name for name, thread in _open.items() if thread is connection]
        for name in mine:
            del _open[name]
    removed = 0
    for name in mine:
        path = Path(name)
        if path.exists():
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def sweep(folder: Path) -> int:
    """Remove every file left in the spool ``folder`` (only ever transfers in progress)."""
    removed = 0
    for path in folder.glob("receiving-*"):
        path.unlink(missing_ok=True)
        removed += 1
    return removed


def spooled_now() -> list[Path]:
    """The files being received at this moment (for tests and the audit)."""
    with _lock:
        return [Path(name) for name in _open if Path(name).exists()]
