"""Windows and dialogs that fit the screen they open on: a 1366x768 laptop, or 150% scaling, has
less room (in Qt's logical pixels) than the window would like."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QTimer
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
    available geometry, its window frame included once it is shown: no edge, status bar or button
    out of reach."""
    frame, geometry = widget.frameGeometry(), widget.geometry()
    left_margin, top_margin = geometry.left() - frame.left(), geometry.top() - frame.top()
    extra_width, extra_height = frame.width() - geometry.width(), frame.height() - geometry.height()
    room = available_geometry(widget)
    room = room.adjusted(left_margin, top_margin, left_margin - extra_width, top_margin - extra_height)
    width, height = min(geometry.width(), room.width()), min(geometry.height(), room.height())
    left = min(max(geometry.left(), room.left()), room.right() - width + 1)
    top = min(max(geometry.top(), room.top()), room.bottom() - height + 1)
    if (left, top, width, height) != (geometry.left(), geometry.top(), geometry.width(), geometry.height()):
        widget.setGeometry(left, top, width, height)


class ScreenKeeper(QObject):
    """Installed on the application: every window and dialog, once shown (when its frame is
    known), is kept within its screen's available geometry."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            QTimer.singleShot(0, watched, lambda: keep_on_screen(watched))
        return False


def keep_windows_on_screen(app: QObject) -> ScreenKeeper:
    """Install one ScreenKeeper on ``app`` (the QApplication); the keeper, kept alive by ``app``."""
    existing = app.findChild(ScreenKeeper)
    if existing is not None:
        return existing
    keeper = ScreenKeeper(app)
    app.installEventFilter(keeper)
    return keeper


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that grows with it: a dialog's fields stay reachable,
    with its buttons outside the area, on a screen too small for them all."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
