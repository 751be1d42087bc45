"""Windows and dialogs that fit the screen they open on: a 1366x768 laptop, or 150% scaling, has
less room (in Qt's logical pixels) than the window would like."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def available_geometry(widget: QWidget) -> QRect:
    """The usable part (logical pixels, without panels and docks) of the screen ``widget`` is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Size ``widget`` at ``width`` x ``height`` logical pixels, or smaller where its screen has less
    room, and keep it on that screen."""
    room = available_geometry(widget)
    widget.resize(min(width, room.width()), min(height, room.height()))
    keep_on_screen(widget)


def keep_on_screen(widget: QWidget) -> None:
    """Clip ``widget``'s geometry (such as one restored from another monitor) to its screen's
    available geometry: no edge, status bar or button out of reach."""
    room = available_geometry(widget)
    geometry = widget.geometry()
    width, height = min(geometry.width(), room.width()), min(geometry.height(), room.height())
    left = min(max(geometry.left(), room.left()), room.right() - width + 1)
    top = min(max(geometry.top(), room.top()), room.bottom() - height + 1)
    if (left, top, width, height) != (geometry.left(), geometry.top(), geometry.width(), geometry.height()):
        widget.setGeometry(left, top, width, height)


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that grows with it: a dialog's fields stay reachable,
    with its buttons outside the area, on a screen too small for them all."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
