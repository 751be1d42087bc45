"""An ensemble of U-Nets trained on subject folds, packed as one model folder.

``model.onnx`` runs every member at once and returns their maps stacked on the last axis; the
predictor averages them for the ellipse and uses their disagreement for the HC interval. The
members share a test split (subjects none of them trained on): the ensemble is measured there,
and the interval is calibrated there; the error model of the doubtful flag is fitted on each
member's results on its own validation fold. The figures published for the ensemble are cross-fitted:
the interval of each test image comes from a calibration on the other half of the test subjects.
``model.onnx`` is quantised to 8 bits (see ``quantize``); ``model.keras`` holds the first member
in float, for fine-tuning. Members with a second stage (``crop.keras``) give the ensemble a
``crop.onnx`` that runs every member's second stage at once, quantised too. Building needs TensorFlow.
"""

from __future__ import annotations

import datetime
import math
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np

from fetalhc_gui import __version__
from fetalhc_gui.core.crop import CropFrame
from fetalhc_gui.core.ellipse import fit_mask
from fetalhc_gui.inference.artifact import (
    CROP_KERAS_FILE,
    CROP_ONNX_FILE,
    HC18_ATTRIBUTION,
    KERAS_FILE,
    LOCATE_ONNX_FILE,
    ONNX_FILE,
    ModelLoadError,
    read_card,
)
from fetalhc_gui.inference.error_model import BIG_ERROR_MM, EVIDENCE, budget_threshold, features, fit_error_model
from fetalhc_gui.inference.predictor import Predictor
from fetalhc_gui.inference.uncertainty import IntervalCalibration, Uncertainty, calibrate_bands
from fetalhc_gui.io.atomic import atomic_write_bytes
from fetalhc_gui.training.dataset import Sample, read_annotation, read_gray, scan_folder, subject_of
from fetalhc_gui.training.model_files import export_onnx, first_member_graph, load_keras_model, write_card
from fetalhc_gui.training.quantize import CALIBRATION_IMAGES, PRECISION_NOTE, quantize_onnx
from fetalhc_gui.training.validation import ImageResult, evaluate_samples, summarise_results

#: The float network while it is quantised (removed afterwards).
FLOAT_ONNX_FILE = "model.float.onnx"

#: How an ensemble with a second stage places the crop (``Predictor.locates_with_one_member``).
LOCALISATION = (
    "the first member's first stage places the crop (a quarter of the first stage's network time); the whole "
    "first stage where that member finds no head"
)

#: Fewest test images with a spread that an interval is calibrated on.
MIN_CALIBRATION_IMAGES = 10

#: The share of images the doubtful flag may mark, set on the test images no member trained on:
#: the quality checks' share, the widest intervals' (INTERVAL_FLAG_SHARE), the error model the rest.
#: (The error model's weights are fitted on the members' out-of-fold results, where its threshold
#: flags this share too; the ensemble's results differ enough from one member's to need its own.)
FLAG_BUDGET = 0.10
#: The share of test images whose interval is widest relative to their HC (the members disagree most) flagged.
INTERVAL_FLAG_SHARE = 0.03


def combine_members(member_dirs: list[Path], file: str = KERAS_FILE):
    """One Keras model whose output stacks every member's probability map (from ``file`` in each
    member folder) on the last axis."""
    import keras

    members = [load_keras_model(folder / file) for folder in member_dirs]
    image = keras.Input(shape=members[0].input_shape[1:], name="image")
    maps = [keras.Model(m.inputs[0], m.outputs[0], name=f"member{k}")(image) for k, m in enumerate(members)]
    return keras.Model(image, keras.layers.Concatenate(axis=-1, name="members")(maps), name="ensemble")


