"""The growth chart dock: the INTERGROWTH-21st HC standard with the measured heads on it.

The current exam's images are points at their known GA (with the model's 95% interval as a bar
where it gives one); the same patient's other exams join them as a trajectory. Clicking a point
selects its image. Without a known GA nothing is placed, and the chart says so.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fetalhc_gui.core.clinical import intergrowth_hc_centile_curves, ordinal
from fetalhc_gui.core.measurement import Measurement
from fetalhc_gui.gui.plot_axes import local_axes
from fetalhc_gui.report.language import translate

CENTILE_PENS = {3: ("#999", 1), 10: ("#666", 1), 50: ("#1f77b4", 2), 90: ("#666", 1), 97: ("#999", 1)}
CURRENT_BRUSH, OTHER_BRUSH = "#d62728", "#ff7f0e"
CHART_WIDTH_PX = 320

#: The centiles labelled on the window's chart (all five are drawn; the tooltip names them).
LABELLED = (3, 50, 97)
#: The curves' labels (``core.clinical.ordinal`` of the INTERGROWTH-21st centiles) marked for translation.
CENTILE_LABELS = (
    QT_TRANSLATE_NOOP("GrowthChart", "3rd"),
    QT_TRANSLATE_NOOP("GrowthChart", "10th"),
    QT_TRANSLATE_NOOP("GrowthChart", "50th"),
    QT_TRANSLATE_NOOP("GrowthChart", "90th"),
    QT_TRANSLATE_NOOP("GrowthChart", "97th"),
)


class GrowthChart(QWidget):
    """Plots measurements (mm, GA in days) on the standard; ``image_selected(index)`` on a click."""

    image_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plot = pg.PlotWidget(axisItems=local_axes())
        self.plot.setBackground("w")
        self.plot.setLabel("bottom", translate("GrowthChart", "gestational age (weeks)"))
        self.plot.setLabel("left", translate("GrowthChart", "HC (mm)"))
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        weeks, curves = intergrowth_hc_centile_curves()
        for centile, values in curves.items():
            colour, width = CENTILE_PENS[centile]
            self.plot.plot(weeks, values, pen=pg.mkPen(colour, width=width))
            if centile not in LABELLED:
                continue  # the inner pair's labels would overlap the median's on a laptop's short dock
            anchor = (0, {97: 0.9, 3: 0.1}.get(centile, 0.5))  # the outer pair's above and below their curve
            label = pg.TextItem(translate("GrowthChart", ordinal(centile)), color=colour, anchor=anchor)
            label.setPos(weeks[-1] + 0.2, values[-1])
            self.plot.addItem(label)
        self.plot.setToolTip(
            translate(
                "GrowthChart",
                "INTERGROWTH-21st HC standard: the 3rd, 10th, 50th (blue), 90th and 97th centiles; "
                "the thin inner pair are the 10th and 90th",
            )
        )
        self.trajectory = self.plot.plot(
            [], [], pen=pg.mkPen(OTHER_BRUSH, width=1, style=pg.QtCore.Qt.PenStyle.DashLine)
        )
        self.bars = pg.ErrorBarItem(beam=0.2, pen=CURRENT_BRUSH)
        self.plot.addItem(self.bars, ignoreBounds=True)  # an empty bar set sits at (0, 0): keep it out of the range
        self.points = pg.ScatterPlotItem(size=9, pen=pg.mkPen("k"))
        self.points.sigClicked.connect(self._on_clicked)
        self.plot.addItem(self.points)
        self.plot.setXRange(13, 45, padding=0)  # room for the centile labels
        self.plot.getViewBox().setDefaultPadding(0.08)  # and above the 97th's end for its label
        self.note = QLabel("")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        layout.addWidget(self.note)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Narrow enough to leave the image most of the window (pyqtgraph's own hint is wide)."""
        return QSize(CHART_WIDTH_PX, CHART_WIDTH_PX)

    def show_measurements(self, exam: list[tuple[int, Measurement]], others: list[tuple[int, Measurement]]) -> None:
        """Place the current exam's measurements and the same patient's other exams' (by index)."""
        placed = [(i, m, True) for i, m in exam if _placeable(m)] + [(i, m, False) for i, m in others if _placeable(m)]
        spots = [
            {"pos": (m.ga_entered_days / 7, m.hc_mm), "data": i, "brush": CURRENT_BRUSH if current else OTHER_BRUSH}
            for i, m, current in placed
        ]
        self.points.setData(spots)
        with_interval = [
            (m.ga_entered_days / 7, m.hc_mm, m.hc_low_mm, m.hc_high_mm) for _, m, c in placed if c and m.hc_low_mm
        ]
        if with_interval:
            x, y, low, high = (np.array(v) for v in zip(*with_interval, strict=True))
            self.bars.setData(x=x, y=y, top=high - y, bottom=y - low)
        else:
            empty = np.array([])
            self.bars.setData(x=empty, y=empty, top=empty, bottom=empty)
        order = sorted(placed, key=lambda item: item[1].ga_entered_days)
        self.trajectory.setData(
            [m.ga_entered_days / 7 for _, m, _ in order] if len(order) > 1 else [],
            [m.hc_mm for _, m, _ in order] if len(order) > 1 else [],
        )
        measured = [m for _, m in exam if m.hc_mm is not None]
        if not measured:
            self.note.setText(translate("GrowthChart", "No HC in millimetres for this exam yet."))
        elif not any(_placeable(m) for m in measured):
            self.note.setText(
                translate(
                    "GrowthChart",
                    "The GA of this exam is not known: date the exam (Measure > Date This Exam) to place it.",
                )
            )
        else:
            self.note.setText(
                translate(
                    "GrowthChart", "Red: this exam (bars: the model's 95% interval); orange: the patient's other exams."
                )
            )

    def _on_clicked(self, _item, points, *_args) -> None:
        if points:
            self.image_selected.emit(int(points[0].data()))


def _placeable(m: Measurement) -> bool:
    return m.hc_mm is not None and m.ga_entered_days is not None
