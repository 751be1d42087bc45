"""The editable ellipse drawn over the image: its curve, its axes and handles to drag.

Handles: ``centre`` moves the ellipse, ``a+``/``a-``/``b+``/``b-`` set the length of their
semi-axis, ``rotate`` (beyond ``a+``) turns it. Everything is in image pixels.
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Signal

from fetalhc_gui.core.ellipse import Ellipse

ELLIPSE_COLOUR = (255, 220, 0)
AXES_COLOUR = (255, 90, 90)
HANDLE_COLOUR = (255, 255, 255)
ROTATE_FACTOR = 1.15
MIN_SEMI_AXIS_PX = 3.0
HANDLES = ("centre", "a+", "a-", "b+", "b-", "rotate")


def moved_ellipse(ellipse: Ellipse, handle: str, x: float, y: float) -> Ellipse:
    """The ellipse after ``handle`` was dragged to (x, y) pixels."""
    if handle == "centre":
        return replace(ellipse, cx=x, cy=y)
    dx, dy = x - ellipse.cx, y - ellipse.cy
    if handle == "rotate":
        return replace(ellipse, angle=math.atan2(dy, dx) % (2 * math.pi))
    c, s = math.cos(ellipse.angle), math.sin(ellipse.angle)
    if handle in ("a+", "a-"):
        return replace(ellipse, a=max(MIN_SEMI_AXIS_PX, abs(c * dx + s * dy)))
    return replace(ellipse, b=max(MIN_SEMI_AXIS_PX, abs(-s * dx + c * dy)))


def handle_positions(ellipse: Ellipse) -> dict[str, tuple[float, float]]:
    """Where each handle sits for ``ellipse`` (pixels)."""
    ends = ellipse.axis_endpoints()
    c, s = math.cos(ellipse.angle), math.sin(ellipse.angle)
    reach = ellipse.a * ROTATE_FACTOR
    return ends | {"centre": (ellipse.cx, ellipse.cy), "rotate": (ellipse.cx + reach * c, ellipse.cy + reach * s)}


class EllipseEditor(QObject):
    """Draws an ellipse in a ViewBox and lets the user edit it with handles.

    ``ellipse_changed`` fires on every move during a drag (live figures); ``edit_finished``
    fires once when the drag ends, with the ellipse before and after it (for undo).
    """

    ellipse_changed = Signal(object)
    edit_finished = Signal(object, object)

    def __init__(self, view: pg.ViewBox):
        super().__init__()
        self._ellipse: Ellipse | None = None
        self._before_drag: Ellipse | None = None
        self._updating = False
        self._visible = True
        self.curve = pg.PlotCurveItem(pen=pg.mkPen(ELLIPSE_COLOUR, width=2))
        self.axes = pg.PlotCurveItem(pen=pg.mkPen(AXES_COLOUR, width=1), connect="pairs")
        self.handles: dict[str, pg.TargetItem] = {}
        for item in (self.curve, self.axes):
            item.setZValue(20)
            view.addItem(item)
        for name in HANDLES:
            symbol = "o" if name == "rotate" else ("+" if name == "centre" else "s")
            handle = pg.TargetItem(
                size=11,
                symbol=symbol,
                pen=pg.mkPen(HANDLE_COLOUR, width=1.5),
                brush=pg.mkBrush(*ELLIPSE_COLOUR, 160),
                hoverBrush=pg.mkBrush(255, 255, 255, 220),
            )
            handle.setZValue(30)
            handle.setToolTip(_HANDLE_TIPS[name])
            handle.sigPositionChanged.connect(lambda item, n=name: self._on_handle_moved(n, item))
            handle.sigPositionChangeFinished.connect(lambda _item: self._on_drag_finished())
            view.addItem(handle)
            self.handles[name] = handle
        self.set_ellipse(None)

    @property
    def ellipse(self) -> Ellipse | None:
        """The ellipse shown, in pixels."""
        return self._ellipse

    def set_ellipse(self, ellipse: Ellipse | None) -> None:
        """Show ``ellipse`` (None hides everything) without emitting signals."""
        self._ellipse = ellipse
        self._redraw()

    def set_visible(self, visible: bool) -> None:
        """Show or hide the curve, the axes and the handles (the ellipse itself is kept)."""
        self._visible = visible
        self._redraw()

    def _redraw(self) -> None:
        shown = self._ellipse is not None and self._visible
        for item in (self.curve, self.axes, *self.handles.values()):
            item.setVisible(shown)
        if not shown:
            return
        points = self._ellipse.points(240)
        points = np.vstack([points, points[:1]])
        self.curve.setData(points[:, 0], points[:, 1])
        ends = self._ellipse.axis_endpoints()
        axis_points = np.array([ends["a+"], ends["a-"], ends["b+"], ends["b-"]])
        self.axes.setData(axis_points[:, 0], axis_points[:, 1])
        self._updating = True
        try:
            for name, (x, y) in handle_positions(self._ellipse).items():
                self.handles[name].setPos(x, y)
        finally:
            self._updating = False

    def _on_handle_moved(self, name: str, item: pg.TargetItem) -> None:
        if self._updating or self._ellipse is None:
            return
        if self._before_drag is None:
            self._before_drag = self._ellipse
        pos = item.pos()
        self._ellipse = moved_ellipse(self._ellipse, name, pos.x(), pos.y())
        self._redraw()
        self.ellipse_changed.emit(self._ellipse)

    def _on_drag_finished(self) -> None:
        if self._before_drag is not None and self._ellipse is not None and self._before_drag != self._ellipse:
            self.edit_finished.emit(self._before_drag, self._ellipse)
        self._before_drag = None


_HANDLE_TIPS = {
    "centre": "Drag to move the ellipse",
    "a+": "Drag to change the long axis",
    "a-": "Drag to change the long axis",
    "b+": "Drag to change the short axis",
    "b-": "Drag to change the short axis",
    "rotate": "Drag to rotate the ellipse",
}
