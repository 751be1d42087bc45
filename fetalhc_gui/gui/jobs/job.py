"""The one way work leaves the UI thread: a ``Job`` runs ``work(report, should_stop)`` on a pool
the application owns and hands what it reports, its result or its failure to the UI thread as
signals. Model code sees plain callables only.

Written here rather than taken from superqt's ``thread_worker`` (napari's choice): a worker there
lives as long as its caller's references, and the window must be able to close while the model
still finishes a batch. Here a running job is kept alive by this module until its work returns,
``detach()`` (a closing window or dialog) cancels it and silences it, so nothing reaches a
destroyed widget, and closing never waits for the work.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("fetalhc.jobs")

#: ``work(report, should_stop)``: ``report(value)`` sends a value to the UI thread,
#: ``should_stop()`` is True once the job is cancelled; the result is what ``succeeded`` carries.
Work = Callable[[Callable[[object], None], Callable[[], bool]], object]
_running: set[Job] = set()


class JobPools(QObject):
    """The application's thread pools, one thread each: the model's (at most one model job at a
    time: measuring, loading, training) and the network's (queries, retrievals), so that network
    work never waits behind the model. One set per application (``pools()``)."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.model, self.network = QThreadPool(self), QThreadPool(self)
        for pool in (self.model, self.network):
            pool.setMaxThreadCount(1)

    def drop_queued(self) -> None:
        """Forget the work that has not started (what runs is cancelled by its owner)."""
        self.model.clear()
        self.network.clear()


def pools() -> JobPools:
    """The application's pools (made with the first job, owned by the QApplication)."""
    app = QCoreApplication.instance()
    found = app.findChild(JobPools)
    return found if found is not None else JobPools(app)


class Job(QObject):
    """One piece of work off the UI thread. ``progressed(value)`` for each ``report(value)``,
    then ``succeeded(result)`` or ``failed(message)``, then ``ended(cancelled)`` last. All are
    emitted on the UI thread, and none once ``detach()`` was called, even for what the work sent
    before (it waits in the event queue until the job says whether anyone still listens)."""

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(str)
    ended = Signal(bool)
    _relay = Signal(str, object)  # from the worker thread to the job, queued

    def __init__(self, work: Work):
        super().__init__()  # no parent: it outlives a closed window until its work returns
        self._work = work
        self._stop = threading.Event()
        self._detached = False
        self._relay.connect(self._deliver)

    def start(self, pool: QThreadPool) -> Job:
        """Run the work on ``pool``; the job (for chaining)."""
        _running.add(self)
        pool.start(_Runnable(self._run))
        return self

    def cancel(self) -> None:
        """Ask the work to stop (it polls ``should_stop``)."""
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def detach(self) -> None:
        """Cancel; whatever the work reports, returns or raises from now on reaches no one."""
        self.cancel()
        self._detached = True

    def _run(self) -> None:
        try:
            result = self._work(lambda value: self._relay.emit("progressed", value), self._stop.is_set)
        except Exception as exc:  # every failure reaches the user as a message
            log.exception("a background job failed")
            self._relay.emit("failed", str(exc) or type(exc).__name__)
        else:
            self._relay.emit("succeeded", result)
        finally:
            self._relay.emit("ended", None)

    def _deliver(self, kind: str, value: object) -> None:
        if kind == "ended":
            _running.discard(self)
            self.deleteLater()
            if not self._detached:
                self.ended.emit(self._stop.is_set())
        elif not self._detached:
            getattr(self, kind).emit(value)


class _Runnable(QRunnable):
    """A QRunnable that calls a plain function."""

    def __init__(self, function: Callable[[], None]):
        super().__init__()
        self._function = function

    def run(self) -> None:
        self._function()


def running_jobs() -> int:
    """How many jobs have not ended (for tests)."""
    return len(_running)
