"""Reading DICOM ultrasound files with pydicom: photometry, frames and the pixel size."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pydicom
from pydicom.errors import InvalidDicomError

from fetalhc_gui.core.errors import ImageLoadError, PixelSizeError
from fetalhc_gui.core.frame import LoadedImage, check_frame, check_size, stretch_to_uint8, to_gray
from fetalhc_gui.core.pixel_size import PixelSize, PixelSizeSource, validate_pixel_size

#: PhysicalUnitsX/YDirection code for centimetres (DICOM PS3.3 C.8.5.5.1.15).
UNITS_CM = 3
#: RegionSpatialFormat code for a 2D (B-mode) region.
SPATIAL_2D = 1
#: RegionDataType code for tissue.
DATA_TISSUE = 1
#: Relative difference between x and y spacing above which the spacing counts as anisotropic.
ANISOTROPY_TOLERANCE = 0.01


def _read(path: Path, header_only: bool = False) -> pydicom.Dataset:
    try:
        ds = pydicom.dcmread(path, force=path.suffix.lower() in (".dcm", ".dicom"), stop_before_pixels=header_only)
    except (InvalidDicomError, OSError, EOFError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ImageLoadError(f"{path.name}: this is not a readable DICOM file ({exc}).") from exc
    if not header_only and "PixelData" not in ds and "FloatPixelData" not in ds:
        raise ImageLoadError(f"{path.name}: the DICOM file holds no image (no pixel data).")
    rows, cols = int(ds.get("Rows", 0) or 0), int(ds.get("Columns", 0) or 0)
    check_size(path, cols, rows)
    return ds


def probe_dicom(path: Path) -> int:
    """The frame count of a DICOM file, from its header."""
    return int(_read(path, header_only=True).get("NumberOfFrames", 1) or 1)


def load_dicom(path: Path, frame: int = 0) -> LoadedImage:
    """Read frame ``frame`` of a DICOM file, with its pixel size when the file states one."""
    ds = _read(path)
    rows, cols = int(ds.Rows), int(ds.Columns)
    frame_count = int(ds.get("NumberOfFrames", 1) or 1)
    check_frame(path, frame, frame_count)
    try:
        pixels = ds.pixel_array
    except Exception as exc:  # pydicom raises many kinds for damaged or unsupported pixel data
        raise ImageLoadError(f"{path.name}: the DICOM image could not be decoded ({exc}).") from exc
    samples = int(ds.get("SamplesPerPixel", 1) or 1)
    if frame_count > 1:
        pixels = pixels[frame]
    display = _display_pixels(pixels, str(ds.get("PhotometricInterpretation", "MONOCHROME2")), samples)
    spacing, pixel_size, notes = dicom_pixel_size(ds, display.shape[:2])
    metadata = {
        "format": "DICOM",
        "rows": rows,
        "cols": cols,
        "modality": str(ds.get("Modality", "")),
        "photometric": str(ds.get("PhotometricInterpretation", "")),
        "manufacturer": str(ds.get("Manufacturer", "")),
        "study_date": str(ds.get("StudyDate", "")),
    }
    return LoadedImage(path, display, to_gray(display), frame, frame_count, pixel_size, spacing, metadata, notes)


def _display_pixels(pixels: np.ndarray, photometric: str, samples: int) -> np.ndarray:
    """uint8 gray or RGB pixels; MONOCHROME1 inverted, YBR already converted to RGB by pydicom."""
    if samples == 3:
        return pixels if pixels.dtype == np.uint8 else stretch_to_uint8(pixels)
    gray = pixels if pixels.dtype == np.uint8 else stretch_to_uint8(pixels)
    return 255 - gray if photometric == "MONOCHROME1" else gray


def dicom_pixel_size(
    ds: pydicom.Dataset, shape: tuple[int, int]
) -> tuple[tuple[float, float] | None, PixelSize | None, list[str]]:
    """(x, y) spacing in mm, the isotropic PixelSize (None if absent or anisotropic) and notes.

    The Sequence of Ultrasound Regions comes first: the 2D tissue region containing the image
    centre, with PhysicalDeltaX/Y in cm (units code 3) converted to mm. PixelSpacing and then
    ImagerPixelSpacing (row, column spacing in mm) are the fall-backs.
    """
    spacing = _region_spacing(ds, shape) or _attribute_spacing(ds)
    if spacing is None:
        return None, None, []
    dx, dy = spacing
    if abs(dx - dy) > ANISOTROPY_TOLERANCE * max(dx, dy):
        return (
            spacing,
            None,
            [
                f"The file gives different pixel sizes across ({dx:.4f} mm) and down ({dy:.4f} mm); "
                "HC needs square pixels, so set the pixel size by hand or calibrate."
            ],
        )
    try:
        return spacing, PixelSize(validate_pixel_size((dx + dy) / 2), PixelSizeSource.DICOM), []
    except PixelSizeError as exc:
        return spacing, None, [f"The pixel size in the file is not usable: {exc}"]


def _region_spacing(ds: pydicom.Dataset, shape: tuple[int, int]) -> tuple[float, float] | None:
    regions = [r for r in ds.get("SequenceOfUltrasoundRegions", []) if _is_tissue_2d_cm(r)]
    if not regions:
        return None
    rows, cols = shape
    centre_x, centre_y = cols / 2, rows / 2
    containing = [r for r in regions if _contains(r, centre_x, centre_y)]
    region = (containing or regions)[0]
    return float(region.PhysicalDeltaX) * 10.0, float(region.PhysicalDeltaY) * 10.0


def _is_tissue_2d_cm(region) -> bool:
    try:
        return (
            int(region.get("RegionSpatialFormat", SPATIAL_2D)) == SPATIAL_2D
            and int(region.get("RegionDataType", DATA_TISSUE)) == DATA_TISSUE
            and int(region.PhysicalUnitsXDirection) == UNITS_CM
            and int(region.PhysicalUnitsYDirection) == UNITS_CM
            and float(region.PhysicalDeltaX) > 0
            and float(region.PhysicalDeltaY) > 0
        )
    except (AttributeError, TypeError, ValueError):
        return False


def _contains(region, x: float, y: float) -> bool:
    try:
        return int(region.RegionLocationMinX0) <= x <= int(region.RegionLocationMaxX1) and int(
            region.RegionLocationMinY0
        ) <= y <= int(region.RegionLocationMaxY1)
    except AttributeError:
        return False


def _attribute_spacing(ds: pydicom.Dataset) -> tuple[float, float] | None:
    for keyword in ("PixelSpacing", "ImagerPixelSpacing"):
        value = ds.get(keyword)
        if value is not None and len(value) == 2:
            row_spacing, col_spacing = float(value[0]), float(value[1])
            if row_spacing > 0 and col_spacing > 0:
                return col_spacing, row_spacing
    return None
