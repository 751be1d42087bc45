"""Reading DICOM ultrasound files with pydicom: photometry, frames and the pixel size.

pydicom is imported when a file that looks like DICOM is first read, not with this module: its
import takes a quarter of a second that the window's start-up and PNG-only work need not wait for.
"""

from __future__ import annotations

import zlib
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from fetalhc_gui.core.errors import ImageLoadError, PixelSizeError
from fetalhc_gui.core.identity import Identity, identity_of
from fetalhc_gui.core.pixel_size import PixelSize
from fetalhc_gui.io.dicom_bounds import MAX_DECODED_BYTES, check_pixel_bytes, inflated_size
from fetalhc_gui.io.exam_header import exam_header_of
from fetalhc_gui.io.frame import (
    LoadedImage,
    UltrasoundRegion,
    check_frame,
    check_size,
    pixel_size_from_spacing,
    stretch_to_uint8,
    to_gray,
)

if TYPE_CHECKING:
    import pydicom

DICOM_SUFFIXES = (".dcm", ".dicom")
#: PhysicalUnitsX/YDirection code for centimetres (DICOM PS3.3 C.8.5.5.1.15).
UNITS_CM = 3
#: RegionSpatialFormat code for a 2D (B-mode) region.
SPATIAL_2D = 1
#: RegionDataType code for tissue.
DATA_TISSUE = 1


class DicomKind(Enum):
    """What a DICOM file holds: an image, or another object (report, presentation state, DICOMDIR)."""

    IMAGE = "image"
    OTHER = "other"


def looks_like_dicom(path: Path) -> bool:
    """True for a ``.dcm``/``.dicom`` name, the ``DICM`` preamble, or a preamble-less file that
    starts with a file-meta (0002) or identifying (0008) group element, little endian."""
    if path.suffix.lower() in DICOM_SUFFIXES:
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(132)
    except OSError:
        return False
    preamble_less = len(head) >= 8 and head[:2] in (b"\x02\x00", b"\x08\x00") and head[3:4] == b"\x00"
    return head[128:132] == b"DICM" or preamble_less


