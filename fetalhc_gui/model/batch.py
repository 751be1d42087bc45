"""Measuring many files for the command line: one result row per file, errors included."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from fetalhc_gui.core.atomic import atomic_write_text
from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.core.export import HC18_COLUMNS, csv_text, hc18_row
from fetalhc_gui.core.images import load_image
from fetalhc_gui.core.measurement import Measurement, measure
from fetalhc_gui.core.pixel_size import PixelSize, PixelSizeSource
from fetalhc_gui.model.predictor import Predictor

PREDICT_COLUMNS = [
    "filename",
    "pixel_size_mm",
    "pixel_size_source",
    *HC18_COLUMNS[1:],
    "hc_mm",
    "bpd_mm",
    "ofd_mm",
    "ga_hadlock_weeks",
    "hc_px",
    "quality",
    "status",
]


def choose_pixel_size(
    filename: str, own: PixelSize | None, default: PixelSize | None, csv_sizes: dict[str, float]
) -> PixelSize | None:
    """The pixel size for one file: its CSV row, then the file's own (DICOM), then the default."""
    if filename in csv_sizes:
        return PixelSize(csv_sizes[filename], PixelSizeSource.CSV)
    return own or default


def measure_file(
    predictor: Predictor, path: Path, default: PixelSize | None, csv_sizes: dict[str, float]
) -> tuple[dict, Measurement | None]:
    """One file's result row and Measurement (None when it failed; the row's status says why)."""
    row = {"filename": path.name}
    try:
        image = load_image(path)
    except FetalHCError as exc:
        return row | {"status": f"error: {exc}"}, None
    pixel_size = choose_pixel_size(path.name, image.pixel_size, default, csv_sizes)
    prediction = predictor.predict(image.gray)
    if prediction.ellipse is None:
        return row | {"status": f"error: {prediction.error}"}, None
    m = measure(
        str(path),
        prediction.ellipse,
        pixel_size,
        model_name=predictor.name,
        quality=prediction.quality.score,
        doubtful=prediction.quality.doubtful,
    )
    row |= {"pixel_size_mm": m.pixel_size_mm, "pixel_size_source": m.pixel_size_source, "hc_px": m.hc_px}
    row |= {"quality": m.quality, "hc_mm": m.hc_mm, "bpd_mm": m.bpd_mm, "ofd_mm": m.ofd_mm}
    row["ga_hadlock_weeks"] = m.ga_hadlock_weeks
    if pixel_size is None:
        return row | {"status": "no pixel size: HC in pixels only"}, m
    row |= hc18_row(path.name, m)
    status = "ok" if not prediction.quality.doubtful else "ok (doubtful: " + "; ".join(prediction.quality.reasons) + ")"
    return row | {"status": status}, m


def measure_files(
    predictor: Predictor,
    files: list[Path],
    default: PixelSize | None,
    csv_sizes: dict[str, float],
    on_done: Callable[[], None] | None = None,
) -> list[dict]:
    """Result rows of every file, in order; a file that fails gets a row with its error."""
    rows = []
    for path in files:
        rows.append(measure_file(predictor, path, default, csv_sizes)[0])
        if on_done:
            on_done()
    return rows


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
