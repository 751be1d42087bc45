"""Measure > Date This Exam: the GA at the exam from the LMP, the EDD or an earlier dating scan,
applied to every image of the exam (for the INTERGROWTH-21st z-score and centile).

Nothing is pre-filled but what the file says: the exam's date from a DICOM header; every other
date and the dating scan's GA are typed by the user, and OK stays disabled until they make a
dating that can be right."""

from __future__ import annotations

import datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fetalhc_gui.core.clinical import weeks_days
from fetalhc_gui.core.dating import (
    DATING_SCAN_DAYS,
    Dating,
    DatingError,
    dating_from_edd,
    dating_from_lmp,
    dating_from_scan,
)
from fetalhc_gui.gui.dialogs.common import ok_cancel
from fetalhc_gui.gui.fields import DateField, GaField, parse_ga
from fetalhc_gui.report.clinical_words import in_window_language
from fetalhc_gui.report.language import capitalised, counted, translate

ERROR_STYLE = "color: #b00020;"


class DatingDialog(QDialog):
    """Asks for one dating; ``dating`` and ``exam`` hold the result after ``accept()``."""

    def __init__(self, exam: datetime.date | None, images: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("DatingDialog", "Date This Exam"))
        self.exam_date = DateField(exam)
        self.exam_date.setEnabled(exam is None)  # a DICOM exam's date is the file's
        self.lmp, self.edd, self.scan = (
            QRadioButton(translate("DatingDialog", "LMP")),
            QRadioButton(translate("DatingDialog", "EDD")),
            QRadioButton(translate("DatingDialog", "Dating scan on")),
        )
        self.lmp.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.lmp, self.edd, self.scan):
            group.addButton(button)
        self.lmp_date, self.edd_date, self.scan_date = DateField(), DateField(), DateField()
        self.scan_ga = GaField()
        low, high = DATING_SCAN_DAYS
        self.scan_ga.setToolTip(
            translate("DatingDialog", "The GA the dating scan gave: {low} to {high}").format(
                low=weeks_days(low), high=weeks_days(high)
            )
        )
        scan_row = QHBoxLayout()
        for widget in (self.scan_date, QLabel(translate("DatingDialog", "GA then")), self.scan_ga):
            scan_row.addWidget(widget)
        self.result = QLabel("")
        self.result.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("DatingDialog", "Exam date"), self.exam_date)
        form.addRow(self.lmp, self.lmp_date)
        form.addRow(self.edd, self.edd_date)
        form.addRow(self.scan, scan_row)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                counted(
                    images,
                    translate("DatingDialog", "The GA at this exam applies to its one image."),
                    translate("DatingDialog", "The GA at this exam applies to its {n} images."),
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        for field in (self.exam_date, self.lmp_date, self.edd_date, self.scan_date):
            field.changed.connect(self._preview)
        self.scan_ga.textChanged.connect(self._preview)
        group.buttonToggled.connect(self._preview)
        self.dating: Dating | None = None
        self.exam: datetime.date | None = None
        self._preview()

    def entered(self) -> tuple[Dating, datetime.date]:
        """The dating entered and the exam date; DatingError when a field is empty or they cannot
        be right."""
        try:
            exam = _required(self.exam_date.date(), translate("DatingDialog", "enter the exam date"))
            if self.lmp.isChecked():
                return dating_from_lmp(
                    _required(self.lmp_date.date(), translate("DatingDialog", "enter the LMP")), exam
                ), exam
            if self.edd.isChecked():
                return dating_from_edd(
                    _required(self.edd_date.date(), translate("DatingDialog", "enter the EDD")), exam
                ), exam
            scan = _required(self.scan_date.date(), translate("DatingDialog", "enter the dating scan's date"))
            ga = _required(
                parse_ga(self.scan_ga.text(), (0, 44)), translate("DatingDialog", "enter the GA at the dating scan")
            )
        except ValueError as exc:
            raise DatingError(f"{capitalised(str(exc))}.") from None
        return dating_from_scan(scan, ga, exam), exam

    def _preview(self, *_args) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            dating, exam = self.entered()
        except DatingError as exc:
            self.result.setStyleSheet(ERROR_STYLE)
            self.result.setText(in_window_language(str(exc)))
            ok.setEnabled(False)
            return
        self.result.setStyleSheet("")
        self.result.setText(
            translate("DatingDialog", "GA at the exam: {ga} ({dating})").format(
                ga=weeks_days(dating.ga_days(exam)), dating=in_window_language(dating.text())
            )
        )
        ok.setEnabled(True)

    def accept(self) -> None:
        """Keep the dating if it can be right; otherwise the message stays and nothing changes."""
        try:
            self.dating, self.exam = self.entered()
        except DatingError as exc:
            self.result.setText(in_window_language(str(exc)))
            return
        super().accept()


def _required(value, missing: str):
    """``value``, or ValueError saying what is ``missing`` ("enter the LMP")."""
    if value is None:
        raise ValueError(missing)
    return value
