"""The display panel: brightness and contrast (window and level) and the overlay settings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QPushButton, QSlider, QVBoxLayout, QWidget

from fetalhc_gui.report.language import translate

DEFAULT_LEVEL = 128
DEFAULT_WIDTH = 255


class DisplayPanel(QWidget):
    """Window/level sliders (gray values) and mask/ellipse overlay controls."""

    levels_changed = Signal(float, float)
    mask_opacity_changed = Signal(float)
    mask_toggled = Signal(bool)
    ellipse_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        box = QGroupBox(translate("DisplayPanel", "Display"))
        form = QFormLayout(box)
        self.level = self._slider(
            0, 255, DEFAULT_LEVEL, translate("DisplayPanel", "Brightness: the gray value shown mid-gray")
        )
        self.width = self._slider(
            8, 510, DEFAULT_WIDTH, translate("DisplayPanel", "Contrast: the range of gray values shown")
        )
        self.reset = QPushButton(translate("DisplayPanel", "Reset"))
        self.reset.setToolTip(translate("DisplayPanel", "Back to the full gray range"))
        self.show_mask = QCheckBox(translate("DisplayPanel", "Mask"))
        self.show_mask.setChecked(True)
        self.show_mask.setToolTip(translate("DisplayPanel", "Show the model's head region (M)"))
        self.show_ellipse = QCheckBox(translate("DisplayPanel", "Ellipse"))
        self.show_ellipse.setChecked(True)
        self.show_ellipse.setToolTip(translate("DisplayPanel", "Show the fitted ellipse and its axes (E)"))
        self.opacity = self._slider(0, 100, 35, translate("DisplayPanel", "Mask opacity"))
        form.addRow(translate("DisplayPanel", "Brightness"), self.level)
        form.addRow(translate("DisplayPanel", "Contrast"), self.width)
        form.addRow(self.reset)
        form.addRow(self.show_mask, self.show_ellipse)
        form.addRow(translate("DisplayPanel", "Mask opacity"), self.opacity)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        self.level.valueChanged.connect(self._emit_levels)
        self.width.valueChanged.connect(self._emit_levels)
        self.reset.clicked.connect(self.reset_levels)
        self.opacity.valueChanged.connect(lambda v: self.mask_opacity_changed.emit(v / 100))
        self.show_mask.toggled.connect(self.mask_toggled)
        self.show_ellipse.toggled.connect(self.ellipse_toggled)

    @staticmethod
    def _slider(low: int, high: int, value: int, tip: str) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(low, high)
        slider.setValue(value)
        slider.setToolTip(tip)
        return slider

    def levels(self) -> tuple[float, float]:
        """Gray values shown as black and white."""
        half = self.width.value() / 2
        return self.level.value() - half, self.level.value() + half

    def reset_levels(self) -> None:
        self.level.setValue(DEFAULT_LEVEL)
        self.width.setValue(DEFAULT_WIDTH)

    def set_mask_opacity(self, opacity: float) -> None:
        self.opacity.setValue(round(opacity * 100))

    def _emit_levels(self, *_args) -> None:
        self.levels_changed.emit(*self.levels())
