"""The one pixel-size rule: which pixel size (mm/px) an image is measured with, in the window, on
the command line and in the DICOM node alike.

Highest first:

1. **A pixel size given for this image**: a row of a pixel-size CSV that names the file, a value
   the user typed or calibrated for this image in the window, or ``--force-pixel-size`` on the
   command line. This is how a user forces a value over a DICOM file's own.
2. **The file's own**: the DICOM ultrasound region that holds the head (a split screen has
   several), else the file's region or pixel spacing.
3. **A default for files without their own**: ``--pixel-size`` on the command line.

Without any of them the HC is given in pixels only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.pixel_size import PixelSize, PixelSizeSource
from fetalhc_gui.io.frame import LoadedImage, pixel_size_at


@dataclass(frozen=True)
class PixelSizeOptions:
    """What the user gave for a batch: ``per_file`` sizes (mm/px) by file name from the CSV named
    ``csv_name``, a size ``forced`` on every file, and a ``default`` for files without their own."""

    per_file: dict[str, float] = field(default_factory=dict)
    forced: PixelSize | None = None
    default: PixelSize | None = None
    csv_name: str = ""

    def given_for(self, filename: str) -> PixelSize | None:
        """The pixel size given for the file of this name (rule 1), or None."""
        if filename in self.per_file:
            return PixelSize(self.per_file[filename], PixelSizeSource.CSV, self.csv_name)
        return self.forced


def own_pixel_size(image: LoadedImage, head: Ellipse | None) -> PixelSize | None:
    """The file's own pixel size (rule 2): at the ``head`` (pixels) where one was found."""
    return pixel_size_at(image, head.cx, head.cy) if head is not None else image.pixel_size


def choose_pixel_size(given: PixelSize | None, own: PixelSize | None, default: PixelSize | None) -> PixelSize | None:
    """The rule: a size given for the image, else the file's own, else the default."""
    return given or own or default


def is_given(pixel_size: PixelSize | None) -> bool:
    """True for a pixel size the user gave (rule 1), False for a file's own or none."""
    return pixel_size is not None and pixel_size.source is not PixelSizeSource.DICOM
