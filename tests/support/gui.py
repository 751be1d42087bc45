"""The main window as the tests drive it: a window with a fake predictor, measuring, dragging."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.gui.main_window import MainWindow
from fetalhc_gui.gui.settings import user_data_dir

from support.fakes import FakePredictor

HEAD = Ellipse(400, 270, 170, 130, 0.0)


def make_window(qtbot, predictor=None, auto_measure=False) -> MainWindow:
    """A shown main window with a loaded fake predictor; Measure on Open is off unless asked for."""
    predictor = predictor or FakePredictor(HEAD)
    window = MainWindow(lambda: predictor, session_path=user_data_dir() / "session.json")
    qtbot.addWidget(window)
    window.actions.auto_measure.setChecked(auto_measure)
    window.show()
    with qtbot.waitSignal(window.workspace.model_changed, timeout=5000):
        window.start_model_loading()
    return window


def measure_current(qtbot, window) -> None:
    with qtbot.waitSignal(window.workspace.busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
        window.actions.measure.trigger()


def measure_all(qtbot, window) -> None:
    """Measure All, waiting until the job has ended."""
    with qtbot.waitSignal(window.workspace.busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
        window.actions.measure_all.trigger()


def window_pixel_size(mm):
    from fetalhc_gui.core.pixel_size import manual_pixel_size

    return manual_pixel_size(mm)


def drag(viewport, start: QPoint, end: QPoint, steps: int = 8, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A left-button drag from ``start`` to ``end`` (viewport pixels), ``modifier`` held throughout."""
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, start)
    for i in range(1, steps + 1):
        point = QPointF(start + (end - start) * (i / steps))
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            point,
            viewport.mapToGlobal(point),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            modifier,
        )
        QApplication.sendEvent(viewport, move)
        QTest.qWait(10)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, end)
