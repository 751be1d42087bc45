"""Measuring files for the command line: single images in batches, cine loops frame by frame."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fetalhc_gui.app.batch import (
    BATCH_SIZE,
    FileResult,
    chunks,
    file_pixel_size,
    measure_batch,
    measure_loaded,
    result_row,
)
from fetalhc_gui.app.cine_scan import scan_cine
from fetalhc_gui.app.journal import Journal
from fetalhc_gui.core.cine import frames_disagree
from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.core.measurement import Measurement
from fetalhc_gui.core.pixel_size import PixelSize
from fetalhc_gui.inference.predictor import Predictor
from fetalhc_gui.io.images import load_frames, probe_image


def measure_files(
    predictor: Predictor,
    files: list[Path],
    default: PixelSize | None,
    csv_sizes: dict[str, float],
    journal: Journal | None = None,
    on_done: Callable[[int], None] | None = None,
    all_frames: bool = False,
) -> list[dict]:
    """Result rows of every file, in order; a file that fails gets a row with its error.

    A multi-frame file (a cine loop) has every frame measured; its row is the chosen frame's
    (``core.cine.best_frame``), or with ``all_frames`` one row per frame. With a ``journal``,
    files it already holds are not measured again and each new file's rows are appended to it as
    soon as they are done. ``on_done(n)`` reports n more files finished.
    """
    done = journal.rows if journal else {}
    todo = [path for path in files if str(path) not in done]
    if on_done and len(todo) < len(files):
        on_done(len(files) - len(todo))
    rows = dict(done)

    def finished(path: Path, file_rows: list[dict]) -> None:
        value = file_rows[0] if len(file_rows) == 1 else {"rows": file_rows}
        rows[str(path)] = value
        if journal:
            journal.append(str(path), value)

    single = []
    for path in todo:
        if frame_count(path) > 1:
            finished(path, cine_rows(predictor, path, default, csv_sizes, all_frames))
            if on_done:
                on_done(1)
        else:
            single.append(path)
    for chunk in chunks(single, BATCH_SIZE):
        for result in measure_batch(predictor, [(path, 0) for path in chunk]):
            finished(result.path, [result_row(result, predictor.name, default, csv_sizes)[0]])
        if on_done:
            on_done(len(chunk))
    return [row for path in files for row in rows_of(rows[str(path)])]


def rows_of(value: dict) -> list[dict]:
    """The rows a journal value holds: one row, or several under ``rows``."""
    return value.get("rows", [value])


def frame_count(path: Path) -> int:
    """Frames in a file (1 when it cannot be read: measuring it then says why)."""
    try:
        return probe_image(path)
    except FetalHCError:
        return 1


@dataclass(frozen=True)
class FileOutcome:
    """What measuring one file reported: its row, the result of the reported frame (None when the
    file could not be read), its Measurement (None without a head) and the pixel size used."""

    row: dict
    result: FileResult | None
    measurement: Measurement | None
    pixel_size: PixelSize | None = None


def measure_one(
    predictor: Predictor, path: Path, default: PixelSize | None = None, csv_sizes: dict[str, float] | None = None
) -> FileOutcome:
    """Measure one file as ``measure_files`` does (a cine loop: its best frame), keeping the result."""
    csv_sizes = csv_sizes or {}
    if frame_count(path) > 1:
        return best_of_loop(predictor, path, default, csv_sizes)
    result = measure_batch(predictor, [(path, 0)])[0]
    row, m = result_row(result, predictor.name, default, csv_sizes)
    return FileOutcome(row, result, m, file_pixel_size(result, default, csv_sizes))


def cine_rows(
    predictor: Predictor, path: Path, default: PixelSize | None, csv_sizes: dict[str, float], all_frames: bool
) -> list[dict]:
    """Rows of a cine loop: the chosen frame's, or every frame's with ``all_frames``."""
    if not all_frames:
        return [best_of_loop(predictor, path, default, csv_sizes).row]
    try:
        images = load_frames(path)
    except FetalHCError as exc:
        return [{"filename": path.name, "status": f"error: {exc}"}]
    results = [r for chunk in chunks(images, BATCH_SIZE) for r in measure_loaded(predictor, chunk)]
    return [result_row(r, predictor.name, default, csv_sizes)[0] for r in results]


def best_of_loop(
    predictor: Predictor, path: Path, default: PixelSize | None, csv_sizes: dict[str, float]
) -> FileOutcome:
    """The outcome of a cine loop's chosen frame (``app.cine_scan.scan_cine``), its row saying so."""
    try:
        images = load_frames(path)
    except FetalHCError as exc:
        return FileOutcome({"filename": path.name, "status": f"error: {exc}"}, None, None)
    scan = scan_cine(predictor, images)
    if scan.best_result is None:
        failed = FileResult(path, 0, images[0], None, "No head was found in any frame.")
        return FileOutcome(result_row(failed, predictor.name, default, csv_sizes)[0], failed, None)
    row, m = result_row(scan.best_result, predictor.name, default, csv_sizes)
    note = f"best of {len(images)} frames"
    if frames_disagree(scan.frames):
        note += "; the frames' HCs disagree by more than 15%: check the chosen frame"
    pixel_size = file_pixel_size(scan.best_result, default, csv_sizes)
    return FileOutcome(row | {"frame_choice": note}, scan.best_result, m, pixel_size)
