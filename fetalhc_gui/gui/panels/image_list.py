"""The list of opened images, grouped by patient and exam, with each image's status and HC.

Rows are addressed by the image's index in the workspace (``setCurrentRow(index)``,
``current_index_changed(index)``), whatever group they sit in; the group rows only label.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from fetalhc_gui.app.session import ImageEntry, Status
from fetalhc_gui.core.identity import Identity, display_name
from fetalhc_gui.report.clinical_words import in_window_language
from fetalhc_gui.report.language import local_date, translate

STATUS_COLOURS = {
    Status.NOT_MEASURED: QColor(150, 150, 150),
    Status.MEASURING: QColor(40, 120, 220),
    Status.MEASURED: QColor(30, 150, 60),
    Status.EDITED: QColor(200, 130, 0),
    Status.NO_HEAD: QColor(120, 80, 150),
    Status.FAILED: QColor(200, 30, 30),
}
INDEX_ROLE = Qt.ItemDataRole.UserRole
NO_PATIENT = QT_TRANSLATE_NOOP("ImageList", "Images without a named patient")
#: ``app.session.Status`` values marked for translation (the application layer speaks English only).
STATUS_WORDS = (
    QT_TRANSLATE_NOOP("ImageList", "not measured"),
    QT_TRANSLATE_NOOP("ImageList", "measuring"),
    QT_TRANSLATE_NOOP("ImageList", "measured"),
    QT_TRANSLATE_NOOP("ImageList", "edited"),
    QT_TRANSLATE_NOOP("ImageList", "no head found"),
    QT_TRANSLATE_NOOP("ImageList", "failed"),
)


def group_key(identity: Identity) -> tuple[str, str]:
    """The (patient, exam) an image is listed under."""
    patient = identity.patient_id or identity.patient_name
    return patient, identity.study_instance_uid or (identity.study_date if patient else "")


def group_label(identity: Identity) -> str:
    """ "DOE, Jane (ID 123) · exam 2026-11-27", or NO_PATIENT."""
    if not (identity.patient_id or identity.patient_name):
        return translate("ImageList", NO_PATIENT)
    who = display_name(identity.patient_name) if identity.patient_name else translate("ImageList", "Patient")
    who += f" (ID {identity.patient_id})" if identity.patient_id else ""
    if not identity.study_date:
        return who
    return f"{who}  ·  {_exam(identity)}"


def _exam(identity: Identity) -> str:
    return translate("ImageList", "exam {date}").format(date=local_date(identity.study_date))


def identity_line(identity: Identity) -> str:
    """The patient and exam in one line above the image, in the window's language with its dates in
    the language's convention: "DOE, Jane · ID 123 · born 1990-01-31 · exam 2026-11-27 10:15 ·
    accession A1 · institution"."""
    parts = [display_name(identity.patient_name)] if identity.patient_name else []
    if identity.patient_id:
        parts.append(translate("ImageList", "ID {id}").format(id=identity.patient_id))
    if identity.patient_birth_date:
        parts.append(translate("ImageList", "born {date}").format(date=local_date(identity.patient_birth_date)))
    if identity.study_date:
        time = identity.study_time
        at = f" {time[:2]}:{time[2:4]}" if len(time) >= 4 else ""
        parts.append(_exam(identity) + at)
    if identity.accession_number:
        parts.append(translate("ImageList", "accession {number}").format(number=identity.accession_number))
    if identity.institution_name:
        parts.append(identity.institution_name)
    return "  ·  ".join(parts)


