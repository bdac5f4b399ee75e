"""The issue ledger (存在问题台账): filters, the list with overdue entries marked, add/edit/solve, and
supervision notices (督办通知单) for one entry or for a unit's overdue entries."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.monthly_problems import (
    ProblemFilter,
    ProblemLevel,
    ProblemRow,
    ProblemState,
    is_overdue,
    overdue_days,
)
from ...services import monthly_problems as problem_service
from ...services import projects as project_service
from ...services.changes import Changes
from ...services.workspace import Workspace
from ..choices import compact, fill_choices
from ..messages import error_text
from ..tables import list_table
from .labels import OVERDUE_BACKGROUND, level_name, state_name
from .problem_dialog import ProblemDialog
from .table import RowsModel

UNRESOLVED = "unresolved"


class ProblemLedgerView(QWidget):
    sig_changed = Signal(object)
    """An entry was added or changed; carries the ``Changes``."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.unit_box = QComboBox()
        self.level_box = QComboBox()
        self.state_box = QComboBox()
        compact(self.unit_box, 10)
        for box in (self.level_box, self.state_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.overdue_box = QCheckBox(self.tr("Only overdue"))
        self.as_of_edit = QDateEdit(QDate.currentDate())
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.setToolTip(self.tr("Entries whose time limit is before this day and that are not solved "
                                           "or closed are overdue"))
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search project or problem"))
        self.count_label = QLabel()

        self.add_button = QPushButton(self.tr("Add problem…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.solve_button = QPushButton(self.tr("Mark solved…"))
        self.notice_button = QPushButton(self.tr("Notice for this problem…"))
        self.unit_notice_button = QPushButton(self.tr("Notice for the unit's overdue problems…"))
        for button in (self.add_button, self.edit_button, self.solve_button):
            button.setEnabled(not workspace.readonly)

        filters = QHBoxLayout()
        for label, box in ((self.tr("Responsible unit"), self.unit_box), (self.tr("Level"), self.level_box),
                           (self.tr("State"), self.state_box)):
            filters.addWidget(QLabel(label))
            filters.addWidget(box)
        filters.addWidget(self.overdue_box)
        filters.addWidget(QLabel(self.tr("As of")))
        filters.addWidget(self.as_of_edit)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.count_label)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.solve_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.notice_button)
        actions.addWidget(self.unit_notice_button)

        self.model = RowsModel([
            (self.tr("Code"), lambda r: r.project_code),
            (self.tr("Project"), lambda r: r.project_name),
            (self.tr("Problem"), lambda r: r.problem.description),
            (self.tr("Raised on"), lambda r: r.problem.raised_on.isoformat()),
            (self.tr("Responsible unit"), lambda r: r.unit_name),
            (self.tr("Person"), lambda r: r.problem.responsible_person),
            (self.tr("Time limit"), lambda r: r.problem.deadline.isoformat() if r.problem.deadline else ""),
            (self.tr("Level"), lambda r: level_name(r.problem.level)),
            (self.tr("State"), lambda r: state_name(r.problem.state)),
            (self.tr("Overdue"), self._overdue_text),
        ], colours=self._colours, parent=self)
        self.table = list_table(self.model, (64, 200, 330, 86, 160, 70, 86, 100, 64, 80), single_selection=True)
        self.table.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._reload)
        self.search_edit.textChanged.connect(self._timer.start)
        for box in (self.unit_box, self.level_box, self.state_box):
            box.currentIndexChanged.connect(self._reload)
        self.overdue_box.toggled.connect(self._reload)
        self.as_of_edit.dateChanged.connect(self._reload)
        self.add_button.clicked.connect(lambda: self.add_problem())
        self.edit_button.clicked.connect(self.edit_selected)
        self.solve_button.clicked.connect(self.solve_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.notice_button.clicked.connect(lambda: self.export_notice(unit=False))
        self.unit_notice_button.clicked.connect(lambda: self.export_notice(unit=True))
        self._fill_filters()
        self.refresh()

    # --- filters -----------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        any_text = self.tr("All")
        fill_choices(self.unit_box, any_text, [(u.id, u.name) for u in project_service.units(self._ws)])
        fill_choices(self.level_box, any_text, [(str(level), level_name(level)) for level in ProblemLevel])
        states = [(UNRESOLVED, self.tr("Not solved yet"))] + [(str(s), state_name(s)) for s in ProblemState]
        fill_choices(self.state_box, any_text, states)

    def as_of(self) -> date:
        value = self.as_of_edit.date()
        return date(value.year(), value.month(), value.day())

    def set_as_of(self, day: date) -> None:
        self.as_of_edit.setDate(QDate(day.year, day.month, day.day))

    def current_filter(self) -> ProblemFilter:
        state = self.state_box.currentData()
        level = self.level_box.currentData()
        return ProblemFilter(
            unit_id=self.unit_box.currentData(), level=ProblemLevel(level) if level else None,
            state=ProblemState(state) if state and state != UNRESOLVED else None, unresolved=state == UNRESOLVED,
            overdue=self.overdue_box.isChecked(), text=self.search_edit.text().strip(),
        )

    # --- data --------------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace) -> None:
        self._ws = workspace
        for button in (self.add_button, self.edit_button, self.solve_button):
            button.setEnabled(not workspace.readonly)
        self._fill_filters()
        self.refresh()

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is not None and (changes.units or changes.everything):
            self._fill_filters()
        selected = self.selected()
        rows = problem_service.list_problems(self._ws, self.current_filter(), self.as_of())
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        as_of = self.as_of()
        overdue = sum(1 for r in rows if is_overdue(r.problem, as_of))
        self.count_label.setText(self.tr("%1 problems, %2 overdue").replace("%1", str(len(rows)))
                                 .replace("%2", str(overdue)))
        if selected is not None:
            self.select_problem(selected.problem.id)

    def _reload(self, *_args: object) -> None:
        self.refresh()

    def selected(self) -> ProblemRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row(rows[0].row()) if rows else None

    def select_problem(self, problem_id: int | None) -> bool:
        for index, row in enumerate(self.model.rows()):
            if row.problem.id == problem_id:
                self.table.selectRow(index)
                return True
        return False

    def _overdue_text(self, row: ProblemRow) -> str:
        days = overdue_days(row.problem, self.as_of())
        return self.tr("%1 days").replace("%1", str(days)) if days else ""

    def _colours(self, row: ProblemRow, column: int):  # noqa: ANN202
        if is_overdue(row.problem, self.as_of()):
            return (QColor(OVERDUE_BACKGROUND), QColor("#9b1c1c") if column == 9 else None)
        return None

    # --- actions -----------------------------------------------------------------------------
    def add_problem(self, project_id: int | None = None) -> bool:
        dialog = ProblemDialog(self._ws, None, project_id, parent=self)
        return self._run(dialog)

    def edit_selected(self) -> bool:
        row = self.selected()
        if row is None or self._ws.readonly:
            return False
        return self._run(ProblemDialog(self._ws, row.problem, parent=self))

    def _run(self, dialog: ProblemDialog) -> bool:
        if dialog.exec() != ProblemDialog.DialogCode.Accepted:
            return False
        self.refresh()
        if dialog.changes.any:
            self.sig_changed.emit(dialog.changes)
        return True

    def solve_selected(self) -> bool:
        row = self.selected()
        if row is None:
            QMessageBox.information(self, self.tr("Mark solved"), self.tr("Select a problem in the list first."))
            return False
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Mark solved"),
            self.tr("How was “%1” solved? (recorded with today's date)").replace("%1", row.problem.description[:40]))
        if not ok:
            return False
        try:
            changes = problem_service.resolve_problem(self._ws, row.problem.id, ProblemState.SOLVED, text)
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing was saved
            QMessageBox.warning(self, self.tr("Mark solved"), error_text(exc))
            return False
        self.refresh()
        if changes.any:
            self.sig_changed.emit(changes)
        return True

    def export_notice(self, unit: bool) -> Path | None:
        """Save a 督办通知单 for the selected entry, or for the responsible unit's overdue entries
        (the unit filter's unit, else the selected entry's unit)."""
        row = self.selected()
        unit_id = self.unit_box.currentData() if unit else None
        if unit and unit_id is None and row is not None:
            unit_id = row.problem.responsible_unit_id
        if (not unit and row is None) or (unit and unit_id is None):
            QMessageBox.information(self, self.tr("Supervision notice"),
                                    self.tr("Select a problem in the list first.") if not unit else
                                    self.tr("Choose a responsible unit in the filter, or select one of its problems."))
            return None
        name = f"督办通知单_{row.project_code if not unit and row else self.unit_box.itemText(self.unit_box.findData(unit_id))}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save supervision notice"), name,
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        try:
            count = problem_service.export_notice(self._ws, Path(path), problem_id=row.problem.id if not unit and row else None,
                                                  unit_id=unit_id if unit else None, as_of=self.as_of())
        except Exception as exc:  # noqa: BLE001 - shown to the user; no file was written
            QMessageBox.warning(self, self.tr("Supervision notice"), error_text(exc))
            return None
        QMessageBox.information(self, self.tr("Supervision notice"),
                                self.tr("Notice with %1 problems saved to %2").replace("%1", str(count))
                                .replace("%2", path))
        return Path(path)
