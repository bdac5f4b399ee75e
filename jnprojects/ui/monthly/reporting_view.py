"""The month's reporting (填报情况): who has reported, who is missing, and filling a report in place.

The editor keeps exactly what is typed: 本年累计 and 开工累计 left blank are derived from the months
before (shown as grey placeholders and in the figures line) and stay derived when earlier months
change. 复制上月内容 copies last month's 形象进度 text as a starting point; nothing is saved until
保存填报.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, ValidationError
from ...domain.values import parse_money, parse_percent
from ...services import monthly as monthly_service
from ...services import projects as project_service
from ...services.changes import Changes
from ...services.monthly import ReportingFilter, ReportingRow
from ...services.workspace import Workspace
from ..choices import compact, fill_choices
from ..dialogs.export_worker import NewestOnly
from ..messages import error_text
from ..tables import list_table
from .labels import MISSING_BACKGROUND, cycle_name, money, month_text, pct
from .table import RowsModel

ImportCallable = Callable[[str], "Changes | None"]
"""Imports a returned sheet for the month and announces what it wrote (the window's Excel import)."""

log = logging.getLogger(__name__)


class ReportingView(QWidget):
    """Filters, the status table and the in-place editor for one month."""

    sig_changed = Signal(object)
    """A report was saved or imported; carries the ``Changes``."""

    def __init__(self, workspace: Workspace, period: str, import_sheet: ImportCallable | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._period = period
        self._import_sheet = import_sheet
        self._shown_period: str | None = None  # the month whose rows the table holds (or is reading)
        self._every: list[ReportingRow] = []  # all of that month's rows; the filters cut from them
        self._current: ReportingRow | None = None
        self._jobs = NewestOnly(self, self._on_read)

        self.location_box = QComboBox()
        self.unit_box = QComboBox()
        compact(self.location_box, 7)
        compact(self.unit_box, 10)
        self.show_box = QComboBox()
        self.show_box.addItem(self.tr("Projects due this month"), "due")
        self.show_box.addItem(self.tr("Missing reports only"), "missing")
        self.show_box.addItem(self.tr("All projects"), "all")
        self.count_label = QLabel()
        self.import_button = QPushButton(self.tr("Import filled sheet…"))
        self.import_button.setToolTip(self.tr("Read reports from returned Excel fill-in sheets"))
        self.import_button.setEnabled(import_sheet is not None and not workspace.readonly)
        bar = QHBoxLayout()
        for label, box in ((self.tr("Location"), self.location_box), (self.tr("Lead unit"), self.unit_box)):
            bar.addWidget(QLabel(label))
            bar.addWidget(box)
        bar.addWidget(QLabel(self.tr("Show")))
        bar.addWidget(self.show_box)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.import_button)

        self.model = RowsModel([
            (self.tr("Code"), lambda r: r.code),
            (self.tr("Project"), lambda r: r.name),
            (self.tr("Location"), lambda r: "、".join(r.location_names)),
            (self.tr("Lead unit"), lambda r: "、".join(r.lead_units)),
            (self.tr("Cycle"), lambda r: cycle_name(r.cycle)),
            (self.tr("Report state"), self._state_text),
            (self.tr("Progress %"), lambda r: "" if not r.report or r.report.progress_pct is None
             else f"{r.report.progress_pct:g}"),
            (self.tr("Invested this month"), lambda r: money(r.investment.month)),
            (self.tr("Year to date"), lambda r: money(r.investment.ytd)),
            (self.tr("Since start"), lambda r: money(r.investment.since_start)),
            (self.tr("Open problems"), lambda r: r.open_problems or ""),
        ], colours=self._colours, numeric=(6, 7, 8, 9, 10), parent=self)
        self.table = list_table(self.model, (64, 180, 64, 120, 60, 84, 70, 96, 84, 84, 74), single_selection=True)
        self.table.selectionModel().selectionChanged.connect(self._on_selected)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_editor())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1010, 370])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        for box in (self.location_box, self.unit_box, self.show_box):
            box.currentIndexChanged.connect(self._show_rows)
        self.import_button.clicked.connect(self._on_import)
        self._fill_filters()

    # --- editor ------------------------------------------------------------------------------
    def _build_editor(self) -> QWidget:
        self.editor = QGroupBox(self.tr("Report"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("Physical progress this month (形象进度)"))
        self.pct_edit = QLineEdit()
        self.pct_edit.setPlaceholderText(self.tr("0–100"))
        self.month_edit = QLineEdit()
        self.ytd_edit = QLineEdit()
        self.since_edit = QLineEdit()
        self.plan_edit = QLineEdit()
        self.plan_edit.setPlaceholderText(self.tr("Not set"))
        self.plan_label = QLabel(self.tr("Annual plan (10k yuan)"))
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #92400e;")
        self.note_label.setVisible(False)
        self.figures_label = QLabel()
        self.figures_label.setWordWrap(True)
        self.figures_label.setStyleSheet("color: #475569;")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.copy_button = QPushButton(self.tr("Copy last month"))
        self.copy_button.setToolTip(self.tr("Put last month's progress text in the box as a starting point"))
        self.save_button = QPushButton(self.tr("Save report"))
        self.save_button.setDefault(True)
        form = QFormLayout()
        form.addRow(self.tr("Progress %"), self.pct_edit)
        form.addRow(self.tr("Invested this month (10k yuan)"), self.month_edit)
        form.addRow(self.tr("Invested this year (10k yuan)"), self.ytd_edit)
        form.addRow(self.tr("Invested since start (10k yuan)"), self.since_edit)
        form.addRow(self.plan_label, self.plan_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self.editor)
        layout.addWidget(self.note_label)
        layout.addWidget(QLabel(self.tr("Physical progress")))
        layout.addWidget(self.text_edit, 1)
        layout.addLayout(form)
        layout.addWidget(self.figures_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        for edit in (self.month_edit, self.ytd_edit, self.since_edit, self.plan_edit):
            edit.textChanged.connect(self._update_preview)
        self.copy_button.clicked.connect(self.copy_last_month)
        self.save_button.clicked.connect(self.save)
        self._show(None)
        return self.editor

    def _show(self, row: ReportingRow | None) -> None:
        self._current = row
        writable = row is not None and not self._ws.readonly
        for widget in (self.text_edit, self.pct_edit, self.month_edit, self.ytd_edit, self.since_edit,
                       self.plan_edit, self.copy_button, self.save_button):
            widget.setEnabled(writable)
        self.error_label.clear()
        if row is None:
            self.editor.setTitle(self.tr("Report — select a project on the left"))
            for edit in (self.pct_edit, self.month_edit, self.ytd_edit, self.since_edit, self.plan_edit):
                edit.clear()
            for edit in (self.month_edit, self.ytd_edit, self.since_edit):  # the last project's derived totals
                edit.setPlaceholderText("")
            self.text_edit.clear()
            self.figures_label.clear()
            return
        self.editor.setTitle(self.tr("Report of %1 %2").replace("%1", row.code).replace("%2", row.name))
        report = row.report
        self.text_edit.setPlainText(report.progress_text if report else "")
        self.pct_edit.setText("" if not report or report.progress_pct is None else f"{report.progress_pct:g}")
        self.month_edit.setText(money(report.invest_month) if report else "")
        self.ytd_edit.setText(money(report.invest_ytd) if report else "")
        self.since_edit.setText(money(report.invest_since_start) if report else "")
        self.plan_label.setText(self.tr("Annual plan %1 (10k yuan)").replace("%1", self._period[:4]))
        self.plan_edit.setText(money(row.investment.annual_plan))
        self._update_preview()

    def _plan(self) -> Decimal | None:
        return parse_money(self.plan_edit.text(), "annual_plan")

    def _typed(self) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
        return (parse_money(self.month_edit.text(), "invest_month"), parse_money(self.ytd_edit.text(), "invest_ytd"),
                parse_money(self.since_edit.text(), "invest_since_start"))

    def _update_preview(self) -> None:
        row = self._current
        if row is None:
            return
        try:
            month, ytd, since = self._typed()
            plan = self._plan()
        except ValidationError as exc:
            self.figures_label.setText(error_text(exc))
            return
        shown = monthly_service.investment_preview(self._ws, row.project_id, self._period, month, ytd, since)
        shown = replace(shown, annual_plan=plan)
        derived = self.tr("Derived: %1")
        self.ytd_edit.setPlaceholderText(derived.replace("%1", money(shown.ytd) or "0"))
        self.since_edit.setPlaceholderText(derived.replace("%1", money(shown.since_start) or "0"))
        self.month_edit.setPlaceholderText(derived.replace("%1", money(shown.month)) if shown.month is not None
                                           else self.tr("Amount in 10k yuan"))
        lines = []
        if shown.pct_of_annual_plan is None:
            lines.append(self.tr("Share of the annual plan: — (no annual plan)"))
        else:
            lines.append(self.tr("Share of the annual plan: %1; against schedule: %2")
                         .replace("%1", pct(shown.pct_of_annual_plan)).replace("%2", pct(shown.pct_of_planned_to_date)))
        if shown.pct_of_total is None:
            lines.append(self.tr("Share of the total investment: — (no total investment)"))
        else:
            lines.append(self.tr("Share of the total investment: %1").replace("%1", pct(shown.pct_of_total)))
        lines.append(self.tr("Totals left blank are added up from the months before."))
        self.figures_label.setText("\n".join(lines))

    def copy_last_month(self) -> None:
        row = self._current
        if row is None:
            return
        text = monthly_service.last_month_text(self._ws, row.project_id, self._period)
        if text is None:
            self.error_label.setText(self.tr("There is no earlier report of this project to copy."))
            return
        self.text_edit.setPlainText(text)
        self.error_label.clear()

    def save(self) -> bool:
        row = self._current
        if row is None:
            return False
        try:
            month, ytd, since = self._typed()
            plan = self._plan()
            pct_value = parse_percent(self.pct_edit.text(), "progress_pct")
            changes = monthly_service.save_report(self._ws, row.project_id, self._period,
                                                  self.text_edit.toPlainText(), pct_value, month, ytd, since)
            if plan is not None and plan != row.investment.annual_plan:
                changes = monthly_service.set_annual_plan(self._ws, row.project_id, int(self._period[:4]), plan)
        except Exception as exc:  # noqa: BLE001 - shown to the user; the report is written in one go
            self.error_label.setText(error_text(exc))
            return False
        self.error_label.clear()
        project_id = row.project_id
        self.refresh(changes)
        self.select_project(project_id)
        if changes.any:
            self.sig_changed.emit(changes)
        return True

    # --- data --------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        any_text = self.tr("All")
        for box, items in (
            (self.location_box, [(l.code, l.name) for l in project_service.locations(self._ws)]),
            (self.unit_box, [(u.id, u.name) for u in project_service.units(self._ws)]),
        ):
            fill_choices(box, any_text, items)

    def current_filter(self) -> ReportingFilter:
        shown = self.show_box.currentData()
        return ReportingFilter(location=self.location_box.currentData(), unit_id=self.unit_box.currentData(),
                               missing_only=shown == "missing", due_only=shown == "due")

    def set_workspace(self, workspace: Workspace) -> None:
        self._ws = workspace
        self.import_button.setEnabled(self._import_sheet is not None and not workspace.readonly)
        self._fill_filters()
        self.refresh()

    def set_period(self, period: str, note: str = "") -> None:
        """Show ``period``; ``note`` is shown above the editor (e.g. that the month is closed). The rows
        are re-read only for another month: the month tab calls this on every refresh of its own."""
        self._period = period
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        if period != self._shown_period:
            self.refresh()

    def refresh(self, changes: Changes | None = None) -> None:
        """Re-read the month's rows: only those of the projects ``changes`` names when they are few
        (a saved report), else all of them, on a worker at province scale (seconds there)."""
        if changes is not None and (changes.units or changes.everything):
            self._fill_filters()
        few = changes.few_projects() if changes is not None else None
        if few and self._shown_period == self._period and not self._jobs.running():
            fresh = monthly_service.reporting_status(self._ws, self._period, ReportingFilter(ids=few))
            self._every = [r for r in self._every if r.project_id not in few] + fresh
            self._show_rows()
            return
        period = self._period
        if self._jobs.run(self._ws, lambda ws: (period, monthly_service.reporting_status(ws, period))):
            if period != self._shown_period:  # the rows on screen are another month's: not to be edited
                self._every = []
                self._show_rows()
            self.count_label.setText(self.tr("Reading the reports of %1…").replace("%1", month_text(period)))
        self._shown_period = period

    def _on_read(self, answer: tuple[str, list[ReportingRow]] | None, error: BaseException | None) -> None:
        if error is not None:
            if not isinstance(error, DomainError):
                log.error("reading the month's reports failed", exc_info=error)
            self.count_label.setText(error_text(error))
            self._shown_period = None  # read again at the month's next refresh
            return
        assert answer is not None
        self._shown_period, self._every = answer
        self._show_rows()

    def is_reading(self) -> bool:
        """A worker is reading rows not yet on screen."""
        return self._jobs.running()

    def _show_rows(self, *_args: object) -> None:
        """The month's rows cut to the filters (missing ones first), without reading them again."""
        selected = self._current.project_id if self._current else None
        flt = self.current_filter()
        self.model.set_rows(sorted((r for r in self._every if flt.keeps(r)), key=lambda r: (not r.missing, r.code)))
        due = [r for r in self._every if r.due and flt.matches_place(r)]  # counted whatever is shown
        self.count_label.setText(self.tr("Due %1 · reported %2 · missing %3 (amounts in 10k yuan)")
                                 .replace("%1", str(len(due)))
                                 .replace("%2", str(sum(r.reported for r in due)))
                                 .replace("%3", str(sum(r.missing for r in due))))
        if selected is None or not self.select_project(selected):
            self._show(None)

    def select_project(self, project_id: int) -> bool:
        for index, row in enumerate(self.model.rows()):
            if row.project_id == project_id:
                self.table.selectRow(index)
                self.table.scrollTo(self.model.index(index, 0))
                self._show(row)
                return True
        return False

    def _on_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show(self.model.row(rows[0].row()) if rows else None)

    def _state_text(self, row: ReportingRow) -> str:
        if row.missing:
            return self.tr("Missing")
        if row.reported:
            return self.tr("Reported")
        return self.tr("Not due")

    @staticmethod
    def _colours(row: ReportingRow, column: int):  # noqa: ANN205
        if row.missing:
            return (QColor(MISSING_BACKGROUND), None)
        return None

    def _on_import(self) -> None:
        if self._import_sheet is None:
            return
        try:
            # The importer tells the window what it wrote, and the window refreshes every view,
            # this one included: refreshing or signalling here too would do it all twice.
            self._import_sheet(self._period)
        except Exception as exc:  # noqa: BLE001 - the importer reports its own problems; this is a last resort
            QMessageBox.warning(self, self.tr("Import filled sheet"), error_text(exc))
