"""Adding or editing one entry of the issue ledger (存在问题)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, ValidationErrors
from ...domain.monthly_problems import RESOLVED, Problem, ProblemLevel, ProblemState
from ...services import monthly_problems as problem_service
from ...services import projects as project_service
from ...services.changes import Changes
from ...services.workspace import Workspace
from ..messages import error_text
from .labels import level_name, state_name


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ProblemDialog(QDialog):
    """Saves on OK; ``changes`` holds what the save changed (empty when cancelled)."""

    def __init__(self, workspace: Workspace, problem: Problem | None = None, project_id: int | None = None,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._problem = problem
        self.changes = Changes()
        today = today or date.today()
        self.setWindowTitle(self.tr("Edit problem") if problem else self.tr("Add problem"))
        self.resize(620, 560)

        self.project_box = QComboBox()
        self.project_box.setEditable(True)
        self.project_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for pid, code, name in problem_service.project_choices(workspace):
            self.project_box.addItem(f"{code}  {name}", pid)
        completer = self.project_box.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setPlaceholderText(self.tr("What is blocking the project, in one or two sentences"))
        self.raised_edit = self._date_edit(today)
        self.unit_box = QComboBox()
        self.unit_box.addItem(self.tr("(not assigned)"), None)
        for unit in project_service.units(workspace):
            self.unit_box.addItem(unit.name, unit.id)
        self.person_edit = QLineEdit()
        self.deadline_check = QCheckBox(self.tr("Deadline"))
        self.deadline_edit = self._date_edit(today)
        self.level_box = QComboBox()
        for level in ProblemLevel:
            self.level_box.addItem(level_name(level), str(level))
        self.state_box = QComboBox()
        for state in ProblemState:
            self.state_box.addItem(state_name(state), str(state))
        self.resolution_edit = QPlainTextEdit()
        self.resolution_edit.setPlaceholderText(self.tr("How it was solved (required when solved or closed)"))
        self.resolved_edit = self._date_edit(today)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b91c1c;")

        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.deadline_check)
        deadline_row.addWidget(self.deadline_edit)
        deadline_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Project"), self.project_box)
        form.addRow(self.tr("Problem"), self.description_edit)
        form.addRow(self.tr("Raised on"), self.raised_edit)
        form.addRow(self.tr("Responsible unit"), self.unit_box)
        form.addRow(self.tr("Responsible person"), self.person_edit)
        form.addRow(self.tr("Time limit"), deadline_row)
        form.addRow(self.tr("Coordination level"), self.level_box)
        form.addRow(self.tr("State"), self.state_box)
        form.addRow(self.tr("Resolution"), self.resolution_edit)
        form.addRow(self.tr("Resolved on"), self.resolved_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.deadline_check.toggled.connect(self.deadline_edit.setEnabled)
        self.state_box.currentIndexChanged.connect(self._on_state)
        self._load(problem, project_id)

    @staticmethod
    def _date_edit(day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _load(self, problem: Problem | None, project_id: int | None) -> None:
        pid = problem.project_id if problem else project_id
        if pid is not None:
            self.project_box.setCurrentIndex(max(0, self.project_box.findData(pid)))
        self.project_box.setEnabled(problem is None)  # an entry stays with its project
        self.deadline_check.setChecked(bool(problem and problem.deadline))
        self.deadline_edit.setEnabled(self.deadline_check.isChecked())
        if problem is None:
            self._on_state()
            return
        self.description_edit.setPlainText(problem.description)
        self.raised_edit.setDate(_qdate(problem.raised_on))
        self.unit_box.setCurrentIndex(max(0, self.unit_box.findData(problem.responsible_unit_id)))
        self.person_edit.setText(problem.responsible_person)
        if problem.deadline:
            self.deadline_edit.setDate(_qdate(problem.deadline))
        self.level_box.setCurrentIndex(max(0, self.level_box.findData(str(problem.level))))
        self.state_box.setCurrentIndex(max(0, self.state_box.findData(str(problem.state))))
        self.resolution_edit.setPlainText(problem.resolution)
        if problem.resolved_on:
            self.resolved_edit.setDate(_qdate(problem.resolved_on))
        self._on_state()

    def _on_state(self) -> None:
        resolved = ProblemState(self.state_box.currentData()) in RESOLVED
        self.resolved_edit.setEnabled(resolved)

    def problem(self) -> Problem:
        """The entry as the form shows it (not saved)."""
        state = ProblemState(self.state_box.currentData())
        base = self._problem
        return Problem(
            project_id=int(self.project_box.currentData()) if self.project_box.currentData() is not None else 0,
            description=self.description_edit.toPlainText().strip(),
            raised_on=_date(self.raised_edit.date()),
            responsible_unit_id=self.unit_box.currentData(),
            responsible_person=self.person_edit.text().strip(),
            deadline=_date(self.deadline_edit.date()) if self.deadline_check.isChecked() else None,
            level=ProblemLevel(self.level_box.currentData()),
            state=state,
            resolution=self.resolution_edit.toPlainText().strip(),
            resolved_on=_date(self.resolved_edit.date()) if state in RESOLVED else None,
            id=base.id if base else None,
        )

    def accept(self) -> None:
        problem = self.problem()
        if self.project_box.currentData() is None or self.project_box.findText(self.project_box.currentText()) < 0:
            self.error_label.setText(self.tr("Choose the project from the list."))
            return
        try:
            if problem.id is None:
                _, self.changes = problem_service.add_problem(self._ws, problem)
            else:
                self.changes = problem_service.update_problem(self._ws, problem)
        except (DomainError, ValidationErrors) as exc:
            self.error_label.setText(error_text(exc))
            return
        super().accept()
