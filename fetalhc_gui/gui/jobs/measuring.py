"""Work off the UI thread: loading the model and measuring images, one job at a time.

All model work runs on one QThreadPool with a single thread, so at most one TensorFlow or
ONNX job runs at any moment; signals carry plain values to the UI thread.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from fetalhc_gui.app.batches import BATCH_SIZE, FileResult, chunks, measure_batch
from fetalhc_gui.app.cine_scan import CineScan, scan_cine
from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.io.images import load_frames

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
    frames: int = 1

    @property
    def is_cine(self) -> bool:
        """True for a multi-frame file: every frame is measured and the best one chosen."""
        return self.frames > 1


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

    def covers(self, index: int) -> bool:
        """True when the image at ``index`` of the list is among this job's tasks."""
        return any(task.index == index for task in self._tasks)

    def _run(self) -> None:
        self._done, self._total = 0, sum(task.frames for task in self._tasks)
        try:
            for task in (t for t in self._tasks if t.is_cine):
                if self._cancel.is_set():
                    break
                self._scan(task)
            for chunk in chunks([t for t in self._tasks if not t.is_cine], BATCH_SIZE):
                if self._cancel.is_set():
                    break
                self.batch_started.emit([task.index for task in chunk])
                results = measure_batch(self._predictor, [(Path(task.path), task.frame) for task in chunk])
                if self._cancel.is_set():
                    break
                self.batch_finished.emit(
                    [MeasureResult(task.index, result) for task, result in zip(chunk, results, strict=True)]
                )
                self._done += len(chunk)
                self.progress_changed.emit(self._done, self._total)
        finally:
            self.job_finished.emit(self._cancel.is_set())

    def _scan(self, task: MeasureTask) -> None:
        """Measure every frame of a loop; the result is the chosen frame's, with the scan."""
        self.batch_started.emit([task.index])
        try:
            images = load_frames(task.path)
        except FetalHCError as exc:
            failed = FileResult(Path(task.path), task.frame, None, None, str(exc))
            self.batch_finished.emit([MeasureResult(task.index, failed)])
            return
        start = self._done

        def progress(done: int, _total: int) -> None:
            self.progress_changed.emit(start + done, self._total)

        scan = scan_cine(self._predictor, images, progress, self._cancel.is_set)
        del images
        self._done = start + task.frames
        if scan.cancelled:
            return
        result = scan.best_result or FileResult(Path(task.path), 0, None, None, "No head was found in any frame.")
        self.batch_finished.emit([MeasureResult(task.index, result, scan)])


@dataclass(frozen=True)
class MeasureResult:
    """One finished image of a job: its index in the image list and the FileResult; for a cine
    loop the chosen frame's, with the scan of every frame."""

    index: int
    result: FileResult
    scan: CineScan | None = None


class Runnable(QRunnable):
    """A QRunnable that calls a plain function."""

    def __init__(self, function):
        super().__init__()
        self._function = function

    def run(self) -> None:
        self._function()