def build_ensemble(
    member_dirs: list[Path], data_dir: Path, out: Path, on_progress: Callable[[str], None] = print
) -> dict:
    """Pack the members' model folders into ``out``, measure it on the shared test subjects,
    calibrate its interval there and write the card; returns the card."""
    cards = [read_card(folder) for folder in member_dirs]
    check_members(cards)
    out.mkdir(parents=True, exist_ok=True)
    on_progress(f"exporting {len(cards)} members as one ONNX network")
    float_network = out / FLOAT_ONNX_FILE
    export_onnx(combine_members(member_dirs), float_network)
    shutil.copyfile(member_dirs[0] / KERAS_FILE, out / KERAS_FILE)
    card = ensemble_card(cards)
    test_subjects = set(cards[0]["data"]["test_subjects"])
    usable = scan_folder(data_dir).usable
    calibration_set = calibration_images(usable, test_subjects)
    on_progress(f"quantising the network to 8 bits on {len(calibration_set)} training images")
    quantize_onnx(float_network, out / ONNX_FILE, calibration_set, tuple(card["input_size"]))
    float_network.unlink()
    atomic_write_bytes(out / LOCATE_ONNX_FILE, first_member_graph(out / ONNX_FILE))
    card["precision"] = PRECISION_NOTE.format(n=len(calibration_set))
    if card.get("crop_stage"):
        on_progress("exporting and quantising the second stage")
        export_onnx(combine_members(member_dirs, CROP_KERAS_FILE), float_network)
        crops = crop_calibration_images(usable, test_subjects, card["crop_stage"])
        quantize_onnx(float_network, out / CROP_ONNX_FILE, crops, tuple(card["crop_stage"]["input_size"]))
        float_network.unlink()
        shutil.copyfile(member_dirs[0] / CROP_KERAS_FILE, out / CROP_KERAS_FILE)
    on_progress("fitting the error model on the members' out-of-fold results")
    card["error_model"] = member_error_model(member_dirs, usable)
    return measure_on_test(out, card, usable, on_progress)


def measure_on_test(out: Path, card: dict, usable: list[Sample], on_progress: Callable[[str], None] = print) -> dict:
    """Measure the ensemble in ``out`` (with ``card``) on its test subjects among ``usable``,
    calibrate its interval and flag there (``fit_calibration``), and write the card with the
    cross-fitted figures; returns it."""
    test_subjects = set(card["data"]["test_subjects"])
    samples = [s for s in usable if s.subject in test_subjects and s.reference_hc_mm]
    on_progress(f"measuring {len(samples)} test images of {len(test_subjects)} subjects")
    uncalibrated = {k: v for k, v in card.items() if k != "uncertainty"}  # no flag from an earlier calibration
    results, _ = evaluate_samples(Predictor(out, card=uncalibrated), samples)
    how = (
        "the test subjects were never used to train, validate, calibrate the offset or choose the model; "
        "each image's interval and flag come from a calibration on the other half of the test subjects"
    )
    calibration = fit_calibration(results)
    if calibration is None:
        card["uncertainty"] = None
        how += f"; no interval: fewer than {MIN_CALIBRATION_IMAGES} test images were measured with a spread"
    else:
        card["uncertainty"] = asdict(calibration.interval) | {
            "method": (
                "split conformal on the members' HC spread: HC +- q * (spread + floor * HC), q set apart in each "
                "band of the measured HC (band_q: < 100, 100-200, >= 200 mm)"
            ),
            "coverage_target": 0.95,
            "calibrated_on": f"{len(samples)} test images of {len(test_subjects)} subjects no member trained on",
            "flags": f"the {INTERVAL_FLAG_SHARE:.0%} widest intervals relative to the HC",
        }
        if card.get("error_model"):
            card["error_model"] = card["error_model"] | {
                "threshold": card["error_model"]["threshold"] + calibration.risk_shift,
                "threshold_set_on": f"the {len(samples)} test images: with the quality checks and the widest "
                f"intervals it flags {FLAG_BUDGET:.0%} of them",
            }
        results = cross_fitted(results)
    card["evaluation"] = {
        "test": summarise_results(results) | {"images": len(samples), "subjects": len(test_subjects), "how": how}
    }
    return write_card(out, card)


def member_evidence(member_dirs: list[Path], usable: list[Sample]) -> dict[str, np.ndarray]:
    """Each member's results on its own validation fold (images that member never trained on) that
    carry boundary evidence: arrays ``evidence`` (rows, see ``error_model.EVIDENCE``), ``hc_mm``,
    ``pixel_mm``, ``error_mm``, ``quality_flag`` (the quality checks' doubtful flag) and ``member``."""
    rows = []
    for k, folder in enumerate(member_dirs):
        card = read_card(folder)
        fold = set(card["data"]["val_subjects"])
        samples = [s for s in usable if s.subject in fold and s.reference_hc_mm]
        results, _ = evaluate_samples(Predictor(folder, card=card, with_evidence=True), samples)
        for r in results:
            if r.evidence is not None and r.hc.error_mm is not None:
                rows.append((r.evidence, r.hc.measured_mm, r.hc.pixel_size_mm, r.hc.error_mm, r.checks_doubtful, k))
    columns = ("evidence", "hc_mm", "pixel_mm", "error_mm", "quality_flag", "member")
    return {name: np.array([row[j] for row in rows]) for j, name in enumerate(columns)}


