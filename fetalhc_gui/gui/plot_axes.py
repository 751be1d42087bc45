"""Plot axes whose tick numbers are written as the window's language writes numbers (a decimal
comma in German, French, Spanish and Portuguese), for every pyqtgraph plot of the window."""

from __future__ import annotations

import pyqtgraph as pg

from fetalhc_gui.report.language import local_decimals


class LocalAxis(pg.AxisItem):
    """A pyqtgraph axis whose tick labels carry the default locale's decimal mark."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        return [local_decimals(text) for text in super().tickStrings(values, scale, spacing)]


def local_axes() -> dict[str, pg.AxisItem]:
    """The bottom and left axes of a plot (``pg.PlotWidget(axisItems=local_axes())``)."""
    return {"bottom": LocalAxis("bottom"), "left": LocalAxis("left")}
