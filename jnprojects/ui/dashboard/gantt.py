"""The schedule timeline (Gantt): one row per project, planned and actual bars, milestone markers.

Drawing only: rows come from ``domain.dashboard_data.gantt_rows``. Items are few and fixed, so a
redraw of 1,000 projects stays far below 100 ms: ONE ``BarGraphItem`` for all planned bars, one
per light for the actual bars, ONE ``ScatterPlotItem`` per milestone state (coloured AND shaped)
and one vertical line for the as-of date. The x axis is the day ordinal (``date.toordinal()``).
Markers are asked for (``MarkerSource``) only for the rows in view and kept until the next data:
a province has ~100,000 of them and a screen shows a few hundred.

Navigation: Year / Quarter / Month set the zoom (6 years, 8 quarters, 12 months in view) and
◀ ▶ pan by one such unit; the mouse wheel zooms time only, dragging pans time; rows scroll with
the scroll bar or the wheel over the row labels. Hover shows a tooltip, double-click opens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QMenu, QPushButton, QScrollBar, QToolTip, QWidget

from ...domain.dashboard_data import GanttRow, MilestoneMarker, ProjectSnapshot
from ...domain.status import LIGHT_ORDER, Light, MilestoneState
from . import chart_style as cs
from .export import ChartFrame, chart_font
from .labels import (
    date_text,
    light_label,
    light_name,
    milestone_state_label,
    milestone_state_name,
    reason_lines,
    status_light_label,
)
from .plotting import RowAxis, TimeAxis, brush, pen, plot_widget

ROW_PX = 26  # pixels per row: labels at 11 pt stay readable and never overlap
MARKER_PX = 12
SCALES: dict[str, tuple[int, int]] = {"year": (12, 72), "quarter": (3, 24), "month": (1, 12)}  # (pan, span) in months
HIT_PX = 7  # how close (pixels) the mouse must be to a marker for its tooltip

MarkerSource = Callable[[Sequence[int]], dict[int, tuple[MilestoneMarker, ...]]]
"""Given project ids, the markers of each (every id answered, possibly with none)."""


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, 1)


class GanttChart(ChartFrame):
    """Planned and actual periods of the shown projects with their milestones."""

    sig_open_project = Signal(int)
    """A row was double-clicked (or "Open project" chosen); carries the project id."""

    sig_override_requested = Signal(int)
    """"Set manual light…" was chosen on a row; carries the project id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Schedule timeline"), self.tr("schedule-timeline"), parent)
        self._rows: list[GanttRow] = []
        self._snaps: dict[int, ProjectSnapshot] = {}
        self._marker_source: MarkerSource = lambda ids: dict.fromkeys(ids, ())
        self._markers: dict[int, tuple[MilestoneMarker, ...]] = {}
        self._as_of = date.today()
        self._top = 0
        self._scale = "year"
        self._placed = False

        bar = QHBoxLayout()
        self.scale_group = QButtonGroup(self)
        self.scale_buttons: dict[str, QPushButton] = {}
        for key, text in (("year", self.tr("Year")), ("quarter", self.tr("Quarter")), ("month", self.tr("Month"))):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setToolTip(self.tr("Zoom: show %1").replace("%1", text))
            self.scale_group.addButton(button)
            self.scale_buttons[key] = button
            button.clicked.connect(lambda _checked=False, k=key: self.set_scale(k))
            bar.addWidget(button)
        self.scale_buttons["year"].setChecked(True)
        self.back_button = QPushButton("◀")
        self.back_button.setToolTip(self.tr("Earlier"))
        self.forward_button = QPushButton("▶")
        self.forward_button.setToolTip(self.tr("Later"))
        self.as_of_button = QPushButton(self.tr("As-of date"))
        self.as_of_button.setToolTip(self.tr("Centre the view on the as-of date"))
        self.fit_button = QPushButton(self.tr("Whole period"))
        self.back_button.clicked.connect(lambda: self.pan(-1))
        self.forward_button.clicked.connect(lambda: self.pan(1))
        self.as_of_button.clicked.connect(lambda: self.set_scale(self._scale))
        self.fit_button.clicked.connect(self.fit_all)
        for button in (self.back_button, self.forward_button, self.as_of_button, self.fit_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setFont(chart_font())
        bar.addWidget(self.count_label)
        self.legend = QLabel(self._legend_html())
        self.legend.setFont(chart_font())
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)

        self.axis = RowAxis(width=280, on_wheel=self.scroll_rows)
        self.time_axis = TimeAxis("bottom")
        self.plot = plot_widget(self, {"left": self.axis, "bottom": self.time_axis})
        item = self.plot.getPlotItem()
        view = item.getViewBox()
        view.setMouseEnabled(x=True, y=False)
        view.invertY(True)
        view.setLimits(xMin=date(2000, 1, 1).toordinal(), xMax=date(2060, 1, 1).toordinal(),
                       minXRange=20, maxXRange=365 * 40)
        item.showGrid(x=True, y=False, alpha=0.22)
        self.planned = pg.BarGraphItem(x0=[], x1=[], y=[], height=cs.PLANNED_HEIGHT,
                                       pen=pen(cs.PLANNED_OUTLINE), brush=brush(cs.PLANNED_FILL))
        item.addItem(self.planned)
        self.actual: dict[Light, pg.BarGraphItem] = {}
        for light in LIGHT_ORDER:
            style = cs.light_style(light)
            self.actual[light] = pg.BarGraphItem(x0=[], x1=[], y=[], height=cs.ACTUAL_HEIGHT,
                                                 pen=pen(style.outline), brush=brush(style.fill))
            item.addItem(self.actual[light])
        self.marker_items: dict[MilestoneState, pg.ScatterPlotItem] = {}
        for state in cs.MILESTONE_ORDER:
            style = cs.milestone_style(state)
            scatter = pg.ScatterPlotItem(symbol=style.symbol, size=MARKER_PX, pen=pen(style.outline, 1.2),
                                         brush=brush(style.fill), pxMode=True)
            item.addItem(scatter)
            self.marker_items[state] = scatter
        self.as_of_line = pg.InfiniteLine(angle=90, movable=False, pen=pen(cs.AS_OF_LINE, 2, Qt.PenStyle.DashLine),
                                          label="", labelOpts={"position": 0.02, "color": cs.INK,
                                                               "fill": (255, 255, 255, 220), "anchors": [(0, 0), (0, 0)]})
        item.addItem(self.as_of_line, ignoreBounds=True)
        self.scrollbar = QScrollBar(Qt.Orientation.Vertical)
        self.scrollbar.valueChanged.connect(self._on_scrolled)

        plot_row = QHBoxLayout()
        plot_row.setSpacing(0)
        plot_row.addWidget(self.plot, 1)
        plot_row.addWidget(self.scrollbar)
        self.body.addLayout(bar)
        self.body.addWidget(self.legend)
        self.body.addLayout(plot_row, 1)
        self.mark_screen_only(*self.scale_buttons.values(), self.back_button, self.forward_button,
                              self.as_of_button, self.fit_button, self.scrollbar)
        self.take_context_menu(self.plot)
        view.sigResized.connect(self._on_resized)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot.scene().sigMouseClicked.connect(self._on_scene_clicked)

    # --- data --------------------------------------------------------------------------------
    def set_data(self, rows: Sequence[GanttRow], snaps: dict[int, ProjectSnapshot], as_of: date,
                 markers: MarkerSource | None = None) -> None:
        """Draw ``rows`` (from ``gantt_rows``); ``snaps`` by project id give the tooltips' reasons,
        ``markers`` the milestones of the rows that come into view."""
        moved = as_of != self._as_of
        self._rows = list(rows)
        self._snaps = snaps
        self._as_of = as_of
        if markers is not None:
            self._marker_source = markers
        self._markers = {}
        n = len(self._rows)
        planned = [(i, r.planned) for i, r in enumerate(self._rows) if r.planned]
        self.planned.setOpts(x0=[p[0].toordinal() for _, p in planned], x1=[p[1].toordinal() for _, p in planned],
                             y=[i for i, _ in planned], height=cs.PLANNED_HEIGHT)
        for light in LIGHT_ORDER:
            actual = [(i, r.actual) for i, r in enumerate(self._rows) if r.actual and r.light == light]
            self.actual[light].setOpts(x0=[a[0].toordinal() for _, a in actual],
                                       x1=[max(a[1].toordinal(), a[0].toordinal() + 1) for _, a in actual],
                                       y=[i for i, _ in actual], height=cs.ACTUAL_HEIGHT)
        self.axis.set_labels([f"{cs.light_style(r.light).glyph} {r.code} {r.name}" for r in self._rows])
        self.as_of_line.setValue(as_of.toordinal())
        self.as_of_line.label.setFormat(self.tr("As of %1").replace("%1", as_of.isoformat()))
        self.as_of_line.label.setFont(chart_font(bold=True))
        self.count_label.setText(self.tr("%1 projects, %2 with planned dates").replace("%1", str(n))
                                 .replace("%2", str(len(planned))))
        self._top = max(0, min(self._top, n - 1))
        if moved or not self._placed:
            self.set_scale(self._scale)
            self._placed = True
        self._apply_rows()

    def markers(self, row: int) -> tuple[MilestoneMarker, ...]:
        """The markers of row ``row`` (asked for when not yet known)."""
        self._load_markers([row])
        return self._markers[self._rows[row].project_id]

    def _load_markers(self, rows: Sequence[int]) -> None:
        wanted = [self._rows[i].project_id for i in rows if self._rows[i].project_id not in self._markers]
        if wanted:
            self._markers.update(self._marker_source(wanted))

    def rows(self) -> list[GanttRow]:
        """The rows drawn, top to bottom."""
        return list(self._rows)

    def row_count(self) -> int:
        return len(self._rows)

    # --- navigation --------------------------------------------------------------------------
    def set_scale(self, scale: str) -> None:
        """Zoom to "year", "quarter" or "month" around the as-of date."""
        pan_months, span = SCALES[scale]
        self._scale = scale
        self.scale_buttons[scale].setChecked(True)
        start = _add_months(date(self._as_of.year, self._as_of.month, 1), -span // 3)
        end = _add_months(start, span)
        self.plot.getPlotItem().getViewBox().setXRange(start.toordinal(), end.toordinal(), padding=0)

    def pan(self, steps: int) -> None:
        """Move the view by ``steps`` units of the current scale (negative = earlier)."""
        pan_months = SCALES[self._scale][0]
        view = self.plot.getPlotItem().getViewBox()
        (x0, x1), _ = view.viewRange()
        shift = (_add_months(self._as_of, pan_months * steps) - self._as_of).days
        view.setXRange(x0 + shift, x1 + shift, padding=0)

    def fit_all(self) -> None:
        """Show every bar and marker."""
        self._load_markers(range(len(self._rows)))  # asked for by the user: every row's markers
        dates = [d for r in self._rows for span in (r.planned, r.actual) if span for d in span]
        dates += [m.date for markers in self._markers.values() for m in markers]
        if not dates:
            return
        lo, hi = min(dates), max(dates)
        pad = max(30, (hi - lo).days // 40)
        self.plot.getPlotItem().getViewBox().setXRange((lo - timedelta(days=pad)).toordinal(),
                                                       (hi + timedelta(days=pad)).toordinal(), padding=0)

    def visible_rows(self) -> int:
        return max(1, int(self.plot.getPlotItem().getViewBox().height() // ROW_PX))

    def scroll_rows(self, steps: int) -> None:
        """Scroll by ``steps`` rows (three per wheel notch feels like a list)."""
        self.scrollbar.setValue(self.scrollbar.value() + steps * 3)

    def _apply_rows(self) -> None:
        visible = self.visible_rows()
        last_top = max(0, len(self._rows) - visible)
        self._top = max(0, min(self._top, last_top))
        self.scrollbar.blockSignals(True)
        self.scrollbar.setRange(0, last_top)
        self.scrollbar.setPageStep(visible)
        self.scrollbar.setValue(self._top)
        self.scrollbar.blockSignals(False)
        self.scrollbar.setVisible(last_top > 0)
        view = self.plot.getPlotItem().getViewBox()
        view.setYRange(self._top - 0.5, self._top + visible - 0.5, padding=0)
        # Only the markers of the rows in view: a scatter item rebuilds every spot on setData, which
        # for all milestones of 1,000 projects took most of a redraw.
        in_view = range(max(0, self._top - 1), min(len(self._rows), self._top + visible + 1))
        self._load_markers(in_view)
        points: dict[MilestoneState, tuple[list[float], list[float]]] = {s: ([], []) for s in self.marker_items}
        for i in in_view:
            for m in self._markers[self._rows[i].project_id]:
                if m.state in points:
                    points[m.state][0].append(m.date.toordinal())
                    points[m.state][1].append(i)
        for state, scatter in self.marker_items.items():
            xs, ys = points[state]
            scatter.setData(x=np.asarray(xs, dtype=float), y=np.asarray(ys, dtype=float))

    def _on_scrolled(self, value: int) -> None:
        self._top = value
        self._apply_rows()

    def _on_resized(self) -> None:
        self._apply_rows()

    def before_render(self) -> None:
        self._apply_rows()

    # --- hover, clicks, menu -----------------------------------------------------------------
    def _view_point(self, scene_pos: QPointF) -> QPointF | None:
        view = self.plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        return view.mapSceneToView(scene_pos)

    def row_at(self, y: float) -> int | None:
        row = int(round(y))
        return row if 0 <= row < len(self._rows) else None

    def hover_text(self, x: float, y: float) -> str:
        """Tooltip text for view coordinates: a milestone's when near one, else the project's."""
        row = self.row_at(y)
        if row is None:
            return ""
        r = self._rows[row]
        view = self.plot.getPlotItem().getViewBox()
        (x0, x1), _ = view.viewRange()
        days_per_px = (x1 - x0) / max(1.0, view.width())
        near = [m for m in self.markers(row) if abs(m.date.toordinal() - x) <= HIT_PX * days_per_px]
        if near and abs(y - row) <= 0.4:
            m = min(near, key=lambda mk: abs(mk.date.toordinal() - x))
            lines = [f"{r.code} {r.name}", self.tr("Milestone: %1").replace("%1", m.name),
                     milestone_state_label(m.state),
                     self.tr("Planned: %1").replace("%1", date_text(m.planned_date))]
            if m.state == MilestoneState.DONE:
                lines.append(self.tr("Done on %1").replace("%1", date_text(m.date)))
            return "\n".join(lines)
        return self.project_text(r)

    def project_text(self, r: GanttRow) -> str:
        """Name, dates, light and every reason (a manual light's who and why first)."""
        snap = self._snaps.get(r.project_id)
        lines = [f"{r.code} {r.name}", r.category_name]
        lines.append(status_light_label(snap.status) if snap else light_label(r.light))
        planned = r.planned
        lines.append(self.tr("Planned: %1 – %2").replace("%1", date_text(planned[0] if planned else None))
                     .replace("%2", date_text(planned[1] if planned else None)))
        if r.actual is None:
            lines.append(self.tr("Actual: not started"))
        elif r.actual_open:
            lines.append(self.tr("Actual: from %1, under way").replace("%1", date_text(r.actual[0])))
        else:
            lines.append(self.tr("Actual: %1 – %2").replace("%1", date_text(r.actual[0]))
                         .replace("%2", date_text(r.actual[1])))
        if snap is not None:
            lines += [f"· {text}" for text in reason_lines(snap.status.reasons)]
        return "\n".join(lines)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        point = self._view_point(scene_pos)
        text = self.hover_text(point.x(), point.y()) if point is not None else ""
        if text:
            QToolTip.showText(self.plot.mapToGlobal(self.plot.mapFromScene(scene_pos)), text, self.plot)
        else:
            QToolTip.hideText()

    def _on_scene_clicked(self, event) -> None:  # noqa: ANN001 - pyqtgraph MouseClickEvent
        if not event.double() or event.button() != Qt.MouseButton.LeftButton:
            return
        point = self._view_point(event.scenePos())
        row = self.row_at(point.y()) if point is not None else None
        if row is not None:
            event.accept()
            self.sig_open_project.emit(self._rows[row].project_id)

    def add_menu_actions(self, menu: QMenu) -> None:
        """Open / set manual light for the row under the mouse, before "Export image…"."""
        scene_pos = self.plot.mapToScene(self.plot.mapFromGlobal(QCursor.pos()))
        point = self._view_point(QPointF(scene_pos))
        row = self.row_at(point.y()) if point is not None else None
        if row is None:
            return
        project_id = self._rows[row].project_id
        label = f"{self._rows[row].code} {self._rows[row].name}"
        menu.addAction(self.tr("Open %1").replace("%1", label)).triggered.connect(
            lambda: self.sig_open_project.emit(project_id))
        menu.addAction(self.tr("Set manual light…")).triggered.connect(
            lambda: self.sig_override_requested.emit(project_id))
        menu.addSeparator()

    def _legend_html(self) -> str:
        def glyph(colour: str, text: str) -> str:
            return f'<span style="color:{colour}; font-size:large">{escape(text)}</span>'

        parts = [glyph(cs.PLANNED_OUTLINE, "▭") + "&nbsp;" + escape(self.tr("Planned period")),
                 glyph(cs.INK, "▬") + "&nbsp;" + escape(self.tr("Actual (colour of the light)"))]
        parts += [glyph(cs.milestone_style(s).fill, cs.milestone_style(s).glyph) + "&nbsp;"
                  + escape(milestone_state_name(s)) for s in cs.MILESTONE_ORDER]
        lights = [glyph(cs.light_style(light).fill, cs.light_style(light).glyph) + "&nbsp;"
                  + escape(light_name(light)) for light in LIGHT_ORDER]
        return ("&nbsp;&nbsp; ".join(parts) + "<br>" + escape(self.tr("Row marks:")) + "&nbsp; "
                + "&nbsp;&nbsp; ".join(lights))
