"""Exporting measurements to CSV, JSON and the HC18 submission CSV, and reading them back.

Every write is atomic: a crash never leaves a half-written file.
"""

from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import fields
from pathlib import Path

from fetalhc_gui import __version__
from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.errors import ExportError
from fetalhc_gui.core.measurement import Measurement
from fetalhc_gui.io.atomic import atomic_write_text

MEASUREMENT_COLUMNS = [f.name for f in fields(Measurement)]
HC18_COLUMNS = ["filename", "center_x_mm", "center_y_mm", "semi_axes_a_mm", "semi_axes_b_mm", "angle_rad"]
NOTES_SEPARATOR = " | "


def hc18_row(filename: str, m: Measurement) -> dict:
    """The HC18 submission row of a measurement: centre and semi-axes in mm, angle in radians (of
    the ellipse in millimetres, which differs from the pixel ellipse's for non-square pixels)."""
    if m.pixel_size_mm is None:
        raise ExportError(f"{filename}: the HC18 format needs a pixel size.")
    across = m.pixel_size_mm
    down = m.pixel_size_y_mm if m.pixel_size_y_mm is not None else across
    if down == across:
        e = m.ellipse
        physical = Ellipse(e.cx * across, e.cy * across, e.a * across, e.b * across, e.angle)
    else:
        physical = m.ellipse.scaled(across, down)
    return {
        "filename": filename,
        "center_x_mm": physical.cx,
        "center_y_mm": physical.cy,
        "semi_axes_a_mm": physical.a,
        "semi_axes_b_mm": physical.b,
        "angle_rad": physical.angle,
    }


def csv_text(rows: list[dict], columns: list[str]) -> str:
    """CSV text of ``rows`` with a header; None becomes an empty cell, floats keep full precision."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return buffer.getvalue()


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, list):
        return NOTES_SEPARATOR.join(value)
    return str(value)


def write_csv(path: str | Path, measurements: list[Measurement]) -> None:
    """All fields of each measurement, one row per image."""
    atomic_write_text(path, csv_text([m.to_dict() for m in measurements], MEASUREMENT_COLUMNS))


def write_json(path: str | Path, measurements: list[Measurement]) -> None:
    """A JSON document that ``read_json`` turns back into equal measurements."""
    document = {"fetalhc_version": __version__, "measurements": [m.to_dict() for m in measurements]}
    atomic_write_text(path, json.dumps(document, indent=1, allow_nan=False) + "\n")


def write_hc18(path: str | Path, measurements: list[Measurement]) -> None:
    """The six columns of the HC18 challenge submission; file names without folders."""
    rows = [hc18_row(Path(m.file).name, m) for m in measurements]
    atomic_write_text(path, csv_text(rows, HC18_COLUMNS))


def read_json(path: str | Path) -> list[Measurement]:
    """Measurements from a file written by ``write_json``."""
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
        return [Measurement.from_dict(item) for item in document["measurements"]]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise ExportError(f"{Path(path).name} is not a FetalHC measurement file: {exc}") from exc


def read_csv(path: str | Path) -> list[Measurement]:
    """Measurements from a file written by ``write_csv``."""
    types = {f.name: f.type for f in fields(Measurement)}
    try:
        with Path(path).open(newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        return [Measurement(**{k: _parse(v, types[k]) for k, v in row.items() if k in types}) for row in rows]
    except (OSError, UnicodeDecodeError, ValueError, TypeError) as exc:
        raise ExportError(f"{Path(path).name} is not a FetalHC measurement CSV: {exc}") from exc


def _parse(text: str, type_name: str):
    if type_name.startswith("list"):
        return text.split(NOTES_SEPARATOR) if text else []
    if text == "":
        return None if "None" in type_name else text
    if type_name.startswith("bool"):
        return text.lower() == "true"
    if type_name.startswith("int"):
        return int(text)
    if type_name.startswith("float"):
        value = float(text)
        if not math.isfinite(value):
            raise ValueError(f"non-finite value {text}")
        return value
    return text
