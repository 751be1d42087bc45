"""The experiment scripts in research/ still import: they share helpers (research/common.py) and use
the package, and a renamed helper must not leave one of them broken."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import numpy as np
import pytest

RESEARCH = Path(__file__).resolve().parents[1] / "research"
HELPERS = {"common", "levers"}  # modules the scripts share, not scripts


@pytest.mark.parametrize("script", sorted(p.stem for p in RESEARCH.glob("*.py") if p.stem not in HELPERS))
def test_script_imports(script: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.syspath_prepend(str(RESEARCH))
    module = importlib.import_module(script)
    assert callable(getattr(module, "main", None)), f"research/{script}.py has no main()"
    sys.modules.pop(script, None)
    sys.modules.pop("common", None)


def test_scripts_share_helpers_through_common_only():
    import re

    scripts = {p.stem for p in RESEARCH.glob("*.py")}
    for path in RESEARCH.glob("*.py"):
        imported = set(re.findall(r"^(?:from|import) (\w+)", path.read_text(), flags=re.M))
        assert imported & scripts <= {"common", "levers"}, f"{path.name} imports another script"


def research_levers():
    """research/levers.py (the rejected training levers), imported as the research scripts do."""
    sys.path.insert(0, str(RESEARCH))
    try:
        return importlib.import_module("levers")
    finally:
        sys.path.remove(str(RESEARCH))


@pytest.mark.tensorflow
def test_the_boundary_weighted_loss_counts_mistakes_at_the_outline_more():
    from fetalhc_gui.training.unet import bce_dice_loss

    BoundaryWeightedLoss = research_levers().BoundaryWeightedLoss  # noqa: N806

    target = np.zeros((1, 16, 16, 1), "float32")
    target[0, 4:12, 4:12] = 1
    perfect = np.clip(target, 0.01, 0.99)
    at_outline, far_away = perfect.copy(), perfect.copy()
    at_outline[0, 3, 4:12] = 0.9  # one row just outside the head's edge
    far_away[0, 0, 4:12] = 0.9  # the same mistake at the image's border
    loss = BoundaryWeightedLoss(weight=5.0, band_px=2)
    assert float(loss(target, perfect)) == pytest.approx(float(bce_dice_loss(target, perfect)), abs=1e-4)
    assert float(loss(target, at_outline)) > 1.5 * float(loss(target, far_away))
    assert float(bce_dice_loss(target, at_outline)) == pytest.approx(float(bce_dice_loss(target, far_away)), rel=1e-3)


@pytest.mark.tensorflow
def test_a_dropped_arc_darkens_a_wedge_from_the_centre_and_keeps_the_rest():
    for seed in range(20):
        gain = research_levers().dropped_arc((64, 64), np.random.default_rng(seed))
        assert gain.shape == (64, 64) and gain.min() >= 0 and gain.max() <= 1
        dark = gain < 0.5
        assert 0.03 < dark.mean() < 0.5  # one or two wedges of 20-70 degrees
        assert gain[~dark].max() == 1  # the rest of the image untouched


@pytest.mark.tensorflow
def test_wall_dropout_darkens_the_image_only():
    rng = np.random.default_rng(1)
    image = np.full((32, 32, 1), 0.5, np.float32)
    target = np.zeros((32, 32, 1), np.float32)
    target[8:24, 8:24] = 1
    levers = research_levers()
    from fetalhc_gui.training import dataset

    plain, plain_target = dataset.augment(image, target, np.random.default_rng(1))
    with levers.levers_applied(wall_dropout=1.0):
        dropped, dropped_target = dataset.augment(image, target, rng)
    assert dataset.augment.__name__ == "augment"  # put back afterwards
    np.testing.assert_array_equal(plain_target, dropped_target)
    assert np.all(dropped <= plain + 1e-6)  # the same draws, then the arc
    assert (dropped < 0.5 * plain).mean() > 0.03


@pytest.mark.tensorflow
def test_the_products_second_stage_card_names_no_rejected_lever(tmp_path):
    from fetalhc_gui.training.crop_training import crop_stage_card

    from support.hc18_factory import small_config

    plain = crop_stage_card(small_config(tmp_path, tmp_path, crop_epochs=2))["training"]
    assert "arcs" not in plain and "boundary" not in plain
