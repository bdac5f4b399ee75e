"""The 月调度 tab: pick a month, see who reported, keep the issue ledger, close or reopen the month,
compare it with the previous closed month, rank places, units and projects, and export the
circular (通报) and supervision notices (督办通知单)."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...bulk import gc_paused
from ...domain.errors import DomainError
from ...domain.monthly import period_end, shift_period
from ...domain.status import Light
from ...exchange.problems import Cancelled
from ...services import monthly_close as close_service
from ...services.changes import Changes
from ...services.monthly import current_period
from ...services.workspace import Workspace
from ..dialogs.export_worker import NewestOnly, export_in_background, on_own_connection, run_task
from ..messages import error_text
from .labels import month_text
from .month_panels import ComparisonPanel, MonthTable, RankingPanel
from .problem_ledger import ProblemLedgerView
from .reporting_view import ImportCallable, ReportingView

MONTHS_BACK = 24  # the period picker offers this many months before the current one

log = logging.getLogger(__name__)


class MonthlyView(QWidget):
    """The whole monthly cycle in one tab. ``import_sheet(period)`` is the Excel import to call from
    the reporting screen (optional)."""

    sig_changed = Signal(object)
    """Data changed here (report, problem, closing); carries the ``Changes`` for the other views."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 import_sheet: ImportCallable | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._today = today
        self._period = current_period(today)

        self.period_box = QComboBox()
        self.period_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.state_label = QLabel()
        self.state_label.setObjectName("monthState")
        self.close_button = QPushButton(self.tr("Close month…"))
        self.close_button.setToolTip(self.tr("Freeze every project's light, reasons, progress and investment "
                                             "as of the month end"))
        self.reopen_button = QPushButton(self.tr("Reopen month…"))
        self.circular_button = QPushButton(self.tr("Export circular…"))
        self.notice_button = QPushButton(self.tr("Supervision notice…"))
        self.notice_button.setToolTip(self.tr("For the problem selected in the ledger"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.busy_label = QLabel()
        self.busy_label.setStyleSheet("color: #4b5563;")
        self.busy_label.hide()
        self._jobs = NewestOnly(self, self._on_computed)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month")))
        bar.addWidget(self.period_box)
        bar.addWidget(self.state_label)
        bar.addWidget(self.busy_label)
        bar.addStretch(1)  # keeps the buttons right and their size while the busy note is hidden
        for button in (self.close_button, self.reopen_button, self.circular_button, self.notice_button):
            bar.addWidget(button)

        self.reporting = ReportingView(workspace, self._period, import_sheet)
        self.ledger = ProblemLedgerView(workspace)
        self.month_table = MonthTable()
        self.comparison = ComparisonPanel()
        self.ranking = RankingPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.reporting, self.tr("Reporting"))
        self.tabs.addTab(self.ledger, self.tr("Problem ledger"))
        self.tabs.addTab(self.month_table, self.tr("Month figures"))
        self.tabs.addTab(self.comparison, self.tr("Compared with last month"))
        self.tabs.addTab(self.ranking, self.tr("Rankings"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)

        self.period_box.currentIndexChanged.connect(self._on_period)
        self.close_button.clicked.connect(self.close_month)
        self.reopen_button.clicked.connect(self.reopen_month)
        self.circular_button.clicked.connect(self.export_circular)
        self.notice_button.clicked.connect(self._on_notice)
        self.reporting.sig_changed.connect(self._on_child_changed)
        self.ledger.sig_changed.connect(self._on_child_changed)
        self._fill_periods()
        self.refresh()

    # --- periods -----------------------------------------------------------------------------
    @property
    def period(self) -> str:
        return self._period

    def _fill_periods(self) -> None:
        newest = current_period(self._today)
        closed = {c.period: c for c in close_service.closures(self._ws)}
        periods = sorted({shift_period(newest, -n) for n in range(MONTHS_BACK + 1)} | set(closed), reverse=True)
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for period in periods:
            text = month_text(period)
            if period in closed:
                text = (self.tr("%1 (closed)") if closed[period].closed else self.tr("%1 (reopened)")).replace("%1", text)
            self.period_box.addItem(text, period)
        self.period_box.setCurrentIndex(max(0, self.period_box.findData(self._period)))
        self.period_box.blockSignals(False)

    def set_period(self, period: str) -> None:
        self._period = period
        self._fill_periods()
        self.refresh()

    def _on_period(self) -> None:
        period = self.period_box.currentData()
        if period and period != self._period:
            self._period = period
            self.refresh()

    # --- data --------------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace) -> None:
        """Point at a reopened database (after a restore) and reload everything."""
        self._ws = workspace
        self.reporting.set_workspace(workspace)
        self.ledger.set_workspace(workspace)
        self._fill_periods()
        self.refresh(Changes(everything=True))

    @gc_paused()  # a province's month is ~10^6 kept objects: the collector's passes freed nothing
    def refresh(self, changes: Changes | None = None) -> None:
        if changes is not None:
            self.reporting.refresh(changes)
            self.ledger.refresh(changes)
        self._refresh_month()

    @gc_paused()
    def _refresh_month(self) -> None:
        """The month's state at once; its figures in place for an office's list, on a worker
        beyond ``BACKGROUND_FROM`` projects (seconds at province scale), the previous ones shown
        meanwhile with a note saying which month is coming."""
        period = self._period
        closure = close_service.closure(self._ws, period)
        frozen = closure is not None and closure.closed
        self.reporting.set_period(period, self.tr("%1 is closed: a report saved now is kept, but the frozen "
                                                  "figures of the month do not change unless it is reopened and "
                                                  "closed again.").replace("%1", month_text(period))
                                  if frozen else "")
        end = period_end(period)
        today = self._today or date.today()
        self.ledger.set_as_of(min(end, today))
        if closure is None:
            state = self.tr("Not closed: figures are live")
        elif closure.closed:
            state = (self.tr("Closed on %1 by %2").replace("%1", closure.closed_at.replace("T", " ")[:16])
                     .replace("%2", closure.closed_by))
        else:
            state = (self.tr("Reopened on %1 by %2 — reason: %3").replace("%1", (closure.reopened_at or "")[:16]
                                                                           .replace("T", " "))
                     .replace("%2", closure.reopened_by).replace("%3", closure.reopen_reason))
        self.state_label.setText(state)
        self.state_label.setStyleSheet("font-weight: bold; color: %s;" % ("#166534" if frozen else "#92400e"))
        writable = not self._ws.readonly
        self.close_button.setEnabled(writable and not frozen)
        self.reopen_button.setEnabled(writable and frozen)
        if self._jobs.run(self._ws, lambda ws: close_service.month_figures(ws, period)):
            self.busy_label.setText(self.tr("Computing the figures of %1…").replace("%1", month_text(period)))
            self.busy_label.show()

    def _on_computed(self, figures: close_service.MonthFigures | None, error: BaseException | None) -> None:
        if error is not None:  # the previous figures stay, with the reason beside the state
            if not isinstance(error, DomainError):
                log.error("monthly figures failed", exc_info=error)
            self.busy_label.setText(error_text(error))
            return
        assert figures is not None
        self.busy_label.hide()
        self._show_figures(figures)

    def is_computing(self) -> bool:
        """A worker is computing figures (or reading reporting rows) not yet on screen."""
        return self._jobs.running() or self.reporting.is_reading()

    @gc_paused()
    def _show_figures(self, figures: close_service.MonthFigures) -> None:
        month, period = figures.month, figures.month.period
        snaps = month.snapshots
        due = [s for s in snaps if s.report_due]
        self.summary_label.setText(
            self.tr("%1: %2 projects · reports due %3, received %4, missing %5 · red %6, yellow %7, green %8 · "
                    "open problems %9, overdue %10")
            .replace("%10", str(sum(s.overdue_problems for s in snaps)))
            .replace("%1", month_text(period)).replace("%2", str(len(snaps))).replace("%3", str(len(due)))
            .replace("%4", str(sum(s.reported for s in due))).replace("%5", str(sum(not s.reported for s in due)))
            .replace("%6", str(sum(s.light == Light.RED for s in snaps)))
            .replace("%7", str(sum(s.light == Light.YELLOW for s in snaps)))
            .replace("%8", str(sum(s.light == Light.GREEN for s in snaps)))
            .replace("%9", str(sum(s.open_problems for s in snaps))))
        self.month_table.set_month(snaps, month.frozen, period)
        self.comparison.set_comparison(figures.comparison)
        self.ranking.set_rankings(figures.rankings)

    def _on_child_changed(self, changes: Changes) -> None:
        self._refresh_month()
        self.sig_changed.emit(changes)

    # --- closing -----------------------------------------------------------------------------
    def close_month(self) -> bool:
        text = month_text(self._period)
        answer = QMessageBox.question(
            self, self.tr("Close month"),
            self.tr("Close %1? Every project's light, reasons, progress and investment as of %2 will be frozen; "
                    "later edits will not change them. A closed month can only be reopened with a reason, "
                    "which is recorded.").replace("%1", text).replace("%2", period_end(self._period).isoformat()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        period = self._period
        # Seconds at province scale: on a worker with its own connection, behind a progress dialog.
        task = on_own_connection(self._ws, lambda ws, _progress, cancel: close_service.close_period(ws, period, cancel),
                                 writable=True)
        try:
            changes = run_task(self, self.tr("Close month"), self.tr("Closing %1…").replace("%1", text), task)
        except Cancelled:
            QMessageBox.information(self, self.tr("Close month"), self.tr("%1 was not closed.").replace("%1", text))
            return False
        except Exception as exc:  # noqa: BLE001 - nothing was stored; tell the user why
            QMessageBox.warning(self, self.tr("Close month"), error_text(exc))
            return False
        self._after_change(changes)
        self.tabs.setCurrentWidget(self.month_table)
        return True

    def reopen_month(self) -> bool:
        reason, ok = QInputDialog.getText(
            self, self.tr("Reopen month"),
            self.tr("Why must %1 be reopened? The reason is recorded in the change log; the frozen figures "
                    "stay until the month is closed again.").replace("%1", month_text(self._period)))
        if not ok:
            return False
        try:
            changes = close_service.reopen_period(self._ws, self._period, reason)
        except Exception as exc:  # noqa: BLE001 - nothing was stored; tell the user why
            QMessageBox.warning(self, self.tr("Reopen month"), error_text(exc))
            return False
        self._after_change(changes)
        return True

    def _after_change(self, changes: Changes) -> None:
        self._fill_periods()
        self._refresh_month()
        self.sig_changed.emit(changes)

    # --- exports -----------------------------------------------------------------------------
    def export_circular(self) -> Path | None:
        name = f"{self._period[:4]}年{int(self._period[5:7])}月调度通报.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export circular"), name,
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        from ...services import monthly_circular  # the xlsx writer loads on first use, not at start-up

        period, today, title = self._period, self._today, self.tr("Export circular")
        written = export_in_background(
            self, self._ws, self.tr("Writing the circular of %1…").replace("%1", month_text(period)),
            lambda reader, progress, cancel: monthly_circular.export_circular(reader, period, Path(path), today,
                                                                                progress, cancel),
            self.tr("Export cancelled; no file was written."), title=title)
        if written is None:  # cancelled or failed, and the user told
            return None
        QMessageBox.information(self, title, self.tr("Circular saved to %1").replace("%1", path))
        return Path(path)

    def _on_notice(self) -> None:
        self.tabs.setCurrentWidget(self.ledger)
        self.ledger.export_notice(unit=self.ledger.selected() is None)
