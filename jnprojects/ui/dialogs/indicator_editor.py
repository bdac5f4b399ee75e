"""Recording the 专栏2 indicators' values year by year (one cell per indicator and year).

Cells are plain numbers in the indicator's unit; a blank cell removes the year's value. Every
edited cell is checked before anything is written, then each value is recorded (and logged)
through ``services.indicators``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...services import indicators as indicator_service
from ...services.changes import Changes
from ...services.workspace import Workspace
from ..dashboard.indicator_table import number_text
from ..messages import error_text

FIRST_YEAR = 2021  # the plan's base year
FIXED_COLUMNS = 4  # indicator, unit, 2021 baseline (plan), 2025 target
BAD_FILL = "#FDE2E1"


class IndicatorEditor(QDialog):
    """A grid of indicators × years; Save records the edited cells. ``changes`` holds the result."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.changes = Changes()
        self.setWindowTitle(self.tr("Plan indicators: recorded values"))
        self.resize(1180, 700)
        self._indicators = indicator_service.list_indicators(workspace)
        self.years = list(range(FIRST_YEAR, max((today or date.today()).year, 2025) + 1))
        recorded = indicator_service.values(workspace)
        self._original: dict[tuple[int, int], str] = {}

        self.table = QTableWidget(len(self._indicators), FIXED_COLUMNS + len(self.years))
        self.table.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Unit"), self.tr("Plan 2021"),
                                              self.tr("2025 target"), *(str(y) for y in self.years)])
        self.table.setVerticalHeaderLabels([str(ind.seq) for ind in self._indicators])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((280, 60, 80, 80)):
            self.table.setColumnWidth(column, width)
        for offset in range(len(self.years)):
            self.table.setColumnWidth(FIXED_COLUMNS + offset, 72)
        for row, ind in enumerate(self._indicators):
            for column, text in enumerate((ind.name, ind.unit, ind.value_2021, ind.target_2025)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setForeground(QBrush(QColor("#52606D")))
                self.table.setItem(row, column, item)
            by_year = dict(recorded.get(ind.seq, []))
            for offset, year in enumerate(self.years):
                text = number_text(by_year[year]) if year in by_year else ""
                self._original[(ind.seq, year)] = text
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if workspace.readonly:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, FIXED_COLUMNS + offset, item)

        note = QLabel(self.tr("Enter each year's value in the indicator's unit (a blank cell removes it). For a "
                              "cumulative target such as [7], enter each year's own amount: the dashboard adds "
                              "them up over 2021–2025. Every change is kept in the change log."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #B00020;")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not workspace.readonly)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def cell(self, seq: int, year: int) -> QTableWidgetItem:
        row = next(i for i, ind in enumerate(self._indicators) if ind.seq == seq)
        return self.table.item(row, FIXED_COLUMNS + self.years.index(year))

    def edited(self) -> dict[tuple[int, int], str]:
        """(seq, year) → new text of every cell that differs from what was loaded."""
        result = {}
        for row, ind in enumerate(self._indicators):
            for offset, year in enumerate(self.years):
                text = self.table.item(row, FIXED_COLUMNS + offset).text().strip()
                if text != self._original[(ind.seq, year)]:
                    result[(ind.seq, year)] = text
        return result

    def _on_save(self) -> None:
        edits = self.edited()
        parsed: dict[tuple[int, int], Decimal | None] = {}
        problems = []
        for (seq, year), text in edits.items():
            item = self.cell(seq, year)
            try:
                parsed[(seq, year)] = indicator_service.parse_value(text)
                item.setBackground(QBrush())
            except DomainError as exc:
                item.setBackground(QBrush(QColor(BAD_FILL)))
                problems.append(self.tr("Indicator %1, %2: %3").replace("%1", str(seq))
                                .replace("%2", str(year)).replace("%3", error_text(exc)))
        if problems:
            self.error_label.setText("\n".join(problems))
            self.error_label.show()
            return
        try:
            for (seq, year), value in parsed.items():
                self.changes = indicator_service.set_indicator_value(self._ws, seq, year, value)
        except DomainError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.accept()
