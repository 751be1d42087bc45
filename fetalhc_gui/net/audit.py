"""The DICOM node's audit trail: one JSON object a line, in a rotating file a SIEM can read.

Every association (requested, accepted, rejected, released, aborted; with the calling and called
AE titles, the peer's address and whether TLS protects it), every image received, measured,
reported and forwarded, and every failure is written with a UTC timestamp. The file rotates at
10 MB and keeps five old files.
"""

from __future__ import annotations

import datetime
import json
import logging
import logging.handlers
import os
import threading
from pathlib import Path

from fetalhc_gui.io.private import FILE_MODE, ensure_folder

AUDIT_FILE = "audit.jsonl"
MAX_BYTES = 10 * 1024 * 1024
BACKUPS = 5


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are 0600 whatever the umask (they name peers and patients' images)."""

    def _open(self):
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
        os.chmod(self.baseFilename, FILE_MODE)
        return open(descriptor, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115


class AuditLog:
    """Appends audit events to ``folder/audit.jsonl`` (rotated, 0600); safe from any thread."""

    def __init__(self, folder: Path):
        ensure_folder(folder)
        self.path = folder / AUDIT_FILE
        self._handler = PrivateRotatingFileHandler(
            self.path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )  # the file is created with the first event
        self._lock = threading.Lock()

    def event(self, kind: str, **fields) -> None:
        """Write one event: ``kind`` (e.g. "association-rejected") and its fields (JSON values)."""
        stamp = datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds")
        line = json.dumps({"time": stamp, "event": kind, **fields}, default=str, ensure_ascii=False)
        record = logging.LogRecord("fetalhc.audit", logging.INFO, "", 0, line, None, None)
        with self._lock:
            self._handler.emit(record)
            self._handler.flush()

    def close(self) -> None:
        self._handler.close()


def read_events(folder: Path) -> list[dict]:
    """The events of ``folder``'s current audit file, oldest first (for tests and tools)."""
    path = folder / AUDIT_FILE
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
