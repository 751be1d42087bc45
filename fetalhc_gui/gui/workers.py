"""Work off the UI thread: loading the model and measuring images, one job at a time.

All model work runs on one QThreadPool with a single thread, so at most one TensorFlow or
ONNX job runs at any moment; signals carry plain values to the UI thread.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.core.images import LoadedImage, load_image

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


@dataclass(frozen=True)
class MeasureResult:
    """A finished measurement: the loaded image and the predictor's Prediction."""

    index: int
    image: LoadedImage
    prediction: object


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
    """Measures a list of images with a predictor; cancel() stops it after the current image.

    Results of a cancelled job are dropped; ``job_finished`` always comes last.
    """

    prediction_started = Signal(int)
    prediction_finished = Signal(object)
    prediction_failed = Signal(int, str)
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
        total = len(self._tasks)
        try:
            for done, task in enumerate(self._tasks):
                if self._cancel.is_set():
                    break
                self.prediction_started.emit(task.index)
                self._measure(task)
                self.progress_changed.emit(done + 1, total)
        finally:
            self.job_finished.emit(self._cancel.is_set())

    def _measure(self, task: MeasureTask) -> None:
        try:
            image = load_image(Path(task.path), task.frame)
            prediction = self._predictor.predict(image.gray)
        except FetalHCError as exc:
            self._emit_failure(task.index, str(exc))
            return
        except Exception as exc:  # a crash in the model must become a message on that image
            logging.getLogger(__name__).exception("measuring %s failed", task.path)
            self._emit_failure(task.index, f"The measurement failed: {exc}")
            return
        if self._cancel.is_set():
            return
        if prediction.ellipse is None:
            self.prediction_failed.emit(task.index, prediction.error or "No head was found.")
            return
        self.prediction_finished.emit(MeasureResult(task.index, image, prediction))

    def _emit_failure(self, index: int, message: str) -> None:
        if not self._cancel.is_set():
            self.prediction_failed.emit(index, message)


class Runnable(QRunnable):
    """A QRunnable that calls a plain function."""

    def __init__(self, function):
        super().__init__()
        self._function = function

    def run(self) -> None:
        self._function()
