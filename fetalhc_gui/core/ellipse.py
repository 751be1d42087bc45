"""The head ellipse: fitting it to masks and probability maps, rasterising it, converting it.

Image coordinates throughout: x to the right, y downwards, in pixels, with pixel centres
at integer coordinates. Angles are in radians, measured from the +x axis towards +y
(clockwise on screen), and give the direction of the semi-axis ``a``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import cv2
import numpy as np

from fetalhc_gui.core.errors import EllipseFitError

#: Pixels removed from each semi-axis of an ellipse fitted to the outer contour of a filled
#: HC18 annotation so that its HC matches the reference (see ``../shared/hc18/README.md``:
#: the fill includes the drawn outline; mean absolute HC difference 0.07 mm over 999 images).
HC18_BOUNDARY_OFFSET_PX = 1.0

#: The pixel centres on the outer contour of a filled mask lie, on average, this far (pixels)
#: inside the edge of the region the mask covers.
CONTOUR_INSET_PX = 0.5

#: A component smaller than this fraction of the image is treated as a speck, not a head.
MIN_HEAD_AREA_FRACTION = 0.002


@dataclass(frozen=True)
class Ellipse:
    """An ellipse in image pixels: centre (cx, cy), semi-axes (a, b) and angle of ``a`` in radians."""

    cx: float
    cy: float
    a: float
    b: float
    angle: float

    def __post_init__(self) -> None:
        values = (self.cx, self.cy, self.a, self.b, self.angle)
        if not all(math.isfinite(v) for v in values):
            raise ValueError(f"ellipse values must be finite, got {values}")
        if self.a <= 0 or self.b <= 0:
            raise ValueError(f"semi-axes must be positive, got a={self.a}, b={self.b}")

    @property
    def major(self) -> float:
        """Longer semi-axis in pixels."""
        return max(self.a, self.b)

    @property
    def minor(self) -> float:
        """Shorter semi-axis in pixels."""
        return min(self.a, self.b)

    def canonical(self) -> Ellipse:
        """The same ellipse with ``a`` the major semi-axis and the angle in [0, pi)."""
        if self.a >= self.b:
            return replace(self, angle=normalise_angle(self.angle))
        return Ellipse(self.cx, self.cy, self.b, self.a, normalise_angle(self.angle + math.pi / 2))

    def grown(self, pixels: float) -> Ellipse:
        """This ellipse with ``pixels`` added to both semi-axes (negative values shrink it)."""
        return replace(self, a=self.a + pixels, b=self.b + pixels)

    def scaled(self, sx: float, sy: float) -> Ellipse:
        """The image of this ellipse when x is multiplied by ``sx`` and y by ``sy`` (from pixels to
        mm with non-square pixels, and back with the reciprocals); exact, as a linear map takes an
        ellipse to an ellipse."""
        c, s = math.cos(self.angle), math.sin(self.angle)
        shape = np.array([[sx * c * self.a, -sx * s * self.b], [sy * s * self.a, sy * c * self.b]])
        u, sigma, _ = np.linalg.svd(shape)
        angle = math.atan2(u[1, 0], u[0, 0])
        return Ellipse(self.cx * sx, self.cy * sy, float(sigma[0]), float(sigma[1]), angle).canonical()

    def points(self, n: int = 360) -> np.ndarray:
        """``n`` points on the ellipse as an (n, 2) array of (x, y) pixels."""
        t = np.linspace(0, 2 * np.pi, n, endpoint=False)
        c, s = math.cos(self.angle), math.sin(self.angle)
        x = self.a * np.cos(t)
        y = self.b * np.sin(t)
        return np.stack([self.cx + c * x - s * y, self.cy + s * x + c * y], axis=1)

    def axis_endpoints(self) -> dict[str, tuple[float, float]]:
        """End points (x, y) in pixels of both axes: keys ``a+``, ``a-``, ``b+``, ``b-``."""
        c, s = math.cos(self.angle), math.sin(self.angle)
        return {
            "a+": (self.cx + self.a * c, self.cy + self.a * s),
            "a-": (self.cx - self.a * c, self.cy - self.a * s),
            "b+": (self.cx - self.b * s, self.cy + self.b * c),
            "b-": (self.cx + self.b * s, self.cy - self.b * c),
        }

    def radial_residual(self, points: np.ndarray) -> np.ndarray:
        """Distance in pixels, along the ray from the centre, from each (x, y) point to the ellipse."""
        c, s = math.cos(self.angle), math.sin(self.angle)
        dx, dy = points[:, 0] - self.cx, points[:, 1] - self.cy
        u, v = c * dx + s * dy, -s * dx + c * dy
        r = np.sqrt((u / self.a) ** 2 + (v / self.b) ** 2)
        rho = np.hypot(u, v)
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(r > 0, np.abs(r - 1) * rho / r, np.hypot(self.a, self.b))


def normalise_angle(angle: float) -> float:
    """An axis direction in radians folded into [0, pi)."""
    return angle % math.pi


def fit_contour(points: np.ndarray) -> Ellipse:
    """Least-squares ellipse (``cv2.fitEllipse``) through (x, y) pixel points, ``a`` the major
    semi-axis; at least 5 points."""
    if len(points) < 5:
        raise EllipseFitError("The outline is too small to fit an ellipse.")
    (cx, cy), (w, h), deg = cv2.fitEllipse(points.reshape(-1, 1, 2).astype(np.float32))
    if not (w > 0 and h > 0 and math.isfinite(w) and math.isfinite(h)):
        raise EllipseFitError("No ellipse could be fitted to the outline.")
    return Ellipse(float(cx), float(cy), w / 2, h / 2, math.radians(deg)).canonical()


def head_component(mask: np.ndarray, min_area_fraction: float = MIN_HEAD_AREA_FRACTION) -> np.ndarray:
    """The largest connected component of a binary mask, holes filled, as a uint8 0/1 mask.

    Raises EllipseFitError when the mask holds nothing larger than ``min_area_fraction``
    of the image.
    """
    binary = (np.asarray(mask) > 0).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    if count <= 1:
        raise EllipseFitError("No head was found in this image.")
    areas = stats[1:, cv2.CC_STAT_AREA]
    best = 1 + int(np.argmax(areas))
    if areas[best - 1] < min_area_fraction * binary.size:
        raise EllipseFitError("No head was found in this image: the largest region is too small.")
    component = (labels == best).astype(np.uint8)
    contours, _ = cv2.findContours(component, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    filled = np.zeros_like(component)
    cv2.drawContours(filled, contours, -1, 1, thickness=cv2.FILLED)
    return filled


def outer_contour(mask: np.ndarray) -> np.ndarray:
    """(x, y) pixel centres on the outer contour of the largest component of a binary mask."""
    return component_outline(head_component(mask))


def component_outline(component: np.ndarray) -> np.ndarray:
    """(x, y) pixel centres on the longest outer contour of a uint8 0/1 mask that is already one
    filled component (``head_component``'s output)."""
    contours, _ = cv2.findContours(component, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    return max(contours, key=len).reshape(-1, 2).astype(np.float64)


def fit_mask(mask: np.ndarray, boundary_offset_px: float = HC18_BOUNDARY_OFFSET_PX, aspect: float = 1.0) -> Ellipse:
    """Ellipse of a filled binary head mask, at the mask's resolution, in pixels.

    The ellipse is fitted to the outer contour of the largest component (holes and specks
    ignored) and each semi-axis is reduced by ``boundary_offset_px``; the default is the HC18
    convention that reproduces the reference HC from the filled annotations. See ``fit_points``
    for ``aspect``.
    """
    return fit_points(outer_contour(mask), boundary_offset_px, aspect)


def fit_points(points: np.ndarray, boundary_offset_px: float = 0.0, aspect: float = 1.0) -> Ellipse:
    """Ellipse through (x, y) outline points in pixels, each semi-axis reduced by ``boundary_offset_px``.

    For non-square pixels (``aspect`` = row spacing / column spacing) the fit and the offset
    happen in physical proportions, in pixels of the same area, and the ellipse is mapped back to
    the pixel grid.
    """
    stretch = math.sqrt(aspect)
    if aspect != 1.0:
        points = points * (1 / stretch, stretch)
    ellipse = fit_contour(points)
    if min(ellipse.a, ellipse.b) <= boundary_offset_px:
        raise EllipseFitError("The head outline is too small to measure.")
    ellipse = ellipse.grown(-boundary_offset_px)
    return ellipse if aspect == 1.0 else ellipse.scaled(stretch, 1 / stretch)


def fit_probability(
    probability: np.ndarray,
    threshold: float = 0.5,
    boundary_offset_px: float = HC18_BOUNDARY_OFFSET_PX,
) -> Ellipse:
    """Ellipse of a head probability map (values 0..1) at the map's resolution, in pixels."""
    return fit_mask(np.asarray(probability) >= threshold, boundary_offset_px)


def rasterise(
    ellipse: Ellipse, shape: tuple[int, int], boundary_offset_px: float = HC18_BOUNDARY_OFFSET_PX
) -> np.ndarray:
    """A filled uint8 0/1 head mask of ``shape`` (rows, cols) drawn as ``fit_mask`` reads masks.

    The mask covers the pixels whose centres lie inside the ellipse grown by
    ``boundary_offset_px + CONTOUR_INSET_PX``, so ``fit_mask(rasterise(e, shape, k), k)`` returns
    ``e`` to a few hundredths of a pixel for any offset ``k`` (the HC18 convention by default).
    """
    edge = ellipse.grown(boundary_offset_px + CONTOUR_INSET_PX)
    rows, cols = shape
    mask = np.zeros((rows, cols), np.uint8)
    c, s = math.cos(edge.angle), math.sin(edge.angle)
    half_x = math.hypot(edge.a * c, edge.b * s)  # half extents of the bounding box
    half_y = math.hypot(edge.a * s, edge.b * c)
    x0, x1 = max(0, math.floor(edge.cx - half_x)), min(cols, math.ceil(edge.cx + half_x) + 1)
    y0, y1 = max(0, math.floor(edge.cy - half_y)), min(rows, math.ceil(edge.cy + half_y) + 1)
    if x0 >= x1 or y0 >= y1:
        return mask
    y, x = np.mgrid[y0:y1, x0:x1]
    dx, dy = x - edge.cx, y - edge.cy
    u, v = c * dx + s * dy, -s * dx + c * dy
    mask[y0:y1, x0:x1] = ((u / edge.a) ** 2 + (v / edge.b) ** 2) <= 1.0
    return mask
