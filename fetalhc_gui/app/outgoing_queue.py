"""Results the window sends to a PACS, kept on disk until the peer takes them.

One ``app.outbox.Outbox`` per peer, in ``FOLDER/<n>/`` beside a ``peer.txt`` naming the peer, so
that what a closed window left unsent is sent after the next start. Each outbox sends on its own
thread and retries with back-off (10 s doubling to an hour); each event (queued, sent, failed,
dropped) goes to the audit trail and to ``on_event``, on the sender's thread. No Qt here: the
window's adapter (``gui.jobs.outgoing_queue``) turns the events into signals.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from fetalhc_gui.app.outbox import Item, Outbox, send_files
from fetalhc_gui.io.atomic import atomic_write_text
from fetalhc_gui.io.private import ensure_folder
from fetalhc_gui.net.node_config import NodeConfigError, Peer

PEER_FILE = "peer.txt"
ITEMS_FOLDER = "items"
#: ``on_event(kind, label, peer AE title, attempts, error)``, called on a sender's thread.
EventCallback = Callable[[str, str, str, int, str], None]


class PeerQueues:
    """The window's queue of results, one outbox per peer. ``calling_ae()`` and ``tls_for(peer)``
    (the client SSL context, None for a plain peer) are read at each try, so changed settings
    apply to what waits; ``audit(kind, **fields)`` gets every item queued, sent, failed and
    dropped (``net.audit.AuditLog.event``)."""

    def __init__(
        self,
        folder: Path,
        calling_ae: Callable[[], str],
        tls_for: Callable[[Peer], object],
        on_event: EventCallback,
        audit: Callable[..., None] | None = None,
    ):
        self.folder, self.calling_ae, self.tls_for, self.on_event = Path(folder), calling_ae, tls_for, on_event
        self.audit = audit or (lambda *_args, **_fields: None)
        self._outboxes: dict[str, Outbox] = {}
        self._stopped = False

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

    def put(self, peer: Peer, files: list[Path], label: str) -> Item:
        """Queue copies of ``files`` for ``peer`` (durably) and send them as soon as it answers."""
        item = self._outbox(peer).put(files, label)
        self.audit("results-queued", item=item.id, label=label, peer=peer.ae_title, files=[p.name for p in files])
        return item

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
        return box.drop(item_id) if box else 0

    def stop(self) -> None:
        """Stop every sender thread without waiting for a PACS that does not answer (what waits
        stays on disk); a send still ending reports nothing."""
        self._stopped = True
        for box in self._outboxes.values():
            box.stop(wait=False)
        self._outboxes.clear()

    def _outbox(self, peer: Peer) -> Outbox:
        box = self._outboxes.get(peer.text)
        if box is None:
            folder = self.folder / hashlib.sha256(peer.text.encode()).hexdigest()[:16]
            ensure_folder(folder)
            atomic_write_text(folder / PEER_FILE, peer.text)
            box = Outbox(folder / ITEMS_FOLDER, peer, self.calling_ae(), self._events_of(peer), send=self._sender(peer))
            box.start()
            self._outboxes[peer.text] = box
        return box

    def _sender(self, peer: Peer) -> Callable[[list[Path]], None]:
        def send(files: list[Path]) -> None:
            send_files(peer, self.calling_ae(), files, self.tls_for(peer))

        return send

    def _events_of(self, peer: Peer) -> Callable[..., None]:
        def on_event(kind: str, **fields) -> None:
            if self._stopped:
                return
            fields = {"peer": peer.ae_title} | fields
            self.audit(kind, **fields)
            label, attempts, error = fields.get("label", ""), fields.get("attempts", 0), fields.get("error", "")
            self.on_event(kind, label, peer.ae_title, attempts, error)

        return on_event
