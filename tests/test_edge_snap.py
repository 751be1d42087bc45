"""Snapping the head outline to the skull's outer edge in the full-resolution image."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest

from fetalhc_gui.core.edge_snap import snap_to_edge
from fetalhc_gui.core.ellipse import Ellipse, fit_points, rasterise
from fetalhc_gui.inference.predictor import Predictor

SKULL = Ellipse(400, 270, 200, 150, math.radians(20))  # outer edge of the bright ring, pixels


def skull_image(shape=(540, 800), thickness: int = 10) -> np.ndarray:
    """A dark image with a bright elliptical ring whose outer edge is SKULL."""
    image = np.full(shape, 30, np.uint8)
    centre = (round(SKULL.cx), round(SKULL.cy))
    angle = math.degrees(SKULL.angle)
    cv2.ellipse(image, centre, (round(SKULL.a), round(SKULL.b)), angle, 0, 360, 200, -1)
    inner = (round(SKULL.a) - thickness, round(SKULL.b) - thickness)
    cv2.ellipse(image, centre, inner, angle, 0, 360, 60, -1)
    return image


def test_points_move_onto_the_outer_edge_of_the_skull():
    image = skull_image()
    first = SKULL.grown(3.0)  # the network's boundary three pixels outside
    snapped = fit_points(snap_to_edge(image, first, window_px=6.0).points)
    assert snapped.a == pytest.approx(SKULL.a, abs=0.7)
    assert snapped.b == pytest.approx(SKULL.b, abs=0.7)
    assert (snapped.cx, snapped.cy) == pytest.approx((SKULL.cx, SKULL.cy), abs=0.5)


def test_a_window_too_small_to_reach_the_edge_moves_points_by_at_most_the_window():
    image = skull_image()
    first = SKULL.grown(-8.0)  # inside the ring, edge out of reach
    snapped = fit_points(snap_to_edge(image, first, window_px=2.0).points)
    assert first.a - 2.1 <= snapped.a <= first.a + 2.1


def test_the_predictor_snaps_where_its_card_asks_and_the_outline_is_kept(bundled_predictor):
    image = skull_image()
    bundled = bundled_predictor
    assert bundled.edge_snap  # the bundled model snaps

    def with_snap(snap):
        postprocessing = bundled.card["postprocessing"] | {"edge_snap": snap}
        return Predictor(card=bundled.card | {"postprocessing": postprocessing, "crop_stage": None})  # one stage

    plain, snapping = with_snap(None), with_snap({"window_model_px": 1.5, "sigma_px": 2.0})
    rows, cols = plain.input_size
    maps = np.zeros((rows, cols, 1), np.float32)
    too_big = SKULL.grown(4.0).scaled(cols / 800, rows / 540)  # the network's region 4 image pixels too large
    maps[..., 0] = rasterise(too_big, (rows, cols), 0.0)
    before = plain.postprocess(maps, image).ellipse.grown(plain.boundary_offset_px)
    after = snapping.postprocess(maps, image)
    assert after.outline is not None and len(after.outline) == 360
    after_edge = after.ellipse.grown(snapping.boundary_offset_px)
    assert abs(after_edge.a - SKULL.a) < abs(before.a - SKULL.a) - 2
    assert after_edge.a == pytest.approx(SKULL.a, abs=1.0)
