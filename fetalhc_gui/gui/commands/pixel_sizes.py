"""Setting pixel sizes from the window: typed values, a CSV and calibration lines (mm per pixel)."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtWidgets import QFileDialog

from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.core.pixel_size import PixelSize, calibrate_pixel_size, manual_pixel_size
from fetalhc_gui.gui.commands.context import CommandContext
from fetalhc_gui.gui.dialogs.common import ask_known_distance
from fetalhc_gui.report.clinical_words import in_window_language
from fetalhc_gui.report.language import translate


class PixelSizeCommands:
    """Pixel-size work for the main window; every change is undoable through the workspace."""

    def __init__(
        self,
        context: CommandContext,
        show_pixel_size: Callable[[PixelSize | None], None],
        end_calibration: Callable[[], None],
    ):
        """``show_pixel_size`` puts a value back in the panel; ``end_calibration`` leaves the
        viewer's calibration mode."""
        self.context, self.show_pixel_size, self.end_calibration = context, show_pixel_size, end_calibration

    def on_pixel_size_entered(self, value: float) -> None:
        ws = self.context.workspace
        if ws.current_entry is None:
            return
        try:
            size = manual_pixel_size(value) if value > 0 else None
        except FetalHCError as exc:
            self.context.warn(translate("PixelSizeCommands", "Pixel size refused"), in_window_language(str(exc)))
            self.show_pixel_size(ws.current_entry.pixel_size)
            return
        ws.set_pixel_sizes({ws.current: size}, translate("PixelSizeCommands", "Change pixel size"))

    def choose_pixel_size_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.context.parent,
            translate("PixelSizeCommands", "Pixel sizes (CSV)"),
            self.context.settings.last_folder,
            "CSV (*.csv)",
        )
        if path:
            self.load_pixel_size_csv(path)

    def load_pixel_size_csv(self, path: str) -> None:
        try:
            count = self.context.workspace.apply_pixel_size_csv(path)
        except FetalHCError as exc:
            self.context.warn(translate("PixelSizeCommands", "Pixel sizes not loaded"), in_window_language(str(exc)))
            return
        self.context.show_status(
            translate("PixelSizeCommands", "Pixel sizes set for {count} of {total} images").format(
                count=count, total=len(self.context.workspace.entries)
            ),
            5000,
        )

    def calibrate_with_line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        length_px = math.hypot(x2 - x1, y2 - y1)
        distance = ask_known_distance(self.context.parent, length_px)
        if distance is not None:
            self.calibrate(x1, y1, x2, y2, distance)
        self.end_calibration()

    def calibrate(self, x1: float, y1: float, x2: float, y2: float, distance_mm: float) -> None:
        """Set the current pixel size from a line (pixels) of known length (mm)."""
        try:
            size = calibrate_pixel_size((x1, y1), (x2, y2), distance_mm)
        except FetalHCError as exc:
            self.context.warn(translate("PixelSizeCommands", "Calibration refused"), in_window_language(str(exc)))
            return
        self.context.workspace.set_pixel_sizes(
            {self.context.workspace.current: size}, translate("PixelSizeCommands", "Calibrate pixel size")
        )
