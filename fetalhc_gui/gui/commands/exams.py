"""The window's exam commands: dating an exam once for all its images."""

from __future__ import annotations

from collections.abc import Callable

from fetalhc_gui.core.clinical import weeks_days
from fetalhc_gui.core.dating import exam_date
from fetalhc_gui.gui.commands.context import CommandContext
from fetalhc_gui.gui.dialogs.common import modal
from fetalhc_gui.gui.dialogs.dating import DatingDialog
from fetalhc_gui.gui.dialogs.identity import IdentityDialog
from fetalhc_gui.report.language import counted, translate


class ExamCommands:
    """Exam-wide work for the main window."""

    def __init__(self, context: CommandContext, selected_indices: Callable[[], list[int]]):
        self.context, self.selected_indices = context, selected_indices

    def set_patient(self) -> None:
        """Give the selected images (without a DICOM identity) a patient and an exam date."""
        ws = self.context.workspace
        indices = self.selected_indices() or ([ws.current] if ws.current_entry else [])
        if not indices:
            return
        dialog = IdentityDialog(len(indices), ws.entries[indices[0]].identity, self.context.parent)
        with modal(dialog) as accepted:
            if not accepted:
                return
            changed = ws.set_identity(indices, dialog.entered())
        skipped = len(indices) - len(changed)
        note = counted(
            skipped,
            translate("ExamCommands", "; 1 DICOM image keeps the patient its file names"),
            translate("ExamCommands", "; {n} DICOM images keep the patient their file names"),
        )
        said = counted(
            len(changed),
            translate("ExamCommands", "Patient and exam set for 1 image"),
            translate("ExamCommands", "Patient and exam set for {n} images"),
        )
        self.context.show_status(said + (note if skipped else ""), 8000)

    def date_exam(self) -> None:
        """Ask for the LMP, EDD or dating scan of the current image's exam and apply the GA."""
        ws = self.context.workspace
        entry = ws.current_entry
        if entry is None:
            return
        dialog = DatingDialog(
            exam_date(entry.identity.study_date), len(ws.exam_indices(ws.current)), self.context.parent
        )
        with modal(dialog) as accepted:
            if not accepted:
                return
            changed = ws.date_exam(ws.current, dialog.dating, dialog.exam)
        days = dialog.dating.ga_days(dialog.exam)
        said = counted(
            len(changed),
            translate("ExamCommands", "GA {ga} set for 1 image of this exam"),
            translate("ExamCommands", "GA {ga} set for {n} images of this exam"),
        )
        self.context.show_status(said.format(ga=weeks_days(days), n=len(changed)), 8000)
