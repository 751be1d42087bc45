"""Measuring many files for the command line: one result row per file, errors included."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from fetalhc_gui.core.error_risk import doubt_reasons
from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.core.identity import EXPORT_COLUMNS
from fetalhc_gui.core.measurement import Measurement, measure
from fetalhc_gui.core.pixel_size import PixelSize, PixelSizeSource, source_text
from fetalhc_gui.inference.prediction import Prediction
from fetalhc_gui.inference.predictor import Predictor
from fetalhc_gui.io.atomic import atomic_write_text
from fetalhc_gui.io.export import HC18_COLUMNS, csv_text, hc18_row
from fetalhc_gui.io.frame import LoadedImage, pixel_size_at
from fetalhc_gui.io.images import load_image

BATCH_SIZE = 8

PREDICT_COLUMNS = [
    "filename",
    "frame",
    "frame_choice",
    *EXPORT_COLUMNS,
    "pixel_size_mm",
    "pixel_size_y_mm",
    "pixel_size_source",
    *HC18_COLUMNS[1:],
    "hc_mm",
    "hc_low_mm",
    "hc_high_mm",
    "bpd_mm",
    "ofd_mm",
    "ga_hadlock_weeks",
    "hc_px",
    "quality",
    "doubtful",
    "status",
]


def choose_pixel_size(
    filename: str, own: PixelSize | None, default: PixelSize | None, csv_sizes: dict[str, float]
) -> PixelSize | None:
    """The pixel size for one file: its CSV row, then the file's own (DICOM), then the default."""
    if filename in csv_sizes:
        return PixelSize(csv_sizes[filename], PixelSizeSource.CSV)
    return own or default


@dataclass(frozen=True)
class FileResult:
    """One measured file (one frame of it): the image read and its Prediction, or why it failed.

    ``error`` is set when the file could not be read, the measurement raised, or no head was
    found (``prediction`` is then kept where there is one).
    """

    path: Path
    frame: int
    image: LoadedImage | None
    prediction: Prediction | None
    error: str | None


def measure_batch(predictor: Predictor, items: list[tuple[Path, int]]) -> list[FileResult]:
    """Read and measure several (file, frame) pairs, the network running once over all of them.

    The one measuring path of the application and the command line. Unreadable files and
    unexpected failures become results with an error; nothing is raised.
    """
    results: list[FileResult | None] = [None] * len(items)
    loaded = []
    for i, (path, frame) in enumerate(items):
        try:
            loaded.append((i, load_image(path, frame)))
        except FetalHCError as exc:
            results[i] = FileResult(path, frame, None, None, str(exc))
    for (i, _), result in zip(loaded, measure_loaded(predictor, [image for _, image in loaded]), strict=True):
        results[i] = result
    return results


def measure_loaded(predictor: Predictor, images: list[LoadedImage], screening: bool = False) -> list[FileResult]:
    """Measure frames already read, the network running once over all of them; nothing is raised.
    With ``screening``, the predictor's quick look (``screen_batch``) where it has one."""
    run = getattr(predictor, "screen_batch", predictor.predict_batch) if screening else predictor.predict_batch
    try:
        predictions = run([image.gray for image in images]) if images else []
    except Exception as exc:  # a crash in the model must become a message on these images
        logging.getLogger(__name__).exception("measuring %d images failed", len(images))
        predictions = [None] * len(images)
        failure = f"The measurement failed: {exc}"
    results = []
    for image, prediction in zip(images, predictions, strict=True):
        if prediction is not None and prediction.ellipse is not None:
            prediction = in_physical_proportions(predictor, prediction, image)
        if prediction is None:
            error = failure
        elif prediction.ellipse is None:
            error = prediction.error or "No head was found."
        else:
            error = None
        results.append(FileResult(image.path, image.frame_index, image, prediction, error))
    return results


def in_physical_proportions(predictor: Predictor, prediction: Prediction, image: LoadedImage) -> Prediction:
    """The prediction refitted in millimetres where the file's pixels at the head are not square."""
    head = prediction.ellipse
    own = pixel_size_at(image, head.cx, head.cy)
    return prediction if own is None or own.square else predictor.refit(prediction, own.aspect)


def result_row(
    result: FileResult, model_name: str, default: PixelSize | None, csv_sizes: dict[str, float]
) -> tuple[dict, Measurement | None]:
    """One file's result row and Measurement (None when it failed; the row's status says why)."""
    path, prediction = result.path, result.prediction
    row = {"filename": path.name, "frame": result.frame}
    if result.image is None:
        return row | {"status": f"error: {result.error}"}, None
    row |= result.image.identity.export_row()  # whose image it is, in every row, measured or not
    pixel_size = file_pixel_size(result, default, csv_sizes)
    if pixel_size is not None:
        row |= {
            "pixel_size_mm": pixel_size.mm,
            "pixel_size_y_mm": pixel_size.spacing[1],
            "pixel_size_source": source_text(pixel_size),
        }
    if prediction is None or prediction.ellipse is None:
        return row | {"status": f"error: {result.error}"}, None
    reasons = doubt_reasons(prediction.quality.reasons, prediction.risk, prediction.ellipse, pixel_size)
    m = measure(
        str(path),
        prediction.ellipse,
        pixel_size,
        frame=result.frame,
        model_name=model_name,
        quality=prediction.quality.score,
        doubtful=bool(reasons),
        hc_interval_px=prediction.hc_interval_px,
        identity=result.image.identity,
    )
    for column in ("hc_px", "quality", "doubtful", "hc_mm", "hc_low_mm", "hc_high_mm", "bpd_mm", "ofd_mm"):
        row[column] = getattr(m, column)
    row["ga_hadlock_weeks"] = m.ga_hadlock_weeks
    if pixel_size is None:
        return row | {"status": "no pixel size: HC in pixels only"}, m
    row |= hc18_row(path.name, m)
    status = "ok (doubtful: " + "; ".join(reasons) + ")" if reasons else "ok"
    return row | {"status": status}, m


def file_pixel_size(result: FileResult, default: PixelSize | None, csv_sizes: dict[str, float]) -> PixelSize | None:
    """The pixel size a read file is measured with (``choose_pixel_size``), at its head where one was found."""
    if result.image is None:
        return None
    head = result.prediction.ellipse if result.prediction is not None else None
    own = pixel_size_at(result.image, head.cx, head.cy) if head is not None else result.image.pixel_size
    return choose_pixel_size(result.path.name, own, default, csv_sizes)


def chunks(items: list, size: int) -> Iterator[list]:
    """Consecutive slices of ``items`` of at most ``size`` elements."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def is_measured(row: dict) -> bool:
    """True when the row has an HC in mm."""
    return row.get("hc_mm") is not None and row["status"].startswith("ok")


def write_predictions(path: Path, rows: list[dict], fmt: str) -> None:
    """Write rows as ``csv`` (all columns), ``json`` or ``hc18`` (the six submission columns, measured rows only)."""
    if fmt == "hc18":
        atomic_write_text(path, csv_text([r for r in rows if is_measured(r)], HC18_COLUMNS))
    elif fmt == "json":
        atomic_write_text(path, json.dumps({"columns": PREDICT_COLUMNS, "rows": rows}, indent=1) + "\n")
    else:
        atomic_write_text(path, csv_text(rows, PREDICT_COLUMNS))
