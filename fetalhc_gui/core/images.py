"""Reading ultrasound images: PNG, JPEG, BMP, TIFF (Pillow) and DICOM (pydicom).

Every failure raises ImageLoadError with a message a sonographer understands.
"""

from __future__ import annotations

import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, UnidentifiedImageError

from fetalhc_gui.core.errors import ImageLoadError
from fetalhc_gui.core.pixel_size import PixelSize

#: Largest side in pixels accepted; anything bigger is not an ultrasound frame.
MAX_SIDE = 16384
#: Smallest side in pixels accepted.
MIN_SIDE = 16

RASTER_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff")
DICOM_SUFFIXES = (".dcm", ".dicom")
IMAGE_SUFFIXES = RASTER_SUFFIXES + DICOM_SUFFIXES


@dataclass
class LoadedImage:
    """One frame of an image file.

    display: uint8 pixels for display, (rows, cols) gray or (rows, cols, 3) RGB.
    gray: uint8 (rows, cols) grayscale for the model.
    pixel_size: isotropic mm per pixel and its source, or None when the file gives none.
    spacing_mm: (x, y) spacing in mm per pixel as the file states it, when it states one.
    warnings: things the user should know (anisotropic spacing, a rescaled 16-bit image).
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

    @property
    def shape(self) -> tuple[int, int]:
        """(rows, cols) in pixels."""
        return self.gray.shape[:2]


def expand_image_paths(paths: list[str | Path]) -> list[Path]:
    """Files as given and, for each folder, the images inside it (sorted by name).

    Inside folders, files named ``*_Annotation*`` (HC18 masks) are skipped; files named
    explicitly are always kept.
    """
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(
                p
                for p in path.iterdir()
                if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES and "_Annotation" not in p.stem
            )
        else:
            files.append(path)
    return files


def is_dicom(path: Path) -> bool:
    """True for a ``.dcm`` name or a file with the DICOM preamble."""
    if path.suffix.lower() in DICOM_SUFFIXES:
        return True
    try:
        with path.open("rb") as handle:
            handle.seek(128)
            return handle.read(4) == b"DICM"
    except OSError:
        return False


def check_file(path: Path) -> None:
    """ImageLoadError unless ``path`` is an existing, non-empty file."""
    if not path.is_file():
        raise ImageLoadError(f"{path.name}: the file does not exist.")
    if path.stat().st_size == 0:
        raise ImageLoadError(f"{path.name}: the file is empty.")


def load_image(path: str | Path, frame: int = 0) -> LoadedImage:
    """Read frame ``frame`` of an image file (any supported format)."""
    path = Path(path)
    check_file(path)
    if is_dicom(path):
        from fetalhc_gui.core.dicom import load_dicom

        return load_dicom(path, frame)
    return load_raster(path, frame)


def probe_image(path: str | Path) -> int:
    """The frame count of an image file, read from its header only; ImageLoadError if it is unusable."""
    path = Path(path)
    check_file(path)
    if is_dicom(path):
        from fetalhc_gui.core.dicom import probe_dicom

        return probe_dicom(path)
    with pillow_errors(path), Image.open(path) as image:
        check_size(path, image.width, image.height)
        return getattr(image, "n_frames", 1)


@contextmanager
def pillow_errors(path: Path):
    """Turn what Pillow raises for a bad file into ImageLoadError with a plain message."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            yield
    except ImageLoadError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageLoadError(f"{path.name}: this is not an image format FetalHC can read ({exc}).") from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ImageLoadError(f"{path.name}: the image is damaged or truncated ({exc}).") from exc


def load_raster(path: Path, frame: int = 0) -> LoadedImage:
    """Read a PNG, JPEG, BMP or TIFF frame (8- or 16-bit; gray, RGB, RGBA or palette)."""
    with pillow_errors(path), Image.open(path) as image:
        check_size(path, image.width, image.height)
        frame_count = getattr(image, "n_frames", 1)
        check_frame(path, frame, frame_count)
        image.seek(frame)
        image.load()
        fmt = image.format
        pixels, notes = to_display_array(image)
    metadata = {"format": fmt, "rows": pixels.shape[0], "cols": pixels.shape[1]}
    return LoadedImage(path, pixels, to_gray(pixels), frame, frame_count, metadata=metadata, warnings=notes)


def check_size(path: Path, cols: int, rows: int) -> None:
    """ImageLoadError unless both sides lie between MIN_SIDE and MAX_SIDE pixels."""
    if min(cols, rows) < MIN_SIDE or max(cols, rows) > MAX_SIDE:
        raise ImageLoadError(
            f"{path.name}: an image of {cols} x {rows} pixels is not an ultrasound frame "
            f"(each side must be {MIN_SIDE} to {MAX_SIDE} pixels)."
        )


def check_frame(path: Path, frame: int, frame_count: int) -> None:
    """ImageLoadError unless ``frame`` is a valid index below ``frame_count``."""
    if not 0 <= frame < frame_count:
        raise ImageLoadError(f"{path.name}: frame {frame + 1} does not exist (the file has {frame_count}).")


def to_display_array(image: Image.Image) -> tuple[np.ndarray, list[str]]:
    """A Pillow image as uint8 gray (rows, cols) or RGB (rows, cols, 3), and notes for the user."""
    mode = image.mode
    if mode in ("1", "L"):
        return np.asarray(image.convert("L")), []
    if mode in ("P", "PA", "RGB", "RGBA", "LA", "CMYK", "YCbCr", "LAB", "HSV"):
        converted = image.convert("L" if mode in ("LA",) else "RGB")
        return np.asarray(converted), []
    array = np.asarray(image)
    if array.ndim == 3:
        array = array[..., :3]
    return stretch_to_uint8(array), [f"The {mode} image was rescaled to 8 bits for display and measurement."]


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
