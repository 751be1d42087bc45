"""Measuring files: the one measuring path of the window, the command line and the DICOM node.

Files are read and measured in batches (the network runs once per batch); a cine loop has every
frame measured and its best frame reported (``app.cine_scan``). Each file becomes a record
(``core.record``) through the same steps everywhere: the pixel-size rule (``app.pixel_size_rule``),
then the Measurement and status (``app.assessment``). Unreadable files and failed measurements
become records with their error; nothing is raised.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from fetalhc_gui.app.assessment import assess, measurement_of
from fetalhc_gui.app.batches import BATCH_SIZE, FileResult, chunks, measure_batch, measure_loaded
from fetalhc_gui.app.cine_scan import scan_cine
from fetalhc_gui.app.journal import Journal
from fetalhc_gui.app.pixel_size_rule import PixelSizeOptions, choose_pixel_size, own_pixel_size
from fetalhc_gui.core.anonymise import Anonymiser
from fetalhc_gui.core.cine import frame_choice_text, frames_disagree
from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.core.exam_check import ExamVerdict
from fetalhc_gui.core.measurement import Measurement
from fetalhc_gui.core.pixel_size import PixelSize
from fetalhc_gui.core.record import record_row, status_of
from fetalhc_gui.io.images import load_frames, probe_image


@dataclass(frozen=True)
class FileOutcome:
    """What measuring one file reported: its record, the result of the reported frame (None when
    the file could not be read), its Measurement (None without a head), the pixel size used and
    the exam check's verdict (None without a head)."""

    row: dict
    result: FileResult | None
    measurement: Measurement | None
    pixel_size: PixelSize | None = None
    exam: ExamVerdict | None = None


def outcome_of(
    result: FileResult, model_name: str, sizes: PixelSizeOptions, frame_choice: str | None = None
) -> FileOutcome:
    """The record and Measurement of one measured file (frame), by the pixel-size rule."""
    file = str(result.path)
    if result.image is None:
        row = record_row(None, file=file, frame=result.frame, status=status_of(None, result.error))
        return FileOutcome(row, result, None)
    prediction = result.prediction
    head = prediction.ellipse if prediction is not None else None
    pixel_size = choose_pixel_size(sizes.given_for(result.path.name), own_pixel_size(result.image, head), sizes.default)
    identity = result.image.identity
    if head is None:
        status = status_of(None, result.error)
        row = record_row(
            None,
            file=file,
            frame=result.frame,
            status=status,
            frame_choice=frame_choice,
            identity=identity,
            pixel_size=pixel_size,
        )
        return FileOutcome(row, result, None, pixel_size)
    quality = prediction.quality
    assessment = assess(prediction, result.image)
    m = measurement_of(
        file,
        result.frame,
        head,
        pixel_size,
        model_name=model_name,
        auto_ellipse=head,
        quality=quality.score,
        quality_reasons=assessment.reasons,
        risk=prediction.risk,
        interval_px=prediction.hc_interval_px,
        interval_scales=prediction.interval_scales,
        identity=identity,
        frame_choice=frame_choice,
        head_plane=assessment.head_plane,
        exam_note=assessment.exam_note,
    )
    row = record_row(m, file=file, frame=result.frame, status=status_of(m), frame_choice=frame_choice)
    return FileOutcome(row, result, m, pixel_size, assessment.exam)


@dataclass(frozen=True)
class Task:
    """Files measured together: single images BATCH_SIZE at a time, or one multi-frame file
    (``loop``), as ``measuring_tasks`` found them."""

    paths: list[Path]
    loop: bool = False


#: What measuring a task gives: each file with its records.
TaskResult = list[tuple[Path, list[dict]]]
#: Runs tasks and yields each one's result as it completes, in any order.
Runner = Callable[[list[Task]], Iterator[TaskResult]]


def measuring_tasks(files: list[Path]) -> list[Task]:
    """The tasks of ``files``: each multi-frame file (a cine loop) alone, first; the single
    images in order, BATCH_SIZE to a task (the network runs once per task). The same files always
    make the same tasks, so a run on many workers measures each image in the same batch as a
    serial run and gives the same records."""
    single, loops = [], []
    for path in files:
        (loops if frame_count(path) > 1 else single).append(path)
    return [Task([path], loop=True) for path in loops] + [Task(chunk) for chunk in chunks(single, BATCH_SIZE)]


