"""What the window writes where the user asks: the measurements as records (CSV, JSON, the HC18
submission), anonymised or not, and an image with its overlay; never over an opened image."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.io.atomic import atomic_write_bytes
from fetalhc_gui.io.export import is_measured, write_records
from fetalhc_gui.io.output_paths import check_not_an_input
from fetalhc_gui.io.overlay import draw_overlay, encode_png


def export_records(path: Path, rows: list[dict], fmt: str, inputs: list[Path]) -> int:
    """Write ``rows`` (records, ``core.record``) to ``path`` as ``csv``, ``json`` or ``hc18`` (only
    rows with an HC in mm), unless ``path`` is one of the ``inputs``; how many were written.
    FetalHCError when there is nothing to write."""
    check_not_an_input(Path(path), inputs, option="")
    if fmt == "hc18":
        rows = [r for r in rows if is_measured(r)]
    if not rows:
        raise FetalHCError("There is nothing to export: measure at least one image (with a pixel size).")
    write_records(path, rows, fmt)
    return len(rows)


def export_overlay_png(
    path: Path,
    display: np.ndarray,
    ellipse: Ellipse | None,
    mask: np.ndarray | None,
    mask_opacity: float,
    caption: str,
    inputs: list[Path],
) -> None:
    """Write ``display`` (uint8 gray or RGB) with its mask, ``ellipse`` (pixels) and ``caption`` as
    a PNG at the image's resolution, unless ``path`` is one of the ``inputs``."""
    check_not_an_input(Path(path), inputs, option="")
    atomic_write_bytes(path, encode_png(draw_overlay(display, ellipse, mask, mask_opacity, caption)))
