"""Training off the UI thread: wraps ``training.ensemble_training`` with Qt signals."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from fetalhc_gui.gui.jobs.measuring import Runnable, model_pool

OUT_OF_MEMORY = "Training ran out of memory. Choose a smaller image size or batch size."


class TrainingJob(QObject):
    """Runs ``train_model(config, on_progress, should_stop)`` (or ``train_ensemble`` for ``members`` > 1)
    on the model thread.

    Signals carry plain values: ``batch_finished(done, total, logs)``, ``epoch_finished(logs)``,
    ``training_finished(result)`` (also after a cancel: ``result.finished`` is then False) and
    ``training_failed(message)``.
    """

    batch_finished = Signal(int, int, dict)
    epoch_finished = Signal(dict)
    training_finished = Signal(object)
    training_failed = Signal(str)

    def __init__(self, config, members: int = 1, parent: QObject | None = None):
        super().__init__(parent)
        self.config = config
        self.members = members
        self._stop = threading.Event()

    def start(self) -> None:
        model_pool().start(Runnable(self._run))

    def cancel(self) -> None:
        """Stop within the current batch; the last finished epoch's checkpoint is kept."""
        self._stop.set()

    def _on_progress(self, done: int, total: int, logs: dict) -> None:
        if logs.get("event") == "epoch":
            self.epoch_finished.emit(dict(logs))
        else:
            self.batch_finished.emit(done, total, dict(logs))

    def _run(self) -> None:
        try:
            if self.members > 1:
                from fetalhc_gui.training.ensemble_training import train_ensemble

                result = train_ensemble(self.config, self.members, self._on_progress, self._stop.is_set)
            else:
                from fetalhc_gui.training.ensemble_training import train_model

                result = train_model(self.config, self._on_progress, self._stop.is_set)
        except MemoryError:
            self.training_failed.emit(OUT_OF_MEMORY)
        except Exception as exc:  # every failure reaches the user as a message
            logging.getLogger(__name__).exception("training failed")
            text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            out_of_memory = "OOM" in text or "ResourceExhausted" in type(exc).__name__
            self.training_failed.emit(OUT_OF_MEMORY if out_of_memory else text)
        else:
            self.training_finished.emit(result)
