"""Status by category: one stacked horizontal bar per category, one segment per light.

Drawing only: the counts come from ``domain.dashboard_data.status_counts``. One ``BarGraphItem``
per light (not per bar), the count written on each segment wide enough for it, and a legend with
glyph, name and total per light, so a light is never told by colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel, QToolTip, QWidget

from ...domain.dashboard_data import CategoryCounts
from ...domain.status import LIGHT_ORDER, Light
from .chart_style import INK, light_style
from .export import ChartFrame, chart_font
from .labels import keep_together, light_label, light_name
from .plotting import RowAxis, TextPool, brush, pen, plot_widget, style_axis

BAR_HEIGHT = 0.62
MIN_ROWS = 6


class StatusByCategoryChart(ChartFrame):
    """Stacked bars of project counts per light for each category; a click asks to filter."""

    sig_segment_clicked = Signal(str, str)
    """A segment was clicked; carries the category code and the light (``Light`` value)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Status by category"), self.tr("status-by-category"), parent)
        self._counts: list[CategoryCounts] = []
        self._names: dict[str, str] = {}
        self._overridden: dict[str, int] = {}
        self.legend = QLabel()
        self.legend.setFont(chart_font())
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.axis = RowAxis(width=170)
        self.plot = plot_widget(self, {"left": self.axis})
        item = self.plot.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.getViewBox().invertY(True)
        style_axis(item.getAxis("bottom"), self.tr("Number of projects"))
        item.showGrid(x=True, y=False, alpha=0.18)
        self._bars: dict[Light, pg.BarGraphItem] = {}
        for light in LIGHT_ORDER:
            style = light_style(light)
            bar = pg.BarGraphItem(x0=[], y=[], width=[], height=BAR_HEIGHT, pen=pen(style.outline, 1),
                                  brush=brush(style.fill))
            item.addItem(bar)
            self._bars[light] = bar
        self.texts = TextPool(item)
        self.body.addWidget(self.legend)
        self.body.addWidget(self.plot, 1)
        self.take_context_menu(self.plot)
        self.plot.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot.getPlotItem().getViewBox().sigResized.connect(self._on_resized)

    # --- data --------------------------------------------------------------------------------
    def set_counts(self, counts: Sequence[CategoryCounts], names: dict[str, str] | None = None,
                   overridden: dict[str, int] | None = None) -> None:
        """Show ``counts`` (from ``status_counts``); ``names`` maps category code to the shown
        name (default: the counts' own); ``overridden`` counts manual lights per category."""
        self._counts = list(counts)
        self._names = dict(names or {})
        self._overridden = dict(overridden or {})
        n = len(self._counts)
        self.axis.set_labels([self._category_name(c) for c in self._counts])
        left = [0] * n
        for light in LIGHT_ORDER:
            widths = [c.count(light) for c in self._counts]
            self._bars[light].setOpts(x0=list(left), y=list(range(n)), width=widths, height=BAR_HEIGHT)
            left = [a + b for a, b in zip(left, widths)]
        widest = max(left, default=0)
        view = self.plot.getPlotItem().getViewBox()
        # At least MIN_ROWS rows of room, so one category does not become one giant bar; room on the
        # right grows with the digits of the total written after the longest bar (1,126 needs more than 56).
        room = 1.04 + 0.05 * len(str(widest))
        view.setRange(xRange=(0, max(1, widest) * room), yRange=(-0.6, max(MIN_ROWS, n) - 0.4), padding=0)
        self._update_legend()
        self._place_texts()

    def counts(self) -> list[CategoryCounts]:
        """What the chart shows (tests compare it with ``status_counts``)."""
        return list(self._counts)

    def _category_name(self, c: CategoryCounts) -> str:
        return self._names.get(c.category_code, c.category_name)

    def _update_legend(self) -> None:
        parts = []
        for light in LIGHT_ORDER:
            total = sum(c.count(light) for c in self._counts)
            style = light_style(light)
            parts.append(
                f'<span style="color:{style.fill}; font-size:large">{escape(style.glyph)}</span>&nbsp;'
                f'<span style="color:{INK}">{keep_together(escape(light_name(light)))}&nbsp;<b>{total}</b></span>')
        total = sum(c.total for c in self._counts)
        manual = sum(self._overridden.values())
        tail = self.tr("Total %1 projects").replace("%1", str(total))
        if manual:
            tail += self.tr(", %1 with a manual light").replace("%1", str(manual))
        self.legend.setText("&nbsp;&nbsp; ".join(parts) + f'&nbsp;&nbsp;&nbsp;<span style="color:{INK}">'
                            f"{escape(tail)}</span>")

    def _place_texts(self) -> None:
        """Counts on the segments wide enough to hold them, totals after each bar."""
        view = self.plot.getPlotItem().getViewBox()
        (x0, x1), _ = view.viewRange()
        px_per_unit = view.width() / max(1e-9, x1 - x0)
        metrics = QFontMetricsF(chart_font())
        font = chart_font()
        bold = chart_font(bold=True)
        self.texts.begin()
        for row, c in enumerate(self._counts):
            left = 0
            for light, count in c.counts:
                if count:
                    style = light_style(light)
                    label = f"{style.glyph}{count}"
                    if count * px_per_unit >= metrics.horizontalAdvance(label) + 6:
                        self.texts.add(label, style.text, left + count / 2, row, (0.5, 0.5), font)
                    elif count * px_per_unit >= metrics.horizontalAdvance(str(count)) + 4:
                        self.texts.add(str(count), style.text, left + count / 2, row, (0.5, 0.5), font)
                left += count
            self.texts.add(str(c.total), INK, left, row, (-0.15, 0.5), bold)
        self.texts.end()

    # --- hit testing -------------------------------------------------------------------------
    def segment_at(self, x: float, y: float) -> tuple[str, Light] | None:
        """The (category code, light) of the segment at view coordinates, or ``None``."""
        row = int(round(y))
        if not 0 <= row < len(self._counts) or abs(y - row) > BAR_HEIGHT / 2:
            return None
        left = 0
        for light, count in self._counts[row].counts:
            if count and left <= x < left + count:
                return self._counts[row].category_code, light
            left += count
        return None

    def segment_center(self, category_code: str, light: Light) -> QPointF:
        """View coordinates of the middle of a segment (raises ``KeyError`` when it is empty)."""
        for row, c in enumerate(self._counts):
            if c.category_code != category_code:
                continue
            left = 0
            for lt, count in c.counts:
                if lt == light and count:
                    return QPointF(left + count / 2, row)
                left += count
        raise KeyError((category_code, light))

    def widget_pos(self, view_point: QPointF) -> QPointF:
        """Where a view point lies in the plot widget's (viewport's) pixel coordinates."""
        scene = self.plot.getPlotItem().getViewBox().mapViewToScene(view_point)
        return QPointF(self.plot.mapFromScene(scene))

    def _on_scene_clicked(self, event) -> None:  # noqa: ANN001 - pyqtgraph MouseClickEvent
        if event.button() != Qt.MouseButton.LeftButton:
            return
        view = self.plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(event.scenePos()):
            return
        point = view.mapSceneToView(event.scenePos())
        hit = self.segment_at(point.x(), point.y())
        if hit is not None:
            event.accept()
            self.sig_segment_clicked.emit(hit[0], str(hit[1]))

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        view = self.plot.getPlotItem().getViewBox()
        hit = None
        if view.sceneBoundingRect().contains(scene_pos):
            point = view.mapSceneToView(scene_pos)
            hit = self.segment_at(point.x(), point.y())
        if hit is None:
            QToolTip.hideText()
            return
        code, light = hit
        row = next(c for c in self._counts if c.category_code == code)
        text = self.tr("%1 · %2: %3 projects (click to list them)") \
            .replace("%1", self._category_name(row)).replace("%2", light_label(light)) \
            .replace("%3", str(row.count(light)))
        QToolTip.showText(self.plot.mapToGlobal(self.plot.mapFromScene(scene_pos)), text, self.plot)

    def _on_resized(self) -> None:
        self._place_texts()
