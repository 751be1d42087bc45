"""Writing records (``core.record``) as CSV, JSON or the HC18 submission CSV, and reading
measurements back from FetalHC's exports, of this record version and of version 1.

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
from fetalhc_gui.core.errors import ExportError
from fetalhc_gui.core.measurement import Measurement
from fetalhc_gui.core.record import COLUMN_NAMES, RECORD_VERSION
from fetalhc_gui.io.atomic import atomic_write_text

#: The six columns of the HC18 challenge's submission (the record's millimetre ellipse).
HC18_COLUMNS = ["filename", "center_x_mm", "center_y_mm", "semi_axes_a_mm", "semi_axes_b_mm", "angle_rad"]
FORMATS = ("csv", "json", "hc18")
NOTES_SEPARATOR = " | "


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


def is_measured(row: dict) -> bool:
    """True when the record has an HC in mm (what the HC18 format can hold)."""
    return row.get("hc_mm") not in (None, "") and str(row.get("status", "")).startswith("ok")


def write_records(path: str | Path, rows: list[dict], fmt: str) -> None:
    """Write records as ``csv`` (every column), ``json`` (with the record version and columns) or
    ``hc18`` (the six submission columns, records with an HC in mm only; ExportError when there
    are records and none has one)."""
    if fmt == "hc18":
        measured = [r for r in rows if is_measured(r)]
        if rows and not measured:
            raise ExportError("The HC18 format needs an HC in millimetres: no record has a pixel size.")
        atomic_write_text(path, csv_text(measured, HC18_COLUMNS))
    elif fmt == "json":
        document = {
            "fetalhc_version": __version__,
            "record_version": RECORD_VERSION,
            "columns": COLUMN_NAMES,
            "rows": rows,
        }
        atomic_write_text(path, json.dumps(document, indent=1, allow_nan=False) + "\n")
    elif fmt == "csv":
        atomic_write_text(path, csv_text(rows, COLUMN_NAMES))
    else:
        raise ExportError(f"Unknown format {fmt!r}: one of {', '.join(FORMATS)}.")


def read_measurements(path: str | Path) -> list[Measurement]:
    """The measurements of a FetalHC export (CSV or JSON, record version 2 or 1); records without
    a measurement (errors) are skipped. ExportError if the file is not one."""
    path = Path(path)
    return read_json(path) if path.suffix.lower() == ".json" else read_csv(path)


def read_json(path: str | Path) -> list[Measurement]:
    """Measurements from a JSON export: records (version 2) or measurements (version 1)."""
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
        if "rows" in document:
            return [measurement_from_record(row) for row in document["rows"] if _has_ellipse(row)]
        return [Measurement.from_dict(item) for item in document["measurements"]]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ExportError(f"{Path(path).name} is not a FetalHC measurement file: {exc}") from exc


def read_csv(path: str | Path) -> list[Measurement]:
    """Measurements from a CSV export: records (version 2) or the window's version 1."""
    try:
        with Path(path).open(newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        return [measurement_from_record(_parsed(row)) for row in rows if _has_ellipse(row)]
    except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError) as exc:
        raise ExportError(f"{Path(path).name} is not a FetalHC measurement CSV: {exc}") from exc


def measurement_from_record(row: dict) -> Measurement:
    """The Measurement a record (version 2) or a version-1 export row holds."""
    values = dict(row)
    if "record_version" in values:  # version 2: the pixel ellipse's angle has its own name
        values["angle_rad"] = values.get("angle_px_rad")
    notes = values.get("notes") or []
    values["notes"] = notes.split(NOTES_SEPARATOR) if isinstance(notes, str) else list(notes)
    return Measurement.from_dict(values)


def _has_ellipse(row: dict) -> bool:
    return row.get("center_x_px") not in (None, "")


_TYPES = {f.name: str(f.type) for f in fields(Measurement)}


def _parsed(row: dict) -> dict:
    """A CSV row's cells as the Measurement's types (the angle under either version's name)."""
    out = {}
    for key, text in row.items():
        kind = _TYPES.get("angle_rad" if key == "angle_px_rad" else key)
        out[key] = text if kind is None else _parse(text, kind)
    return out


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
