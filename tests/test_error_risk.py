"""The learned doubtful flag: its score, its fit, and how it follows the pixel size in the window."""

from __future__ import annotations

import csv
import math

import numpy as np
import pytest

from fetalhc_gui.app.session import ImageEntry
from fetalhc_gui.core.error_risk import RISK_REASON, SizeRisk, doubt_reasons
from fetalhc_gui.core.pixel_size import PixelSize, PixelSizeSource
from fetalhc_gui.gui.panels.measurement import CHECK_HINT
from fetalhc_gui.inference.error_model import ErrorModel, features, fit_error_model

from support.fakes import FakePredictor
from support.gui import HEAD, make_window, measure_current, window_pixel_size  # noqa: F401 (fixture)

#: Doubtful for pixels larger than 0.2 mm, whatever the HC.
LARGE_PIXELS = SizeRisk(-math.log(0.2), 0.0, 1.0)


def size(mm: float) -> PixelSize:
    return PixelSize(mm, PixelSizeSource.MANUAL)


def test_the_risk_needs_a_pixel_size_and_flags_by_its_score():
    assert doubt_reasons(["a quality reason"], LARGE_PIXELS, HEAD, None) == ["a quality reason"]
    assert doubt_reasons([], LARGE_PIXELS, HEAD, size(0.1)) == []
    assert doubt_reasons([], LARGE_PIXELS, HEAD, size(0.3)) == [RISK_REASON]
    assert doubt_reasons([], None, HEAD, size(0.3)) == []


def test_the_size_risk_scores_as_the_whole_logistic_model():
    rng = np.random.default_rng(0)
    n = 400
    evidence = rng.normal(size=(n, 3))
    hc_mm, pixel_mm = rng.uniform(50, 340, n), rng.uniform(0.05, 0.39, n)
    x = features(evidence, hc_mm, pixel_mm)
    big = (evidence[:, 0] + 2 * np.log(pixel_mm / 0.15) + rng.normal(scale=0.5, size=n)) > 1.5
    flagged = np.zeros(n, bool)
    flagged[:20] = True  # the quality checks' 5%
    model = fit_error_model(x, big, flagged, budget=0.10)
    z = (x - np.array(model.mean)) / np.array(model.sd)
    whole = model.bias + z @ np.array(model.weights) - model.threshold
    parts = [model.risk(e).score(h, p) for e, h, p in zip(evidence, hc_mm, pixel_mm, strict=True)]
    assert parts == pytest.approx(whole, abs=1e-9)
    assert np.mean(flagged | (whole > 0)) == pytest.approx(0.10, abs=0.01)  # the budget, quality flags included
    assert np.mean((whole > 0)[big]) > 2 * np.mean(whole > 0)  # it finds the big errors better than chance
    assert ErrorModel.from_card({"error_model": model.to_card()}) == model
    assert (model.flags(x) == (whole > 0)).all()


def test_a_session_keeps_the_risk():
    entry = ImageEntry("a.png", auto_ellipse=HEAD, pixel_size=size(0.3), risk=LARGE_PIXELS)
    again = ImageEntry.from_dict(entry.to_dict())
    assert again.risk == LARGE_PIXELS and again.doubt_reasons == [RISK_REASON]


def test_the_flag_follows_the_pixel_size_in_the_window_and_its_export(qtbot, images, tmp_path):  # noqa: F811
    window = make_window(qtbot, FakePredictor(HEAD, risk=LARGE_PIXELS))
    window.open_paths([str(images[0])])
    measure_current(qtbot, window)
    assert not window.workspace.measurement(0).doubtful  # no pixel size yet: no size, no verdict
    window.workspace.set_pixel_sizes({0: window_pixel_size(0.3)}, "test")
    assert window.workspace.measurement(0).doubtful
    assert RISK_REASON in window.measurement_panel.warning.text()
    assert window.measurement_panel.warning.text().endswith(CHECK_HINT)  # where to look
    assert window.image_list.entry_text(0).endswith("doubtful")
    window.files.save_measurements(str(tmp_path / "m.csv"), "csv")
    assert next(csv.DictReader((tmp_path / "m.csv").open()))["doubtful"] == "true"
    window.workspace.set_pixel_sizes({0: window_pixel_size(0.1)}, "test")
    assert not window.workspace.measurement(0).doubtful
    assert window.measurement_panel.warning.text() == ""
    assert "doubtful" not in window.image_list.entry_text(0)


def test_the_bundled_model_gives_evidence_and_a_risk(images, bundled_predictor):  # noqa: F811
    from fetalhc_gui.io.images import load_image

    predictor = bundled_predictor
    if predictor.error_model is None:
        pytest.skip("the bundled model has no error model")
    prediction = predictor.predict(load_image(str(images[0])).gray)
    assert prediction.evidence is not None and len(prediction.evidence) == 8
    assert prediction.risk is not None and math.isfinite(prediction.risk.base)


def test_without_a_pixel_size_a_doubtful_result_still_says_why(qtbot):
    from fetalhc_gui.core.measurement import measure
    from fetalhc_gui.gui.panels.measurement import MeasurementPanel

    panel = MeasurementPanel()
    qtbot.addWidget(panel)
    panel.show_measurement(measure("a.png", HEAD, None, doubt_reasons=["the head region is not elliptical"]))
    assert "No pixel size" in panel.warning.text() and "not elliptical" in panel.warning.text()
