"""Network work off the UI thread (a PACS query, a retrieval, sending results): one at a time, on
its own thread pool so that it never waits behind the model."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

from fetalhc_gui.gui.jobs.measuring import Runnable

_pool: QThreadPool | None = None


def network_pool() -> QThreadPool:
    """The one-thread pool of network jobs."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


class NetworkJob(QObject):
    """Runs ``function()`` in the network pool; ``succeeded(result)`` or ``failed(message)`` follows
    on the UI thread."""

    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, function: Callable[[], object], parent: QObject | None = None):
        super().__init__(parent)
        self._function = function

    def start(self) -> None:
        network_pool().start(Runnable(self._run))

    def _run(self) -> None:
        try:
            result = self._function()
        except Exception as exc:  # network and DICOM failures reach the user as a message
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        self.succeeded.emit(result)
