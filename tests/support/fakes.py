"""A fake predictor for GUI tests: no model, a known ellipse, optional delay or failure."""

from __future__ import annotations

import time

import numpy as np

from fetalhc_gui.core.ellipse import Ellipse, rasterise
from fetalhc_gui.core.error_risk import SizeRisk
from fetalhc_gui.core.phantom import DEFAULT_HEAD
from fetalhc_gui.inference.plane_check import PlaneVerdict
from fetalhc_gui.inference.prediction import Prediction
from fetalhc_gui.inference.predictor import with_verdict
from fetalhc_gui.inference.quality import Quality
from fetalhc_gui.inference.uncertainty import Uncertainty


class FakePredictor:
    """Returns ``ellipse`` (pixels) for every image, after sleeping ``delay`` seconds; with ``fail`` finds no head."""

    name = "fake model 1.0"
    card = {"name": "fake model", "version": "1.0", "input_size": [8, 8], "postprocessing": {}}

    def __init__(
        self,
        ellipse: Ellipse = DEFAULT_HEAD,
        delay: float = 0.0,
        fail: bool = False,
        interval: tuple[float, float] | None = None,
        risk: SizeRisk | None = None,
        head_plane: bool | None = None,
        interval_scales: tuple[float, ...] | None = None,
    ):
        """``interval``: a 95% HC interval (pixels) to report, as a calibrated ensemble would;
        ``risk``: the error model's score, as a model with an error model would; ``head_plane``:
        the head-plane check's verdict (False: it looks like an abdomen), as a model with the check;
        ``interval_scales``: the HC bands' factors on the interval's half-width."""
        self.ellipse, self.delay, self.fail, self.interval, self.risk = ellipse, delay, fail, interval, risk
        self.head_plane, self.interval_scales = head_plane, interval_scales
        self.calls = 0

    def predict(self, gray: np.ndarray) -> Prediction:
        self.calls += 1
        time.sleep(self.delay)
        shape = gray.shape[:2]
        probability = rasterise(self.ellipse, shape).astype(np.float32)
        if self.fail:
            return Prediction(probability * 0, probability.astype(np.uint8) * 0, None, None, "No head was found.")
        quality = Quality(0.95, 0.99, 0.5, 0.98)
        uncertainty = Uncertainty(*self.interval, 3.0, False, self.interval_scales) if self.interval else None
        mask = probability.astype(np.uint8)
        prediction = Prediction(probability, mask, self.ellipse, quality, uncertainty=uncertainty, risk=self.risk)
        if self.head_plane is None:
            return prediction
        verdict = PlaneVerdict(0.9 if self.head_plane else 0.02, self.head_plane, "abdomen")
        return with_verdict(prediction, verdict)

    def refit(self, prediction: Prediction, aspect: float) -> Prediction:
        return prediction

    def predict_batch(self, grays: list[np.ndarray]) -> list[Prediction]:
        return [self.predict(gray) for gray in grays]
