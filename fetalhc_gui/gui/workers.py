"""Work off the UI thread: loading the model and measuring images, one job at a time.

All model work runs on one QThreadPool with a single thread, so at most one TensorFlow or
ONNX job runs at any moment; signals carry plain values to the UI thread.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from fetalhc_gui.model.batch import BATCH_SIZE, FileResult, chunks, measure_batch

_pool: QThreadPool | None = None


def model_pool() -> QThreadPool:
    """The one-thread pool every model job runs on."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


@dataclass(frozen=True)
class MeasureTask:
    """One image to measure: its index in the image list, file and frame."""

    index: int
    path: str
    frame: int


class ModelLoader(QObject):
    """Builds a predictor in the background; ``factory`` is a plain callable returning it."""

    model_loaded = Signal(object)
    model_load_failed = Signal(str)

    def __init__(self, factory, parent: QObject | None = None):
        super().__init__(parent)
        self._factory = factory

    def start(self) -> None:
        model_pool().start(Runnable(self._run))

    def _run(self) -> None:
        try:
            predictor = self._factory()
        except Exception as exc:  # any failure must reach the user as a message
            self.model_load_failed.emit(str(exc) or type(exc).__name__)
            return
        self.model_loaded.emit(predictor)


class MeasureJob(QObject):
    """Measures a list of images with a predictor, a batch at a time through ``measure_batch``
    (the command line's path); cancel() stops it after the batch in hand.

    Signals carry whole batches, so a long run sends few cross-thread signals. Results of a
    cancelled job are dropped; ``job_finished`` always comes last.
    """

    batch_started = Signal(list)
    batch_finished = Signal(list)
    progress_changed = Signal(int, int)
    job_finished = Signal(bool)

    def __init__(self, predictor, tasks: list[MeasureTask], parent: QObject | None = None):
        super().__init__(parent)
        self._predictor = predictor
        self._tasks = tasks
        self._cancel = threading.Event()

    def start(self) -> None:
        model_pool().start(Runnable(self._run))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> None:
        done, total = 0, len(self._tasks)
        try:
            for chunk in chunks(self._tasks, BATCH_SIZE):
                if self._cancel.is_set():
                    break
                self.batch_started.emit([task.index for task in chunk])
                results = measure_batch(self._predictor, [(Path(task.path), task.frame) for task in chunk])
                if self._cancel.is_set():
                    break
                self.batch_finished.emit(
                    [MeasureResult(task.index, result) for task, result in zip(chunk, results, strict=True)]
                )
                done += len(chunk)
                self.progress_changed.emit(done, total)
        finally:
            self.job_finished.emit(self._cancel.is_set())


@dataclass(frozen=True)
class MeasureResult:
    """One finished image of a job: its index in the image list and the FileResult."""

    index: int
    result: FileResult


class Runnable(QRunnable):
    """A QRunnable that calls a plain function."""

    def __init__(self, function):
        super().__init__()
        self._function = function

    def run(self) -> None:
        self._function()
