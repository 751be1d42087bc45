"""Measuring images off the UI thread: the work of a ``Job`` (``gui.jobs.job``) that measures a
list of images a batch at a time through ``measure_batch`` (the command line's path), every frame
of a cine loop through ``scan_cine``; and loading the model.

What the work reports, on the UI thread: ``("started", indices)`` before a batch,
``("finished", [MeasureResult])`` after it, ``("progress", done, total)``. Results of a cancelled
job are not reported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fetalhc_gui.app.batches import BATCH_SIZE, FileResult, chunks, measure_batch
from fetalhc_gui.app.cine_scan import CineScan, scan_cine
from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.gui.jobs.job import Work
from fetalhc_gui.io.images import load_frames


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


@dataclass(frozen=True)
class MeasureResult:
    """One finished image of a job: its index in the image list and the FileResult; for a cine
    loop the chosen frame's, with the scan of every frame."""

    index: int
    result: FileResult
    scan: CineScan | None = None


def loading_work(factory: Callable[[], object]) -> Work:
    """The work of building a predictor with ``factory`` (its result is the predictor)."""
    return lambda _report, _should_stop: factory()


def measuring_work(predictor, tasks: list[MeasureTask]) -> Work:
    """The work of measuring ``tasks`` with ``predictor``; cancelling stops it after the batch in hand."""

    def work(report: Callable[[object], None], should_stop: Callable[[], bool]) -> None:
        done, total = 0, sum(task.frames for task in tasks)
        for task in (t for t in tasks if t.is_cine):
            if should_stop():
                return
            done = _scan(predictor, task, done, total, report, should_stop)
        for chunk in chunks([t for t in tasks if not t.is_cine], BATCH_SIZE):
            if should_stop():
                return
            report(("started", [task.index for task in chunk]))
            results = measure_batch(predictor, [(Path(task.path), task.frame) for task in chunk])
            if should_stop():
                return
            report(("finished", [MeasureResult(task.index, r) for task, r in zip(chunk, results, strict=True)]))
            done += len(chunk)
            report(("progress", done, total))

    return work


def _scan(predictor, task: MeasureTask, start: int, total: int, report, should_stop) -> int:
    """Measure every frame of a loop; the result is the chosen frame's, with the scan. The frames
    done after it."""
    report(("started", [task.index]))
    try:
        images = load_frames(task.path)
    except FetalHCError as exc:
        report(("finished", [MeasureResult(task.index, FileResult(Path(task.path), task.frame, None, None, str(exc)))]))
        return start + task.frames
    scan = scan_cine(predictor, images, lambda done, _total: report(("progress", start + done, total)), should_stop)
    del images
    if not scan.cancelled:
        result = scan.best_result or FileResult(
            Path(task.path),
            0,
            None,
            None,
            "No head was found in any frame.",  # English in the record; the window translates it
        )
        report(("finished", [MeasureResult(task.index, result, scan)]))
    return start + task.frames
