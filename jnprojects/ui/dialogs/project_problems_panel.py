"""The project editor's 存在问题 tab: the project's entries of the problem ledger, open ones first.

Read-only here: problems are raised and resolved in the 月调度 tab's ledger, where their
responsible unit, deadline and resolution are edited.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from ...domain.monthly_problems import ProblemFilter, is_open, overdue_days
from ...services import monthly_problems
from ...services.workspace import Workspace
from ..monthly.labels import OVERDUE_BACKGROUND, level_name, state_name


class ProjectProblemsPanel(QTableWidget):
    """One row per ledger entry of the project; overdue rows are tinted and say by how many days."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.setHorizontalHeaderLabels([self.tr("Problem"), self.tr("Raised on"), self.tr("Responsible unit"),
                                        self.tr("Deadline"), self.tr("Level"), self.tr("State"),
                                        self.tr("Overdue")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.setColumnWidth(0, 320)
        self.open_count = 0

    def load(self, workspace: Workspace, project_id: int | None, as_of: date | None = None) -> None:
        as_of = as_of or date.today()
        rows = [] if project_id is None else monthly_problems.list_problems(
            workspace, ProblemFilter(project_id=project_id), as_of)
        rows.sort(key=lambda r: (not is_open(r.problem, as_of), r.problem.deadline or date.max))
        self.open_count = sum(is_open(r.problem, as_of) for r in rows)
        self.setRowCount(len(rows))
        for index, row in enumerate(rows):
            problem = row.problem
            late = overdue_days(problem, as_of)
            cells = (problem.description, problem.raised_on.isoformat(), row.unit_name,
                     problem.deadline.isoformat() if problem.deadline else "", level_name(problem.level),
                     state_name(problem.state), self.tr("%1 days").replace("%1", str(late)) if late else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if late:
                    item.setBackground(QColor(OVERDUE_BACKGROUND))
                self.setItem(index, column, item)
        self.resizeRowsToContents()
