"""The DICOM node's audit trail: one JSON object a line, in a rotating file a SIEM can read, and
optionally to a syslog collector (RFC 5424, over UDP or TCP with RFC 6587 octet counting; the
message format IHE ATNA's transport uses).

Every association (requested, accepted, rejected, released, aborted; with the calling and called
AE titles, the peer's address and whether TLS protects it), every image received, measured,
reported and forwarded, and every failure is written with a UTC timestamp. The file is 0600,
rotates at 10 MB and keeps twenty old files.

Refusals repeat when someone knocks again and again; so that they cannot flush the trail, the
same refusal from the same peer (kind, address, calling AE title, reason) is written once per
RATE_WINDOW_S and then counted: the next line of that kind carries ``"repeated": n`` for the
ones left out.
"""

from __future__ import annotations

import datetime
import json
import logging
import logging.handlers
import os
import socket
import threading
import time
from pathlib import Path

from fetalhc_gui.io.private import FILE_MODE, ensure_folder

AUDIT_FILE = "audit.jsonl"
MAX_BYTES = 10 * 1024 * 1024
BACKUPS = 20
#: Events that an outsider can make repeat at will: written once per window per peer and reason.
RATE_LIMITED = frozenset(
    {"association-rejected", "association-refused", "association-aborted", "tls-handshake-failed", "image-refused"}
)
RATE_WINDOW_S = 60.0
#: Syslog facility 13 (log audit) and severities: notice for events, warning for refusals.
FACILITY, NOTICE, WARNING = 13, 5, 4


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are 0600 whatever the umask (they name peers and patients' images)."""

    def _open(self):
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
        os.chmod(self.baseFilename, FILE_MODE)
        return open(descriptor, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115


class SyslogSender:
    """Sends RFC 5424 messages to a collector at ``udp://HOST:PORT`` or ``tcp://HOST:PORT``."""

    def __init__(self, address: str, app_name: str = "fetalhc"):
        scheme, _, rest = address.partition("://")
        host, _, port = rest.rpartition(":")
        if scheme not in ("udp", "tcp") or not host or not port.isdigit():
            raise ValueError(f"'{address}' is not a syslog address: write udp://HOST:PORT or tcp://HOST:PORT")
        self.scheme, self.target, self.app_name = scheme, (host.strip("[]"), int(port)), app_name
        self.hostname = socket.gethostname()[:255] or "-"
        self._socket: socket.socket | None = None

    def message(self, kind: str, severity: int, line: str, stamp: str) -> bytes:
        """One RFC 5424 message: ``<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID - MSG``."""
        msgid = "".join(c for c in kind if 33 <= ord(c) <= 126)[:32] or "-"
        header = f"<{FACILITY * 8 + severity}>1 {stamp} {self.hostname} {self.app_name} {os.getpid()} {msgid} -"
        return f"{header} {line}".encode()

    def send(self, payload: bytes) -> None:
        """Send one message; a collector that is down loses it (the file keeps it), never the node."""
        try:
            if self.scheme == "udp":
                if self._socket is None:
                    self._socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                self._socket.sendto(payload, self.target)
                return
            if self._socket is None:
                self._socket = socket.create_connection(self.target, timeout=5)
            self._socket.sendall(f"{len(payload)} ".encode() + payload)  # RFC 6587 octet counting
        except OSError:
            self.close()

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None


class AuditLog:
    """Appends audit events to ``folder/audit.jsonl`` (rotated, 0600) and, with ``syslog``, to a
    collector; safe from any thread."""

    def __init__(self, folder: Path, syslog: str | None = None):
        ensure_folder(folder)
        self.path = folder / AUDIT_FILE
        self._handler = PrivateRotatingFileHandler(
            self.path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )  # the file is created with the first event
        self.syslog = SyslogSender(syslog) if syslog else None
        self._lock = threading.Lock()
        self._windows: dict[tuple, list] = {}  # refusal key -> [window start (monotonic), left out]

    def event(self, kind: str, **fields) -> None:
        """Write one event: ``kind`` (e.g. "association-rejected") and its fields (JSON values);
        a refusal repeated within RATE_WINDOW_S is counted instead of written."""
        with self._lock:
            if kind in RATE_LIMITED:
                key = (kind, fields.get("address"), fields.get("calling_ae"), fields.get("reason"))
                now = time.monotonic()
                window = self._windows.get(key)
                if window is not None and now - window[0] < RATE_WINDOW_S:
                    window[1] += 1
                    return
                if window is not None and window[1]:
                    fields = fields | {"repeated": window[1], "repeated_over_s": round(now - window[0])}
                self._windows[key] = [now, 0]
                self._forget_old(now)
            self._write(kind, fields)

    def _forget_old(self, now: float) -> None:
        """Drop closed windows that counted nothing (the table stays small under a flood of peers)."""
        if len(self._windows) > 1000:
            self._windows = {k: w for k, w in self._windows.items() if w[1] or now - w[0] < RATE_WINDOW_S}

    def _write(self, kind: str, fields: dict) -> None:
        stamp = datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds")
        line = json.dumps({"time": stamp, "event": kind, **fields}, default=str, ensure_ascii=False)
        record = logging.LogRecord("fetalhc.audit", logging.INFO, "", 0, line, None, None)
        self._handler.emit(record)
        self._handler.flush()
        if self.syslog is not None:
            severity = WARNING if kind in RATE_LIMITED or "fail" in kind else NOTICE
            self.syslog.send(self.syslog.message(kind, severity, line, stamp.replace("+00:00", "Z")))

    def close(self) -> None:
        """Write what the open windows counted, then close the file and the collector's socket."""
        with self._lock:
            for (kind, address, calling, reason), (start, left_out) in self._windows.items():
                if left_out:
                    fields = {"address": address, "calling_ae": calling, "reason": reason}
                    summary = {k: v for k, v in fields.items() if v is not None}
                    repeated = {"repeated": left_out, "repeated_over_s": round(time.monotonic() - start)}
                    self._write(f"{kind}-repeated", summary | repeated)
            self._windows.clear()
            self._handler.close()
            if self.syslog is not None:
                self.syslog.close()


def read_events(folder: Path) -> list[dict]:
    """The events of ``folder``'s current audit file, oldest first (for tests and tools)."""
    path = folder / AUDIT_FILE
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
