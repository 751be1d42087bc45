"""Opening images and exporting measurements: the file dialogs and what follows them."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.gui.commands.context import CommandContext
from fetalhc_gui.io.folders import real_path
from fetalhc_gui.io.images import IMAGE_SUFFIXES
from fetalhc_gui.io.pixel_size_files import find_pixel_size_csv
from fetalhc_gui.report.clinical_words import in_window_language
from fetalhc_gui.report.language import counted, translate
from fetalhc_gui.report.result_text import caption_lines

IMAGE_FILTER = "Images (" + " ".join(f"*{s}" for s in IMAGE_SUFFIXES) + ");;All files (*)"


class FileCommands:
    """File menu work for the main window: open, recent files, export."""

    def __init__(
        self,
        context: CommandContext,
        recent_menu: QMenu,
        load_pixel_size_csv: Callable[[str], None],
        selected_indices: Callable[[], list[int]],
    ):
        """``load_pixel_size_csv(path)`` applies a pixel-size CSV to the open images (the pixel-size
        commands' own, with their messages); ``selected_indices()`` are the images selected in the list."""
        self.context, self.recent_menu = context, recent_menu
        self.load_pixel_size_csv, self.selected_indices = load_pixel_size_csv, selected_indices
        self.csv_offer: tuple[Path, Path] | None = None  # (folder, CSV) offered and not yet answered

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.context.parent,
            translate("FileCommands", "Open images"),
            self.context.settings.last_folder,
            IMAGE_FILTER,
        )
        if files:
            self.open_paths(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.context.parent, translate("FileCommands", "Open a folder of images"), self.context.settings.last_folder
        )
        if folder:
            self.open_paths([folder])

    def open_paths(self, paths: list[str]) -> None:
        """Open files and folders; files that cannot be read are listed in one message. A folder
        opened, or holding the files opened, with a pixel-size CSV beside or inside it gets that CSV
        offered (``offer_pixel_size_csv``). Paths that do not exist are named in the message."""
        missing = [
            translate("FileCommands", "{path}: no such file or folder").format(path=p)
            for p in paths
            if not Path(p).exists()
        ]
        paths = [path for path in paths if Path(path).exists()]
        errors, note = self.context.workspace.open_paths(paths) if paths else ([], "")
        errors = missing + list(errors)
        if note:
            self.context.show_status(note, 10_000)
        for path in paths:
            self.context.settings.add_recent(str(real_path(path)))
        if paths:
            self.context.settings.last_folder = str(real_path(paths[0]).parent)
        self.refresh_recent()
        if errors:
            self.context.warn(
                translate("FileCommands", "Some files were not opened"),
                "\n".join(in_window_language(e) for e in errors),
            )
        folders = {real_path(p) if Path(p).is_dir() else real_path(p).parent for p in paths}
        for folder in sorted(folders):
            self.offer_pixel_size_csv(folder)

    def offer_pixel_size_csv(self, folder: Path) -> None:
        """Where the open images lack a pixel size and a CSV beside ``folder`` gives theirs: apply
        it at once if the user said so for this folder before, else offer it in one click."""
        ws = self.context.workspace
        names = {Path(e.path).name for e in ws.entries if e.pixel_size is None and Path(e.path).parent == folder}
        if not names:
            return
        csv = find_pixel_size_csv(folder, names)
        if csv is None:
            return
        choice = self.context.settings.pixel_size_csv_choice(str(folder))
        if choice == str(csv):
            self.load_pixel_size_csv(str(csv))
        elif choice is None:
            self.csv_offer = (folder, csv)
            box = QMessageBox(
                QMessageBox.Icon.Question,
                translate("FileCommands", "Pixel sizes found"),
                counted(
                    len(names),
                    translate(
                        "FileCommands", "{csv}, beside these images, gives the pixel size of one of them. Use it?"
                    ),
                    translate(
                        "FileCommands", "{csv}, beside these images, gives the pixel size of {n} of them. Use it?"
                    ),
                ).format(csv=csv.name, n=len(names)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self.context.parent,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.finished.connect(lambda result: self.answer_csv_offer(result == QMessageBox.StandardButton.Yes))
            box.open()

    def answer_csv_offer(self, use: bool) -> None:
        """The user's answer to the CSV offer, remembered for the folder."""
        if self.csv_offer is None:
            return
        folder, csv = self.csv_offer
        self.csv_offer = None
        self.context.settings.set_pixel_size_csv_choice(str(folder), str(csv) if use else "")
        if use:
            self.load_pixel_size_csv(str(csv))

    def suggested_name(self, suffix: str) -> str:
        """An export's file name from the current image's patient and exam, else its folder:
        ``P123_20261127_measurements.csv`` or ``training_set_measurements.csv``."""
        entry = self.context.workspace.current_entry
        if entry is None:
            return f"fetalhc_{suffix}"
        identity = entry.identity
        if identity.patient_id or identity.study_date:
            stem = "_".join(p for p in (identity.patient_id, identity.study_date) if p)
        else:
            stem = Path(entry.path).parent.name or "fetalhc"
        return re.sub(r"[^A-Za-z0-9_.-]", "_", f"{stem}_{suffix}")

    def export_path(self, suffix: str) -> str:
        """Where an export dialog starts: the suggested name in the last export folder."""
        return str(Path(self.context.settings.last_export_folder) / self.suggested_name(suffix))

    def remember_export(self, path: str | Path) -> None:
        self.context.settings.last_export_folder = str(Path(path).parent)

    def refresh_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        for path in self.context.settings.recent_files:
            menu.addAction(path, lambda p=path: self.open_paths([p]))
        menu.setEnabled(bool(self.context.settings.recent_files))

    def choose_export(self) -> None:
        """File > Open Measurements: an export to review again."""
        path, _ = QFileDialog.getOpenFileName(
            self.context.parent,
            translate("FileCommands", "Open measurements"),
            self.context.settings.last_folder,
            "Measurements (*.csv *.json)",
        )
        if path:
            self.open_export(path)

    def open_export(self, path: str) -> None:
        """Open the images of an export with their measurements; say what could not be opened."""
        try:
            count, problems = self.context.workspace.open_export(path)
        except (FetalHCError, OSError) as exc:
            self.context.warn(translate("FileCommands", "Measurements not opened"), str(exc))
            return
        self.context.show_status(
            counted(
                count,
                translate("FileCommands", "1 measured image opened from {file}"),
                translate("FileCommands", "{n} measured images opened from {file}"),
            ).format(n=count, file=Path(path).name),
            8000,
        )
        if problems:
            self.context.warn(
                translate("FileCommands", "Some images were not opened"),
                "\n".join(in_window_language(p) for p in problems),
            )

    def export_measurements(self, hc18: bool = False, anonymise: bool = False) -> None:
        title = (
            translate("FileCommands", "Export HC18 submission")
            if hc18
            else translate("FileCommands", "Export measurements")
        )
        title += translate("FileCommands", " without patient identity") if anonymise else ""
        filters = "HC18 CSV (*.csv)" if hc18 else "CSV (*.csv);;JSON (*.json)"
        if anonymise:  # a name without the patient (their folder may name them too)
            start = str(Path(self.context.settings.last_export_folder) / "anonymised_measurements.csv")
        else:
            start = self.export_path("hc18.csv" if hc18 else "measurements.csv")
        path, chosen = QFileDialog.getSaveFileName(self.context.parent, title, start, filters)
        if not path:
            return
        fmt = "hc18" if hc18 else ("json" if path.lower().endswith(".json") or "JSON" in chosen else "csv")
        self.save_measurements(path, fmt, anonymise)

    def save_measurements(self, path: str, fmt: str, anonymise: bool = False) -> None:
        try:
            count = self.context.workspace.export_measurements(path, fmt, anonymise)
        except (FetalHCError, OSError) as exc:
            self.context.warn(translate("FileCommands", "Export failed"), str(exc))
            return
        self.remember_export(path)
        self.context.show_status(
            counted(
                count,
                translate("FileCommands", "1 measurement written to {path}"),
                translate("FileCommands", "{n} measurements written to {path}"),
            ).format(n=count, path=path),
            5000,
        )

    def export_png(self) -> None:
        name = Path(self.context.workspace.current_entry.path).stem + "_fetalhc.png"
        start = str(Path(self.context.settings.last_export_folder) / name)
        path, _ = QFileDialog.getSaveFileName(
            self.context.parent, translate("FileCommands", "Export image"), start, "PNG (*.png)"
        )
        if not path:
            return
        m = self.context.workspace.measurement(self.context.workspace.current)
        caption = "\n".join(caption_lines(m, "FetalHC")) if m else ""
        try:
            self.context.workspace.export_overlay(path, self.context.settings.mask_opacity, caption)
        except (FetalHCError, OSError, ValueError) as exc:
            self.context.warn(translate("FileCommands", "Export failed"), str(exc))
            return
        self.remember_export(path)

    def remove_selected(self) -> None:
        """File > Remove from List: the selected images (or the one shown) leave the session."""
        ws = self.context.workspace
        indices = self.selected_indices() or ([ws.current] if ws.current_entry else [])
        if ws.busy:
            self.context.warn(
                translate("FileCommands", "Measuring"),
                translate("FileCommands", "Wait for the measurement to end (or cancel it), then remove images."),
            )
            return
        removed = ws.remove(indices)
        if removed:
            self.context.show_status(
                counted(
                    removed,
                    translate("FileCommands", "1 image removed from the list; its file is untouched"),
                    translate("FileCommands", "{n} images removed from the list; their files are untouched"),
                ),
                8000,
            )

    def purge_old_data(self) -> None:
        """File > Delete Old Patient Data: after asking, delete what the data folder received,
        retrieved and sent that is older than the retention, and say what went."""
        from PySide6.QtWidgets import QInputDialog

        from fetalhc_gui.app.retention import Retention, purge
        from fetalhc_gui.gui.settings import retained_folders

        days, ok = QInputDialog.getDouble(
            self.context.parent,
            translate("FileCommands", "Delete Old Patient Data"),
            translate(
                "FileCommands",
                "Delete the images this computer received or retrieved over DICOM, and the results it sent,\n"
                "that are older than this many days (images you opened from elsewhere are not touched):",
            ),
            self.context.settings.retention_days,
            0,
            3650,
            0,
        )
        if not ok:
            return
        self.context.settings.retention_days = days
        try:
            report = purge(retained_folders(), Retention(days))
        except OSError as exc:
            self.context.warn(translate("FileCommands", "Old patient data not deleted"), str(exc))
            return
        self.context.show_status(
            translate("FileCommands", "Retention of {days} days: {report}").format(
                days=f"{days:g}", report=in_window_language(report.text())
            ),
            10_000,
        )
