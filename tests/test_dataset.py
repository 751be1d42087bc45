"""HC18-layout data: pairing, outline and filled annotations, the split by subject, augmentation."""

import cv2
import numpy as np
import pytest

from fetalhc_gui.core.ellipse import Ellipse, fit_mask, rasterise
from fetalhc_gui.training.dataset import (
    augment,
    read_annotation,
    scan_folder,
    split_by_subject,
    subject_of,
)
from fetalhc_gui.training.evaluation import HCError, calibrate_offset, figures_line, summarise_errors

from support.hc18_factory import make_hc18_folder


def test_outline_and_filled_annotations_give_the_same_mask(tmp_path):
    e = Ellipse(200, 150, 120, 80, 0.4)
    filled = rasterise(e, (300, 400)) * 255
    outline = np.zeros((300, 400), np.uint8)
    cv2.ellipse(outline, (200, 150), (121, 81), np.degrees(0.4), 0, 360, 255, 2)
    cv2.imwrite(str(tmp_path / "filled.png"), filled)
    cv2.imwrite(str(tmp_path / "outline.png"), outline)
    a, b = read_annotation(tmp_path / "filled.png"), read_annotation(tmp_path / "outline.png")
    assert np.array_equal(a, filled > 0)
    assert fit_mask(b).a == pytest.approx(fit_mask(a).a, abs=1.0)
    assert b.sum() > 0.95 * a.sum()


def test_subject_ids():
    assert subject_of("012_HC.png") == "012"
    assert subject_of("012_2HC.png") == "012"


def test_split_keeps_every_subject_on_one_side(tmp_path):
    root = make_hc18_folder(tmp_path, count=6)
    images = root / "training_set"
    cv2.imwrite(str(images / "003_2HC.png"), cv2.imread(str(images / "003_HC.png")))
    cv2.imwrite(str(images / "003_2HC_Annotation.png"), cv2.imread(str(images / "003_HC_Annotation.png")))
    report = scan_folder(root)
    assert len(report.samples) == 7 and report.missing_csv_rows == ["003_2HC.png"]
    samples = report.samples
    for seed in range(5):
        train, val = split_by_subject(samples, 0.34, seed)
        assert not {s.subject for s in train} & {s.subject for s in val}
        assert len(train) + len(val) == 7


def test_augment_keeps_shapes_and_ranges():
    rng = np.random.default_rng(0)
    image = rng.random((32, 48, 1), dtype=np.float32)
    target = np.zeros((32, 48, 1), np.float32)
    target[8:24, 12:36] = 1
    for _ in range(10):
        a, t = augment(image, target, rng)
        assert a.shape == image.shape and t.shape == target.shape
        assert a.min() >= 0 and a.max() <= 1 and t.min() >= 0 and t.max() <= 1
        assert t.sum() > 0


def test_calibrated_offset_removes_the_bias():
    errors = [HCError(f"{i}", 0.1, 100.0, 100.0 + 2 * np.pi * 0.1 * 1.5) for i in range(5)]
    assert calibrate_offset(errors, 1.0) == pytest.approx(2.5)
    summary = summarise_errors(errors + [HCError("x", 0.1, 250.0, None)])
    assert summary["failures"] == 1 and summary["adf_mm"] == pytest.approx(0.942, abs=1e-3)
    assert summary["bands"]["100-200"]["count"] == 5 and summary["bands"][">=200"]["failures"] == 1
    line = figures_line(summary)
    assert line.startswith("n=6 ADF 0.94 [") and "failures 1" in line and "Dice" not in line
    assert "100-200 0.94 (n=5)" in line and ">=200 nan (n=1)" in line
    assert "Dice 97.50%" in figures_line(summary | {"dice": 0.975})
