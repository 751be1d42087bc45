"""The image viewer: one ViewBox in image pixels holding the image, the mask and the ellipse.

Zoom with the wheel, pan by dragging; in drawing modes a left drag draws an ellipse or a
calibration line instead.
"""

from __future__ import annotations

import math
from enum import Enum

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.gui.ellipse_editor import EllipseEditor

pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)

MASK_COLOUR = (0, 200, 255)
LINE_COLOUR = (120, 255, 120)


class Mode(Enum):
    """What a left drag in the view does."""

    NAVIGATE = "navigate"
    DRAW_ELLIPSE = "draw ellipse"
    CALIBRATE = "calibrate"


class _DrawingViewBox(pg.ViewBox):
    """A ViewBox that hands left drags to its owner while a drawing mode is active."""

    def __init__(self, owner: ImageViewer):
        super().__init__(lockAspect=True, invertY=True, enableMenu=False)
        self._owner = owner

    def mouseDragEvent(self, event, axis=None):  # noqa: N802 (pyqtgraph's name)
        if self._owner.mode is Mode.NAVIGATE or event.button() != Qt.MouseButton.LeftButton:
            super().mouseDragEvent(event, axis)
            return
        event.accept()
        start = self.mapSceneToView(event.buttonDownScenePos())
        here = self.mapSceneToView(event.scenePos())
        self._owner.drag_drawn((start.x(), start.y()), (here.x(), here.y()), event.isFinish())


