"""Scanning a cine loop: every frame measured in batches, and the chosen frame's full result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fetalhc_gui.core.cine import FrameMeasure, best_frame
from fetalhc_gui.core.frame import LoadedImage
from fetalhc_gui.model.batch import BATCH_SIZE, FileResult, chunks, measure_loaded
from fetalhc_gui.model.predictor import Predictor


def frame_measure(result: FileResult) -> FrameMeasure:
    """The compact record of one measured frame (no pixels kept)."""
    prediction = result.prediction
    if result.error is not None or prediction is None or prediction.ellipse is None:
        return FrameMeasure(result.frame, None, error=result.error or "No head was found.")
    return FrameMeasure(
        result.frame,
        prediction.ellipse,
        prediction.quality.score,
        tuple(prediction.quality.reasons),
        prediction.hc_interval_px,
    )


@dataclass(frozen=True)
class CineScan:
    """Every frame's measure, the chosen frame and its full result (image and prediction), or
    ``cancelled`` when the scan was stopped (nothing is chosen then)."""

    frames: list[FrameMeasure]
    best: int | None
    best_result: FileResult | None
    cancelled: bool = False


def scan_cine(
    predictor: Predictor,
    images: list[LoadedImage],
    on_progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    batch_size: int = BATCH_SIZE,
) -> CineScan:
    """Measure every frame of a loop, ``batch_size`` frames at a time; ``on_progress(done, total)``
    after each batch, ``should_stop()`` polled before each. The chosen frame is measured once
    more to return its full result (only the compact records of the others are kept)."""
    frames: list[FrameMeasure] = []
    for chunk in chunks(images, batch_size):
        if should_stop and should_stop():
            return CineScan(frames, None, None, cancelled=True)
        frames.extend(frame_measure(r) for r in measure_loaded(predictor, chunk))
        if on_progress:
            on_progress(len(frames), len(images))
    best = best_frame(frames)
    result = measure_loaded(predictor, [images[best]])[0] if best is not None else None
    return CineScan(frames, best, result)
