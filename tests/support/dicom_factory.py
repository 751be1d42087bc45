"""Building small DICOM files for tests."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.pixels import convert_color_space
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

US_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.6.1"
US_MULTIFRAME_STORAGE = "1.2.840.10008.5.1.4.1.1.3.1"


def region(x0, y0, x1, y1, delta_x_cm, delta_y_cm, units=3, spatial=1, data_type=1) -> Dataset:
    item = Dataset()
    item.RegionSpatialFormat = spatial
    item.RegionDataType = data_type
    item.RegionLocationMinX0, item.RegionLocationMinY0 = x0, y0
    item.RegionLocationMaxX1, item.RegionLocationMaxY1 = x1, y1
    item.PhysicalUnitsXDirection = units
    item.PhysicalUnitsYDirection = units
    item.PhysicalDeltaX = delta_x_cm
    item.PhysicalDeltaY = delta_y_cm
    return item


def write_dicom(
    path: Path,
    pixels: np.ndarray,
    photometric: str = "MONOCHROME2",
    regions: list[Dataset] | None = None,
    pixel_spacing: tuple[float, float] | None = None,
    with_pixels: bool = True,
) -> Path:
    """Write ``pixels`` (rows, cols), (rows, cols, 3) or (frames, rows, cols[, 3]) as uncompressed DICOM."""
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    multi = pixels.ndim == 4 or (pixels.ndim == 3 and photometric.startswith("MONO"))
    ds.file_meta.MediaStorageSOPClassUID = US_MULTIFRAME_STORAGE if multi else US_IMAGE_STORAGE
    ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.SOPClassUID = ds.file_meta.MediaStorageSOPClassUID
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID
    ds.Modality = "US"
    color = not photometric.startswith("MONO")
    frames = pixels.shape[0] if multi else 1
    rows, cols = pixels.shape[1:3] if multi else pixels.shape[:2]
    ds.Rows, ds.Columns = rows, cols
    if multi:
        ds.NumberOfFrames = frames
    ds.SamplesPerPixel = 3 if color else 1
    ds.PhotometricInterpretation = photometric
    if color:
        ds.PlanarConfiguration = 0
    bits = 16 if pixels.dtype == np.uint16 else 8
    ds.BitsAllocated = ds.BitsStored = bits
    ds.HighBit = bits - 1
    ds.PixelRepresentation = 0
    if regions is not None:
        ds.SequenceOfUltrasoundRegions = Sequence(regions)
    if pixel_spacing is not None:
        ds.PixelSpacing = list(pixel_spacing)
    if with_pixels:
        data = pixels
        if photometric == "YBR_FULL":
            data = convert_color_space(pixels, "RGB", "YBR_FULL")
        elif photometric == "YBR_FULL_422":
            data = _subsample_422(convert_color_space(pixels, "RGB", "YBR_FULL"))
        ds.PixelData = data.tobytes()
    ds.save_as(path, enforce_file_format=True)
    return path


def _subsample_422(ybr: np.ndarray) -> np.ndarray:
    """Pack YBR_FULL pixels as YBR_FULL_422: Y1 Y2 Cb Cr per pair of pixels."""
    rows, cols, _ = ybr.shape
    out = np.empty((rows, cols // 2, 4), np.uint8)
    out[..., 0] = ybr[:, 0::2, 0]
    out[..., 1] = ybr[:, 1::2, 0]
    out[..., 2] = ybr[:, 0::2, 1]
    out[..., 3] = ybr[:, 0::2, 2]
    return out
