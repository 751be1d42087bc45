"""Training off the UI thread: the work of a ``Job`` (``gui.jobs.job``) around
``training.ensemble_training``. It reports ``("batch", done, total, logs)`` and ``("epoch", logs)``;
its result is the TrainResult (also after a cancel: ``result.finished`` is then False)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.gui.jobs.job import Work
from fetalhc_gui.report.language import translate

OUT_OF_MEMORY = QT_TRANSLATE_NOOP("Training", "Training ran out of memory. Choose a smaller image size or batch size.")


def training_work(config, members: int = 1) -> Work:
    """The work of training one model (or an ensemble of ``members``) with ``config``; a failure
    for lack of memory says what to change."""

    def work(report: Callable[[object], None], should_stop: Callable[[], bool]):
        def on_progress(done: int, total: int, logs: dict) -> None:
            report(("epoch", dict(logs)) if logs.get("event") == "epoch" else ("batch", done, total, dict(logs)))

        try:
            if members > 1:
                from fetalhc_gui.training.ensemble_training import train_ensemble

                return train_ensemble(config, members, on_progress, should_stop)
            from fetalhc_gui.training.ensemble_training import train_model

            return train_model(config, on_progress, should_stop)
        except MemoryError:
            raise FetalHCError(translate("Training", OUT_OF_MEMORY)) from None
        except Exception as exc:
            text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            if "OOM" in text or "ResourceExhausted" in type(exc).__name__:
                raise FetalHCError(translate("Training", OUT_OF_MEMORY)) from exc
            raise FetalHCError(text) from exc

    return work
