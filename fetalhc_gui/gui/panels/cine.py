"""The frame controls of a multi-frame file: a slider and, once every frame is measured, the
per-frame HC curve (click a point to report that frame instead of the automatic choice)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSlider, QVBoxLayout, QWidget

from fetalhc_gui.app.session import ImageEntry
from fetalhc_gui.core.biometry import head_biometry
from fetalhc_gui.core.cine import FrameMeasure
from fetalhc_gui.gui.plot_axes import local_axes
from fetalhc_gui.report.language import translate

PLOT_HEIGHT_PX = 120
TRUSTED_BRUSH = "#1f77b4"
DOUBTFUL_BRUSH = "#ff7f0e"


def frame_hcs(frames: list[FrameMeasure], entry: ImageEntry) -> tuple[np.ndarray, str]:
    """Each frame's HC (NaN where no head was found) and its unit: mm with a pixel size, else px."""
    size = entry.pixel_size
    values = []
    for f in frames:
        if f.ellipse is None:
            values.append(math.nan)
        elif size is None:
            values.append(f.hc_px)
        else:
            values.append(head_biometry(f.ellipse, *size.spacing).hc_mm)
    return np.array(values, dtype=float), ("mm" if size else "px")


class CinePanel(QWidget):
    """Shows which frame is reported; emits ``frame_selected`` (0-based) when the user picks one."""

    frame_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setToolTip(
            translate("CinePanel", "Frame of a multi-frame file (the one shown is the one reported)")
        )
        self.label = QLabel("")
        self.plot = pg.PlotWidget(axisItems=local_axes())
        self.plot.setFixedHeight(PLOT_HEIGHT_PX)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setLabel("bottom", translate("CinePanel", "frame"))
        self.plot.setToolTip(translate("CinePanel", "HC of every frame; click a point to report that frame"))
        self.curve = self.plot.plot([], [], pen=pg.mkPen("#888", width=1), connect="finite")
        self.points = pg.ScatterPlotItem(size=7, pen=None)
        self.best_marker = pg.ScatterPlotItem(size=18, symbol="star", brush="#ffd700", pen=pg.mkPen("k"))
        self.current_line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#d62728", width=2))
        for item in (self.current_line, self.points, self.best_marker):
            self.plot.addItem(item)
        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.plot)
        self.slider.valueChanged.connect(self.frame_selected)
        self.plot.scene().sigMouseClicked.connect(self._on_click)
        self._frame_count = 1
        self.hide()

    def show_entry(self, entry: ImageEntry | None) -> None:
        """Show the frames of ``entry`` (hidden for single-frame files)."""
        multi = entry is not None and entry.frame_count > 1
        self.setVisible(multi)
        if not multi:
            return
        self._frame_count = entry.frame_count
        self.slider.blockSignals(True)
        self.slider.setRange(0, entry.frame_count - 1)
        self.slider.setValue(entry.frame)
        self.slider.blockSignals(False)
        self.label.setText(
            entry.frame_choice
            or translate("CinePanel", "frame {number} of {count}").format(
                number=entry.frame + 1, count=entry.frame_count
            )
        )
        self.plot.setVisible(bool(entry.cine))
        if entry.cine:
            self._show_curve(entry)

    def _show_curve(self, entry: ImageEntry) -> None:
        hcs, unit = frame_hcs(entry.cine, entry)
        numbers = np.arange(1, len(hcs) + 1, dtype=float)
        self.curve.setData(numbers, hcs)
        finite = np.isfinite(hcs)
        brushes = [DOUBTFUL_BRUSH if f.reasons else TRUSTED_BRUSH for f in entry.cine if f.ellipse is not None]
        self.points.setData(numbers[finite], hcs[finite], brush=brushes)
        best = entry.best_frame
        if best is not None and best < len(hcs) and math.isfinite(hcs[best]):
            self.best_marker.setData([best + 1], [hcs[best]])
        else:
            self.best_marker.setData([], [])
        self.current_line.setValue(entry.frame + 1)
        self.plot.setLabel("left", translate("CinePanel", "HC ({unit})").format(unit=unit))
        self.plot.setXRange(0.5, len(hcs) + 0.5, padding=0)

    def _on_click(self, event) -> None:
        box = self.plot.getPlotItem().vb
        position = event.scenePos()
        if not box.sceneBoundingRect().contains(position):
            return
        frame = round(box.mapSceneToView(position).x()) - 1
        self.frame_selected.emit(min(max(frame, 0), self._frame_count - 1))
