"""Results the window sends to a PACS, kept on disk until the peer takes them.

One ``app.outbox.Outbox`` per peer, in ``FOLDER/<n>/`` beside a ``peer.txt`` naming the peer, so
that what a closed window left unsent is sent after the next start. Each outbox sends on its own
thread and retries with back-off (10 s doubling to an hour); its events reach the UI thread as
signals. pydicom and pynetdicom are imported only when something is queued (not at start-up).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from fetalhc_gui.io.atomic import atomic_write_text
from fetalhc_gui.io.private import ensure_folder
from fetalhc_gui.net.node_config import NodeConfigError, Peer

if TYPE_CHECKING:
    from fetalhc_gui.app.outbox import Item, Outbox

PEER_FILE = "peer.txt"
ITEMS_FOLDER = "items"


class OutgoingQueue(QObject):
    """The window's queue of results per peer. ``sent(label, peer)`` and ``failed(label, peer,
    attempts, error)`` arrive on the UI thread, ``changed(waiting)`` after each."""

    sent = Signal(str, str)
    failed = Signal(str, str, int, str)
    changed = Signal(int)
    _event = Signal(str, str, str, int, str)  # from a sender thread: kind, label, peer, attempts, error

    def __init__(
        self,
        folder: Path,
        calling_ae: Callable[[], str],
        tls_for: Callable[[Peer], object],
        parent: QObject | None = None,
        audit: Callable[..., None] | None = None,
    ):
        """``calling_ae()`` and ``tls_for(peer)`` (the client SSL context, None for a plain peer)
        are read at each try, so changed settings apply to what waits; ``audit(kind, **fields)``
        gets every item queued, sent, failed and dropped (``net.audit.AuditLog.event``)."""
        super().__init__(parent)
        self.folder, self.calling_ae, self.tls_for = Path(folder), calling_ae, tls_for
        self.audit = audit or (lambda *_args, **_fields: None)
        self._outboxes: dict[str, Outbox] = {}
        self._stopped = False
        self._event.connect(self._on_sender_event)  # queued: this object lives on the UI thread

    def resume(self) -> None:
        """Start sending what an earlier run left in the queue (peers with nothing left are not woken)."""
        if not self.folder.is_dir():
            return
        for peer_file in sorted(self.folder.glob(f"*/{PEER_FILE}")):
            if not any(p.is_dir() for p in (peer_file.parent / ITEMS_FOLDER).glob("[!.]*")):
                continue
            try:
                peer = Peer.parse(peer_file.read_text(encoding="utf-8"))
            except (OSError, NodeConfigError):
                continue
            self._outbox(peer)
        self.changed.emit(self.waiting())

    def put(self, peer: Peer, files: list[Path], label: str) -> None:
        """Queue copies of ``files`` for ``peer`` (durably) and send them as soon as it answers."""
        item = self._outbox(peer).put(files, label)
        self.audit("results-queued", item=item.id, label=label, peer=peer.ae_title, files=[p.name for p in files])
        self.changed.emit(self.waiting())

    def entries(self) -> list[tuple[Peer, Item]]:
        """Everything waiting, per peer, oldest first."""
        return [(box.peer, item) for box in self._outboxes.values() for item in box.items()]

    def waiting(self) -> int:
        return len(self.entries())

    def retry_now(self) -> None:
        for box in self._outboxes.values():
            box.retry_now()

    def drop(self, peer: Peer, item_id: str | None = None) -> int:
        """Give up one item for ``peer`` (all of them without ``item_id``); how many were dropped."""
        box = self._outboxes.get(peer.text)
        dropped = box.drop(item_id) if box else 0
        self.changed.emit(self.waiting())
        return dropped

    def stop(self) -> None:
        """Stop every sender thread without waiting for a PACS that does not answer (what waits
        stays on disk)."""
        self._stopped = True  # a send still ending reports nothing: the window and its log are closing
        for box in self._outboxes.values():
            box.stop(wait=False)
        self._outboxes.clear()

    def _outbox(self, peer: Peer) -> Outbox:
        from fetalhc_gui.app.outbox import Outbox

        box = self._outboxes.get(peer.text)
        if box is None:
            folder = self.folder / hashlib.sha256(peer.text.encode()).hexdigest()[:16]
            ensure_folder(folder)
            atomic_write_text(folder / PEER_FILE, peer.text)
            box = Outbox(folder / ITEMS_FOLDER, peer, self.calling_ae(), self._on_event(peer), send=self._sender(peer))
            box.start()
            self._outboxes[peer.text] = box
        return box

    def _sender(self, peer: Peer) -> Callable[[list[Path]], None]:
        def send(files: list[Path]) -> None:
            from fetalhc_gui.app.outbox import send_files

            send_files(peer, self.calling_ae(), files, self.tls_for(peer))

        return send

    def _on_event(self, peer: Peer) -> Callable[..., None]:
        def on_event(kind: str, **fields) -> None:
            if self._stopped:
                return
            fields = {"peer": peer.ae_title} | fields
            self.audit(kind, **fields)
            self._event.emit(
                kind, fields.get("label", ""), peer.ae_title, fields.get("attempts", 0), fields.get("error", "")
            )

        return on_event

    @Slot(str, str, str, int, str)
    def _on_sender_event(self, kind: str, label: str, peer_ae: str, attempts: int, error: str) -> None:
        if kind == "forwarded":
            self.sent.emit(label, peer_ae)
        elif kind == "forward-failed":
            self.failed.emit(label, peer_ae, attempts, error)
        self.changed.emit(self.waiting())
