"""A square crop around a head ellipse, at a fixed size, and the way back to image pixels.

The second stage of the model sees the head at a fixed scale: the crop is centred on the first
ellipse and its side is ``margin`` times the ellipse's major axis. Crop coordinates ``u`` relate
to image pixels ``x`` by ``u = scale * (x - centre) + size / 2``.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from fetalhc_gui.core.ellipse import Ellipse


@dataclass(frozen=True)
class CropFrame:
    """Centre (cx, cy) in image pixels, ``scale`` in crop pixels per image pixel, ``size`` in crop pixels."""

    cx: float
    cy: float
    scale: float
    size: int

    @classmethod
    def around(cls, ellipse: Ellipse, size: int, margin: float) -> CropFrame:
        """The crop of ``size`` pixels centred on ``ellipse`` (pixels), ``margin`` times its major axis wide."""
        return cls(ellipse.cx, ellipse.cy, size / (2 * ellipse.major * margin), size)

    def _to_crop(self) -> np.ndarray:
        s, half = self.scale, self.size / 2
        return np.float32([[s, 0, half - s * self.cx], [0, s, half - s * self.cy]])

    def cut(self, image: np.ndarray) -> np.ndarray:
        """The crop (size x size, float32) of a (rows, cols) image; area-averaged when shrinking,
        zero outside the image."""
        small = cv2.resize(
            np.asarray(image, np.float32), None, fx=self.scale, fy=self.scale, interpolation=cv2.INTER_AREA
        )
        landed = 0.5 * (self.scale - 1)  # where image pixel centres land after the resize
        shift = self._to_crop()
        shift[:, 0:2] = np.eye(2)
        shift[:, 2] -= landed
        return cv2.warpAffine(small, shift, (self.size, self.size), flags=cv2.INTER_LINEAR, borderValue=0)

    def to_image(self, points: np.ndarray) -> np.ndarray:
        """(x, y) crop coordinates to image pixels."""
        return (np.asarray(points, float) - self.size / 2) / self.scale + (self.cx, self.cy)

    def map_to_image(self, crop_map: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
        """A (size, size) map drawn back into an image of ``shape`` (rows, cols); zero outside the crop."""
        rows, cols = shape
        return cv2.warpAffine(
            np.asarray(crop_map, np.float32),
            self._to_crop(),
            (cols, rows),
            flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
            borderValue=0,
        )
