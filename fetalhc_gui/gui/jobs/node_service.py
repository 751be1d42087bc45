"""The DICOM node inside the application: started and stopped from the window, images handed over
to the UI thread by a signal. pynetdicom is imported only when the node is turned on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from fetalhc_gui.net.audit import AuditLog
from fetalhc_gui.net.node_config import NodeConfig
from fetalhc_gui.report.language import translate


class DicomNodeService(QObject):
    """Owns the StorageNode; ``image_received(path, calling_ae)`` arrives on the UI thread."""

    image_received = Signal(str, str)
    state_changed = Signal(str)

    def __init__(self, inbox: Path, audit: AuditLog, parent: QObject | None = None):
        """Images go to ``inbox``; associations and images to ``audit``."""
        super().__init__(parent)
        self.inbox, self.audit = inbox, audit
        self._node = None

    @property
    def running(self) -> bool:
        return self._node is not None

    @property
    def description(self) -> str:
        """For the status bar: who listens where, or that the node is off."""
        if self._node is None:
            return translate("NodeService", "DICOM node off")
        config = self._node.config
        tls = " (TLS)" if self._node.ssl_context is not None else ""
        return translate("NodeService", "DICOM node {ae} on {address}").format(
            ae=config.ae_title, address=f"{config.bind_address}:{self._node.port}{tls}"
        )

    def start(self, config: NodeConfig, ssl_context=None) -> None:
        """Listen with ``config``, with TLS when ``ssl_context`` is given (a running node is
        restarted); OSError when the port is taken."""
        from fetalhc_gui.net.storage_node import StorageNode

        self.stop()
        node = StorageNode(
            config,
            self.inbox,
            lambda path, calling: self.image_received.emit(str(path), calling),
            ssl_context,
            self.audit,
        )
        node.start()
        self._node = node
        self.state_changed.emit(self.description)

    def stop(self) -> None:
        """Stop listening (nothing happens when the node is off)."""
        if self._node is not None:
            self._node.stop()
            self._node = None
            self.state_changed.emit(self.description)
