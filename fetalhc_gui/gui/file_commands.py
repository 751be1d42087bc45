"""Opening images and exporting measurements: the file dialogs and what follows them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.io.folders import real_path
from fetalhc_gui.io.images import IMAGE_SUFFIXES

IMAGE_FILTER = "Images (" + " ".join(f"*{s}" for s in IMAGE_SUFFIXES) + ");;All files (*)"


class FileCommands:
    """File menu work for the main window: open, recent files, export."""

    def __init__(self, window):
        self.window = window

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window, "Open images", self.window.settings.last_folder, IMAGE_FILTER
        )
        if files:
            self.open_paths(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, "Open a folder of images", self.window.settings.last_folder
        )
        if folder:
            self.open_paths([folder])

    def open_paths(self, paths: list[str]) -> None:
        """Open files and folders; files that cannot be read are listed in one message."""
        errors, note = self.window.workspace.open_paths(paths)
        if note:
            self.window.statusBar().showMessage(note, 10_000)
        for path in paths:
            self.window.settings.add_recent(str(real_path(path)))
        if paths:
            self.window.settings.last_folder = str(real_path(paths[0]).parent)
        self.refresh_recent()
        if errors:
            self.window.warn("Some files were not opened", "\n".join(errors))

    def refresh_recent(self) -> None:
        menu = self.window.actions.recent_menu
        menu.clear()
        for path in self.window.settings.recent_files:
            menu.addAction(path, lambda p=path: self.open_paths([p]))
        menu.setEnabled(bool(self.window.settings.recent_files))

    def choose_export(self) -> None:
        """File > Open Measurements: an export to review again."""
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Open measurements", self.window.settings.last_folder, "Measurements (*.csv *.json)"
        )
        if path:
            self.open_export(path)

    def open_export(self, path: str) -> None:
        """Open the images of an export with their measurements; say what could not be opened."""
        try:
            count, problems = self.window.workspace.open_export(path)
        except (FetalHCError, OSError) as exc:
            self.window.warn("Measurements not opened", str(exc))
            return
        self.window.statusBar().showMessage(f"{count} measured images opened from {Path(path).name}", 8000)
        if problems:
            self.window.warn("Some images were not opened", "\n".join(problems))

    def export_measurements(self, hc18: bool = False, anonymise: bool = False) -> None:
        title = "Export HC18 submission" if hc18 else "Export measurements"
        title += " without patient identity" if anonymise else ""
        filters = "HC18 CSV (*.csv)" if hc18 else "CSV (*.csv);;JSON (*.json)"
        path, chosen = QFileDialog.getSaveFileName(self.window, title, self.window.settings.last_folder, filters)
        if not path:
            return
        fmt = "hc18" if hc18 else ("json" if path.lower().endswith(".json") or "JSON" in chosen else "csv")
        self.save_measurements(path, fmt, anonymise)

    def save_measurements(self, path: str, fmt: str, anonymise: bool = False) -> None:
        try:
            count = self.window.workspace.export_measurements(path, fmt, anonymise)
        except (FetalHCError, OSError) as exc:
            self.window.warn("Export failed", str(exc))
            return
        self.window.statusBar().showMessage(f"{count} measurements written to {path}", 5000)

    def export_png(self) -> None:
        name = Path(self.window.workspace.current_entry.path).stem + "_fetalhc.png"
        path, _ = QFileDialog.getSaveFileName(
            self.window, "Export image", str(Path(self.window.settings.last_folder) / name), "PNG (*.png)"
        )
        if not path:
            return
        m = self.window.workspace.measurement(self.window.workspace.current)
        caption = f"HC {m.hc_mm:.1f} mm" if m and m.hc_mm is not None else ""
        try:
            self.window.workspace.export_overlay(path, self.window.settings.mask_opacity, caption)
        except (FetalHCError, OSError, ValueError) as exc:
            self.window.warn("Export failed", str(exc))
