"""Reading and measuring frames in batches: the network runs once per batch of up to BATCH_SIZE.

Unreadable files and failed measurements become results with their error; nothing is raised.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.inference.prediction import Prediction
from fetalhc_gui.io.frame import LoadedImage, pixel_size_at
from fetalhc_gui.io.images import load_image

BATCH_SIZE = 8

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileResult:
    """One measured file (one frame of it): the image read and its Prediction, or why it failed.

    ``error`` is set when the file could not be read, the measurement raised, or no head was
    found (``prediction`` is then kept where there is one).
    """

    path: Path
    frame: int
    image: LoadedImage | None
    prediction: Prediction | None
    error: str | None


def chunks(items: list, size: int) -> Iterator[list]:
    """Consecutive slices of ``items`` of at most ``size`` elements."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def measure_batch(predictor, items: list[tuple[Path, int]]) -> list[FileResult]:
    """Read and measure several (file, frame) pairs, the network running once over all of them."""
    results: list[FileResult | None] = [None] * len(items)
    loaded = []
    for i, (path, frame) in enumerate(items):
        try:
            loaded.append((i, load_image(path, frame)))
        except FetalHCError as exc:
            results[i] = FileResult(path, frame, None, None, str(exc))
    for (i, _), result in zip(loaded, measure_loaded(predictor, [image for _, image in loaded]), strict=True):
        results[i] = result
    return results


def measure_loaded(predictor, images: list[LoadedImage], screening: bool = False) -> list[FileResult]:
    """Measure frames already read, the network running once over all of them; nothing is raised.
    With ``screening``, the predictor's quick look (``screen_batch``) where it has one."""
    run = getattr(predictor, "screen_batch", predictor.predict_batch) if screening else predictor.predict_batch
    try:
        predictions = run([image.gray for image in images]) if images else []
    except Exception as exc:  # a crash in the model must become a message on these images
        log.exception("measuring %d images failed", len(images))
        predictions = [None] * len(images)
        failure = f"The measurement failed: {exc}"
    results = []
    for image, prediction in zip(images, predictions, strict=True):
        if prediction is not None and prediction.ellipse is not None:
            prediction = in_physical_proportions(predictor, prediction, image)
        if prediction is None:
            error = failure
        elif prediction.ellipse is None:
            error = prediction.error or "No head was found."
        else:
            error = None
        results.append(FileResult(image.path, image.frame_index, image, prediction, error))
    return results


def in_physical_proportions(predictor, prediction: Prediction, image: LoadedImage) -> Prediction:
    """The prediction refitted in millimetres where the file's pixels at the head are not square."""
    head = prediction.ellipse
    own = pixel_size_at(image, head.cx, head.cy)
    return prediction if own is None or own.square else predictor.refit(prediction, own.aspect)
