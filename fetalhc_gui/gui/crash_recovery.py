"""What survives a crash: a log of native crashes and of the application's warnings.

``faulthandler`` writes the Python stack of a native crash (a segfault, an abort in a C
extension) to ``logs/crash.log`` in the user data folder; warnings and errors logged by the
application go to ``logs/fetalhc.log``. Whether the last window crashed is told by its session's
lock (``io.session_slot``).
"""

from __future__ import annotations

import datetime
import faulthandler
import logging
import os
from pathlib import Path

from fetalhc_gui import __version__
from fetalhc_gui.io.private import ensure_folder

_crash_file = None  # kept open for the life of the process: faulthandler writes to its descriptor


def log_folder(data_dir: Path) -> Path:
    """The folder of the crash and application logs."""
    return data_dir / "logs"


def enable_crash_log(data_dir: Path) -> Path:
    """Send native crash reports and logged warnings to files in ``data_dir/logs``; returns the folder."""
    global _crash_file
    folder = log_folder(data_dir)
    ensure_folder(folder)
    if _crash_file is None:
        _crash_file = open(folder / "crash.log", "a", encoding="utf-8")  # noqa: SIM115 (kept open)
        started = datetime.datetime.now().isoformat(timespec="seconds")
        _crash_file.write(f"--- FetalHC {__version__} started {started}, pid {os.getpid()}\n")
        _crash_file.flush()
        faulthandler.enable(_crash_file, all_threads=True)
        handler = logging.FileHandler(folder / "fetalhc.log", encoding="utf-8")
        handler.setLevel(logging.WARNING)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logging.getLogger().addHandler(handler)
    return folder
