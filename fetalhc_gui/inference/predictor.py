"""Inference: from an 8-bit grayscale image to the head probability map, mask, ellipse and quality.

The first stage (``model.onnx``) finds the head on the whole image, stretched to its input size;
its ellipse is snapped to the skull's outer edge in the image. A model with a second stage
(``crop.onnx``, card entry ``crop_stage``) then delineates the head again on a square crop around
that ellipse, at a fixed scale, and the final ellipse is fitted to that outline, snapped again.
An ensemble with a second stage places the crop with its first member alone
(``locates_with_one_member``); its second-stage members give the HC and their spread.

ONNX Runtime runs the networks (fast to import, small); ``training.keras_network`` can give the
first stage's Keras original instead. A ``Predictor`` may be called from any one worker thread at
a time or from several (calls are serialised by a lock).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np

from fetalhc_gui.core.biometry import hc_pixels
from fetalhc_gui.core.crop import CropFrame
from fetalhc_gui.core.edge_snap import EdgeSnap, edge_image, snap_to_smoothed
from fetalhc_gui.core.ellipse import Ellipse, component_outline, fit_points, head_component, outer_contour
from fetalhc_gui.core.errors import EllipseFitError
from fetalhc_gui.core.interval import interval_reason
from fetalhc_gui.inference.artifact import (
    CROP_ONNX_FILE,
    LOCATE_ONNX_FILE,
    ONNX_FILE,
    ModelLoadError,
    bundled_model_dir,
    read_card,
)
from fetalhc_gui.inference.error_model import ErrorModel, boundary_evidence
from fetalhc_gui.inference.large_images import within_budget
from fetalhc_gui.inference.plane_check import PlaneCheck, PlaneVerdict
from fetalhc_gui.inference.prediction import Prediction
from fetalhc_gui.inference.preprocessing import to_model_input, to_original_resolution
from fetalhc_gui.inference.quality import assess, not_a_head
from fetalhc_gui.inference.uncertainty import IntervalCalibration, member_hcs_px, spread, stretch_to

#: A network run on a batch (n, rows, cols, 1) of inputs in 0..1, giving maps (n, rows, cols, members).
Network = Callable[[np.ndarray], np.ndarray]

#: The second stage's map is upsampled by this factor before its outline is taken (sub-pixel outlines).
CROP_UPSAMPLE = 4


def _session_options(threads: int | None = None):
    """ONNX Runtime options for the predictor's sessions, with ``threads`` threads per run (None:
    one per core). Its worker threads do not spin-wait after a run: on a 2-core laptop spinning
    threads took the cores from the OpenCV postprocessing that follows each run (whole measurement
    87 ms with spinning, 61 ms without, ``make bench``)."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 3
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    if threads is not None:
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
    return options


