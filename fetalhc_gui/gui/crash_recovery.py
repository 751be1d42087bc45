"""What survives a crash: a log of native crashes, and a marker that tells the next start.

``faulthandler`` writes the Python stack of a native crash (a segfault, an abort in a C
extension) to ``logs/crash.log`` in the user data folder; warnings and errors logged by the
application go to ``logs/fetalhc.log``. A marker file exists while the application runs and is
removed when it ends normally, so the next start knows whether the last one crashed.
"""

from __future__ import annotations

import datetime
import faulthandler
import logging
import os
from pathlib import Path

from fetalhc_gui import __version__

_crash_file = None  # kept open for the life of the process: faulthandler writes to its descriptor


def log_folder(data_dir: Path) -> Path:
    """The folder of the crash and application logs."""
    return data_dir / "logs"


def enable_crash_log(data_dir: Path) -> Path:
    """Send native crash reports and logged warnings to files in ``data_dir/logs``; returns the folder."""
    global _crash_file
    folder = log_folder(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
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


class RunMarker:
    """A file that exists while the application runs (it holds the process id)."""

    def __init__(self, data_dir: Path):
        self.path = data_dir / "running.pid"

    def previous_run_crashed(self) -> bool:
        """True if an earlier run left its marker and that process is gone."""
        try:
            pid = int(self.path.read_text().strip())
        except (OSError, ValueError):
            return self.path.exists()
        return pid != os.getpid() and not _process_alive(pid)

    def mark_running(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(str(os.getpid()))

    def mark_ended(self) -> None:
        self.path.unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
