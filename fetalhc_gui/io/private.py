"""Folders that hold patient data for this account alone: the user data folder of the window, and
the inbox, results and spool of a DICOM node. Like a browser profile or ``~/.ssh``, such a folder is
0700 and every file FetalHC writes in it 0600, whatever the umask; files the user names elsewhere
(exports, reports) follow the umask as any program's do.

The folders are registered once per process (``make_private``) and every atomic write asks
``is_private`` (``io.atomic``), so no call site can forget. Nothing here changes the process's
umask: a new file's mode is set by the kernel when it is created, then by ``chmod``.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600

_lock = threading.Lock()
_roots: set[Path] = set()


def make_private(folder: str | Path) -> Path:
    """Create ``folder`` (and its parents) if needed, make it 0700 and register it: every file
    written below it from now on is 0600, and ``tighten`` fixes what is there already. The folder."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    os.chmod(folder, FOLDER_MODE)
    with _lock:
        _roots.add(folder.resolve())
    return folder


def ensure_folder(folder: str | Path) -> Path:
    """``folder`` created with its parents if needed: 0700 when it lies in a private folder (the
    data folder's inbox, logs, results...), as any folder otherwise. The folder."""
    folder = Path(folder)
    private = is_private(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE if private else 0o777)
    if private:
        os.chmod(folder, FOLDER_MODE)
    return folder


def is_private(path: str | Path) -> bool:
    """True for a path inside (or equal to) a registered private folder."""
    resolved = Path(path).resolve()
    with _lock:
        roots = tuple(_roots)
    return any(resolved == root or root in resolved.parents for root in roots)


def tighten(folder: str | Path) -> int:
    """Make every folder below ``folder`` 0700 and every file 0600 (data written by an earlier
    version under a loose umask); the number of entries changed."""
    changed = 0
    for root, folders, files in os.walk(folder):
        for name, mode in [(f, FOLDER_MODE) for f in folders] + [(f, FILE_MODE) for f in files]:
            path = os.path.join(root, name)
            try:
                if os.path.islink(path):
                    continue
                if stat.S_IMODE(os.stat(path).st_mode) != mode:
                    os.chmod(path, mode)
                    changed += 1
            except OSError:
                continue
    return changed


def forget_private_folders() -> None:
    """Unregister every folder (a test's data folder goes with the test)."""
    with _lock:
        _roots.clear()
