"""Reading ultrasound images: PNG, JPEG, BMP, TIFF (Pillow) and DICOM (pydicom).

Every failure raises ImageLoadError with a message a sonographer understands.
"""

from __future__ import annotations

import warnings
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from PIL import Image, UnidentifiedImageError

from fetalhc_gui.core.errors import ImageLoadError
from fetalhc_gui.core.identity import Identity
from fetalhc_gui.io.dicom import (
    DICOM_SUFFIXES,
    load_dicom,
    load_dicom_frames,
    looks_like_dicom,
    probe_dicom,
)
from fetalhc_gui.io.frame import LoadedImage, check_frame, check_size, stretch_to_uint8, to_gray

RASTER_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff")
IMAGE_SUFFIXES = RASTER_SUFFIXES + DICOM_SUFFIXES


def check_file(path: Path) -> None:
    """ImageLoadError unless ``path`` is an existing, non-empty file."""
    if not path.is_file():
        if path.is_symlink():
            raise ImageLoadError(f"{path.name}: the link leads nowhere or loops; there is no image to read.")
        raise ImageLoadError(f"{path.name}: the file does not exist.")
    if path.stat().st_size == 0:
        raise ImageLoadError(f"{path.name}: the file is empty.")


def load_image(path: str | Path, frame: int = 0) -> LoadedImage:
    """Read frame ``frame`` of an image file (any supported format)."""
    path = Path(path)
    check_file(path)
    if looks_like_dicom(path):
        return load_dicom(path, frame)
    return load_raster(path, frame)


def load_frames(path: str | Path) -> list[LoadedImage]:
    """Every frame of an image file, the file read once (a cine loop; one frame for most files)."""
    path = Path(path)
    check_file(path)
    if looks_like_dicom(path):
        return load_dicom_frames(path)
    return [load_raster(path, frame) for frame in range(probe_image(path))]


def probe_image(path: str | Path) -> int:
    """The frame count of an image file, read from its header only; ImageLoadError if it is unusable."""
    return probe_header(path)[0]


def probe_header(path: str | Path) -> tuple[int, Identity]:
    """The frame count of an image file and the patient and exam it names (DICOM only; empty for
    other formats), from one read of its header; ImageLoadError if it is unusable."""
    path = Path(path)
    check_file(path)
    if looks_like_dicom(path):
        return probe_dicom(path)
    with pillow_errors(path), Image.open(path) as image:
        check_size(path, image.width, image.height)
        return getattr(image, "n_frames", 1), Identity()


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
        image.close()  # frees the decoded copy before the gray one is made
    metadata = {"format": fmt, "rows": pixels.shape[0], "cols": pixels.shape[1]}
    return LoadedImage(path, pixels, to_gray(pixels), frame, frame_count, metadata=metadata, warnings=notes)


def to_display_array(image: Image.Image) -> tuple[np.ndarray, list[str]]:
    """A Pillow image as uint8 gray (rows, cols) or RGB (rows, cols, 3), and notes for the user."""
    mode = image.mode
    if mode in ("L", "RGB"):  # as stored: no converted copy (it would double a large image's memory)
        return np.asarray(image), []
    if mode == "1":
        return np.asarray(image.convert("L")), []
    if mode in ("P", "PA", "RGBA", "LA", "CMYK", "YCbCr", "LAB", "HSV"):
        converted = image.convert("L" if mode in ("LA",) else "RGB")
        return np.asarray(converted), []
    array = np.asarray(image)
    if array.ndim == 3:
        array = array[..., :3]
    return stretch_to_uint8(array), [f"The {mode} image was rescaled to 8 bits for display and measurement."]
