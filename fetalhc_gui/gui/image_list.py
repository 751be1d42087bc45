"""The list of opened images with their status and HC."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from fetalhc_gui.core.session import ImageEntry, Status

STATUS_COLOURS = {
    Status.NOT_MEASURED: QColor(150, 150, 150),
    Status.MEASURING: QColor(40, 120, 220),
    Status.MEASURED: QColor(30, 150, 60),
    Status.EDITED: QColor(200, 130, 0),
    Status.FAILED: QColor(200, 30, 30),
}


class ImageList(QListWidget):
    """One row per image: name, status and HC; arrow keys and Page Up/Down move through it."""

    current_index_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setToolTip("Opened images; the arrow keys and Page Up/Down move through them")
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.currentRowChanged.connect(self.current_index_changed)

    def set_entries(self, entries: list[ImageEntry], hc_texts: list[str]) -> None:
        """Rebuild the list (keeps the current row when it still exists)."""
        current = self.currentRow()
        self.blockSignals(True)
        self.clear()
        for entry, hc in zip(entries, hc_texts, strict=True):
            item = QListWidgetItem()
            self.addItem(item)
            self._fill(item, entry, hc)
        self.setCurrentRow(min(max(current, 0), len(entries) - 1) if entries else -1)
        self.blockSignals(False)

    def selected_indices(self) -> list[int]:
        """The rows the user selected (Shift/Ctrl+click), in order."""
        return sorted({index.row() for index in self.selectedIndexes()})

    def update_entry(self, index: int, entry: ImageEntry, hc: str) -> None:
        """Refresh one row."""
        item = self.item(index)
        if item is not None:
            self._fill(item, entry, hc)

    @staticmethod
    def _fill(item: QListWidgetItem, entry: ImageEntry, hc: str) -> None:
        status = entry.status
        item.setText(f"{entry.name}\n   {status.value}{'  ·  ' + hc if hc else ''}")
        item.setForeground(STATUS_COLOURS[status])
        item.setToolTip(entry.error or entry.path)
