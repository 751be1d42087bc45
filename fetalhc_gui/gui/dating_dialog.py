"""Measure > Date This Exam: the GA at the exam from the LMP, the EDD or an earlier dating scan,
applied to every image of the exam (for the INTERGROWTH-21st z-score and centile)."""

from __future__ import annotations

import datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fetalhc_gui.core.clinical import weeks_days
from fetalhc_gui.core.dating import Dating, DatingError, dating_from_edd, dating_from_lmp, dating_from_scan
from fetalhc_gui.gui.dialogs import date_edit, ga_fields, ok_cancel


class DatingDialog(QDialog):
    """Asks for one dating; ``dating`` and ``exam`` hold the result after ``accept()``."""

    def __init__(self, exam: datetime.date | None, images: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Date This Exam")
        today = datetime.date.today()
        self.exam_date = date_edit(exam or today)
        self.exam_date.setEnabled(exam is None)  # a DICOM exam's date is the file's
        self.lmp, self.edd, self.scan = QRadioButton("LMP"), QRadioButton("EDD"), QRadioButton("Dating scan on")
        self.lmp.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.lmp, self.edd, self.scan):
            group.addButton(button)
        start = exam or today
        self.lmp_date = date_edit(start - datetime.timedelta(days=140))
        self.edd_date = date_edit(start + datetime.timedelta(days=140))
        self.scan_date = date_edit(start - datetime.timedelta(days=60))
        self.scan_weeks, self.scan_days = ga_fields(6, 41, 12)
        scan_row = QHBoxLayout()
        for widget in (self.scan_date, QLabel("GA then"), self.scan_weeks, self.scan_days):
            scan_row.addWidget(widget)
        self.result = QLabel("")
        self.result.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Exam date", self.exam_date)
        form.addRow(self.lmp, self.lmp_date)
        form.addRow(self.edd, self.edd_date)
        form.addRow(self.scan, scan_row)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"The GA at this exam applies to its {images} image(s)."))
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        for widget in (self.exam_date, self.lmp_date, self.edd_date, self.scan_date):
            widget.dateChanged.connect(self._preview)
        for widget in (self.scan_weeks, self.scan_days):
            widget.valueChanged.connect(self._preview)
        group.buttonToggled.connect(self._preview)
        self.dating: Dating | None = None
        self.exam: datetime.date | None = None
        self._preview()

    def entered(self) -> tuple[Dating, datetime.date]:
        """The dating entered and the exam date; DatingError when they cannot be right."""
        exam = self.exam_date.date().toPython()
        if self.lmp.isChecked():
            return dating_from_lmp(self.lmp_date.date().toPython(), exam), exam
        if self.edd.isChecked():
            return dating_from_edd(self.edd_date.date().toPython(), exam), exam
        ga = self.scan_weeks.value() * 7 + self.scan_days.value()
        return dating_from_scan(self.scan_date.date().toPython(), ga, exam), exam

    def _preview(self, *_args) -> None:
        try:
            dating, exam = self.entered()
        except DatingError as exc:
            self.result.setStyleSheet("color: #b00020;")
            self.result.setText(str(exc))
            return
        self.result.setStyleSheet("")
        self.result.setText(f"GA at the exam: {weeks_days(dating.ga_days(exam))} ({dating.text()})")

    def accept(self) -> None:
        """Keep the dating if it can be right; otherwise the message stays and nothing changes."""
        try:
            self.dating, self.exam = self.entered()
        except DatingError as exc:
            self.result.setText(str(exc))
            return
        super().accept()
