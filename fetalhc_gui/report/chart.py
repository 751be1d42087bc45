"""The growth chart of a report, painted with QtGui alone (no widget, no plotting library).

The INTERGROWTH-21st HC centiles (3rd, 10th, 50th, 90th, 97th) against gestational age, and the
exam's measurements as points at their entered GA with the model's 95% interval as a bar, the
same picture as the window's chart dock. Needs a QGuiApplication (for the fonts).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

from fetalhc_gui.core.clinical import intergrowth_hc_centile_curves, ordinal
from fetalhc_gui.core.measurement import Measurement
from fetalhc_gui.report.language import translate

CENTILE_PENS = {
    3: ("#999999", 1.0),
    10: ("#666666", 1.0),
    50: ("#1f77b4", 2.0),
    90: ("#666666", 1.0),
    97: ("#999999", 1.0),
}
POINT_COLOUR = "#d62728"
SIZE_PX = (760, 460)
#: The plotted ranges: gestational age in weeks and HC in mm.
WEEKS = (13.0, 45.0)
HC_MM = (50.0, 400.0)
MARGINS = (70.0, 20.0, 50.0, 55.0)  # left, top, right, bottom, pixels
LABEL_GAP_PX = 15.0


class _Axes:
    """Maps (weeks, mm) to pixel positions inside the plot rectangle."""

    def __init__(self, width: int, height: int):
        left, top, right, bottom = MARGINS
        self.rect = QRectF(left, top, width - left - right, height - top - bottom)

    def point(self, weeks: float, mm: float) -> QPointF:
        x = self.rect.left() + (weeks - WEEKS[0]) / (WEEKS[1] - WEEKS[0]) * self.rect.width()
        y = self.rect.bottom() - (mm - HC_MM[0]) / (HC_MM[1] - HC_MM[0]) * self.rect.height()
        return QPointF(x, y)


def placeable(m: Measurement) -> bool:
    """True when a measurement can be placed on the chart: an HC in mm and a GA the user entered."""
    return m.hc_mm is not None and m.ga_entered_days is not None


def growth_chart(measurements: list[Measurement], size: tuple[int, int] = SIZE_PX) -> QImage | None:
    """The chart of ``measurements`` as an image of ``size`` (width, height) pixels; None when none
    of them has both an HC in mm and a GA."""
    placed = [m for m in measurements if placeable(m)]
    if not placed:
        return None
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        axes = _Axes(*size)
        _grid(painter, axes)
        _centiles(painter, axes)
        _points(painter, axes, placed)
    finally:
        painter.end()
    return image


def _grid(painter: QPainter, axes: _Axes) -> None:
    font = QFont()
    font.setPixelSize(13)
    painter.setFont(font)
    rect = axes.rect
    for weeks in range(15, 45, 5):
        x = axes.point(weeks, HC_MM[0]).x()
        painter.setPen(QPen(QColor("#e5e5e5"), 1))
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        painter.setPen(QColor("black"))
        painter.drawText(QRectF(x - 20, rect.bottom() + 4, 40, 18), Qt.AlignmentFlag.AlignHCenter, str(weeks))
    for mm in range(100, 401, 100):
        y = axes.point(WEEKS[0], mm).y()
        painter.setPen(QPen(QColor("#e5e5e5"), 1))
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.setPen(QColor("black"))
        painter.drawText(QRectF(0, y - 9, rect.left() - 6, 18), Qt.AlignmentFlag.AlignRight, str(mm))
    painter.setPen(QPen(QColor("black"), 1))
    painter.drawRect(rect)
    painter.drawText(
        QRectF(rect.left(), rect.bottom() + 24, rect.width(), 20),
        Qt.AlignmentFlag.AlignHCenter,
        translate("Report", "gestational age (weeks)"),
    )
    painter.save()
    painter.translate(16, rect.center().y())
    painter.rotate(-90)
    painter.drawText(QRectF(-60, -10, 120, 20), Qt.AlignmentFlag.AlignHCenter, translate("Report", "HC (mm)"))
    painter.restore()


def _centiles(painter: QPainter, axes: _Axes) -> None:
    weeks, curves = intergrowth_hc_centile_curves()
    painter.setClipRect(axes.rect.adjusted(0, 0, MARGINS[2], 0))
    label_y = _spread([axes.point(weeks[-1], values[-1]).y() for values in curves.values()], LABEL_GAP_PX)
    for (centile, values), y in zip(curves.items(), label_y, strict=True):
        colour, width = CENTILE_PENS[centile]
        path = QPainterPath(axes.point(weeks[0], values[0]))
        for w, v in zip(weeks[1:], values[1:], strict=True):
            path.lineTo(axes.point(w, v))
        painter.setPen(QPen(QColor(colour), width))
        painter.drawPath(path)
        x = axes.point(weeks[-1], values[-1]).x()
        painter.drawText(
            QRectF(x + 4, y - 9, 44, 18), Qt.AlignmentFlag.AlignLeft, translate("GrowthChart", ordinal(centile))
        )
    painter.setClipping(False)


def _spread(positions: list[float], gap: float) -> list[float]:
    """``positions`` (pixels) moved apart to at least ``gap`` from each other, about their middle."""
    order = sorted(range(len(positions)), key=positions.__getitem__)
    placed = [positions[order[0]]]
    for i in order[1:]:
        placed.append(max(positions[i], placed[-1] + gap))
    shift = (sum(positions) - sum(placed)) / len(placed)
    result = [0.0] * len(positions)
    for i, y in zip(order, placed, strict=True):
        result[i] = y + shift
    return result


def _points(painter: QPainter, axes: _Axes, placed: list[Measurement]) -> None:
    red = QColor(POINT_COLOUR)
    for m in placed:
        centre = axes.point(m.ga_entered_days / 7, m.hc_mm)
        if m.hc_low_mm is not None and m.hc_high_mm is not None:
            low, high = axes.point(m.ga_entered_days / 7, m.hc_low_mm), axes.point(m.ga_entered_days / 7, m.hc_high_mm)
            painter.setPen(QPen(red, 1.5))
            painter.drawLine(low, high)
            for end in (low, high):
                painter.drawLine(QPointF(end.x() - 5, end.y()), QPointF(end.x() + 5, end.y()))
        painter.setPen(QPen(QColor("black"), 1))
        painter.setBrush(red)
        painter.drawEllipse(centre, 5, 5)
    painter.setBrush(Qt.BrushStyle.NoBrush)
