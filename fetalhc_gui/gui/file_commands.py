"""Opening images and exporting measurements: the file dialogs and what follows them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMenu

from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.gui.command_context import CommandContext
from fetalhc_gui.io.folders import real_path
from fetalhc_gui.io.images import IMAGE_SUFFIXES

IMAGE_FILTER = "Images (" + " ".join(f"*{s}" for s in IMAGE_SUFFIXES) + ");;All files (*)"


class FileCommands:
    """File menu work for the main window: open, recent files, export."""

    def __init__(self, context: CommandContext, recent_menu: QMenu):
        self.context, self.recent_menu = context, recent_menu

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.context.parent, "Open images", self.context.settings.last_folder, IMAGE_FILTER
        )
        if files:
            self.open_paths(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.context.parent, "Open a folder of images", self.context.settings.last_folder
        )
        if folder:
            self.open_paths([folder])

    def open_paths(self, paths: list[str]) -> None:
        """Open files and folders; files that cannot be read are listed in one message."""
        errors, note = self.context.workspace.open_paths(paths)
        if note:
            self.context.show_status(note, 10_000)
        for path in paths:
            self.context.settings.add_recent(str(real_path(path)))
        if paths:
            self.context.settings.last_folder = str(real_path(paths[0]).parent)
        self.refresh_recent()
        if errors:
            self.context.warn("Some files were not opened", "\n".join(errors))

    def refresh_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        for path in self.context.settings.recent_files:
            menu.addAction(path, lambda p=path: self.open_paths([p]))
        menu.setEnabled(bool(self.context.settings.recent_files))

    def choose_export(self) -> None:
        """File > Open Measurements: an export to review again."""
        path, _ = QFileDialog.getOpenFileName(
            self.context.parent, "Open measurements", self.context.settings.last_folder, "Measurements (*.csv *.json)"
        )
        if path:
            self.open_export(path)

    def open_export(self, path: str) -> None:
        """Open the images of an export with their measurements; say what could not be opened."""
        try:
            count, problems = self.context.workspace.open_export(path)
        except (FetalHCError, OSError) as exc:
            self.context.warn("Measurements not opened", str(exc))
            return
        self.context.show_status(f"{count} measured images opened from {Path(path).name}", 8000)
        if problems:
            self.context.warn("Some images were not opened", "\n".join(problems))

    def export_measurements(self, hc18: bool = False, anonymise: bool = False) -> None:
        title = "Export HC18 submission" if hc18 else "Export measurements"
        title += " without patient identity" if anonymise else ""
        filters = "HC18 CSV (*.csv)" if hc18 else "CSV (*.csv);;JSON (*.json)"
        path, chosen = QFileDialog.getSaveFileName(
            self.context.parent, title, self.context.settings.last_folder, filters
        )
        if not path:
            return
        fmt = "hc18" if hc18 else ("json" if path.lower().endswith(".json") or "JSON" in chosen else "csv")
        self.save_measurements(path, fmt, anonymise)

    def save_measurements(self, path: str, fmt: str, anonymise: bool = False) -> None:
        try:
            count = self.context.workspace.export_measurements(path, fmt, anonymise)
        except (FetalHCError, OSError) as exc:
            self.context.warn("Export failed", str(exc))
            return
        self.context.show_status(f"{count} measurements written to {path}", 5000)

    def export_png(self) -> None:
        name = Path(self.context.workspace.current_entry.path).stem + "_fetalhc.png"
        path, _ = QFileDialog.getSaveFileName(
            self.context.parent, "Export image", str(Path(self.context.settings.last_folder) / name), "PNG (*.png)"
        )
        if not path:
            return
        m = self.context.workspace.measurement(self.context.workspace.current)
        caption = f"HC {m.hc_mm:.1f} mm" if m and m.hc_mm is not None else ""
        try:
            self.context.workspace.export_overlay(path, self.context.settings.mask_opacity, caption)
        except (FetalHCError, OSError, ValueError) as exc:
            self.context.warn("Export failed", str(exc))