def member_error_model(member_dirs: list[Path], usable: list[Sample]) -> dict | None:
    """The card entry of an error model fitted on the members' out-of-fold results (``member_evidence``);
    None where the members give no boundary evidence."""
    d = member_evidence(member_dirs, usable)
    big = np.abs(d["error_mm"]) > BIG_ERROR_MM
    if len(big) < MIN_CALIBRATION_IMAGES or not big.any():
        return None
    x = features(d["evidence"], d["hc_mm"], d["pixel_mm"])
    model = fit_error_model(x, big, d["quality_flag"].astype(bool), FLAG_BUDGET)
    return model.to_card() | {
        "features": [*EVIDENCE, "ln HC (mm)", "ln pixel size (mm)"],
        "target": f"error over {BIG_ERROR_MM:g} mm",
        "fitted_on": f"{len(big)} results of the members on their own validation folds ({int(big.sum())} over "
        f"{BIG_ERROR_MM:g} mm); the threshold flags {FLAG_BUDGET:.0%} of them with the quality checks",
    }


def calibration_samples(usable: list[Sample], test_subjects: set[str]) -> list[Sample]:
    """Up to CALIBRATION_IMAGES training samples (none of a test subject), evenly spread over the
    sorted names: the activation ranges of the 8-bit networks come from these."""
    training = sorted((s for s in usable if s.subject not in test_subjects), key=lambda s: s.image.name)
    step = max(1, len(training) // CALIBRATION_IMAGES)
    return training[::step][:CALIBRATION_IMAGES]


def calibration_images(usable: list[Sample], test_subjects: set[str]) -> list[np.ndarray]:
    """The calibration samples as 8-bit grayscale images, as the first stage sees them."""
    return [read_gray(s.image) for s in calibration_samples(usable, test_subjects)]


def crop_calibration_images(usable: list[Sample], test_subjects: set[str], stage: dict) -> list[np.ndarray]:
    """The calibration samples' crops around their annotated heads, as the second stage sees them (8-bit)."""
    crops = []
    for s in calibration_samples(usable, test_subjects):
        head = fit_mask(read_annotation(s.annotation), 0.0)
        frame = CropFrame.around(head, stage["input_size"][0], float(stage["margin"]))
        crops.append(np.clip(np.rint(frame.cut(read_gray(s.image))), 0, 255).astype(np.uint8))
    return crops


def check_members(cards: list[dict]) -> None:
    """ModelLoadError unless the members share their input size and test subjects."""
    if len(cards) < 2:
        raise ModelLoadError("An ensemble needs at least two members.")
    for card in cards[1:]:
        if card["input_size"] != cards[0]["input_size"]:
            raise ModelLoadError("The members have different input sizes.")
        if card["data"].get("test_subjects") != cards[0]["data"].get("test_subjects"):
            raise ModelLoadError("The members were trained with different test splits.")
        if card.get("crop_stage") != cards[0].get("crop_stage"):
            raise ModelLoadError("The members' second stages differ.")


def ensemble_card(cards: list[dict]) -> dict:
    """The card of an ensemble of members with ``cards`` (before measuring and calibrating)."""
    first = cards[0]
    rows, cols = first["input_size"]
    offsets = [c["postprocessing"]["boundary_offset_px"] for c in cards]
    name = f"fetalhc-unet-ensemble{len(cards)}-{rows}x{cols}-f{first['architecture']['base_filters']}"
    if first.get("crop_stage"):
        name += f"-crop{first['crop_stage']['input_size'][0]}"
    return {
        "name": name,
        "version": datetime.date.today().strftime("%Y.%m.%d"),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "fetalhc_version": __version__,
        "architecture": first["architecture"] | {"ensemble": f"{len(cards)} members, probability maps averaged"},
        "input_size": first["input_size"],
        "preprocessing": first["preprocessing"],
        "postprocessing": {
            "threshold": first["postprocessing"]["threshold"],
            "edge_snap": first["postprocessing"].get("edge_snap"),
            "boundary_offset_px": float(np.mean(offsets)),
            "boundary_offset_note": "mean of the members' offsets, each calibrated on its own validation fold",
        },
        "crop_stage": first.get("crop_stage") and first["crop_stage"] | {"localisation": LOCALISATION},
        "ensemble": {
            "members": len(cards),
            "keras_file": "the first member (both stages where it has two), for fine-tuning",
            "member_training": [c["training"] | {"history": c["training"]["history"][-1:]} for c in cards],
            "member_validation_out_of_fold": [c.get("validation") for c in cards],
        },
        "data": {
            "source": first["data"]["source"],
            "attribution": HC18_ATTRIBUTION,
            "license": "CC BY 4.0",
            "split": "by subject: a test split shared by all members; the rest in folds, one validating each member",
            "train_images_per_member": [c["data"]["train_images"] for c in cards],
            "val_subjects": [],
            "test_images": first["data"]["test_images"],
            "test_subjects": first["data"]["test_subjects"],
        },
    }


def halves(results: list[ImageResult], seed: int = 0) -> tuple[list[int], list[int]]:
    """Indices of the results split into two halves by subject."""
    subjects = sorted({subject_of(r.hc.name) for r in results})
    np.random.default_rng(seed).shuffle(subjects)
    first = set(subjects[: len(subjects) // 2])
    a = [i for i, r in enumerate(results) if subject_of(r.hc.name) in first]
    return a, [i for i in range(len(results)) if i not in set(a)]


@dataclass(frozen=True)
class EnsembleCalibration:
    """What is set on test results: the interval and the error model's threshold, as a shift of
    its score (0 where the model has no error model)."""

    interval: IntervalCalibration
    risk_shift: float

    def doubtful(self, result: ImageResult, uncertainty: Uncertainty) -> bool:
        """The flag of ``result`` with this calibration: its quality checks', the error model's at
        the shifted threshold, or an interval (``uncertainty``) that is too wide."""
        risky = result.risk is not None and result.risk > self.risk_shift
        return bool(result.checks_doubtful) or risky or uncertainty.doubtful


def fit_calibration(results: list[ImageResult]) -> EnsembleCalibration | None:
    """The calibration from results with an HC and a finite spread; None with too few. The flag
    marks the INTERVAL_FLAG_SHARE widest intervals, and the error model's threshold is set so
    that together with the quality checks they mark FLAG_BUDGET of the results; without error
    model scores the widest intervals take what the quality checks leave of FLAG_BUDGET."""
    usable = [r for r in results if r.hc_px is not None and r.spread_px is not None and math.isfinite(r.spread_px)]
    if len(usable) < MIN_CALIBRATION_IMAGES:
        return None
    hc = np.array([r.hc_px for r in usable])
    spread_px, reference = np.array([r.spread_px for r in usable]), np.array([reference_px(r) for r in usable])
    pixel_mm = np.array([r.hc.pixel_size_mm for r in usable])
    if all(r.risk is None for r in usable):
        checks = float(np.mean([bool(r.checks_doubtful) for r in usable]))
        share = max(0.0, FLAG_BUDGET - checks)
        return EnsembleCalibration(calibrate_bands(hc, spread_px, reference, pixel_mm, share), 0.0)
    interval = calibrate_bands(hc, spread_px, reference, pixel_mm, INTERVAL_FLAG_SHARE)
    flagged = np.array([bool(r.checks_doubtful) or interval.interval(r.hc_px, r.spread_px).doubtful for r in usable])
    risks = np.array([r.risk if r.risk is not None else -math.inf for r in usable])
    return EnsembleCalibration(interval, budget_threshold(risks, flagged, FLAG_BUDGET))


def reference_px(result: ImageResult) -> float:
    """The reference HC of a result in image pixels."""
    return result.hc.reference_mm / result.hc.pixel_size_mm


def cross_fitted(results: list[ImageResult]) -> list[ImageResult]:
    """Each result with the interval and flag of a calibration fitted on the other half's subjects."""
    out = list(results)
    a, b = halves(results)
    for fit_on, apply_to in ((a, b), (b, a)):
        calibration = fit_calibration([results[i] for i in fit_on])
        for i in apply_to:
            r = results[i]
            if r.hc_px is None or calibration is None:
                continue
            size = r.hc.pixel_size_mm
            u = calibration.interval.interval(r.hc_px, r.spread_px, size)
            interval = (u.hc_low_px * size, u.hc_high_px * size) if math.isfinite(r.spread_px) else None
            out[i] = replace(r, interval_mm=interval, doubtful=calibration.doubtful(r, u))
    return out
