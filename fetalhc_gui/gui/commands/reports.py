"""File > Export Report and File > Print: the window's images as exam reports (``app.reports``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSizeF
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog

from fetalhc_gui.app.reports import MeasuredImage, exam_reports, write_reports
from fetalhc_gui.core.anonymise import Anonymiser
from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.gui.commands.context import CommandContext
from fetalhc_gui.io.images import load_image
from fetalhc_gui.report.language import counted, translate
from fetalhc_gui.report.pdf import ExamReport, paginated_document


def workspace_reports(workspace, card: dict | None, anonymise: bool, only: set[int] | None = None) -> list[ExamReport]:
    """One report per exam among the window's measured images (``only``: among these indices)."""
    measured = []
    for index, entry in enumerate(workspace.entries):
        m = workspace.measurement(index)
        if m is None or (only is not None and index not in only):
            continue
        try:
            image = load_image(entry.path, entry.frame)
        except FetalHCError:
            continue
        image.identity = entry.identity  # the one shown: a PNG's is the one the user gave
        measured.append(MeasuredImage.of(m, image, workspace.mask(index), entry.pixel_size))
    return exam_reports(measured, card, Anonymiser() if anonymise else None)


class ReportCommands:
    """File > Export Report (with or without the patient's identity)."""

    def __init__(self, context: CommandContext, model_card: Callable[[], dict | None]):
        self.context, self.model_card = context, model_card

    def export_reports(self, anonymise: bool = False) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.context.parent,
            translate("ReportCommands", "Folder for the reports"),
            self.context.settings.last_export_folder,
        )
        if folder:
            self.save_reports(Path(folder), anonymise)

    def print_report(self) -> None:
        """File > Print: the report of the current image's exam, on a printer the user picks."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self.context.parent).exec():
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print the current exam's report on ``printer``; False (with a message) when there is none."""
        ws = self.context.workspace
        exam = set(ws.exam_indices(ws.current)) if ws.current_entry else set()
        reports = workspace_reports(ws, self.model_card(), False, exam)
        if not reports:
            self.context.warn(
                translate("ReportCommands", "Nothing to print"),
                translate("ReportCommands", "Measure an image of this exam first."),
            )
            return False
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        paginated_document(reports[0], QSizeF(page.width(), page.height())).print_(printer)
        return True

    def save_reports(self, folder: Path, anonymise: bool = False) -> list[Path]:
        reports = workspace_reports(self.context.workspace, self.model_card(), anonymise)
        if not reports:
            self.context.warn(
                translate("ReportCommands", "No report"),
                translate("ReportCommands", "Measure at least one image first."),
            )
            return []
        try:
            paths = write_reports(folder, reports)
        except OSError as exc:
            self.context.warn(translate("ReportCommands", "Report not written"), str(exc))
            return []
        self.context.show_status(
            counted(
                len(paths),
                translate("ReportCommands", "1 report written to {folder}"),
                translate("ReportCommands", "{n} reports written to {folder}"),
            ).format(n=len(paths), folder=folder),
            8000,
        )
        return paths
