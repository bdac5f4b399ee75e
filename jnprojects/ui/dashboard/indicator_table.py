"""The 20 plan indicators of 专栏2: baseline, latest recorded value, 2025/2035 targets and verdicts.

Drawing only: verdicts come from ``domain.dashboard_data.indicator_verdicts``. Every cell's text,
colour and tooltip are computed once when the verdicts are set; a verdict is shown by glyph and
word as well as by its fill.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from ...domain.indicator_verdicts import IndicatorVerdict, TargetVerdict
from .chart_style import MUTED_INK, text_on, verdict_style
from .export import ChartFrame, chart_font
from .labels import verdict_label
from .table_model import RowTableModel


def number_text(value: Decimal | None) -> str:
    """A recorded value without trailing zeros ("1.98", "31"), or an em dash."""
    if value is None:
        return "—"
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@dataclass(frozen=True)
class _Row:
    texts: tuple[str, ...]
    tooltips: tuple[str, ...]
    fills: dict[int, str]


class IndicatorTableModel(RowTableModel[_Row]):
    """One row per indicator, cached when set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("No."), self.tr("Indicator"), self.tr("Unit"), self.tr("2021 baseline"),
                         self.tr("Latest value"), self.tr("2025 target"), self.tr("2025"), self.tr("2035 target"),
                         self.tr("2035"))

    def set_verdicts(self, verdicts: Sequence[IndicatorVerdict]) -> None:
        self.beginResetModel()
        self._rows = [self._row(v) for v in verdicts]
        self.endResetModel()

    def _row(self, v: IndicatorVerdict) -> _Row:
        latest = "—"
        if v.latest is not None:
            latest = self.tr("%1 (%2)").replace("%1", number_text(v.latest[1])).replace("%2", str(v.latest[0]))
        texts = (str(v.seq), v.name, v.unit, v.baseline_text, latest,
                 v.target_2025.text, verdict_label(v.verdict_2025), v.target_2035.text, verdict_label(v.verdict_2035))
        tips = ["", v.name, "", "", "", "", self._explain(v.target_2025), "", self._explain(v.target_2035)]
        fills = {6: verdict_style(v.verdict_2025).fill, 8: verdict_style(v.verdict_2035).fill}
        return _Row(texts, tuple(tips), fills)

    def _explain(self, t: TargetVerdict) -> str:
        lines = [verdict_label(t.verdict)]
        if t.target is not None and t.target.cumulative:
            lines.append(self.tr("Cumulative target: the yearly values of the period are added up."))
        if t.value is not None:
            lines.append(self.tr("Judged value: %1 (up to %2)").replace("%1", number_text(t.value))
                         .replace("%2", str(t.value_year)))
        if t.expected is not None:
            lines.append(self.tr("On the straight path to the target it should be %1 by then.")
                         .replace("%1", number_text(t.expected.quantize(Decimal("0.01")))))
        notes = {"no_baseline": self.tr("No baseline and only one value: no path can be drawn yet."),
                 "target_year_passed": self.tr("The target year has passed or its value is in."),
                 "unreadable_target": self.tr("The target text cannot be read as a number.")}
        if t.note in notes:
            lines.append(notes[t.note])
        return "\n".join(lines)

    def cell(self, row: _Row, column: int, role: int):  # noqa: ANN201
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltips[column] or None
        if column in row.fills and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(row.fills[column]))
        if column in row.fills and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(text_on(row.fills[column])))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3, 4, 5, 7):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class IndicatorPanel(ChartFrame):
    """The 专栏2 indicators with their verdicts; the rows are edited in the indicator editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Plan indicators (专栏2)"), self.tr("plan-indicators"), parent)
        self.note = QLabel()
        self.note.setFont(chart_font(9.5))
        self.note.setStyleSheet(f"color: {MUTED_INK};")
        self.note.setWordWrap(True)
        self.model = IndicatorTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setFont(chart_font(10))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 36), (2, 52), (3, 60), (4, 116), (5, 70), (6, 74), (7, 70), (8, 74)):
            self.table.setColumnWidth(column, width)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.note)
        self.take_context_menu(self.table)

    def set_verdicts(self, verdicts: Sequence[IndicatorVerdict], as_of_year: int) -> None:
        self.model.set_verdicts(verdicts)
        recorded = sum(1 for v in verdicts if v.latest is not None)
        self.note.setText(self.tr("Values recorded up to %1 for %2 of %3 indicators; “on course” means at least "
                                  "on the straight path from the 2021 baseline to the target.")
                          .replace("%1", str(as_of_year)).replace("%2", str(recorded))
                          .replace("%3", str(len(verdicts))))
