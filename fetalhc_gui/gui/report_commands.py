"""Making exam reports: from the window's images (File > Export Report) or from measured files
(``fetalhc report``), one PDF per exam (the images of one study; a file naming none is its own)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog

from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.core.identity import Identity
from fetalhc_gui.core.images import load_image
from fetalhc_gui.core.measurement import Measurement
from fetalhc_gui.core.output_paths import free_path
from fetalhc_gui.core.overlay import draw_overlay
from fetalhc_gui.gui.growth_chart import GrowthChart
from fetalhc_gui.gui.report import ExamReport, ReportImage, report_document, report_name, write_report

CHART_SIZE_PX = (760, 460)


def exam_groups(identities: list[Identity]) -> list[list[int]]:
    """Indices grouped by exam (Study Instance UID), in first-seen order; no UID: one image each."""
    groups: dict[str, list[int]] = {}
    for index, identity in enumerate(identities):
        groups.setdefault(identity.study_instance_uid or f"file-{index}", []).append(index)
    return list(groups.values())


def chart_image(measurements: list[Measurement]) -> QImage | None:
    """The growth chart of an exam's measurements, as an image; None when none has a known GA."""
    placed = [(i, m) for i, m in enumerate(measurements) if m.hc_mm is not None and m.ga_entered_days is not None]
    if not placed:
        return None
    chart = GrowthChart()
    chart.note.hide()
    chart.resize(*CHART_SIZE_PX)
    chart.show_measurements(placed, [])
    return chart.grab().toImage()


def model_identity(card: dict | None) -> tuple[str, str]:
    """The model's name and version and the SHA-256 of its network file, from its card."""
    if not card:
        return "unknown", ""
    name = f"{card.get('name', 'unknown')} {card.get('version', '')}".strip()
    return name, card.get("files", {}).get("model.onnx", "")


def write_reports(folder: Path, reports: list[ExamReport]) -> list[Path]:
    """Write each report into ``folder`` under a name not yet taken there; the paths."""
    paths = []
    for number, exam in enumerate(reports, start=1):
        path = free_path(folder / report_name(exam, number))  # an earlier report is never replaced
        write_report(path, exam)
        paths.append(path)
    return paths


def workspace_reports(workspace, card: dict | None, anonymise: bool, only: set[int] | None = None) -> list[ExamReport]:
    """One report per exam among the window's measured images (``only``: among these indices)."""
    name, sha = model_identity(card)
    reports = []
    for group in exam_groups([e.identity for e in workspace.entries]):
        group = [i for i in group if only is None or i in only]
        items = []
        for index in group:
            m = workspace.measurement(index)
            if m is None:
                continue
            entry = workspace.entries[index]
            try:
                display = load_image(entry.path, entry.frame).display
            except FetalHCError:
                continue
            overlay = draw_overlay(display, m.ellipse, workspace.mask(index), 0.25)
            source = "not set" if entry.pixel_size is None else entry.pixel_size.source.value
            if entry.pixel_size is not None and entry.pixel_size.detail:
                source += f" ({entry.pixel_size.detail})"
            items.append(ReportImage(m.anonymised() if anonymise else m, overlay, source))
        if items:
            identity = workspace.entries[group[0]].identity
            chart = chart_image([item.measurement for item in items])
            reports.append(ExamReport(identity, items, name, sha, chart, anonymise))
    return reports


def outcome_reports(outcomes: list, card: dict | None, anonymise: bool) -> list[ExamReport]:
    """One report per exam among measured files (``model.predict_files.FileOutcome``s)."""
    name, sha = model_identity(card)
    measured = [o for o in outcomes if o.measurement is not None and o.result is not None and o.result.image]
    reports = []
    for group in exam_groups([o.result.image.identity for o in measured]):
        items = []
        for index in group:
            outcome = measured[index]
            m = outcome.measurement
            overlay = draw_overlay(outcome.result.image.display, m.ellipse, outcome.result.prediction.mask, 0.25)
            items.append(
                ReportImage(
                    m.anonymised() if anonymise else m, overlay, outcome.row.get("pixel_size_source") or "not set"
                )
            )
        identity = measured[group[0]].result.image.identity
        chart = chart_image([item.measurement for item in items])
        reports.append(ExamReport(identity, items, name, sha, chart, anonymise))
    return reports


class ReportCommands:
    """File > Export Report (with or without the patient's identity)."""

    def __init__(self, window):
        self.window = window

    def export_reports(self, anonymise: bool = False) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, "Folder for the reports", self.window.settings.last_folder
        )
        if folder:
            self.save_reports(Path(folder), anonymise)

    def print_report(self) -> None:
        """File > Print: the report of the current image's exam, on a printer the user picks."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self.window).exec():
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print the current exam's report on ``printer``; False (with a message) when there is none."""
        ws = self.window.workspace
        exam = set(ws.exam_indices(ws.current)) if ws.current_entry else set()
        reports = workspace_reports(ws, self.window.card, False, exam)
        if not reports:
            self.window.warn("Nothing to print", "Measure an image of this exam first.")
            return False
        report_document(reports[0]).print_(printer)
        return True

    def save_reports(self, folder: Path, anonymise: bool = False) -> list[Path]:
        reports = workspace_reports(self.window.workspace, self.window.card, anonymise)
        if not reports:
            self.window.warn("No report", "Measure at least one image first.")
            return []
        try:
            paths = write_reports(folder, reports)
        except OSError as exc:
            self.window.warn("Report not written", str(exc))
            return []
        self.window.statusBar().showMessage(f"{len(paths)} report(s) written to {folder}", 8000)
        return paths
