"""Opens the main window and each dialog on the offscreen screen the environment names, in the
language ARGV[2] (default English) (run by tests/test_window_fits.py in a process of its own, since
a process has one screen); writes what lies outside the screen's available geometry, as JSON, and a
screenshot of each, to ARGV[1]."""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

import cv2
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QScrollArea, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fetalhc_gui.core.phantom import head_phantom  # noqa: E402
from fetalhc_gui.gui.main_window import MainWindow  # noqa: E402
from fetalhc_gui.report.language import install_language  # noqa: E402

from support.fakes import FakePredictor  # noqa: E402


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def in_scroll_area(widget: QWidget) -> bool:
    """True for a widget inside a scroll area (reachable by scrolling it)."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def outside(widget: QWidget, room: QRect) -> bool:
    """True for a visible widget off the screen's available area and not inside a scroll area that
    is (its rectangle is then checked instead)."""
    return widget.isVisible() and not in_scroll_area(widget) and not room.contains(global_rect(widget))


def check(name: str, widget: QWidget, out: Path, room: QRect, facts: dict) -> None:
    """Note ``widget``'s frame and every visible button of it that lies off the available area."""
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    buttons = [b for b in widget.findChildren(QPushButton) if b.isVisible() and b.window() is widget]
    buttons += [a for a in widget.findChildren(QScrollArea) if a.isVisible() and a.window() is widget]
    boxes = [b for b in widget.findChildren(QDialogButtonBox) if b.isVisible()]
    facts[name] = {
        "frame": [widget.frameGeometry().x(), widget.frameGeometry().y(), widget.width(), widget.height()],
        "off_screen": not room.contains(widget.frameGeometry()),
        "unreachable": [getattr(b, "text", b.objectName)() for b in [*buttons, *boxes] if outside(b, room)],
    }
    widget.grab().save(str(out / f"{name}.png"))


def main(out: Path, language: str) -> None:
    app = QApplication([])
    install_language(app, language)
    room = app.primaryScreen().availableGeometry()
    image = out / "head.png"
    cv2.imwrite(str(image), head_phantom())
    window = MainWindow(lambda: FakePredictor())
    window.show()
    window.start_model_loading()
    for _ in range(50):
        QApplication.processEvents()
    window.open_paths([str(image)])
    window.workspace.measure([0])
    while window.workspace.busy:
        QApplication.processEvents()
    facts = {"screen": [room.width(), room.height()], "scale": app.primaryScreen().devicePixelRatio()}
    check("window", window, out, room, facts)
    panel = window.measurement_panel
    panels = (("measurement", panel.hc), ("status bar", window.statusBar()), ("images", window.image_list))
    facts["window"]["panels_off_screen"] = [
        name for name, widget in panels if outside(widget, room) or widget.visibleRegion().isEmpty()
    ]
    from fetalhc_gui.gui.dialogs.common import AboutDialog, ShortcutsDialog
    from fetalhc_gui.gui.dialogs.dating import DatingDialog
    from fetalhc_gui.gui.dialogs.dicom_settings import DicomSettingsDialog
    from fetalhc_gui.gui.dialogs.training import TrainingDialog
    from fetalhc_gui.gui.dialogs.user_guide import UserGuide, guide_path

    dialogs = {
        "training": TrainingDialog(None, None, window),
        "dating": DatingDialog(datetime.date(2026, 11, 27), 1, window),
        "node-settings": DicomSettingsDialog(window.settings, str(out)),
        "shortcuts": ShortcutsDialog(window.actions.shortcut_table(), window),
        "about": AboutDialog(None, window),
        "user-guide": UserGuide(guide_path(), window),
    }
    for name, dialog in dialogs.items():
        check(name, dialog, out, room, facts)
        dialog.close()
    (out / "facts.json").write_text(json.dumps(facts, indent=1))


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "en")
