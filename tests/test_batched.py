"""Measuring a batch gives the records measuring one image at a time gives: the second stage runs
once over the batch's crops, and nothing of one image may leak into another's result."""

from __future__ import annotations

import cv2
import numpy as np

from fetalhc_gui.app.measuring import measure_files, measure_one
from fetalhc_gui.app.pixel_size_rule import PixelSizeOptions
from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.phantom import head_phantom
from fetalhc_gui.core.pixel_size import PixelSize, PixelSizeSource
from fetalhc_gui.core.record import PROVENANCE_COLUMNS


def _images(folder) -> list:
    """Nine images: heads of several sizes, places and angles, and one without a head (the whole
    first stage measures it, outside the batched second stage)."""
    paths = []
    for i in range(8):
        head = Ellipse(380 + 9 * i, 260 + 4 * i, 120 + 12 * i, 90 + 9 * i, 0.2 * i)
        paths.append(folder / f"{i:03d}_HC.png")
        cv2.imwrite(str(paths[-1]), head_phantom(head, seed=i))
    paths.insert(4, folder / "empty_HC.png")
    cv2.imwrite(str(paths[4]), np.random.default_rng(1).integers(0, 40, (540, 800), dtype=np.uint8))
    return paths


def test_a_batch_gives_the_records_of_one_image_at_a_time(tmp_path, bundled_predictor):
    assert bundled_predictor.locates_with_one_member  # the bundled ensemble takes the batched path
    sizes = PixelSizeOptions(default=PixelSize(0.12, PixelSizeSource.MANUAL))
    paths = _images(tmp_path)
    batched = measure_files(bundled_predictor, paths, sizes)
    one_by_one = [measure_one(bundled_predictor, path, sizes).row for path in paths]

    def clinical(row: dict) -> dict:
        return {k: v for k, v in row.items() if k not in PROVENANCE_COLUMNS}

    assert [clinical(r) for r in batched] == [clinical(r) for r in one_by_one]
    measured = [r.get("hc_mm") not in (None, "") for r in batched]
    assert sum(measured) >= 7 and not measured[4], [r["status"] for r in batched]
