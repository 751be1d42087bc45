"""Inference: from an 8-bit grayscale image to the head probability map, mask, ellipse and quality.

ONNX Runtime is the default runtime (fast to import, small); Keras can be selected. A
``Predictor`` may be called from any one worker thread at a time or from several (calls are
serialised by a lock).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from fetalhc_gui.core.ellipse import Ellipse, fit_probability
from fetalhc_gui.core.errors import EllipseFitError
from fetalhc_gui.model.artifact import KERAS_FILE, ONNX_FILE, ModelLoadError, bundled_model_dir, read_card
from fetalhc_gui.model.preprocessing import to_model_input, to_original_resolution
from fetalhc_gui.model.quality import Quality, assess, not_a_head

BACKENDS = ("onnx", "keras")


@dataclass(frozen=True)
class Prediction:
    """One image's result. ``probability`` is at the original resolution (rows, cols), values 0..1;
    ``mask`` is the thresholded map (uint8 0/1). ``ellipse`` (pixels) and ``quality`` are None and
    ``error`` says why when no head was found."""

    probability: np.ndarray
    mask: np.ndarray
    ellipse: Ellipse | None
    quality: Quality | None
    error: str | None = None


class Predictor:
    """The U-Net of a model folder, ready to measure images."""

    def __init__(
        self,
        model_dir: str | Path | None = None,
        backend: str = "onnx",
        test_time_flip: bool = False,
        card: dict | None = None,
    ):
        if backend not in BACKENDS:
            raise ValueError(f"backend must be one of {BACKENDS}, got {backend!r}")
        self.model_dir = Path(model_dir) if model_dir else bundled_model_dir()
        self.card = card if card is not None else read_card(self.model_dir)
        self.backend = backend
        self.test_time_flip = test_time_flip
        self.input_size: tuple[int, int] = tuple(self.card["input_size"])
        self.threshold: float = float(self.card["postprocessing"].get("threshold", 0.5))
        self.boundary_offset_px: float = float(self.card["postprocessing"]["boundary_offset_px"])
        self._lock = threading.Lock()
        self._run = self._load_onnx() if backend == "onnx" else self._load_keras()

    @property
    def name(self) -> str:
        """The model's name and version, for display."""
        return f"{self.card['name']} {self.card.get('version', '')}".strip()

    def _load_onnx(self):
        import onnxruntime as ort

        path = self.model_dir / ONNX_FILE
        if not path.exists():
            raise ModelLoadError(f"The model file {path} does not exist.")
        try:
            options = ort.SessionOptions()
            options.log_severity_level = 3
            session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own exception types for bad files
            raise ModelLoadError(f"The model file {path} could not be loaded: {exc}") from exc
        expected = list(session.get_inputs()[0].shape[1:3])
        if expected != list(self.input_size):
            raise ModelLoadError(f"{path} expects input {expected}, but its card says {list(self.input_size)}.")
        input_name = session.get_inputs()[0].name
        return lambda batch: session.run(None, {input_name: batch})[0]

    def _load_keras(self):
        import tensorflow as tf

        from fetalhc_gui.model.artifact import load_keras_model

        model = load_keras_model(self.model_dir / KERAS_FILE)
        signature = [tf.TensorSpec((None, *self.input_size, 1), tf.float32)]
        run = tf.function(lambda x: model(x, training=False), input_signature=signature)
        return lambda batch: run(batch).numpy()

    def probability_at_model_size(self, grays: list[np.ndarray]) -> np.ndarray:
        """Head probabilities (n, rows, cols) at the model's input size for 8-bit grayscale images."""
        batch = np.stack([to_model_input(g, self.input_size) for g in grays])
        with self._lock:
            probability = self._run(batch)
            if self.test_time_flip:
                probability = 0.5 * (probability + self._run(batch[:, :, ::-1].copy())[:, :, ::-1])
        return probability[..., 0]

    def predict(self, gray: np.ndarray) -> Prediction:
        """Measure one 8-bit grayscale image (rows, cols)."""
        return self.predict_batch([gray])[0]

    def predict_batch(self, grays: list[np.ndarray], batch_size: int = 8) -> list[Prediction]:
        """Measure several 8-bit grayscale images, ``batch_size`` at a time through the network."""
        results = []
        for start in range(0, len(grays), batch_size):
            chunk = grays[start : start + batch_size]
            for gray, probability in zip(chunk, self.probability_at_model_size(chunk), strict=True):
                results.append(self.postprocess(probability, gray.shape[:2]))
        return results

    def postprocess(self, probability: np.ndarray, shape: tuple[int, int]) -> Prediction:
        """A model-size probability map turned into a Prediction at the image ``shape`` (rows, cols)."""
        full = to_original_resolution(probability, shape)
        mask = (full >= self.threshold).astype(np.uint8)
        try:
            ellipse = fit_probability(full, self.threshold, self.boundary_offset_px)
        except EllipseFitError as exc:
            return Prediction(full, mask, None, None, str(exc))
        reason = not_a_head(ellipse)
        if reason:
            return Prediction(full, mask, None, None, reason)
        return Prediction(full, mask, ellipse, assess(full, ellipse, self.boundary_offset_px, self.threshold))
