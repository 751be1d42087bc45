"""Measure > Set Patient and Exam: for images whose files name no patient (PNG, JPEG, TIFF), the
user gives the patient's ID, name and the exam date to a selection of images; they become one exam."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from fetalhc_gui.core.dating import exam_date
from fetalhc_gui.core.identity import Identity
from fetalhc_gui.gui.dialogs.common import ok_cancel
from fetalhc_gui.gui.fields import DateField
from fetalhc_gui.report.language import counted, translate


class IdentityDialog(QDialog):
    """Asks for patient ID, name (family and given) and exam date; ``identity()`` after accept."""

    def __init__(self, images: int, current: Identity, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("IdentityDialog", "Set Patient and Exam"))
        family, _, given = current.patient_name.partition("^")
        self.patient_id = QLineEdit(current.patient_id)
        self.family, self.given = QLineEdit(family), QLineEdit(given.replace("^", " "))
        self.exam_date = DateField(exam_date(current.study_date))  # empty unless known: never today by default
        self.error = QLabel("")
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(translate("IdentityDialog", "Patient ID"), self.patient_id)
        form.addRow(translate("IdentityDialog", "Family name"), self.family)
        form.addRow(translate("IdentityDialog", "Given name"), self.given)
        form.addRow(translate("IdentityDialog", "Exam date"), self.exam_date)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                counted(
                    images,
                    translate("IdentityDialog", "For the selected image:"),
                    translate("IdentityDialog", "For the {n} selected images, which become one exam:"),
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def entered(self) -> Identity:
        """The patient and exam entered (no study UID: the workspace gives the exam one); an exam
        date left empty stays unknown. ValueError for a date that is not one."""
        name = "^".join(p for p in (self.family.text().strip(), self.given.text().strip()) if p)
        date = self.exam_date.date()
        return Identity(
            patient_name=name,
            patient_id=self.patient_id.text().strip(),
            study_date=date.strftime("%Y%m%d") if date else "",
        )

    def accept(self) -> None:
        """Keep the entry if it names someone (an ID or a family name) and its date is one."""
        try:
            identity = self.entered()
        except ValueError as exc:
            self.error.setText(f"{exc}.")
            return
        if not identity.patient_id and not self.family.text().strip():
            self.error.setText(translate("IdentityDialog", "Give at least the patient ID or the family name."))
            return
        super().accept()
