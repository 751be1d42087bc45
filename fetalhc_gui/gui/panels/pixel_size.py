"""The pixel-size panel: the value in mm/px, where it came from, a CSV and the calibration tool."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
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
from fetalhc_gui.report.clinical_words import in_window_language
from fetalhc_gui.report.language import number, translate

NOT_SET = QT_TRANSLATE_NOOP("PixelSizePanel", "not set")
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
        box = QGroupBox(translate("PixelSizePanel", "Pixel size"))
        form = QFormLayout(box)
        self.field = DecimalField(4, translate("PixelSizePanel", NOT_SET))
        self.field.setToolTip(
            translate(
                "PixelSizePanel",
                "Millimetres per image pixel (0.0758 or 0,0758), committed with Enter; every mm figure follows it",
            )
        )
        unit = QLabel("mm/px")
        value_row = QHBoxLayout()
        value_row.addWidget(self.field, 1)
        value_row.addWidget(unit)
        self.source = QLabel(translate("PixelSizePanel", NOT_SET))
        self.source.setWordWrap(True)
        self.warning = QLabel("")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.load_csv = QPushButton(translate("PixelSizePanel", "Load CSV…"))
        self.load_csv.setToolTip(
            translate(
                "PixelSizePanel", "Pixel sizes by file name (HC18 form: filename,pixel size(mm)) for every open image"
            )
        )
        self.calibrate = QPushButton(translate("PixelSizePanel", "Calibrate…"))
        self.calibrate.setToolTip(
            translate(
                "PixelSizePanel", "Draw a line over a known distance, such as the depth scale, and type its length"
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_csv)
        buttons.addWidget(self.calibrate)
        form.addRow(translate("PixelSizePanel", "Value"), value_row)
        form.addRow(translate("PixelSizePanel", "Source"), self.source)
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
            self.source.setText(translate("PixelSizePanel", NOT_SET))
        else:
            self.source.setText(source_words(pixel_size))
            square = pixel_size.square
            self.source.setToolTip(
                "" if square else translate("PixelSizePanel", "Non-square pixels: spacing across x down")
            )
        hint = translate("PixelSizePanel", "Set it, load a CSV or calibrate to get mm figures.")
        self.warning.setText(note or ("" if pixel_size else hint))

    def enter(self, text: str) -> None:
        """Type ``text`` into the value and commit it, as the user would (Enter)."""
        self.field.setText(text)
        self.field.editingFinished.emit()


def source_words(pixel_size: PixelSize) -> str:
    """Where a pixel size came from, for the panel: "CSV training_set_pixel_size_and_HC.csv",
    "DICOM ultrasound region 1", "entered by hand", with the spacing of non-square pixels."""
    kind = {"dicom": "DICOM", "csv": "CSV"}.get(pixel_size.source.value)
    said = translate("ClinicalWords", SOURCE_WORDS[pixel_size.source])
    words = f"{kind} {in_window_language(pixel_size.detail)}".strip() if kind else said
    if kind is None and pixel_size.detail:
        words += f" ({pixel_size.detail})"
    if not pixel_size.square:
        across, down = pixel_size.spacing
        words += f"<br>{number(across, 4)} x {number(down, 4)} mm/px"
    return words
