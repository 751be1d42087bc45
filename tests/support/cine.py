"""Cine loops for the tests: phantom frames that say which frame they are, and a predictor that reads it."""

from __future__ import annotations

import numpy as np

from fetalhc_gui.core.ellipse import Ellipse, rasterise
from fetalhc_gui.core.phantom import head_phantom
from fetalhc_gui.inference.prediction import Prediction
from fetalhc_gui.inference.quality import Quality

FRAMES = 12


BEST = 7


def head_of(frame: int) -> Ellipse:
    """The phantom head grows over the loop: 150 px + 4 px per frame (semi-axis a)."""
    return Ellipse(400, 270, 150 + 4 * frame, 115 + 3 * frame, 0.2)


class LoopPredictor:
    """Finds each frame's head (read from the frame's mean level) with a quality that peaks at BEST."""

    name = "loop fake 1.0"

    def predict_batch(self, grays):
        return [self._predict(g) for g in grays]

    def refit(self, prediction, aspect):
        return prediction

    def _predict(self, gray):
        frame = int(gray[0, 0])
        ellipse = head_of(frame)
        mask = rasterise(ellipse, gray.shape[:2])
        score = 0.95 - 0.03 * abs(frame - BEST)
        reasons = ("the model is unsure of the head region",) if frame == 0 else ()
        return Prediction(mask.astype(np.float32), mask, ellipse, Quality(score, 0.99, 0.5, 0.98, reasons))


def marked_loop(frames: int = FRAMES) -> np.ndarray:
    """Phantom frames, each carrying its own number in pixel (0, 0) for the fake predictor."""
    loop = np.stack([head_phantom(head_of(i), seed=i) for i in range(frames)])
    loop[:, 0, 0] = np.arange(frames)
    return loop
