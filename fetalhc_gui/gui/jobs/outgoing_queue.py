"""The window's adapter of its outgoing queue (``app.outgoing_queue.PeerQueues``): the same calls,
and the senders' events as signals on the UI thread. pydicom and pynetdicom are imported only
when something is queued (not at start-up)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from fetalhc_gui.net.node_config import Peer

if TYPE_CHECKING:
    from fetalhc_gui.app.outbox import Item
    from fetalhc_gui.app.outgoing_queue import PeerQueues


class OutgoingQueue(QObject):
    """``sent(label, peer)`` and ``failed(label, peer, attempts, error)`` arrive on the UI thread,
    ``changed(waiting)`` after each and after every change the window makes."""

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
        super().__init__(parent)
        self.folder, self._calling_ae, self._tls_for, self._audit = Path(folder), calling_ae, tls_for, audit
        self._queues: PeerQueues | None = None
        self._event.connect(self._on_sender_event)  # queued: this object lives on the UI thread

    @property
    def queues(self) -> PeerQueues:
        if self._queues is None:  # pynetdicom and pydicom load with the first item, not at start-up
            from fetalhc_gui.app.outgoing_queue import PeerQueues

            self._queues = PeerQueues(self.folder, self._calling_ae, self._tls_for, self._event.emit, self._audit)
        return self._queues

    def resume(self) -> None:
        """Start sending what an earlier run left (``PeerQueues.resume``)."""
        from fetalhc_gui.app.outgoing_queue import ITEMS_FOLDER, PEER_FILE

        if any((p.parent / ITEMS_FOLDER).is_dir() for p in self.folder.glob(f"*/{PEER_FILE}")):
            self.queues.resume()
        self.changed.emit(self.waiting())

    def put(self, peer: Peer, files: list[Path], label: str) -> None:
        self.queues.put(peer, files, label)
        self.changed.emit(self.waiting())

    def entries(self) -> list[tuple[Peer, Item]]:
        return self._queues.entries() if self._queues else []

    def waiting(self) -> int:
        return len(self.entries())

    def retry_now(self) -> None:
        if self._queues:
            self._queues.retry_now()

    def drop(self, peer: Peer, item_id: str | None = None) -> int:
        dropped = self._queues.drop(peer, item_id) if self._queues else 0
        self.changed.emit(self.waiting())
        return dropped

    def stop(self) -> None:
        if self._queues:
            self._queues.stop()

    @Slot(str, str, str, int, str)
    def _on_sender_event(self, kind: str, label: str, peer_ae: str, attempts: int, error: str) -> None:
        if kind == "forwarded":
            self.sent.emit(label, peer_ae)
        elif kind == "forward-failed":
            self.failed.emit(label, peer_ae, attempts, error)
        self.changed.emit(self.waiting())