def measure_task(predictor, task: Task, sizes: PixelSizeOptions, all_frames: bool = False) -> TaskResult:
    """The records of each file of a task (``measuring_tasks``)."""
    if task.loop:
        return [(task.paths[0], cine_rows(predictor, task.paths[0], sizes, all_frames))]
    results = measure_batch(predictor, [(path, 0) for path in task.paths])
    return [(result.path, [outcome_of(result, predictor.name, sizes).row]) for result in results]


def serial_runner(predictor, sizes: PixelSizeOptions, all_frames: bool = False) -> Runner:
    """A runner measuring the tasks one after another in this process."""

    def run(tasks: list[Task]) -> Iterator[TaskResult]:
        for task in tasks:
            yield measure_task(predictor, task, sizes, all_frames)

    return run


def measure_files(
    predictor,
    files: list[Path],
    sizes: PixelSizeOptions,
    journal: Journal | None = None,
    on_done: Callable[[int], None] | None = None,
    all_frames: bool = False,
    runner: Runner | None = None,
    anonymiser: Anonymiser | None = None,
) -> list[dict]:
    """Records of every file, in order; a file that fails gets a record with its error.

    A multi-frame file (a cine loop) has every frame measured; its record is the chosen frame's,
    or with ``all_frames`` one per frame. With a ``journal``, files it already holds are not
    measured again and each new file's records are appended to it as soon as they are done.
    ``on_done(n)`` reports n more files finished. ``runner`` measures the tasks (default: here,
    one after another; ``app.parallel_measuring``: on worker processes or a cluster); a file a
    runner reports twice is recorded once. With an ``anonymiser`` every record is anonymised
    before it is kept or journaled, and the journal names files by a keyed hash of their path.
    """
    key = (lambda path: anonymiser.key(f"journal:{path}")) if anonymiser else str
    done = journal.rows if journal else {}
    todo = [path for path in files if key(path) not in done]
    if on_done and len(todo) < len(files):
        on_done(len(files) - len(todo))
    rows = dict(done)
    run = runner or serial_runner(predictor, sizes, all_frames)
    for result in run(measuring_tasks(todo)):
        fresh = [(path, file_rows) for path, file_rows in result if key(path) not in rows]
        for path, file_rows in fresh:
            if anonymiser:
                file_rows = [anonymiser.record(row) for row in file_rows]
            value = file_rows[0] if len(file_rows) == 1 else {"rows": file_rows}
            rows[key(path)] = value
            if journal:
                journal.append(key(path), value)
        if on_done and fresh:
            on_done(len(fresh))
    return [row for path in files for row in rows_of(rows[key(path)])]


def rows_of(value: dict) -> list[dict]:
    """The records a journal value holds: one record, or several under ``rows``."""
    return value.get("rows", [value])


def frame_count(path: Path) -> int:
    """Frames in a file (1 when it cannot be read: measuring it then says why)."""
    try:
        return probe_image(path)
    except FetalHCError:
        return 1


def measure_one(predictor, path: Path, sizes: PixelSizeOptions | None = None) -> FileOutcome:
    """Measure one file as ``measure_files`` does (a cine loop: its best frame), keeping the result."""
    sizes = sizes or PixelSizeOptions()
    if frame_count(path) > 1:
        return best_of_loop(predictor, path, sizes)
    return outcome_of(measure_batch(predictor, [(path, 0)])[0], predictor.name, sizes)


def cine_rows(predictor, path: Path, sizes: PixelSizeOptions, all_frames: bool) -> list[dict]:
    """Records of a cine loop: the chosen frame's, or every frame's with ``all_frames``."""
    if not all_frames:
        return [best_of_loop(predictor, path, sizes).row]
    try:
        images = load_frames(path)
    except FetalHCError as exc:
        return [record_row(None, file=str(path), frame=0, status=status_of(None, str(exc)))]
    results = [r for chunk in chunks(images, BATCH_SIZE) for r in measure_loaded(predictor, chunk)]
    return [outcome_of(r, predictor.name, sizes).row for r in results]


def best_of_loop(predictor, path: Path, sizes: PixelSizeOptions) -> FileOutcome:
    """The outcome of a cine loop's chosen frame (``app.cine_scan.scan_cine``), its record saying so."""
    try:
        images = load_frames(path)
    except FetalHCError as exc:
        return outcome_of(FileResult(path, 0, None, None, str(exc)), predictor.name, sizes)
    scan = scan_cine(predictor, images)
    if scan.best_result is None:
        failed = FileResult(path, 0, images[0], None, "No head was found in any frame.")
        return outcome_of(failed, predictor.name, sizes)
    choice = frame_choice_text(scan.best, len(images), scan.best, frames_disagree(scan.frames))
    return outcome_of(scan.best_result, predictor.name, sizes, choice)
