"""The pixel-size panel: the value in mm/px, where it came from, a CSV and the calibration tool."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fetalhc_gui.core.pixel_size import MAX_PIXEL_SIZE_MM, PixelSize

NOT_SET = "not set"


class PixelSizePanel(QWidget):
    """Edits the current image's pixel size; emits the value typed (mm/px) when editing ends."""

    pixel_size_entered = Signal(float)
    csv_requested = Signal()
    calibrate_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        box = QGroupBox("Pixel size")
        form = QFormLayout(box)
        self.spin = QDoubleSpinBox()
        self.spin.setDecimals(4)
        self.spin.setRange(0.0, MAX_PIXEL_SIZE_MM)
        self.spin.setSingleStep(0.001)
        self.spin.setSuffix(" mm/px")
        self.spin.setSpecialValueText(NOT_SET)
        self.spin.setKeyboardTracking(False)
        self.spin.setToolTip("Millimetres per image pixel; every mm figure follows it")
        self.source = QLabel(NOT_SET)
        self.warning = QLabel("")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020;")
        self.load_csv = QPushButton("Load CSV…")
        self.load_csv.setToolTip("Pixel sizes by file name (HC18 form: filename,pixel size(mm)) for every open image")
        self.calibrate = QPushButton("Calibrate…")
        self.calibrate.setToolTip("Draw a line over a known distance, such as the depth scale, and type its length")
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_csv)
        buttons.addWidget(self.calibrate)
        form.addRow("Value", self.spin)
        form.addRow("Source", self.source)
        form.addRow(buttons)
        form.addRow(self.warning)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        self.spin.valueChanged.connect(self._on_value_changed)
        self.load_csv.clicked.connect(self.csv_requested)
        self.calibrate.clicked.connect(self.calibrate_requested)

    def show_pixel_size(self, pixel_size: PixelSize | None, note: str = "") -> None:
        """Show a pixel size without emitting ``pixel_size_entered``."""
        self.spin.blockSignals(True)
        self.spin.setValue(pixel_size.mm if pixel_size else 0.0)
        self.spin.blockSignals(False)
        if pixel_size is None:
            self.source.setText(NOT_SET)
        else:
            detail = f" ({pixel_size.detail})" if pixel_size.detail else ""
            across, down = pixel_size.spacing
            spacing = "" if pixel_size.square else f"<br>{across:.4f} x {down:.4f} mm/px"
            self.source.setText(pixel_size.source.value + detail + spacing)
            self.source.setToolTip("" if pixel_size.square else "Non-square pixels: spacing across x down")
        self.warning.setText(note or ("" if pixel_size else "Set it, load a CSV or calibrate to get mm figures."))

    def _on_value_changed(self, value: float) -> None:
        self.pixel_size_entered.emit(value)
