"""Pixel sizes (mm per pixel): where they come from and whether they are plausible."""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from fetalhc_gui.core.errors import PixelSizeError

#: Plausible range of an ultrasound pixel size in mm per pixel.
MIN_PIXEL_SIZE_MM = 0.01
MAX_PIXEL_SIZE_MM = 2.0


class PixelSizeSource(StrEnum):
    """Where a pixel size came from."""

    DICOM = "dicom"
    CSV = "csv"
    MANUAL = "manual"
    CALIBRATION = "calibration"


@dataclass(frozen=True)
class PixelSize:
    """A pixel size in mm per pixel, its source and, where it helps, which part of the file it came
    from (``detail``, e.g. the ultrasound region of a split screen).

    ``mm`` is the spacing across (between columns); ``mm_y``, the spacing down (between rows), is
    None for square pixels. Only a file's own spacing can be non-square.
    """

    mm: float
    source: PixelSizeSource
    detail: str = ""
    mm_y: float | None = None

    def __post_init__(self) -> None:
        validate_pixel_size(self.mm)
        if self.mm_y is not None:
            validate_pixel_size(self.mm_y)

    @property
    def spacing(self) -> tuple[float, float]:
        """(across, down) in mm per pixel."""
        return self.mm, self.mm if self.mm_y is None else self.mm_y

    @property
    def square(self) -> bool:
        """True when the pixels are as tall as they are wide."""
        return self.mm_y is None or self.mm_y == self.mm

    @property
    def aspect(self) -> float:
        """Row spacing over column spacing (1 for square pixels)."""
        across, down = self.spacing
        return down / across

    def text(self) -> str:
        """The value for display: "0.1234 mm/px" or, for non-square pixels, "0.2860 x 0.2290 mm/px"
        (across x down)."""
        if self.square:
            return f"{self.mm:.4f} mm/px"
        return f"{self.mm:.4f} x {self.spacing[1]:.4f} mm/px (across x down)"


SOURCE_WORDS = {
    PixelSizeSource.DICOM: "from the DICOM file",
    PixelSizeSource.CSV: "from the pixel-size CSV",
    PixelSizeSource.MANUAL: "entered by the user",
    PixelSizeSource.CALIBRATION: "calibrated on the image",
}


def source_text(pixel_size: PixelSize | None) -> str | None:
    """Where a pixel size came from, as the record's ``pixel_size_source`` gives it: the source,
    with the part of the file in brackets when that matters ("dicom (ultrasound region 2 of 2, ...)")."""
    if pixel_size is None:
        return None
    return f"{pixel_size.source.value} ({pixel_size.detail})" if pixel_size.detail else pixel_size.source.value


def pixel_size_from_text(mm: float, mm_y: float | None, text: str | None) -> PixelSize:
    """The PixelSize a record gives: ``mm`` across, ``mm_y`` down and its ``source_text``."""
    source, _, detail = (text or PixelSizeSource.MANUAL.value).partition(" (")
    try:
        kind = PixelSizeSource(source.strip())
    except ValueError:
        kind = PixelSizeSource.MANUAL
    return PixelSize(mm, kind, detail.removesuffix(")"), None if mm_y in (None, mm) else mm_y)


def describe_pixel_size(pixel_size: PixelSize | None) -> str:
    """The pixel size with its value and where it came from, for people: "0.0913 mm/px, from the
    DICOM file (ultrasound region 2 of 2, ...)"."""
    if pixel_size is None:
        return "not known: HC in pixels only"
    detail = f" ({pixel_size.detail})" if pixel_size.detail else ""
    return f"{pixel_size.text()}, {SOURCE_WORDS[pixel_size.source]}{detail}"


def validate_pixel_size(mm: float) -> float:
    """``mm`` (mm per pixel) as a float, or PixelSizeError if it is not plausible."""
    try:
        value = float(mm)
    except (TypeError, ValueError):
        raise PixelSizeError(f"The pixel size '{mm}' is not a number.") from None
    if not math.isfinite(value):
        raise PixelSizeError("The pixel size must be a finite number of mm per pixel.")
    if value <= 0:
        raise PixelSizeError(f"The pixel size must be positive; {value:g} mm/px was given.")
    if not MIN_PIXEL_SIZE_MM <= value <= MAX_PIXEL_SIZE_MM:
        raise PixelSizeError(
            f"A pixel size of {value:g} mm/px is implausible for ultrasound: "
            f"it should lie between {MIN_PIXEL_SIZE_MM} and {MAX_PIXEL_SIZE_MM} mm/px."
        )
    return value


def manual_pixel_size(mm: float) -> PixelSize:
    """A pixel size typed in by the user, in mm per pixel."""
    return PixelSize(validate_pixel_size(mm), PixelSizeSource.MANUAL)


def calibrate_pixel_size(p1: tuple[float, float], p2: tuple[float, float], distance_mm: float) -> PixelSize:
    """The pixel size from two points (x, y in pixels) a known ``distance_mm`` apart."""
    try:
        distance = float(distance_mm)
    except (TypeError, ValueError):
        raise PixelSizeError(f"The known distance '{distance_mm}' is not a number.") from None
    if not (math.isfinite(distance) and distance > 0):
        raise PixelSizeError("The known distance must be a positive number of millimetres.")
    length_px = math.hypot(p2[0] - p1[0], p2[1] - p1[1])
    if length_px < 2:
        raise PixelSizeError("The calibration line is too short: draw it over the known distance.")
    return PixelSize(validate_pixel_size(distance / length_px), PixelSizeSource.CALIBRATION)


def read_pixel_size_csv(path: str | Path) -> dict[str, float]:
    """Pixel sizes (mm/px) by file name from a CSV in the HC18 form (``filename,pixel size(mm)``).

    Further columns are ignored. A missing file, a missing column, an implausible value or two
    rows giving one file different sizes raise PixelSizeError naming the file and the rows (the
    same size twice is accepted).
    """
    path = Path(path)
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.reader(handle))
    except (OSError, UnicodeDecodeError) as exc:
        raise PixelSizeError(f"The pixel-size file {path.name} could not be read: {exc}") from exc
    if not rows:
        raise PixelSizeError(f"The pixel-size file {path.name} is empty.")
    header = [cell.strip().lower() for cell in rows[0]]
    name_col = _column(header, ("filename", "file", "image"))
    size_col = _column(header, ("pixel size(mm)", "pixel size (mm)", "pixel_size_mm", "pixel size"))
    if name_col is None or size_col is None:
        raise PixelSizeError(
            f"{path.name} does not look like a pixel-size file: it needs the columns 'filename' and 'pixel size(mm)'."
        )
    sizes: dict[str, float] = {}
    first_row: dict[str, int] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        try:
            name = row[name_col].strip()
            size = validate_pixel_size(row[size_col])
        except IndexError:
            raise PixelSizeError(f"{path.name}, row {number}: a column is missing.") from None
        except PixelSizeError as exc:
            raise PixelSizeError(f"{path.name}, row {number}: {exc}") from None
        if name in sizes and sizes[name] != size:
            raise PixelSizeError(
                f"{path.name}: rows {first_row[name]} and {number} give {name} two pixel sizes "
                f"({sizes[name]:g} and {size:g} mm/px). Keep the right one and remove the other."
            )
        sizes[name] = size
        first_row.setdefault(name, number)
    return sizes


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    for name in names:
        if name in header:
            return header.index(name)
    return None
