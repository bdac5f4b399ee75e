"""The dashboard tab: status by category, the schedule timeline, milestones due, investment and the
plan indicators, all as of one chosen date and for the project list's filter.

All data is computed once per refresh (one status query, then the plain functions of
``domain.dashboard_data``) and handed to the charts, which only draw. A refresh while the tab is
hidden only marks the dashboard stale; it recomputes when shown.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEventLoop, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...bulk import gc_paused
from ...domain.dashboard_data import MilestoneMarker, ProjectSnapshot, gantt_markers
from ...domain.errors import DomainError
from ...domain.query import ProjectFilter
from ...domain.status import Light
from ...services import dashboard as dashboard_service
from ...services import projects as project_service
from ...services import status as status_service
from ...services.changes import Changes
from ...services.dashboard import DashboardData
from ...services.workspace import Workspace
from ..dialogs.export_worker import NewestOnly
from ..labels import stage_name
from ..messages import error_text
from . import chart_style as cs
from .export import chart_font
from .gantt import GanttChart
from .indicator_table import IndicatorPanel
from .investment_chart import InvestmentChart, yi
from .labels import light_name
from .milestone_lists import WINDOWS, MilestoneListsPanel
from .status_chart import StatusByCategoryChart
from .summary_cards import Card, SummaryCards

AS_OF_DELAY_MS = 250  # typing a date digit by digit recomputes once, not per keystroke
BACKGROUND = "#F3F5F7"


log = logging.getLogger(__name__)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DashboardView(QWidget):
    """One screen that answers: which projects are on schedule, what is due, how money and the
    plan's indicators are moving — as of ``as_of`` (default today) for the current filter."""

    sig_filter_requested = Signal(str, str)
    """A status segment was clicked; carries the category code and the light (``Light`` value),
    so the window can filter the project list to those projects."""

    sig_open_project = Signal(int)
    """A project was double-clicked (timeline or milestone list); carries its id."""

    sig_changed = Signal(object)
    """The dashboard wrote data itself (a manual light); carries the ``Changes``."""

    sig_exported = Signal(str)
    """A chart was exported to PNG; carries the file's path (for the status bar)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._filter = ProjectFilter()
        self._stale = True
        self.data: DashboardData | None = None
        self.snapshots: dict[int, ProjectSnapshot] = {}
        self._jobs = NewestOnly(self, self._on_computed)

        self.as_of_edit = QDateEdit(_qdate(today or date.today()))
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.setToolTip(self.tr("Status is computed as of this date, so last month's report can be "
                                           "reproduced"))
        self.today_button = QPushButton(self.tr("Today"))
        self.filter_label = QLabel()
        self.filter_label.setStyleSheet(f"color: {cs.MUTED_INK};")
        # A long filter text must not set the window's minimum width (laptops at 1366 px).
        self.filter_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.warning_label = QLabel()
        self.warning_label.setStyleSheet("color: #B00020;")
        self.warning_label.hide()
        self.busy_label = QLabel()
        self.busy_label.setStyleSheet(f"color: {cs.BLUE}; font-weight: bold;")
        self.busy_label.hide()
        title = QLabel(self.tr("Dashboard"))
        title.setFont(chart_font(15, bold=True))
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("As of")))
        bar.addWidget(self.as_of_edit)
        bar.addWidget(self.today_button)
        bar.addWidget(self.busy_label)
        bar.addSpacing(16)
        bar.addWidget(self.filter_label, 1)
        bar.addWidget(self.warning_label)

        self.cards = SummaryCards()
        self.status_chart = StatusByCategoryChart()
        self.investment_chart = InvestmentChart()
        self.gantt = GanttChart()
        self.milestones = MilestoneListsPanel()
        self.indicators = IndicatorPanel()
        self.status_chart.setMinimumHeight(400)  # nine categories at a readable bar height
        self.investment_chart.setMinimumHeight(400)
        self.gantt.setMinimumHeight(560)
        self.milestones.setMinimumHeight(520)
        self.indicators.setMinimumHeight(520)

        content = QWidget()
        content.setObjectName("dashboardContent")
        content.setStyleSheet(f"QWidget#dashboardContent {{ background: {BACKGROUND}; }}")
        grid = QVBoxLayout(content)
        grid.setContentsMargins(8, 8, 8, 8)
        grid.setSpacing(8)
        grid.addWidget(self.cards)
        top = QHBoxLayout()
        top.addWidget(self.status_chart, 5)
        top.addWidget(self.investment_chart, 6)
        grid.addLayout(top)
        grid.addWidget(self.gantt)
        bottom = QHBoxLayout()
        bottom.addWidget(self.milestones, 5)
        bottom.addWidget(self.indicators, 6)
        grid.addLayout(bottom)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)

        self._as_of_timer = QTimer(self)
        self._as_of_timer.setSingleShot(True)
        self._as_of_timer.setInterval(AS_OF_DELAY_MS)
        self._as_of_timer.timeout.connect(self._on_as_of_timer)
        self.as_of_edit.dateChanged.connect(self._as_of_timer.start)
        self.today_button.clicked.connect(lambda: self.set_as_of(date.today()))
        self.status_chart.sig_segment_clicked.connect(self.sig_filter_requested)
        for chart in (self.status_chart, self.investment_chart, self.gantt, self.milestones, self.indicators):
            chart.sig_exported.connect(self.sig_exported)
        for panel in (self.gantt, self.milestones):
            panel.sig_open_project.connect(self.sig_open_project)
            panel.sig_override_requested.connect(self.edit_override)
        self._show_filter()

    # --- inputs ------------------------------------------------------------------------------
    def as_of(self) -> date:
        value = self.as_of_edit.date()
        return date(value.year(), value.month(), value.day())

    def shown_as_of(self) -> date:
        """The date of the figures on screen (the edit may be ahead while a worker computes)."""
        return self.data.as_of if self.data is not None else self.as_of()

    def set_as_of(self, day: date) -> None:
        """Show the dashboard as of ``day`` (recomputed at once)."""
        self._as_of_timer.stop()
        self.as_of_edit.blockSignals(True)
        self.as_of_edit.setDate(_qdate(day))
        self.as_of_edit.blockSignals(False)
        self._mark_stale()

    def segment(self, category_code: str, light: str) -> frozenset[int]:
        """The shown projects of ``category_code`` whose light (as of the dashboard's date) is ``light``."""
        return frozenset(s.id for s in self.snapshots.values()
                         if s.category_code == category_code and str(s.status.light) == light)

    def segment_text(self, category_code: str, light: str) -> str:
        """'交通基础设施 · 红灯 · 截至2026-11-29' for the project list's chip."""
        category = next((s.category_name for s in self.snapshots.values() if s.category_code == category_code),
                        category_code)
        return self.tr("%1 · %2 · as of %3").replace("%1", category).replace("%2", light_name(light)).replace(
            "%3", self.shown_as_of().isoformat())

    @property
    def project_filter(self) -> ProjectFilter:
        return self._filter

    def set_filter(self, flt: ProjectFilter) -> None:
        """Follow the project list's filter (its ``sig_filter_changed``)."""
        if flt == self._filter:
            return
        self._filter = flt
        self._show_filter()
        self._mark_stale()

    def set_workspace(self, workspace: Workspace) -> None:
        """Point at a reopened database (after a restore)."""
        self._ws = workspace
        self._show_filter()
        self._mark_stale()

    def refresh(self, changes: Changes | None = None) -> None:
        """Recompute after a change (at once when shown, else when next shown)."""
        if changes is not None and not changes.any:
            return
        if changes is not None and (changes.units or changes.everything):
            self._show_filter()
        self._mark_stale()

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self._refresh_shown()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self._refresh_shown()

    def hideEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        self._as_of_timer.stop()  # a date typed just before switching away waits for the next show
        super().hideEvent(event)

    def _on_as_of_timer(self) -> None:
        if self.isVisible():
            self._refresh_shown()
        else:
            self._stale = True

    # --- computing ---------------------------------------------------------------------------
    def recompute(self) -> None:
        """Query once, compute every chart's data and hand it to the charts, here and now."""
        self._stale = False
        self._show(dashboard_service.compute(self._ws, self.as_of(), self._filter, WINDOWS))

    def is_computing(self) -> bool:
        """A worker is computing figures not yet on screen."""
        return self._jobs.running()

    def wait_for_figures(self) -> None:
        """Process events until the figures asked for are on screen (screenshots, benchmarks)."""
        QCoreApplication.processEvents()
        while self.is_computing():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        QCoreApplication.processEvents()  # the layout the new figures asked for

    def _refresh_shown(self) -> None:
        """Recompute for the user: in place for an office's list, on a worker beyond
        ``BACKGROUND_FROM`` projects so the window never freezes while a province is computed."""
        self._stale = False
        as_of, flt = self.as_of(), self._filter
        if self._jobs.run(self._ws, lambda ws: dashboard_service.compute(ws, as_of, flt, WINDOWS)):
            # The charts keep the previous date's figures meanwhile: say which date is coming.
            self.busy_label.setText(self.tr("Computing as of %1…").replace("%1", as_of.isoformat()))
            self.busy_label.show()

    def _on_computed(self, result: DashboardData | None, error: BaseException | None) -> None:
        self.busy_label.hide()
        if error is not None:  # the previous figures stay, with the reason beside the date
            if not isinstance(error, DomainError):
                log.error("dashboard computation failed", exc_info=error)
            self.warning_label.setText(error_text(error))
            self.warning_label.show()
            return
        assert result is not None
        self._show(result)

    @gc_paused()
    def _show(self, data: DashboardData) -> None:
        self.data = data
        if data.thresholds_error is not None:
            self.warning_label.setText(self.tr("Default thresholds used: %1").replace(
                "%1", error_text(data.thresholds_error)))
            self.warning_label.show()
        else:
            self.warning_label.hide()
        as_of, th, snaps = data.as_of, data.thresholds, data.snapshots
        self.snapshots = {s.id: s for s in snaps}
        self.status_chart.set_counts(data.counts, {c.code: c.name_zh for c in data.categories},
                                     data.overridden_by_category)
        ws = self._ws

        def markers(ids: Sequence[int]) -> dict[int, tuple[MilestoneMarker, ...]]:
            return {pid: gantt_markers(ms, as_of, th) for pid, ms in status_service.milestones_of(ws, ids).items()}

        self.gantt.set_data(data.gantt, self.snapshots, as_of, markers)
        self.milestones.set_items(data.overdue, data.due, self.snapshots, as_of)
        self.investment_chart.set_table(data.investment, as_of.year)
        self.indicators.set_verdicts(data.verdicts, as_of.year)
        self.cards.set_cards(self._cards(snaps, len(data.overdue), len(data.due[WINDOWS[0]]), data.investment.total))

    def _cards(self, snaps: list[ProjectSnapshot], overdue: int, due: int, total) -> list[Card]:  # noqa: ANN001
        lights: dict[Light, int] = {}
        for s in snaps:
            lights[s.status.light] = lights.get(s.status.light, 0) + 1
        manual = sum(1 for s in snaps if s.status.overridden)
        red, yellow, green = (cs.light_style(x) for x in (Light.RED, Light.YELLOW, Light.GREEN))
        cards = [
            Card("projects", self.tr("Projects shown"), str(len(snaps)), cs.INK,
                 detail=self.tr("%1 with a manual light").replace("%1", str(manual)) if manual else ""),
            Card("red", self.tr("Red"), str(lights.get(Light.RED, 0)), red.fill, red.glyph),
            Card("yellow", self.tr("Yellow"), str(lights.get(Light.YELLOW, 0)), yellow.fill, yellow.glyph),
            Card("green", self.tr("Green"), str(lights.get(Light.GREEN, 0)), green.fill, green.glyph),
            Card("overdue", self.tr("Milestones overdue"), str(overdue), cs.VERMILLION, "✕"),
            Card("due", self.tr("Due in 30 days"), str(due), cs.ORANGE, "▲"),
        ]
        if total.annual_plan is not None and total.invest_ytd is not None and total.annual_plan > 0:
            rate = float(total.invest_ytd / total.annual_plan * 100)
            cards.append(Card("investment", self.tr("Annual plan completed"), f"{rate:.1f}%", cs.BLUE, "¥",
                              self.tr("%1 of %2 (100M yuan)").replace("%1", yi(total.invest_ytd))
                              .replace("%2", yi(total.annual_plan))))
        else:
            cards.append(Card("investment", self.tr("Annual plan completed"), "—", cs.LIGHT_GREY, "¥",
                              self.tr("no figures")))
        return cards

    def _show_filter(self) -> None:
        f = self._filter
        parts = []
        if f.category:
            names = {c.code: c.name_zh for c in project_service.categories(self._ws)}
            parts.append(names.get(f.category, f.category))
        if f.location:
            names = {loc.code: loc.name for loc in project_service.locations(self._ws)}
            parts.append(names.get(f.location, f.location))
        if f.stage:
            parts.append(stage_name(f.stage))
        if f.unit_id is not None:
            names_by_id = {u.id: u.name for u in project_service.units(self._ws)}
            parts.append(names_by_id.get(f.unit_id, str(f.unit_id)))
        if f.text:
            parts.append(f"“{f.text}”")
        if parts:
            self.filter_label.setText(self.tr("Filter of the project list: %1").replace("%1", " · ".join(parts)))
        else:
            self.filter_label.setText(self.tr("All projects (the dashboard follows the project list's filter)"))

    # --- manual light ------------------------------------------------------------------------
    def edit_override(self, project_id: int) -> None:
        """Open the manual-light dialog for ``project_id``; refresh and report what it wrote."""
        from ..dialogs.override_dialog import OverrideDialog

        snap = self.snapshots.get(project_id)
        dialog = OverrideDialog(self._ws, project_id, self, status=snap.status if snap else None)
        if dialog.exec() and dialog.changes.any:
            self.refresh(dialog.changes)
            self.sig_changed.emit(dialog.changes)