def dicom_kind(path: Path) -> DicomKind | None:
    """Whether ``path`` is a DICOM image, another DICOM object, or (None) not DICOM at all."""
    if not looks_like_dicom(path):
        return None
    import pydicom
    from pydicom.errors import InvalidDicomError

    try:
        tags = ["Rows", "Columns", "SOPClassUID"]
        ds = pydicom.dcmread(path, force=True, stop_before_pixels=True, specific_tags=tags)
    except (InvalidDicomError, OSError, EOFError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if "Rows" in ds and "Columns" in ds:
        return DicomKind.IMAGE
    return DicomKind.OTHER if "SOPClassUID" in ds or "MediaStorageSOPClassUID" in ds.file_meta else None


def _read(path: Path, header_only: bool = False) -> pydicom.Dataset:
    import pydicom
    from pydicom.errors import InvalidDicomError

    try:
        inflated_size(path, MAX_DECODED_BYTES)  # a deflated file is inflated whole by pydicom: bound it first
        ds = pydicom.dcmread(path, force=looks_like_dicom(path), stop_before_pixels=header_only)
    except (InvalidDicomError, OSError, EOFError, ValueError, KeyError, TypeError, AttributeError, zlib.error) as exc:
        raise ImageLoadError(f"{path.name}: this is not a readable DICOM file ({exc}).") from exc
    if "TransferSyntaxUID" not in ds.file_meta:
        ds.file_meta.TransferSyntaxUID = _encoding_syntax(ds)
    if not header_only and "PixelData" not in ds and "FloatPixelData" not in ds:
        raise ImageLoadError(f"{path.name}: the DICOM file holds no image (no pixel data).")
    rows, cols = int(ds.get("Rows", 0) or 0), int(ds.get("Columns", 0) or 0)
    check_size(path, cols, rows)
    return ds


def _encoding_syntax(ds: pydicom.Dataset) -> str:
    """The uncompressed transfer syntax a file without file meta (no preamble) was read with."""
    from pydicom.uid import ExplicitVRBigEndian, ExplicitVRLittleEndian, ImplicitVRLittleEndian

    implicit, little = ds.original_encoding
    if implicit:
        return ImplicitVRLittleEndian
    return ExplicitVRLittleEndian if little in (True, None) else ExplicitVRBigEndian


def probe_dicom(path: Path) -> tuple[int, Identity]:
    """The frame count of a DICOM file and the patient and exam it names, from one header read."""
    ds = _read(path, header_only=True)
    return int(ds.get("NumberOfFrames", 1) or 1), identity_of(ds)


def load_dicom(path: Path, frame: int = 0) -> LoadedImage:
    """Read frame ``frame`` of a DICOM file, with its pixel size when the file states one."""
    ds, pixels, frame_count = _decoded(path)
    check_frame(path, frame, frame_count)
    return _frame_image(path, ds, pixels[frame] if frame_count > 1 else pixels, frame, frame_count)


def load_dicom_frames(path: Path) -> list[LoadedImage]:
    """Every frame of a DICOM file, decoded once (a cine loop's frames share its header)."""
    ds, pixels, frame_count = _decoded(path)
    if frame_count == 1:
        return [_frame_image(path, ds, pixels, 0, 1)]
    return [_frame_image(path, ds, pixels[i], i, frame_count) for i in range(frame_count)]


def _decoded(path: Path) -> tuple[pydicom.Dataset, np.ndarray, int]:
    """The dataset, all its pixels ((frames,) rows, cols[, samples]) and the frame count."""
    ds = _read(path)
    frame_count = int(ds.get("NumberOfFrames", 1) or 1)
    samples, bits = int(ds.get("SamplesPerPixel", 1) or 1), int(ds.get("BitsAllocated", 8) or 8)
    check_pixel_bytes(path.name, int(ds.Rows), int(ds.Columns), samples, bits, frame_count, MAX_DECODED_BYTES)
    try:
        pixels = ds.pixel_array
    except Exception as exc:  # pydicom raises many kinds for damaged or unsupported pixel data
        raise ImageLoadError(f"{path.name}: the DICOM image could not be decoded ({exc}).") from exc
    if frame_count > 1 and (pixels.ndim < 3 or pixels.shape[0] != frame_count):
        raise ImageLoadError(f"{path.name}: the file says {frame_count} frames but its pixel data does not hold them.")
    return ds, pixels, frame_count


def _frame_image(path: Path, ds: pydicom.Dataset, pixels: np.ndarray, frame: int, frame_count: int) -> LoadedImage:
    """One decoded frame as a LoadedImage with the file's pixel size, regions and metadata."""
    samples = int(ds.get("SamplesPerPixel", 1) or 1)
    display = _display_pixels(pixels, str(ds.get("PhotometricInterpretation", "MONOCHROME2")), samples)
    spacing, pixel_size, notes = dicom_pixel_size(ds, display.shape[:2])
    metadata = {
        "format": "DICOM",
        "rows": int(ds.Rows),
        "cols": int(ds.Columns),
        "modality": str(ds.get("Modality", "")),
        "photometric": str(ds.get("PhotometricInterpretation", "")),
        "manufacturer": str(ds.get("Manufacturer", "")),
        "burned_in_annotation": str(ds.get("BurnedInAnnotation", "") or "").strip().upper(),
    }
    gray = to_gray(display)
    regions = ultrasound_regions(ds)
    image = LoadedImage(path, display, gray, frame, frame_count, pixel_size, spacing, metadata, notes, regions)
    image.identity = identity_of(ds)
    image.exam = exam_header_of(ds)
    return image


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
    spacing, detail = _region_spacing(ds, shape) or _attribute_spacing(ds) or (None, "")
    unusable = _unusable_regions(ds)
    if spacing is None:
        return None, None, unusable
    try:
        return spacing, pixel_size_from_spacing(spacing, detail), []
    except PixelSizeError as exc:
        return spacing, None, [str(exc)]


def _unusable_regions(ds: pydicom.Dataset) -> list[str]:
    """A note when the file has ultrasound regions but none gives a spacing in cm."""
    regions = list(ds.get("SequenceOfUltrasoundRegions", []))
    if not regions or ultrasound_regions(ds):
        return []
    return [
        f"The file's {len(regions)} ultrasound region(s) give no usable pixel size (a zero or negative "
        "spacing, units other than cm, or no 2D tissue region); set the pixel size by hand or calibrate."
    ]


def ultrasound_regions(ds: pydicom.Dataset) -> list[UltrasoundRegion]:
    """The 2D tissue regions with a spacing in cm (Doppler, M-mode and waveform regions left out)."""
    regions = []
    for item in ds.get("SequenceOfUltrasoundRegions", []):
        if not _is_tissue_2d_cm(item):
            continue
        try:
            bounds = [int(item.RegionLocationMinX0), int(item.RegionLocationMinY0)]
            bounds += [int(item.RegionLocationMaxX1), int(item.RegionLocationMaxY1)]
        except (AttributeError, TypeError, ValueError):
            continue
        spacing = (float(item.PhysicalDeltaX) * 10.0, float(item.PhysicalDeltaY) * 10.0)
        regions.append(UltrasoundRegion(*bounds, spacing))
    return regions


def _region_spacing(ds: pydicom.Dataset, shape: tuple[int, int]) -> tuple[tuple[float, float], str] | None:
    """Spacing (mm) of the region holding the image centre, else of the first 2D tissue region,
    and which region it is ("ultrasound region 1")."""
    regions = ultrasound_regions(ds)
    if not regions:
        return None
    rows, cols = shape
    containing = [r for r in regions if r.contains(cols / 2, rows / 2)]
    region = (containing or regions)[0]
    return region.spacing_mm, f"ultrasound region {regions.index(region) + 1}"


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


def _attribute_spacing(ds: pydicom.Dataset) -> tuple[tuple[float, float], str] | None:
    """(x, y) spacing (mm) of Pixel Spacing, else Imager Pixel Spacing, and which it was."""
    for keyword, name in (("PixelSpacing", "Pixel Spacing"), ("ImagerPixelSpacing", "Imager Pixel Spacing")):
        value = ds.get(keyword)
        if value is not None and len(value) == 2:
            row_spacing, col_spacing = float(value[0]), float(value[1])
            if row_spacing > 0 and col_spacing > 0:
                return (col_spacing, row_spacing), name
    return None


def pixel_data_sha256(path: Path) -> str:
    """SHA-256 of a DICOM file's pixel data as stored, compressed or not (what makes a resent image
    the same), read without decoding it."""
    import hashlib

    import pydicom

    ds = pydicom.dcmread(path, defer_size=None)
    return hashlib.sha256(bytes(ds.get("PixelData", b""))).hexdigest()
