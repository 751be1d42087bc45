"""The one way work leaves the UI thread: a ``Job`` runs ``work(report, should_stop)`` on a pool
the application owns and hands what it reports, its result or its failure to the UI thread as
signals. Model code sees plain callables only.

Written here rather than taken from superqt's ``thread_worker`` (napari's choice): a worker there
lives as long as its caller's references, and the window must be able to close while the model
still finishes a batch. Here a running job is kept alive by this module until its work returns (the
worker thread itself holds no reference to it: it reports through a relay that lives as long as
the application), ``detach()`` (a closing window or dialog) cancels it and silences it, so nothing reaches a
destroyed widget, and closing never waits for the work.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("fetalhc.jobs")

#: ``work(report, should_stop)``: ``report(value)`` sends a value to the UI thread,
#: ``should_stop()`` is True once the job is cancelled; the result is what ``succeeded`` carries.
Work = Callable[[Callable[[object], None], Callable[[], bool]], object]
_running: dict[int, Job] = {}
_ids = itertools.count(1)


class _Relay(QObject):
    """Carries what the workers send to the UI thread. It lives as long as the application, so a
    worker never touches an object the UI thread may have deleted (a Job may go once it ended)."""

    sent = Signal(int, str, object)  # job id, "progressed" | "succeeded" | "failed" | "ended", value

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.sent.connect(self._deliver)  # a slot of an object of the UI thread: queued to it

    def _deliver(self, job_id: int, kind: str, value: object) -> None:
        job = _running.get(job_id)
        if job is None:
            return
        if kind == "ended":
            del _running[job_id]
        job._deliver(kind, value)


class JobPools(QObject):
    """The application's thread pools, one thread each: the model's (at most one model job at a
    time: measuring, loading, training) and the network's (queries, retrievals), so that network
    work never waits behind the model. One set per application (``pools()``)."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.model, self.network = QThreadPool(self), QThreadPool(self)
        for pool in (self.model, self.network):
            pool.setMaxThreadCount(1)
            # A thread ends with its work: TensorFlow's pybind11 keeps the Python thread state of
            # the thread's first job, which is gone by the second (a resumed training crashed).
            pool.setExpiryTimeout(0)
        self.relay = _Relay(self)  # made after the pools: destroyed after them, once they are idle

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

    def __init__(self, work: Work):
        super().__init__()  # no parent: kept (in _running) until its work returns
        self._work = work
        self._stop = threading.Event()
        self._detached = False

    def start(self, pool: QThreadPool) -> Job:
        """Run the work on ``pool``; the job (for chaining)."""
        job_id = next(_ids)
        _running[job_id] = self
        pool.start(_Runnable(_worker(job_id, self._work, self._stop, pools().relay)))
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

    def _deliver(self, kind: str, value: object) -> None:
        if self._detached:
            return
        if kind == "ended":
            self.ended.emit(self._stop.is_set())
        else:
            getattr(self, kind).emit(value)


def _worker(job_id: int, work: Work, stop: threading.Event, relay: _Relay) -> Callable[[], None]:
    """What the pool's thread runs: the work, then its outcome sent through ``relay`` (the thread
    holds no reference to the Job)."""

    def run() -> None:
        try:
            result = work(lambda value: relay.sent.emit(job_id, "progressed", value), stop.is_set)
        except Exception as exc:  # every failure reaches the user as a message
            log.exception("a background job failed")
            relay.sent.emit(job_id, "failed", str(exc) or type(exc).__name__)
        else:
            relay.sent.emit(job_id, "succeeded", result)
        finally:
            relay.sent.emit(job_id, "ended", None)

    return run


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
