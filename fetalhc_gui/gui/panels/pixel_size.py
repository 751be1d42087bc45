"""The pixel-size panel: the value in mm/px, where it came from, a CSV and the calibration tool."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fetalhc_gui.core.pixel_size import SOURCE_WORDS, PixelSize
from fetalhc_gui.gui.fields import DecimalField

NOT_SET = "not set"
WARNING_STYLE = "color: #b00020;"


class PixelSizePanel(QWidget):
    """Edits the current image's pixel size: a value typed with a comma or a dot is committed with
    Enter or by leaving the field (the wheel never changes it); ``pixel_size_entered(mm)`` gives
    it in mm/px, 0 when the field was emptied."""

    pixel_size_entered = Signal(float)
    csv_requested = Signal()
    calibrate_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        box = QGroupBox("Pixel size")
        form = QFormLayout(box)
        self.field = DecimalField(4, NOT_SET)
        self.field.setToolTip(
            "Millimetres per image pixel (0.0758 or 0,0758), committed with Enter; every mm figure follows it"
        )
        unit = QLabel("mm/px")
        value_row = QHBoxLayout()
        value_row.addWidget(self.field, 1)
        value_row.addWidget(unit)
        self.source = QLabel(NOT_SET)
        self.source.setWordWrap(True)
        self.warning = QLabel("")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.load_csv = QPushButton("Load CSV…")
        self.load_csv.setToolTip("Pixel sizes by file name (HC18 form: filename,pixel size(mm)) for every open image")
        self.calibrate = QPushButton("Calibrate…")
        self.calibrate.setToolTip("Draw a line over a known distance, such as the depth scale, and type its length")
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_csv)
        buttons.addWidget(self.calibrate)
        form.addRow("Value", value_row)
        form.addRow("Source", self.source)
        form.addRow(buttons)
        form.addRow(self.warning)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        self.field.value_entered.connect(lambda value: self.pixel_size_entered.emit(value or 0.0))
        self.field.rejected.connect(self.warning.setText)
        self.load_csv.clicked.connect(self.csv_requested)
        self.calibrate.clicked.connect(self.calibrate_requested)

    def show_pixel_size(self, pixel_size: PixelSize | None, note: str = "") -> None:
        """Show a pixel size without emitting ``pixel_size_entered``."""
        self.field.set_value(pixel_size.mm if pixel_size else None)
        if pixel_size is None:
            self.source.setText(NOT_SET)
        else:
            self.source.setText(source_words(pixel_size))
            self.source.setToolTip("" if pixel_size.square else "Non-square pixels: spacing across x down")
        self.warning.setText(note or ("" if pixel_size else "Set it, load a CSV or calibrate to get mm figures."))

    def enter(self, text: str) -> None:
        """Type ``text`` into the value and commit it, as the user would (Enter)."""
        self.field.setText(text)
        self.field.editingFinished.emit()


def source_words(pixel_size: PixelSize) -> str:
    """Where a pixel size came from, for the panel: "CSV training_set_pixel_size_and_HC.csv",
    "DICOM ultrasound region 1", "entered by hand", with the spacing of non-square pixels."""
    kind = {"dicom": "DICOM", "csv": "CSV"}.get(pixel_size.source.value)
    words = f"{kind} {pixel_size.detail}".strip() if kind else SOURCE_WORDS[pixel_size.source]
    if kind is None and pixel_size.detail:
        words += f" ({pixel_size.detail})"
    if not pixel_size.square:
        across, down = pixel_size.spacing
        words += f"<br>{across:.4f} x {down:.4f} mm/px"
    return words
