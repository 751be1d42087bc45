"""The second stage's crop: cut around a head, and back to image pixels."""

from __future__ import annotations

import math

import numpy as np
import pytest

from fetalhc_gui.core.crop import CropFrame
from fetalhc_gui.core.ellipse import Ellipse, fit_mask, rasterise
from fetalhc_gui.inference.predictor import Predictor

HEAD = Ellipse(430.3, 250.7, 210.0, 160.0, math.radians(15))


@pytest.mark.parametrize("head", [HEAD, Ellipse(300.0, 200.0, 40.0, 32.0, 0.3)])
def test_a_head_cut_out_and_drawn_back_is_the_same_head(head):
    mask = rasterise(head, (540, 800), 0.0).astype(np.float32)
    frame = CropFrame.around(head, 128, 1.25)
    crop = frame.cut(mask)
    assert crop.shape == (128, 128)
    assert crop[64, 64] == pytest.approx(1.0) and crop[0, 0] == 0.0  # centred, with a margin
    back = frame.map_to_image(crop, mask.shape)
    assert np.mean((back >= 0.5) == (mask >= 0.5)) > 0.998
    again = fit_mask(back >= 0.5, 0.0)
    assert (again.cx, again.cy) == pytest.approx((head.cx, head.cy), abs=0.5)
    assert again.a == pytest.approx(fit_mask(mask >= 0.5, 0.0).a, rel=0.01)


def test_crop_coordinates_map_back_to_image_pixels():
    frame = CropFrame.around(HEAD, 128, 1.25)
    assert frame.to_image(np.array([[64.0, 64.0]])) == pytest.approx(np.array([[HEAD.cx, HEAD.cy]]))
    assert frame.scale == pytest.approx(128 / (2 * 210 * 1.25))


def test_outside_the_image_the_crop_is_black():
    frame = CropFrame.around(Ellipse(20, 20, 60, 50, 0.0), 128, 1.25)
    crop = frame.cut(np.full((540, 800), 200, np.uint8))
    assert crop[0, 0] == 0 and crop[100, 100] == pytest.approx(200)


def test_the_bundled_second_stage_measures_and_a_quick_look_skips_it(images, bundled_predictor):  # noqa: F811
    from fetalhc_gui.io.images import load_image

    predictor = bundled_predictor
    if not predictor.crop_stage:
        pytest.skip("the bundled model has no second stage")
    gray = load_image(str(images[0])).gray
    maps = predictor.member_maps([gray])[0]
    full = predictor.postprocess(maps, gray)
    quick = predictor.postprocess(maps, gray, with_spread=False, refine=False)
    assert full.ellipse is not None and quick.ellipse is not None
    assert full.hc_interval_px is not None and full.risk is not None
    assert full.mask.shape == gray.shape and full.mask[int(full.ellipse.cy), int(full.ellipse.cx)] == 1
    assert full.ellipse != quick.ellipse  # the second stage measured again


def test_the_second_stage_refines_a_head_but_never_finds_one(bundled_predictor):
    predictor = bundled_predictor
    if not predictor.crop_stage:
        pytest.skip("the bundled model has no second stage")
    maps = np.zeros((*predictor.input_size, 1), np.float32)
    maps[60:68, 20:170] = 1.0  # a flat band: no head
    prediction = predictor.postprocess(maps, np.full((540, 800), 80, np.uint8))
    assert prediction.ellipse is None and "not head-shaped" in prediction.error


def test_the_first_member_places_the_crop_and_the_whole_first_stage_steps_in_where_it_finds_no_head(
    images,  # noqa: F811
    monkeypatch,
    bundled_predictor,
):
    from fetalhc_gui.io.images import load_image

    predictor = bundled_predictor
    if not predictor.crop_stage or predictor.members < 2:
        pytest.skip("the bundled model is not an ensemble with a second stage")
    gray = load_image(str(images[0])).gray
    measured = predictor.predict(gray)
    located = predictor.postprocess(predictor.first_member_maps([gray])[0], gray)
    assert measured.ellipse == located.ellipse and measured.hc_interval_px == located.hc_interval_px
    monkeypatch.setattr(predictor, "first_member_maps", lambda grays: np.zeros((len(grays), *predictor.input_size, 1)))
    fallback = predictor.predict(gray)
    whole = predictor.postprocess(predictor.member_maps([gray])[0], gray)
    assert fallback.ellipse is not None and fallback.ellipse == whole.ellipse


def test_a_model_folder_without_its_locating_file_locates_with_its_first_member(images, tmp_path, bundled_predictor):  # noqa: F811
    """Without ``locate.onnx`` the first member's maps come from the whole first stage (the measuring
    install has no ``onnx`` package to cut the member out): equal to one 8-bit step."""
    import shutil

    from fetalhc_gui.io.images import load_image

    bundled = bundled_predictor
    if not (bundled.model_dir / "locate.onnx").exists():
        pytest.skip("the bundled model has no locate.onnx")
    shutil.copytree(bundled.model_dir, tmp_path / "model")
    (tmp_path / "model" / "locate.onnx").unlink()
    gray = load_image(str(images[0])).gray
    np.testing.assert_allclose(
        Predictor(tmp_path / "model").first_member_maps([gray]), bundled.first_member_maps([gray]), atol=1 / 255
    )