class Predictor:
    """The U-Net of a model folder, ready to measure images."""

    def __init__(
        self,
        model_dir: str | Path | None = None,
        test_time_flip: bool = False,
        card: dict | None = None,
        with_evidence: bool = False,
        network: Network | None = None,
        threads: int | None = None,
    ):
        """The model in ``model_dir`` (None: the bundled one), its first stage run by ONNX Runtime
        unless another ``network`` is given (``training.keras_network``: the Keras original), with
        ``threads`` threads per network run (None: one per core; several measuring processes on
        one machine each take a share)."""
        self.model_dir = Path(model_dir) if model_dir else bundled_model_dir()
        self.card = dict(card if card is not None else read_card(self.model_dir))  # its hashes are checked here
        self.backend = "onnx" if network is None else "keras"
        self.test_time_flip = test_time_flip
        self.input_size: tuple[int, int] = tuple(self.card["input_size"])
        self.threshold: float = float(self.card["postprocessing"].get("threshold", 0.5))
        self.boundary_offset_px: float = float(self.card["postprocessing"]["boundary_offset_px"])
        self.members: int = int(self.card.get("ensemble", {}).get("members", 1))
        self.edge_snap: dict | None = self.card["postprocessing"].get("edge_snap")
        self.error_model = ErrorModel.from_card(self.card)
        self.crop_stage: dict | None = self.card.get("crop_stage")
        self.with_evidence = with_evidence or self.error_model is not None
        self.calibration = IntervalCalibration.from_card(self.card)
        self.threads = threads
        self.plane_check = self._load_plane_check()
        self._lock = threading.Lock()
        self._run = network or self._load_onnx()
        self._run_crop = self._onnx_session(CROP_ONNX_FILE, self._crop_size()) if self.crop_stage else None
        self._run_first_member = None

    @property
    def name(self) -> str:
        """The model's name and version, for display."""
        return f"{self.card['name']} {self.card.get('version', '')}".strip()

    def _load_plane_check(self) -> PlaneCheck | None:
        """The head-plane check the card names (``plane_check.file``), or None for a model without one."""
        entry = self.card.get("plane_check")
        if not entry:
            return None
        path = self.model_dir / entry["file"]
        try:
            self._verified_bytes(path)
            return PlaneCheck.load(path)
        except (OSError, ValueError, KeyError) as exc:
            raise ModelLoadError(f"The head-plane check {path} could not be read: {exc}") from exc

    def _load_onnx(self):
        return self._onnx_session(ONNX_FILE, self.input_size)

    def _verified_bytes(self, path: Path) -> bytes:
        """The bytes of a model file, hashed as they are read: ModelLoadError when the card gives
        another SHA-256 (a file changed or damaged since the card was written). The card then
        carries the hash computed here, which the reports print."""
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        files = dict(self.card.get("files") or {})
        expected = files.get(path.name)
        if expected and expected != digest:
            raise ModelLoadError(
                f"The model file {path} is not the one its card describes (SHA-256 {digest[:16]}..., the card "
                f"says {expected[:16]}...): it was changed or damaged; reinstall the model."
            )
        files[path.name] = digest
        self.card["files"] = files
        return data

    def _crop_size(self) -> tuple[int, int]:
        return tuple(self.crop_stage["input_size"])

    def _onnx_session(self, name: str, input_size: tuple[int, int]):
        """A function running the network in ``name`` of the model folder on a batch."""
        import onnxruntime as ort

        path = self.model_dir / name
        if not path.exists():
            raise ModelLoadError(f"The model file {path} does not exist.")
        network = self._verified_bytes(path)
        try:
            session = ort.InferenceSession(network, _session_options(self.threads), providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own exception types for bad files
            raise ModelLoadError(f"The model file {path} could not be loaded: {exc}") from exc
        expected = list(session.get_inputs()[0].shape[1:3])
        if expected != list(input_size):
            raise ModelLoadError(f"{path} expects input {expected}, but its card says {list(input_size)}.")
        input_name = session.get_inputs()[0].name
        return lambda batch: session.run(None, {input_name: batch})[0]

    def member_maps(self, grays: list[np.ndarray]) -> np.ndarray:
        """Head probabilities (n, rows, cols, members) at the model's input size for 8-bit grayscale images."""
        batch = np.stack([to_model_input(g, self.input_size) for g in grays])
        with self._lock:
            maps = self._run(batch)
            if self.test_time_flip:
                maps = 0.5 * (maps + self._run(batch[:, :, ::-1].copy())[:, :, ::-1])
        return maps

    def screen_batch(self, grays: list[np.ndarray]) -> list[Prediction]:
        """A quick look at many frames: the first member alone (about a quarter of an ensemble's
        network time), no interval. The whole model measures single-network models."""
        if self.members == 1 or self.backend != "onnx":
            return self.predict_batch(grays)
        return within_budget(grays, self._screen_batch)

    def _screen_batch(self, grays: list[np.ndarray]) -> list[Prediction]:
        maps = self.first_member_maps(grays)
        return [self.postprocess(m, g, with_spread=False, refine=False) for g, m in zip(grays, maps, strict=True)]

    def first_member_maps(self, grays: list[np.ndarray]) -> np.ndarray:
        """The first member's head probabilities (n, rows, cols, 1) at the model's input size."""
        batch = np.stack([to_model_input(g, self.input_size) for g in grays])
        with self._lock:
            if self._run_first_member is None:
                self._run_first_member = self._load_first_member()
            return self._run_first_member(batch)

    def _load_first_member(self) -> Network:
        """An ONNX Runtime session of the first member (``locate.onnx``); an ensemble built without
        one runs the whole first stage and keeps the first member's maps (slower, same result)."""
        import onnxruntime as ort

        path = self.model_dir / LOCATE_ONNX_FILE
        if not path.exists():
            return lambda batch: self._run(batch)[..., :1]
        session = ort.InferenceSession(str(path), _session_options(self.threads), providers=["CPUExecutionProvider"])
        input_name = session.get_inputs()[0].name

        def run(batch: np.ndarray) -> np.ndarray:
            maps = session.run(None, {input_name: batch})[0]
            return maps if maps.shape[-1] == 1 else maps.transpose(0, 2, 3, 1)  # NCHW inside the graph

        return run

    def probability_at_model_size(self, grays: list[np.ndarray]) -> np.ndarray:
        """The members' mean head probability (n, rows, cols) at the model's input size."""
        return self.member_maps(grays).mean(axis=-1)

    def predict(self, gray: np.ndarray) -> Prediction:
        """Measure one 8-bit grayscale image (rows, cols)."""
        return self.predict_batch([gray])[0]

    def predict_batch(self, grays: list[np.ndarray], batch_size: int = 8) -> list[Prediction]:
        """Measure several 8-bit grayscale images, ``batch_size`` at a time through the network
        (images above ``large_images.MAX_MEASURE_PIXELS`` on a reduced copy)."""
        return within_budget(grays, lambda reduced: self._predict_batch(reduced, batch_size))

    def _predict_batch(self, grays: list[np.ndarray], batch_size: int) -> list[Prediction]:
        results = []
        for start in range(0, len(grays), batch_size):
            chunk = grays[start : start + batch_size]
            if self.locates_with_one_member:
                results.extend(self._two_stages(chunk))
            else:
                maps = self.member_maps(chunk)
                results.extend(self.postprocess(m, gray) for gray, m in zip(chunk, maps, strict=True))
        return results

    def _two_stages(self, chunk: list[np.ndarray]) -> list[Prediction]:
        """An ensemble's measurement of a batch of images: the first member places each crop, the
        second stage's members run once on all the crops, and an image where the first member
        finds no head-shaped ellipse is measured by the whole first stage."""
        located = [self._locate(maps, gray) for gray, maps in zip(chunk, self.first_member_maps(chunk), strict=True)]
        heads = [i for i, (first, _edges) in enumerate(located) if first is not None]
        frames = {i: self._crop_frame(located[i][0]) for i in heads}
        crop_maps = dict(zip(heads, self._crop_maps([frames[i].cut(chunk[i]) for i in heads]), strict=True))
        return [
            self._second_stage(gray, located[i][1], frames[i], crop_maps[i], with_spread=True)
            if i in crop_maps
            else self.postprocess(self.member_maps([gray])[0], gray)
            for i, gray in enumerate(chunk)
        ]

    def _locate(self, maps: np.ndarray, gray: np.ndarray) -> tuple[Ellipse | None, np.ndarray | None]:
        """The snapped first-stage ellipse (pixels) that places the crop, None where the model-size
        ``maps`` hold no head-shaped one, and the edge image the snaps sample (None: no snap)."""
        shape = gray.shape[:2]
        full = to_original_resolution(maps.mean(axis=-1), shape)
        edges = edge_image(gray, float(self.edge_snap["sigma_px"])) if self.edge_snap else None
        try:
            mask = head_component(full >= self.threshold)
            outline = self._snapped(edges, component_outline(mask), self._scale(shape))[2]
            snapped = fit_points(outline)
        except EllipseFitError:
            return None, edges
        return (None if not_a_head(snapped) else snapped), edges

    @property
    def locates_with_one_member(self) -> bool:
        """True for an ensemble with a second stage on ONNX Runtime: its first member alone finds the
        head for the crop (a quarter of the first stage's network time), the whole first stage only
        where that member finds none. The second stage's members give the HC and its spread."""
        return self._run_crop is not None and self.members > 1 and self.backend == "onnx"

    def postprocess(
        self, maps: np.ndarray, gray: np.ndarray, with_spread: bool = True, refine: bool = True
    ) -> Prediction:
        """Model-size member maps (rows, cols, members) of the 8-bit image ``gray`` turned into a
        Prediction at its resolution. A model with a second stage delineates the head again on a
        crop around the first ellipse, unless not ``refine`` (a quick look); without
        ``with_spread`` the members' spread (and so the interval) is left out."""
        return self._measured(maps, gray, with_spread, refine)[0]

    def _measured(self, maps: np.ndarray, gray: np.ndarray, with_spread: bool, refine: bool) -> tuple[Prediction, bool]:
        """``postprocess``'s Prediction, and whether the second stage measured it: it refines a head
        the first stage found, never finds one, so without a head-shaped first ellipse the first
        stage's result (or its error) stands."""
        shape = gray.shape[:2]
        full = to_original_resolution(maps.mean(axis=-1), shape)
        scale = self._scale(shape)
        edges = edge_image(gray, float(self.edge_snap["sigma_px"])) if self.edge_snap else None
        try:
            mask = head_component(full >= self.threshold)
            first, snap, outline = self._snapped(edges, component_outline(mask), scale)
            if refine and self._run_crop is not None:
                snapped = fit_points(outline)
                if not not_a_head(snapped):
                    frame = self._crop_frame(snapped)
                    crop_maps = self._crop_maps([frame.cut(gray)])[0]
                    return self._second_stage(gray, edges, frame, crop_maps, with_spread), True
        except EllipseFitError as exc:
            return Prediction(full, np.zeros(shape, np.uint8), None, None, str(exc)), False
        to_image = stretch_to(maps.shape[:2], shape)
        return self._finished(full, mask, outline, first, snap, maps, to_image, gray, scale, with_spread), False

    def _crop_frame(self, first: Ellipse) -> CropFrame:
        """The second stage's square crop around ``first`` (pixels)."""
        return CropFrame.around(first, self._crop_size()[0], float(self.crop_stage["margin"]))

    def _crop_maps(self, crops: list[np.ndarray]) -> np.ndarray:
        """The second stage's member maps (n, rows, cols, members) of 8-bit crops, in one run."""
        if not crops:
            return np.zeros((0, *self._crop_size(), self.members), np.float32)
        batch = (np.stack(crops) / 255.0)[..., None].astype(np.float32)
        with self._lock:
            return self._run_crop(batch)

    def _second_stage(
        self, gray: np.ndarray, edges: np.ndarray | None, frame: CropFrame, maps: np.ndarray, with_spread: bool
    ) -> Prediction:
        """The head delineated by the second stage's member ``maps`` (rows, cols, members) of the
        crop ``frame`` of ``gray``; ``edges`` is the image the snap samples
        (``edge_snap.edge_image``), None without a snap."""
        shape = gray.shape[:2]
        probability = maps.mean(axis=-1)
        full = frame.map_to_image(probability, shape)
        scale = 1 / frame.scale  # image pixels per crop pixel
        try:
            region = head_component(probability >= self.threshold)  # at the crop's resolution
            mask = (frame.map_to_image(region, shape) >= 0.5).astype(np.uint8)
            up = cv2.resize(probability, None, fx=CROP_UPSAMPLE, fy=CROP_UPSAMPLE, interpolation=cv2.INTER_LINEAR)
            near = cv2.resize(
                cv2.dilate(region, np.ones((3, 3), np.uint8)), up.shape[::-1], interpolation=cv2.INTER_NEAREST
            )
            fine = ((up >= self.threshold) & (near > 0)).astype(np.uint8)
            points = frame.to_image((component_outline(fine) + 0.5) / CROP_UPSAMPLE - 0.5)
            coarse, snap, outline = self._snapped(edges, points, scale)
        except EllipseFitError as exc:
            return Prediction(full, np.zeros(shape, np.uint8), None, None, str(exc))
        return self._finished(full, mask, outline, coarse, snap, maps, frame.to_image, gray, scale, with_spread)

    def _snapped(
        self, edges: np.ndarray | None, points: np.ndarray, scale: float
    ) -> tuple[Ellipse, EdgeSnap | None, np.ndarray]:
        """The ellipse of outline ``points`` (pixels), its snap to the skull's edge in ``edges`` (None:
        no snap), and the points the final ellipse is fitted to; ``scale``: image pixels per map pixel."""
        first = fit_points(points)
        snap = self._snap(edges, first, scale)
        return first, snap, snap.points if snap is not None else points

    def _finished(
        self,
        full: np.ndarray,
        mask: np.ndarray,
        outline: np.ndarray,
        first: Ellipse,
        snap: EdgeSnap | None,
        maps: np.ndarray,
        to_image,
        gray: np.ndarray,
        scale: float,
        with_spread: bool,
    ) -> Prediction:
        """The Prediction of the ellipse fitted to ``outline`` (pixels), for either stage: ``maps``
        are that stage's member maps, ``to_image`` maps their coordinates to image pixels and
        ``scale`` is image pixels per map pixel; ``first`` and ``snap`` are the ellipse before the
        snap and the snap."""
        try:
            ellipse = fit_points(outline, self.boundary_offset_px)
        except EllipseFitError as exc:
            return Prediction(full, np.zeros(gray.shape[:2], np.uint8), None, None, str(exc))
        if not_a_head(ellipse):
            return self._assessed(full, mask, ellipse, None, outline)
        member_spread = None
        if self.members > 1 and with_spread:
            member_spread = spread(member_hcs_px(maps, to_image, self.threshold, self.boundary_offset_px))
        prediction = self._assessed(full, mask, ellipse, member_spread, outline)
        prediction = self._with_risk(prediction, first, snap, maps.mean(axis=-1), gray, scale)
        return self._plane_checked(prediction, gray)

    def _plane_checked(self, prediction: Prediction, gray: np.ndarray) -> Prediction:
        """The prediction with the head-plane check's verdict on its ellipse (a model with a check)."""
        if self.plane_check is None or prediction.ellipse is None or prediction.quality is None:
            return prediction
        spread_px = prediction.spread_px
        relative = spread_px / hc_pixels(prediction.ellipse) if spread_px is not None else None
        verdict = self.plane_check.verdict(gray, prediction.ellipse, prediction.quality.confidence, relative)
        return with_verdict(prediction, verdict)

    def _scale(self, shape: tuple[int, int]) -> float:
        """Image pixels per model-input pixel for an image of ``shape`` (rows, cols)."""
        return 0.5 * (shape[0] / self.input_size[0] + shape[1] / self.input_size[1])

    def _snap(self, edges: np.ndarray | None, first: Ellipse, scale: float) -> EdgeSnap | None:
        """The first ellipse's outline moved onto the skull's outer edge in ``edges`` (None: no snap);
        the card gives the window in network pixels, ``scale`` image pixels each."""
        if edges is None:
            return None
        return snap_to_smoothed(edges, first, float(self.edge_snap["window_model_px"]) * scale)

    def _with_risk(
        self,
        prediction: Prediction,
        first: Ellipse,
        snap: EdgeSnap | None,
        probability: np.ndarray,
        gray: np.ndarray,
        scale: float,
    ) -> Prediction:
        """The prediction with its boundary evidence (``with_evidence``, or a model with an error
        model) and the error model's risk, where the model has one; ``probability`` is the network's
        map, ``scale`` image pixels per pixel of it."""
        if not self.with_evidence or snap is None or prediction.ellipse is None or prediction.quality is None:
            return prediction
        snapped = prediction.ellipse.grown(self.boundary_offset_px)
        evidence = boundary_evidence(prediction.quality, first, snapped, snap, probability, gray, scale)
        risk = self.error_model.risk(evidence) if self.error_model is not None else None
        return replace(prediction, evidence=evidence, risk=risk)

    def refit(self, prediction: Prediction, aspect: float) -> Prediction:
        """The prediction with its ellipse fitted again in physical proportions, for pixels whose
        row spacing is ``aspect`` times their column spacing (unchanged for square pixels)."""
        if prediction.ellipse is None or aspect == 1.0:
            return prediction
        outline = prediction.outline if prediction.outline is not None else outer_contour(prediction.mask)
        try:
            ellipse = fit_points(outline, self.boundary_offset_px, aspect)
        except EllipseFitError as exc:
            return replace(prediction, ellipse=None, quality=None, uncertainty=None, error=str(exc))
        probability = prediction.probability  # a large image's is at its reduced copy's resolution
        if probability.shape != prediction.mask.shape:
            probability = to_original_resolution(probability, prediction.mask.shape)
        refitted = self._assessed(probability, prediction.mask, ellipse, prediction.spread_px, outline)
        refitted = replace(refitted, evidence=prediction.evidence, risk=prediction.risk)
        return with_verdict(refitted, prediction.plane) if prediction.plane is not None else refitted

    def _assessed(
        self, full: np.ndarray, mask: np.ndarray, ellipse: Ellipse, member_spread: float | None, outline: np.ndarray
    ) -> Prediction:
        """The Prediction of ``ellipse`` (pixels) fitted to ``outline`` from ``mask``: quality, flag and interval."""
        reason = not_a_head(ellipse)
        if reason:
            return Prediction(full, mask, None, None, reason)
        quality = assess(full, mask, ellipse, self.boundary_offset_px)
        uncertainty = None
        if self.calibration is not None and member_spread is not None:
            uncertainty = self.calibration.interval(hc_pixels(ellipse), member_spread)
            if uncertainty.doubtful:  # the interval is quoted once its band and mm are known
                quality = replace(quality, reasons=(*quality.reasons, interval_reason(None, None, None)))
        return Prediction(
            full, mask, ellipse, quality, uncertainty=uncertainty, spread_px=member_spread, outline=outline
        )


def with_verdict(prediction: Prediction, verdict: PlaneVerdict) -> Prediction:
    """``prediction`` with the head-plane check's ``verdict``; a result that is not in a head plane
    is doubtful, that reason first."""
    if prediction.quality is None:
        return prediction
    reasons = prediction.quality.reasons if verdict.reason is None else (verdict.reason, *prediction.quality.reasons)
    return replace(prediction, plane=verdict, quality=replace(prediction.quality, reasons=reasons))
