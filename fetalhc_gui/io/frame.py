"""One frame read from an image file, and the checks and conversions every reader shares."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from fetalhc_gui.core.errors import ImageLoadError, PixelSizeError
from fetalhc_gui.core.exam_check import ExamHeader
from fetalhc_gui.core.identity import Identity
from fetalhc_gui.core.pixel_size import PixelSize, PixelSizeSource, validate_pixel_size

#: Largest side in pixels accepted; anything bigger is not an ultrasound frame.
MAX_SIDE = 16384
#: Most pixels in one frame accepted (scanner frames have 0.3-2.5 million): reading one takes about
#: 10 bytes per pixel at its peak, so this bounds a measurement's memory near 1.2 GB.
MAX_PIXELS = 90_000_000
#: Smallest side in pixels accepted.
MIN_SIDE = 16
#: Relative difference between x and y spacing above which the spacing counts as anisotropic.
ANISOTROPY_TOLERANCE = 0.01


@dataclass(frozen=True)
class UltrasoundRegion:
    """A 2D tissue region of a DICOM ultrasound image: its bounds in pixels (inclusive) and its
    spacing in mm per pixel across (x) and down (y)."""

    x0: int
    y0: int
    x1: int
    y1: int
    spacing_mm: tuple[float, float]

    def contains(self, x: float, y: float) -> bool:
        """True if the pixel position (x, y) lies inside the region."""
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1


@dataclass
class LoadedImage:
    """One frame of an image file.

    display: uint8 pixels for display, (rows, cols) gray or (rows, cols, 3) RGB.
    gray: uint8 (rows, cols) grayscale for the model.
    pixel_size: mm per pixel (across and down) and its source, or None when the file gives none.
    spacing_mm: (x, y) spacing in mm per pixel as the file states it, when it states one.
    warnings: things the user should know (an unusable spacing, a rescaled 16-bit image).
    regions: the 2D tissue ultrasound regions of a DICOM file (split screens have several).
    identity: the patient and exam a DICOM file names (empty for other formats).
    exam: what a DICOM header says of the exam, for the exam check (empty for other formats).
    """

    path: Path
    display: np.ndarray
    gray: np.ndarray
    frame_index: int = 0
    frame_count: int = 1
    pixel_size: PixelSize | None = None
    spacing_mm: tuple[float, float] | None = None
    metadata: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    regions: list[UltrasoundRegion] = field(default_factory=list)
    identity: Identity = field(default_factory=Identity)
    exam: ExamHeader = field(default_factory=ExamHeader)

    @property
    def shape(self) -> tuple[int, int]:
        """(rows, cols) in pixels."""
        return self.gray.shape[:2]


def check_size(path: Path, cols: int, rows: int) -> None:
    """ImageLoadError unless both sides lie between MIN_SIDE and MAX_SIDE pixels and the frame has
    at most MAX_PIXELS pixels (checked from the header, before any pixel is decoded)."""
    if min(cols, rows) < MIN_SIDE or max(cols, rows) > MAX_SIDE or cols * rows > MAX_PIXELS:
        raise ImageLoadError(
            f"{path.name}: an image of {cols} x {rows} pixels is not an ultrasound frame "
            f"(each side must be {MIN_SIDE} to {MAX_SIDE} pixels, {MAX_PIXELS // 1_000_000} megapixels at most)."
        )


def check_frame(path: Path, frame: int, frame_count: int) -> None:
    """ImageLoadError unless ``frame`` is a valid index below ``frame_count``."""
    if not 0 <= frame < frame_count:
        raise ImageLoadError(f"{path.name}: frame {frame + 1} does not exist (the file has {frame_count}).")


def stretch_to_uint8(array: np.ndarray) -> np.ndarray:
    """Linearly map an array's min..max to 0..255 (uint8); a constant array becomes 0."""
    values = array.astype(np.float64)
    low, high = float(values.min()), float(values.max())
    if high <= low:
        return np.zeros(array.shape, np.uint8)
    return np.round((values - low) * (255.0 / (high - low))).astype(np.uint8)


def to_gray(pixels: np.ndarray) -> np.ndarray:
    """uint8 grayscale (rows, cols) of a gray or RGB uint8 array."""
    if pixels.ndim == 2:
        return np.ascontiguousarray(pixels)
    return cv2.cvtColor(np.ascontiguousarray(pixels[..., :3]), cv2.COLOR_RGB2GRAY)


def pixel_size_from_spacing(spacing_mm: tuple[float, float], detail: str = "") -> PixelSize:
    """The DICOM PixelSize of an (x, y) spacing in mm per pixel: square when the spacings agree
    to ANISOTROPY_TOLERANCE, else with both; PixelSizeError when a spacing is implausible."""
    dx, dy = spacing_mm
    try:
        if abs(dx - dy) <= ANISOTROPY_TOLERANCE * max(dx, dy):
            return PixelSize(validate_pixel_size((dx + dy) / 2), PixelSizeSource.DICOM, detail)
        return PixelSize(validate_pixel_size(dx), PixelSizeSource.DICOM, detail, mm_y=validate_pixel_size(dy))
    except PixelSizeError as exc:
        raise PixelSizeError(f"The pixel size in the file is not usable: {exc}") from exc


def pixel_size_at(image: LoadedImage, x: float, y: float) -> PixelSize | None:
    """The pixel size (mm/px) for a head centred at pixel (x, y).

    With several ultrasound regions (a split screen) it is that of the region holding the
    point, and says which; otherwise, or when no region holds it, the image's own pixel size.
    A region whose spacing is implausible gives None.
    """
    if len(image.regions) < 2:
        return image.pixel_size
    for number, region in enumerate(image.regions, start=1):
        if region.contains(x, y):
            detail = f"ultrasound region {number} of {len(image.regions)}, the one holding the head"
            try:
                return pixel_size_from_spacing(region.spacing_mm, detail)
            except PixelSizeError:
                return None
    return image.pixel_size
