"""The editable ellipse drawn over the image: its curve, its axes and handles to drag.

Handles: ``centre`` moves the ellipse; ``a+``/``a-``/``b+``/``b-`` are calipers on the axis ends:
dragging one moves that end alone along its axis (the opposite end stays where it was, the centre
follows, the other axis keeps its length and direction), or with Shift both ends symmetrically
about the centre; ``rotate`` (beyond ``a+``) turns it. A handle is selected by clicking it or with
Tab (past the last one, Tab leaves the image); the arrow keys then move it by one image pixel
(Shift: ten), each step undoable. Everything is in image pixels.
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal

from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.report.language import translate

ELLIPSE_COLOUR = (255, 220, 0)
AXES_COLOUR = (255, 90, 90)
HANDLE_COLOUR = (255, 255, 255)
SELECTED_COLOUR = (0, 200, 255)
ROTATE_FACTOR = 1.15
MIN_SEMI_AXIS_PX = 3.0
HANDLES = ("centre", "a+", "a-", "b+", "b-", "rotate")


def moved_ellipse(ellipse: Ellipse, handle: str, x: float, y: float, symmetric: bool = False) -> Ellipse:
    """The ellipse after ``handle`` was dragged to (x, y) pixels: an axis end alone (the opposite
    end fixed), or with ``symmetric`` both ends about the centre."""
    if handle == "centre":
        return replace(ellipse, cx=x, cy=y)
    dx, dy = x - ellipse.cx, y - ellipse.cy
    if handle == "rotate":
        return replace(ellipse, angle=math.atan2(dy, dx) % (2 * math.pi))
    c, s = math.cos(ellipse.angle), math.sin(ellipse.angle)
    along_a = handle in ("a+", "a-")
    ux, uy = (c, s) if along_a else (-s, c)  # the dragged axis's direction (towards its "+" end)
    semi = ellipse.a if along_a else ellipse.b
    if symmetric:
        new_semi = max(MIN_SEMI_AXIS_PX, abs(ux * dx + uy * dy))
        return replace(ellipse, **{"a" if along_a else "b": new_semi})
    sign = 1.0 if handle.endswith("+") else -1.0
    fixed_x, fixed_y = ellipse.cx - sign * semi * ux, ellipse.cy - sign * semi * uy  # the opposite end
    length = max(2 * MIN_SEMI_AXIS_PX, sign * (ux * (x - fixed_x) + uy * (y - fixed_y)))
    new_semi = length / 2
    centre_x, centre_y = fixed_x + sign * new_semi * ux, fixed_y + sign * new_semi * uy
    return replace(ellipse, cx=centre_x, cy=centre_y, **{"a" if along_a else "b": new_semi})


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
        self.selected: str | None = None
        self.curve = pg.PlotCurveItem(pen=pg.mkPen(ELLIPSE_COLOUR, width=2))
        self.axes = pg.PlotCurveItem(pen=pg.mkPen(AXES_COLOUR, width=1), connect="pairs")
        self.handles: dict[str, pg.TargetItem] = {}
        for item in (self.curve, self.axes):
            item.setZValue(20)
            view.addItem(item)
        for name in HANDLES:
            symbol = "o" if name == "rotate" else ("+" if name == "centre" else "s")
            handle = _Handle(
                lambda n=name: self.select(n),
                size=11,
                symbol=symbol,
                pen=pg.mkPen(HANDLE_COLOUR, width=1.5),
                brush=pg.mkBrush(*ELLIPSE_COLOUR, 160),
                hoverPen=pg.mkPen(SELECTED_COLOUR, width=3),  # as the chosen handle (pyqtgraph's own is magenta)
                hoverBrush=pg.mkBrush(*SELECTED_COLOUR, 200),
            )
            handle.setZValue(30)
            handle.setToolTip(translate("EllipseEditor", _HANDLE_TIPS[name]))
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

    def select(self, name: str | None) -> None:
        """Make ``name`` the handle the arrow keys move (None: none), and show it."""
        self.selected = name if self._ellipse is not None else None
        for handle_name, handle in self.handles.items():
            chosen = handle_name == self.selected
            handle.setPen(pg.mkPen(SELECTED_COLOUR if chosen else HANDLE_COLOUR, width=3 if chosen else 1.5))
            handle.setBrush(pg.mkBrush(*(SELECTED_COLOUR if chosen else ELLIPSE_COLOUR), 200 if chosen else 160))

    def select_next(self, backwards: bool = False) -> str | None:
        """Select the next handle (Tab), or the previous one (Shift+Tab); the one selected, or None
        past the last (first) one, where none is selected and the keyboard moves on."""
        if self._ellipse is None:
            return None
        if self.selected in HANDLES:
            index = HANDLES.index(self.selected) + (-1 if backwards else 1)
        else:
            index = len(HANDLES) - 1 if backwards else 0
        self.select(HANDLES[index] if 0 <= index < len(HANDLES) else None)
        return self.selected

    def nudge(self, dx: float, dy: float) -> bool:
        """Move the selected handle by (dx, dy) image pixels, as one undoable edit; False when no
        handle is selected or no ellipse is shown."""
        if self._ellipse is None or self.selected is None:
            return False
        x, y = handle_positions(self._ellipse)[self.selected]
        before = self._ellipse
        self._ellipse = moved_ellipse(before, self.selected, x + dx, y + dy)
        self._redraw()
        self.ellipse_changed.emit(self._ellipse)
        if self._ellipse != before:
            self.edit_finished.emit(before, self._ellipse)
        return True

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
            self.select(name)
        pos = item.pos()
        self._ellipse = moved_ellipse(self._ellipse, name, pos.x(), pos.y(), symmetric=item.symmetric)
        self._redraw()
        self.ellipse_changed.emit(self._ellipse)

    def _on_drag_finished(self) -> None:
        if self._before_drag is not None and self._ellipse is not None and self._before_drag != self._ellipse:
            self.edit_finished.emit(self._before_drag, self._ellipse)
        self._before_drag = None


class _Handle(pg.TargetItem):
    """A handle that tells the editor when it is clicked (to select it for the arrow keys)."""

    def __init__(self, on_click, **options):
        super().__init__(**options)
        self._on_click = on_click
        self.symmetric = False  # Shift held during the drag

    def mouseDragEvent(self, ev) -> None:  # noqa: N802 (pyqtgraph's name)
        self.symmetric = bool(ev.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        super().mouseDragEvent(ev)

    def mouseClickEvent(self, ev) -> None:  # noqa: N802 (pyqtgraph's name)
        if ev.button() == Qt.MouseButton.LeftButton and not self.moving:
            ev.accept()
            self._on_click()
            return
        super().mouseClickEvent(ev)


_AXIS_TIP = QT_TRANSLATE_NOOP(
    "EllipseEditor", "Drag this end alone (Shift: both ends); click it, then the arrow keys move it by a pixel"
)
_HANDLE_TIPS = {
    "centre": QT_TRANSLATE_NOOP(
        "EllipseEditor", "Drag to move the ellipse; click it, then the arrow keys move it by a pixel"
    ),
    "a+": _AXIS_TIP,
    "a-": _AXIS_TIP,
    "b+": _AXIS_TIP,
    "b-": _AXIS_TIP,
    "rotate": QT_TRANSLATE_NOOP("EllipseEditor", "Drag to rotate the ellipse"),
}