class ImageViewer(QWidget):
    """Shows one image with its mask and ellipse; reports the cursor and finished drawings (pixels)."""

    cursor_moved = Signal(float, float)
    cursor_left = Signal()
    ellipse_drawn = Signal(object)
    line_drawn = Signal(float, float, float, float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.mode = Mode.NAVIGATE
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground((24, 24, 24))
        self.view = _DrawingViewBox(self)
        self.graphics.addItem(self.view)
        self.image_item = pg.ImageItem()
        self.mask_item = pg.ImageItem()
        self.mask_item.setZValue(10)
        self.view.addItem(self.image_item)
        self.view.addItem(self.mask_item)
        self.editor = EllipseEditor(self.view)
        self.draft = pg.PlotCurveItem(pen=pg.mkPen(LINE_COLOUR, width=2, style=Qt.PenStyle.DashLine))
        self.draft.setZValue(40)
        self.view.addItem(self.draft)
        self.graphics.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.graphics.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.graphics)
        self._shape: tuple[int, int] | None = None
        self._levels = (0.0, 255.0)
        self._mask: np.ndarray | None = None
        self._mask_opacity = 0.35

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        """Tab and Shift+Tab choose an ellipse handle, then leave the image; the arrow keys move the
        chosen handle (Shift: ten pixels)."""
        is_key = event.type() == QEvent.Type.KeyPress and self.editor.ellipse is not None
        if is_key and self.handle_key(event.key(), event.modifiers()):
            return True
        return super().eventFilter(watched, event)

    def handle_key(self, key: int, modifiers) -> bool:
        """Act on a key for the ellipse's handles; True when it was one of theirs. Tab past the
        last handle (Shift+Tab before the first) hands the focus on to the panels."""
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            backwards = key == Qt.Key.Key_Backtab or shift
            if self.editor.select_next(backwards=backwards) is None:
                QWidget.focusNextPrevChild(self.graphics, not backwards)  # past the view's own items
            return True
        step = 10.0 if shift else 1.0
        moves = {
            Qt.Key.Key_Left: (-step, 0.0),
            Qt.Key.Key_Right: (step, 0.0),
            Qt.Key.Key_Up: (0.0, -step),
            Qt.Key.Key_Down: (0.0, step),
        }
        if key in moves and self.editor.selected is not None:
            return self.editor.nudge(*moves[key])
        return False

    # image and overlays
    def set_image(self, pixels: np.ndarray | None, fit: bool = True) -> None:
        """Show uint8 gray (rows, cols) or RGB (rows, cols, 3) pixels; None clears the view.

        The view is fitted to the image when ``fit`` is set or the image size changed.
        """
        if pixels is None:
            self.image_item.clear()
            self._shape = None
            self.set_mask(None)
            return
        resized = pixels.shape[:2] != self._shape
        self._shape = pixels.shape[:2]
        self.image_item.setImage(pixels, autoLevels=False, levels=self._levels)
        if fit or resized:
            self.fit_to_window()

    def set_levels(self, low: float, high: float) -> None:
        """Window/level as the gray values shown black and white."""
        self._levels = (low, high)
        if self._shape is not None:
            self.image_item.setLevels(self._levels)

    def set_mask(self, mask: np.ndarray | None) -> None:
        """Overlay a binary mask (rows, cols) in the mask colour; None removes it."""
        self._mask = mask
        self._draw_mask()

    def set_mask_opacity(self, opacity: float) -> None:
        """Mask opacity, 0..1."""
        self._mask_opacity = opacity
        self._draw_mask()

    def set_mask_visible(self, visible: bool) -> None:
        self.mask_item.setVisible(visible)

    def _draw_mask(self) -> None:
        if self._mask is None:
            self.mask_item.clear()
            return
        rgba = np.zeros((*self._mask.shape, 4), np.uint8)
        rgba[..., :3] = MASK_COLOUR
        rgba[..., 3] = (self._mask > 0) * int(255 * self._mask_opacity)
        self.mask_item.setImage(rgba, autoLevels=False, levels=(0, 255))

    # navigation
    def fit_to_window(self) -> None:
        """Show the whole image."""
        if self._shape is not None:
            rows, cols = self._shape
            self.view.setRange(xRange=(0, cols), yRange=(0, rows), padding=0.02)

    def actual_size(self) -> None:
        """One image pixel per screen pixel, around the current view centre."""
        if self._shape is None:
            return
        centre = self.view.viewRect().center()
        width, height = self.view.width() or 1, self.view.height() or 1
        self.view.setRange(
            xRange=(centre.x() - width / 2, centre.x() + width / 2),
            yRange=(centre.y() - height / 2, centre.y() + height / 2),
            padding=0,
        )

    def zoom(self, factor: float) -> None:
        """Zoom in (factor < 1) or out (factor > 1) around the view centre."""
        self.view.scaleBy((factor, factor))

    # drawing
    def set_mode(self, mode: Mode) -> None:
        """Choose what a left drag does; the cursor shows a cross in drawing modes."""
        self.mode = mode
        cursor = Qt.CursorShape.ArrowCursor if mode is Mode.NAVIGATE else Qt.CursorShape.CrossCursor
        self.graphics.viewport().setCursor(cursor)
        self.draft.setData([], [])

    def drag_drawn(self, start: tuple[float, float], here: tuple[float, float], finished: bool) -> None:
        """A left drag in a drawing mode: draw the draft and report it when the drag ends."""
        if self.mode is Mode.CALIBRATE:
            self.draft.setData([start[0], here[0]], [start[1], here[1]])
            if finished:
                self.set_mode(Mode.NAVIGATE)
                self.line_drawn.emit(start[0], start[1], here[0], here[1])
            return
        ellipse = ellipse_in_box(start, here)
        if ellipse is None:
            return
        points = ellipse.points(120)
        self.draft.setData(np.append(points[:, 0], points[0, 0]), np.append(points[:, 1], points[0, 1]))
        if finished:
            self.set_mode(Mode.NAVIGATE)
            self.ellipse_drawn.emit(ellipse)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        if self._shape is None or not self.view.sceneBoundingRect().contains(scene_pos):
            self.cursor_left.emit()
            return
        point = self.view.mapSceneToView(scene_pos)
        rows, cols = self._shape
        if 0 <= point.x() < cols and 0 <= point.y() < rows:
            self.cursor_moved.emit(point.x(), point.y())
        else:
            self.cursor_left.emit()


def ellipse_in_box(corner: tuple[float, float], opposite: tuple[float, float]) -> Ellipse | None:
    """The axis-aligned ellipse inscribed in the box between two corners (pixels), or None if it
    is too small."""
    a = abs(opposite[0] - corner[0]) / 2
    b = abs(opposite[1] - corner[1]) / 2
    if min(a, b) < 3:
        return None
    centre_x, centre_y = (corner[0] + opposite[0]) / 2, (corner[1] + opposite[1]) / 2
    return Ellipse(centre_x, centre_y, a, b, 0.0) if a >= b else Ellipse(centre_x, centre_y, b, a, math.pi / 2)
