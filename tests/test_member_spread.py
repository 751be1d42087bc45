"""The members' HCs behind the interval: each member's head region, its outline fitted in image
pixels, the boundary offset taken off."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from fetalhc_gui.core.biometry import hc_pixels
from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.inference.uncertainty import member_hcs_px


def _member(axes: tuple[int, int]) -> np.ndarray:
    plane = np.zeros((64, 96), np.float32)
    cv2.ellipse(plane, (48, 32), axes, 0, 0, 360, 1.0, -1)
    return plane


def test_each_member_gives_the_hc_of_its_region_less_the_offset():
    maps = np.stack([_member((30, 20)), _member((28, 19))], axis=-1)
    hcs = member_hcs_px(maps, lambda points: points, 0.5, offset_px=1.0)
    assert len(hcs) == 2 and hcs[0] > hcs[1]
    assert hcs[0] == pytest.approx(hc_pixels(Ellipse(48, 32, 29.5, 19.5, 0)), rel=0.03)


def test_a_member_whose_region_is_thinner_than_the_offset_is_left_out_rather_than_failing():
    """A weak member (a freshly trained one) may find a sliver: it says nothing of the head's size."""
    sliver = np.zeros((64, 96), np.float32)
    sliver[30:32, 20:80] = 1.0  # 60 x 2 pixels
    maps = np.stack([_member((30, 20)), sliver, np.zeros((64, 96), np.float32)], axis=-1)
    hcs = member_hcs_px(maps, lambda points: points, 0.5, offset_px=3.0)
    assert len(hcs) == 1
