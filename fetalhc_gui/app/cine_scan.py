"""Scanning a cine loop: every frame measured in batches, and the chosen frame's full result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fetalhc_gui.app.assessment import assess
from fetalhc_gui.app.batches import BATCH_SIZE, FileResult, chunks, measure_loaded
from fetalhc_gui.core.cine import FrameMeasure, best_frame, candidates
from fetalhc_gui.inference.predictor import Predictor
from fetalhc_gui.io.frame import LoadedImage

#: Frames measured again by the whole model after the quick look over the loop.
CANDIDATES = 6


def frame_measure(result: FileResult, screened: bool = False) -> FrameMeasure:
    """The compact record of one measured frame (no pixels kept), with the exam check's reason."""
    prediction = result.prediction
    if result.error is not None or prediction is None or prediction.ellipse is None:
        return FrameMeasure(result.frame, None, error=result.error or "No head was found.", screened=screened)
    return FrameMeasure(
        result.frame,
        prediction.ellipse,
        prediction.quality.score,
        assess(prediction, result.image).reasons,
        prediction.hc_interval_px,
        screened=screened,
        risk=prediction.risk,
        head_plane=prediction.head_plane,
        interval_scales=prediction.interval_scales,
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
    after each batch, ``should_stop()`` polled before each.

    A predictor with a quick look (``screen_batch``: an ensemble's first member) screens every
    frame with it, then measures the CANDIDATES best frames with the whole model and chooses
    among those; otherwise every frame is measured by the whole model. Only compact records are
    kept, except the chosen frame's full result.
    """
    screening = hasattr(predictor, "screen_batch")
    frames: list[FrameMeasure] = []
    total = len(images) + (CANDIDATES if screening else 0)
    for chunk in chunks(images, batch_size):
        if should_stop and should_stop():
            return CineScan(frames, None, None, cancelled=True)
        frames.extend(frame_measure(r, screening) for r in measure_loaded(predictor, chunk, screening))
        if on_progress:
            on_progress(len(frames), total)
    full = {}
    if screening:
        if should_stop and should_stop():
            return CineScan(frames, None, None, cancelled=True)
        for result in measure_loaded(predictor, [images[i] for i in candidates(frames, CANDIDATES)]):
            frames[result.frame] = frame_measure(result)
            full[result.frame] = result
        if on_progress:
            on_progress(total, total)
    best = best_frame(frames)
    if best is None:
        return CineScan(frames, None, None)
    result = full.get(best) or measure_loaded(predictor, [images[best]])[0]
    return CineScan(frames, best, result)
