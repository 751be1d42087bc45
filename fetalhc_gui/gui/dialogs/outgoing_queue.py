"""DICOM > Outgoing Queue: the results waiting for a PACS, why, and when they are tried again;
retry them now or give some up."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fetalhc_gui.gui.geometry import fit_to_screen
from fetalhc_gui.gui.jobs.outgoing_queue import OutgoingQueue
from fetalhc_gui.report.clinical_words import in_window_language
from fetalhc_gui.report.language import counted, translate

COLUMNS = (
    QT_TRANSLATE_NOOP("OutgoingQueueDialog", "Peer"),
    QT_TRANSLATE_NOOP("OutgoingQueueDialog", "Results"),
    QT_TRANSLATE_NOOP("OutgoingQueueDialog", "Queued"),
    QT_TRANSLATE_NOOP("OutgoingQueueDialog", "Tries"),
    QT_TRANSLATE_NOOP("OutgoingQueueDialog", "Next try"),
    QT_TRANSLATE_NOOP("OutgoingQueueDialog", "Last error"),
)


def _time(seconds: float) -> str:
    if seconds <= 0:
        return "now"
    return datetime.datetime.fromtimestamp(seconds).strftime("%Y-%m-%d %H:%M:%S")


class OutgoingQueueDialog(QDialog):
    """Lists ``queue`` and follows its changes."""

    def __init__(self, queue: OutgoingQueue, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("OutgoingQueueDialog", "Outgoing Queue"))
        self.queue = queue
        self.entries = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("OutgoingQueueDialog", c) for c in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary = QLabel("")
        self.retry = QPushButton(translate("OutgoingQueueDialog", "Retry All Now"))
        self.drop = QPushButton(translate("OutgoingQueueDialog", "Drop Selected"))
        self.retry.clicked.connect(self.queue.retry_now)
        self.drop.clicked.connect(self.drop_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.retry, self.drop):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 320)
        queue.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        self.entries = self.queue.entries()
        self.table.setRowCount(len(self.entries))
        for row, (peer, item) in enumerate(self.entries):
            state = item.state
            values = (
                f"{peer.ae_title} ({peer.host}:{peer.port})",
                state.label,
                _time(state.created),
                str(state.attempts),
                _time(state.next_try),
                in_window_language(state.last_error) if state.last_error else "",
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.table.setItem(row, column, cell)
        self.summary.setText(
            counted(
                len(self.entries),
                translate(
                    "OutgoingQueueDialog", "1 result waits to be sent; it is tried again on its own, later each time."
                ),
                translate(
                    "OutgoingQueueDialog",
                    "{n} results wait to be sent; each is tried again on its own, later each time.",
                ),
            )
            if self.entries
            else translate("OutgoingQueueDialog", "Nothing waits to be sent.")
        )
        self.drop.setEnabled(bool(self.entries))
        self.retry.setEnabled(bool(self.entries))

    def drop_selected(self) -> None:
        """Give up the selected results (their files stay in the results folder)."""
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            peer, item = self.entries[row]
            self.queue.drop(peer, item.id)
        self.refresh()
