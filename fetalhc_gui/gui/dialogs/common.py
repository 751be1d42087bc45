"""Small dialogs: the About box, the shortcut list, the calibration length prompt, and the fields
and buttons the other dialogs share."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fetalhc_gui import __version__
from fetalhc_gui.gui.geometry import fit_to_screen
from fetalhc_gui.inference.artifact import HC18_CITATION
from fetalhc_gui.report.language import local_date_format, number, translate


@contextmanager
def modal(dialog: QDialog) -> Iterator[bool]:
    """Show ``dialog`` modally; True when accepted. The dialog is freed afterwards (parented to the
    window, it would otherwise live, with its connections, until the window closes)."""
    try:
        yield bool(dialog.exec())
    finally:
        dialog.deleteLater()


def show_modal(dialog: QDialog) -> None:
    """Show ``dialog`` modally and free it afterwards (for dialogs whose answer nobody reads)."""
    with modal(dialog):
        pass


def date_edit(value: datetime.date) -> QDateEdit:
    """A date field showing ``value`` as the window's language writes dates (YYYY-MM-DD in
    English), with a calendar to pick from."""
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(local_date_format() or "yyyy-MM-dd")
    return edit


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel buttons that accept and reject ``dialog``."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def ask_known_distance(parent: QWidget, length_px: float) -> float | None:
    """Ask for the length in mm of a calibration line; None if cancelled."""
    value, ok = QInputDialog.getDouble(
        parent,
        translate("Dialogs", "Calibrate pixel size"),
        translate("Dialogs", "The line is {length} pixels long. Its length in millimetres:").format(
            length=number(length_px, 1)
        ),
        10.0,
        0.1,
        1000.0,
        2,
    )
    return value if ok else None


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the window."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Dialogs", "Keyboard shortcuts"))
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([translate("Dialogs", "Action"), translate("Dialogs", "Shortcut")])
        for row, (name, key) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(key))
        header = table.horizontalHeader()  # the actions take what the shortcuts leave: no sideways scrolling
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # long names wrap
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        fit_to_screen(self, 460, 560)


class AboutDialog(QDialog):
    """Version, the model in use with its card, and the HC18 attribution."""

    def __init__(self, card: dict | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Dialogs", "About FetalHC"))
        header = QLabel(
            f"<h2>FetalHC {__version__}</h2>"
            + translate(
                "Dialogs",
                "<p>Fetal head circumference on 2D ultrasound: a U-Net finds the skull, an ellipse is fitted "
                "and HC follows from the pixel size. Results are for review by a qualified sonographer.</p>",
            )
        )
        header.setWordWrap(True)
        card_view = QTextBrowser()
        card_view.setPlainText(_card_text(card))
        attribution = QLabel(
            translate(
                "Dialogs",
                "<p><b>Data.</b> Trained on the HC18 challenge training set: {citation}, licensed under Creative "
                "Commons Attribution 4.0 (CC BY 4.0).</p>",
            ).format(citation=HC18_CITATION)
        )
        attribution.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(QLabel(translate("Dialogs", "<b>Model card</b>")))
        layout.addWidget(card_view)
        layout.addWidget(attribution)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, 620)


def _card_text(card: dict | None) -> str:
    if card is None:
        return translate("Dialogs", "No model is loaded.")
    shown = {k: v for k, v in card.items() if k not in ("training",)}
    training = card.get("training", {})
    shown["training"] = {k: v for k, v in training.items() if k != "history"}
    return json.dumps(shown, indent=2)