class ImageList(QTreeWidget):
    """Images grouped by patient and exam; arrow keys and Page Up/Down move through them."""

    current_index_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(10)
        self.setToolTip(
            translate(
                "ImageList", "Opened images by patient and exam; the arrow keys and Page Up/Down move through them"
            )
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._items: list[QTreeWidgetItem] = []
        self._keys: list[tuple[str, str]] = []
        self.currentItemChanged.connect(self._on_current_item)

    def set_entries(self, entries: list[ImageEntry], hc_texts: list[str]) -> None:
        """Rebuild the list (keeps the current image when it still exists)."""
        current = self.currentRow()
        self.blockSignals(True)
        self.clear()
        groups: dict[tuple[str, str], QTreeWidgetItem] = {}
        self._items, self._keys = [], []
        for index, (entry, hc) in enumerate(zip(entries, hc_texts, strict=True)):
            key = group_key(entry.identity)
            if key not in groups:
                groups[key] = self._group_item(group_label(entry.identity))
            item = QTreeWidgetItem(groups[key])
            item.setData(0, INDEX_ROLE, index)
            self._fill(item, entry, hc)
            self._items.append(item)
            self._keys.append(key)
        self.expandAll()
        if entries:
            self.setCurrentItem(self._items[min(max(current, 0), len(entries) - 1)])
        self.blockSignals(False)

    def _group_item(self, label: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self, [label])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(group.font(0))
        font.setBold(True)
        group.setFont(0, font)
        group.setFirstColumnSpanned(True)
        return group

    def needs_rebuild(self, index: int, entry: ImageEntry) -> bool:
        """True when the image now belongs to another patient or exam than the one it is listed under."""
        return index >= len(self._keys) or self._keys[index] != group_key(entry.identity)

    def update_entry(self, index: int, entry: ImageEntry, hc: str) -> None:
        """Refresh one image's row."""
        if 0 <= index < len(self._items):
            self._fill(self._items[index], entry, hc)

    def entry_text(self, index: int) -> str:
        """The text of an image's row."""
        return self._items[index].text(0)

    def entry_count(self) -> int:
        return len(self._items)

    def setCurrentRow(self, index: int) -> None:  # noqa: N802 (the list's former Qt name)
        """Show the image at ``index`` as the current one."""
        if 0 <= index < len(self._items):
            self.setCurrentItem(self._items[index])

    def currentRow(self) -> int:  # noqa: N802
        """The current image's index, or -1."""
        item = self.currentItem()
        index = item.data(0, INDEX_ROLE) if item is not None else None
        return -1 if index is None else int(index)

    def visible_order(self) -> list[int]:
        """The images' indices in the order the list shows them (by patient and exam)."""
        order = []
        for g in range(self.topLevelItemCount()):
            group = self.topLevelItem(g)
            order += [int(group.child(c).data(0, INDEX_ROLE)) for c in range(group.childCount())]
        return order

    def step(self, delta: int) -> None:
        """Go ``delta`` images down the list as shown (up when negative), stopping at its ends
        (Page Up/Page Down)."""
        order = self.visible_order()
        if not order:
            return
        here = order.index(self.currentRow()) if self.currentRow() in order else 0
        self.setCurrentRow(order[max(0, min(len(order) - 1, here + delta))])

    def selected_indices(self) -> list[int]:
        """The images the user selected (Shift/Ctrl+click), in order."""
        return sorted(int(i.data(0, INDEX_ROLE)) for i in self.selectedItems() if i.data(0, INDEX_ROLE) is not None)

    def _on_current_item(self, item: QTreeWidgetItem | None, _previous) -> None:
        if item is None:
            return
        index = item.data(0, INDEX_ROLE)
        if index is None:  # a group row: go to its first image
            if item.childCount():
                self.setCurrentItem(item.child(0))
            return
        self.current_index_changed.emit(int(index))

    @staticmethod
    def _fill(item: QTreeWidgetItem, entry: ImageEntry, hc: str) -> None:
        status = entry.status
        said = translate("ImageList", status.value)
        item.setText(0, f"{entry.name}\n   {said}{'  ·  ' + hc if hc else ''}")
        item.setForeground(0, STATUS_COLOURS[status])
        item.setToolTip(0, in_window_language(entry.error) if entry.error else entry.path)
