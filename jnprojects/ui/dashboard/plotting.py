"""pyqtgraph building blocks shared by the charts: plot widgets, pens, a time axis and a row axis.

This module imports pyqtgraph, so only the chart modules import it, and they are imported only
when the dashboard is built (see the package docstring). The time axis works on day ordinals
(``date.toordinal()``): whole days, no time zones, and dates convert back exactly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from math import ceil, floor

import pyqtgraph as pg
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

from .chart_style import INK, MUTED_INK
from .export import chart_font

pg.setConfigOptions(antialias=True)

# Span codes returned as the "spacing" of a tick level, so tickStrings knows what it labels.
YEAR, QUARTER, MONTH = 365.0, 91.0, 30.0


def pen(colour: str, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine):  # noqa: ANN201
    p = pg.mkPen(QColor(colour), width=width)
    p.setStyle(style)
    p.setCosmetic(True)
    return p


def brush(colour: str):  # noqa: ANN201
    return pg.mkBrush(QColor(colour))


def style_axis(axis: pg.AxisItem, label: str = "") -> None:
    """Dark ink, readable font, a label in the axis' unit."""
    axis.setPen(pen(MUTED_INK))
    axis.setTextPen(pen(INK))
    axis.setTickFont(chart_font())
    axis.enableAutoSIPrefix(False)  # the unit is in the label; "(x0.001)" only puzzles a reader
    if label:
        axis.setLabel(label, color=INK, **{"font-size": f"{chart_font().pointSizeF():.0f}pt"})


def plot_widget(parent: QWidget | None = None, axis_items: dict | None = None) -> pg.PlotWidget:
    """A white plot with pyqtgraph's own menus and auto-range button switched off."""
    widget = pg.PlotWidget(parent=parent, background="w", axisItems=axis_items or {})
    item = widget.getPlotItem()
    item.setMenuEnabled(False)
    item.hideButtons()
    for name in ("left", "bottom"):
        style_axis(item.getAxis(name))
    widget.setAntialiasing(True)
    return widget


# --------------------------------------------------------------------------------------------
# Time axis
# --------------------------------------------------------------------------------------------


def _first_of_month(ordinal: float) -> date:
    d = date.fromordinal(max(1, int(floor(ordinal))))
    return date(d.year, d.month, 1)


def _months(start: float, stop: float, step: int) -> list[float]:
    """Ordinals of the first days of every ``step``-th month (aligned to January) in the range."""
    d = _first_of_month(start)
    index = d.year * 12 + d.month - 1
    index -= index % step
    values: list[float] = []
    while True:
        year, month = divmod(index, 12)
        if year < 1 or year > 9998:
            break
        ordinal = date(year, month + 1, 1).toordinal()
        if ordinal > stop:
            break
        if ordinal >= start:
            values.append(float(ordinal))
        index += step
    return values


class TimeAxis(pg.AxisItem):
    """Bottom axis in calendar units: years, quarters or months, whichever fits the zoom."""

    def tickValues(self, minVal: float, maxVal: float, size: float):  # noqa: N802, ANN201 - pyqtgraph API
        if size <= 0 or maxVal <= minVal:
            return []
        px_per_month = size / max(1.0, (maxVal - minVal) / 30.44)
        years = _months(minVal, maxVal, 12)
        if px_per_month >= 60:
            return [(MONTH, _months(minVal, maxVal, 1))]
        if px_per_month >= 22:
            return [(QUARTER, _months(minVal, maxVal, 3)), (MONTH, _months(minVal, maxVal, 1))]
        if px_per_month * 12 >= 60:
            return [(YEAR, years), (QUARTER, _months(minVal, maxVal, 3))]
        step = 2 if px_per_month * 24 >= 60 else 5
        return [(YEAR, [v for v in years if date.fromordinal(int(v)).year % step == 0]), (YEAR * 2, years)]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        locale = QLocale()
        strings: list[str] = []
        for value in values:
            d = date.fromordinal(int(value))
            qd = QDate(d.year, d.month, d.day)
            if spacing == YEAR:
                strings.append(str(d.year))
            elif spacing == QUARTER:
                quarter = (d.month - 1) // 3 + 1
                strings.append(f"{d.year} Q1" if quarter == 1 else f"Q{quarter}")
            elif spacing == MONTH:
                strings.append(locale.toString(qd, "MMM yyyy" if d.month == 1 else "MMM"))
            else:
                strings.append("")
        return strings


# --------------------------------------------------------------------------------------------
# Row axis (category names, project labels)
# --------------------------------------------------------------------------------------------


class RowAxis(pg.AxisItem):
    """Left axis with one text label per integer row; labels are elided to the axis width.

    Only the rows in view get a tick, so 10,000 rows cost no more than 30.
    """

    def __init__(self, width: int = 220, on_wheel: Callable[[int], None] | None = None) -> None:
        super().__init__("left")
        self._labels: list[str] = []
        self._elided: dict[int, str] = {}
        self._on_wheel = on_wheel
        self.setWidth(width)
        self.setStyle(tickLength=0, tickTextOffset=8, autoExpandTextSpace=False, autoReduceTextSpace=False)
        style_axis(self)

    def set_labels(self, labels: Sequence[str]) -> None:
        self._labels = list(labels)
        self._elided.clear()
        self.picture = None
        self.update()

    def labels(self) -> list[str]:
        return list(self._labels)

    def setWidth(self, w: int | None = None) -> None:  # noqa: N802 - pyqtgraph API
        super().setWidth(w)
        if hasattr(self, "_elided"):
            self._elided.clear()

    def tickValues(self, minVal: float, maxVal: float, size: float):  # noqa: N802, ANN201 - pyqtgraph API
        lo, hi = sorted((minVal, maxVal))
        first = max(0, ceil(lo))
        last = min(len(self._labels) - 1, floor(hi))
        return [(1.0, [float(i) for i in range(first, last + 1)])]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        metrics = QFontMetrics(chart_font())
        room = max(20, int(self.width()) - 16)
        result = []
        for value in values:
            index = int(round(value))
            if index not in self._elided:
                text = self._labels[index] if 0 <= index < len(self._labels) else ""
                self._elided[index] = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            result.append(self._elided[index])
        return result

    def wheelEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        """Over the labels the wheel scrolls rows (the plot area's wheel zooms time only)."""
        if self._on_wheel is None:
            super().wheelEvent(event)
            return
        self._on_wheel(-1 if event.delta() > 0 else 1)
        event.accept()


class TextPool:
    """Text labels on a plot, reused across redraws: creating a ``TextItem`` costs about a
    millisecond, moving and re-texting one almost nothing. Call :meth:`begin`, then :meth:`add`
    for each label, then :meth:`end` (which hides the unused ones)."""

    def __init__(self, plot_item: pg.PlotItem) -> None:
        self._plot = plot_item
        self._items: list[pg.TextItem] = []
        self._used = 0

    def begin(self) -> None:
        self._used = 0

    def add(self, text: str, colour: str, x: float, y: float, anchor: tuple[float, float], font: QFont) -> None:
        if self._used == len(self._items):
            item = pg.TextItem()
            self._plot.addItem(item, ignoreBounds=True)
            self._items.append(item)
        item = self._items[self._used]
        self._used += 1
        item.setText(text, QColor(colour))
        item.setAnchor(anchor)
        item.setFont(font)
        item.setPos(x, y)
        item.setVisible(True)

    def end(self) -> None:
        for item in self._items[self._used:]:
            item.setVisible(False)
