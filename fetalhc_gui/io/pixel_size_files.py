"""Finding the pixel-size CSV that belongs to a folder of images (the HC18 layout keeps
``training_set_pixel_size_and_HC.csv`` beside the image folder)."""

from __future__ import annotations

from pathlib import Path

from fetalhc_gui.core.errors import PixelSizeError
from fetalhc_gui.core.pixel_size import read_pixel_size_csv

#: CSV files larger than this are not looked into (a pixel-size table of 100,000 images is smaller).
MAX_CSV_BYTES = 20 * 1024 * 1024


def find_pixel_size_csv(folder: Path, image_names: set[str]) -> Path | None:
    """A pixel-size CSV (HC18 form) in ``folder`` or beside it that names at least one of
    ``image_names``, the one naming most of them; None when there is none."""
    candidates = [*sorted(folder.glob("*.csv")), *sorted(folder.parent.glob("*.csv"))]
    best, best_count = None, 0
    for path in candidates:
        try:
            if path.stat().st_size > MAX_CSV_BYTES:
                continue
            count = len(image_names & read_pixel_size_csv(path).keys())
        except (OSError, PixelSizeError):
            continue
        if count > best_count:
            best, best_count = path, count
    return best
