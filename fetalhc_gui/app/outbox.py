"""Store-and-forward: results waiting to be sent to a DICOM peer survive restarts and are retried.

Each item is a folder ``outbox/<id>/`` holding the DICOM files to send together (an image's
report and capture) and ``state.json`` (attempts, the next try, the last error). A sender thread
sends what is due and retries failures with back-off (10 s, doubling to an hour) until they
succeed or the user drops them (``fetalhc outbox``). Sending the same files twice does no harm:
their UIDs are fixed, so the PACS keeps one copy.
"""

from __future__ import annotations

import json
import logging
import shutil
import ssl
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from pydicom import dcmread
from pydicom.errors import InvalidDicomError

from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.io.atomic import atomic_write_text
from fetalhc_gui.io.private import ensure_folder
from fetalhc_gui.net.node_config import Peer
from fetalhc_gui.net.sender import send_datasets

log = logging.getLogger("fetalhc.outbox")
STATE_FILE = "state.json"
FIRST_RETRY_S = 10.0
LONGEST_RETRY_S = 3600.0


@dataclass
class ItemState:
    """Where an outgoing item stands: what it is, how often sending failed, when to try next
    (seconds since the epoch) and why the last try failed."""

    label: str
    created: float
    attempts: int = 0
    next_try: float = 0.0
    last_error: str = ""


@dataclass(frozen=True)
class Item:
    """One item of the queue: its folder, state and files."""

    folder: Path
    state: ItemState

    @property
    def id(self) -> str:
        return self.folder.name

    @property
    def files(self) -> list[Path]:
        return sorted(p for p in self.folder.glob("*.dcm"))


def send_files(peer: Peer, calling_ae: str, files: list[Path], tls: ssl.SSLContext | None = None) -> None:
    """C-STORE the DICOM ``files`` to ``peer`` on one association (``net.sender.send_datasets``)."""
    send_datasets(peer, calling_ae, [dcmread(path) for path in files], tls=tls)


def backoff_s(attempts: int) -> float:
    """Seconds to wait after ``attempts`` failed tries: 10 s doubling, at most an hour."""
    return min(LONGEST_RETRY_S, FIRST_RETRY_S * 2 ** max(0, attempts - 1))


class QueueFolder:
    """The items of a queue on disk: queue, list, make due and drop them; no peer, no thread
    (what ``fetalhc outbox`` works on while a node may be sending from the same folder)."""

    def __init__(self, folder: Path, on_event: Callable[..., None] | None = None):
        self.folder = Path(folder)
        self.on_event = on_event or (lambda *_args, **_kwargs: None)

    def put(self, files: list[Path], label: str) -> Item:
        """Queue copies of ``files`` to be sent together, durably, before returning."""
        ensure_folder(self.folder)
        tmp = self.folder / f".{uuid.uuid4().hex}"
        tmp.mkdir(mode=0o700)
        for path in files:
            shutil.copy2(path, tmp / path.name)
        state = ItemState(label, time.time())
        atomic_write_text(tmp / STATE_FILE, json.dumps(asdict(state)))
        final = self.folder / f"{int(state.created * 1000):015d}-{uuid.uuid4().hex[:8]}"
        tmp.rename(final)
        return Item(final, state)

    def items(self) -> list[Item]:
        """Every queued item, oldest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for folder in sorted(p for p in self.folder.iterdir() if p.is_dir() and not p.name.startswith(".")):
            try:
                state = ItemState(**json.loads((folder / STATE_FILE).read_text(encoding="utf-8")))
            except (OSError, ValueError, TypeError):
                continue  # a half-written item (a crash inside put) is left for the user to see
            found.append(Item(folder, state))
        return found

    def retry_now(self) -> None:
        """Make every item due at once."""
        for item in self.items():
            self._save(item, ItemState(**(asdict(item.state) | {"next_try": 0.0})))

    def drop(self, item_id: str | None = None) -> int:
        """Give up one item (or all, without ``item_id``); how many were dropped."""
        dropped = 0
        for item in self.items():
            if item_id is None or item.id == item_id:
                shutil.rmtree(item.folder, ignore_errors=True)
                self.on_event("forward-dropped", item=item.id, label=item.state.label)
                dropped += 1
        return dropped

    def _save(self, item: Item, state: ItemState) -> None:
        atomic_write_text(item.folder / STATE_FILE, json.dumps(asdict(state)))


class Outbox(QueueFolder):
    """The queue in ``folder`` of results for ``peer``, sent by a thread of its own; ``send``
    delivers one item's files (the DICOM sender by default, over TLS with the client context
    ``tls`` when the peer says so) and raises FetalHCError when it cannot."""

    def __init__(
        self,
        folder: Path,
        peer: Peer,
        calling_ae: str,
        on_event: Callable[..., None] | None = None,
        send: Callable[[list[Path]], None] | None = None,
        tls: ssl.SSLContext | None = None,
    ):
        super().__init__(folder, on_event)
        self.peer, self.calling_ae, self.tls = peer, calling_ae, tls
        self._send = send or self._send_dicom
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def put(self, files: list[Path], label: str) -> Item:
        """Queue the files (``QueueFolder.put``) and wake the sender."""
        item = super().put(files, label)
        self._wake.set()
        return item

    def retry_now(self) -> None:
        """Make every item due at once and wake the sender."""
        super().retry_now()
        self._wake.set()

    def send_due(self, now: float | None = None) -> int:
        """Try every item that is due; how many were sent."""
        now = time.time() if now is None else now
        sent = 0
        for item in self.items():
            if self._stop.is_set():
                break
            if item.state.next_try > now:
                continue
            try:
                self._send(item.files)
            except (FetalHCError, OSError, InvalidDicomError) as exc:  # a damaged file waits to be dropped
                attempts = item.state.attempts + 1
                state = ItemState(**(asdict(item.state) | {"attempts": attempts, "last_error": str(exc)}))
                state.next_try = time.time() + backoff_s(attempts)
                self._save(item, state)
                self.on_event("forward-failed", item=item.id, label=item.state.label, attempts=attempts, error=str(exc))
                log.warning("sending %s to %s failed (try %d): %s", item.state.label, self.peer.ae_title, attempts, exc)
                continue
            shutil.rmtree(item.folder, ignore_errors=True)
            self.on_event("forwarded", item=item.id, label=item.state.label, peer=self.peer.ae_title)
            sent += 1
        return sent

    def start(self) -> None:
        """Send in the background: at once, whenever something is queued, and as retries fall due."""
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="fetalhc-outbox", daemon=True)
        self._thread.start()

    def stop(self, wait: bool = True) -> None:
        """Stop sending; with ``wait``, once a send in progress has ended. Without, the thread ends
        after it (an item cut short stays queued and is sent again: the PACS keeps one copy)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None and wait:
            self._thread.join()
        self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            self.send_due()
            due = [i.state.next_try for i in self.items()]
            wait = max(0.5, min(due) - time.time()) if due else 60.0
            self._wake.wait(min(wait, 60.0))
            self._wake.clear()

    def _send_dicom(self, files: list[Path]) -> None:
        send_files(self.peer, self.calling_ae, files, self.tls)
