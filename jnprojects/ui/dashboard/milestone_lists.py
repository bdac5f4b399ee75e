"""Milestones overdue and due in the next 30/60/90 days, as sortable lists.

The items come from ``domain.dashboard_data.overdue_milestones`` / ``due_milestones``. A province
has thousands of overdue milestones, so the model builds a row's texts only when the view first
asks for one of its cells, and keeps them with the row; sorting reorders the rows by keys taken
straight from the items (no text built, no proxy model, no re-query).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QCursor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTabBar, QTableView, QWidget

from ...domain.dashboard_data import DueItem, ProjectSnapshot
from .chart_style import light_style, milestone_style, text_on
from .export import ChartFrame, chart_font
from .labels import milestone_state_label, reason_lines, status_light_label
from .table_model import RowTableModel

WINDOWS: tuple[int, ...] = (30, 60, 90)
OVERDUE = 0  # the list key of the overdue list (others are their day counts)


@dataclass(frozen=True)
class _Shown:
    """What a row shows, built on the first request for one of its cells."""

    texts: tuple[str, ...]
    tooltip: str
    state_fill: str
    light_fill: str


class _Row:
    """An item with its project's snapshot; ``shown`` is filled on first display."""

    __slots__ = ("item", "shown", "snap")

    def __init__(self, item: DueItem, snap: ProjectSnapshot | None) -> None:
        self.item = item
        self.snap = snap
        self.shown: _Shown | None = None


def _light_key(r: _Row) -> tuple[object, date]:
    return (r.snap.status.light if r.snap else "", r.item.planned_date)


# Per column, the sort key of a row: cheap, from the item itself (never from the shown text).
_SORT_KEYS: tuple[Callable[[_Row], object], ...] = (
    lambda r: r.item.project_code,
    lambda r: r.item.project_name,
    lambda r: r.item.milestone_name,
    lambda r: (r.item.planned_date, r.item.project_code),
    lambda r: (r.item.days_until, r.item.project_code),
    lambda r: (str(r.item.state), r.item.planned_date),
    _light_key,
)


class DueTableModel(RowTableModel[_Row]):
    """Open milestones, one row each; texts built lazily per row, sorting on the items' keys."""

    COLUMNS = ("code", "project", "milestone", "planned", "days", "state", "light")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sort: tuple[int, Qt.SortOrder] = (3, Qt.SortOrder.AscendingOrder)
        self._headers = (self.tr("Code"), self.tr("Project"), self.tr("Milestone"), self.tr("Planned date"),
                         self.tr("Days"), self.tr("Milestone state"), self.tr("Project light"))

    def set_items(self, items: Sequence[DueItem], snaps: dict[int, ProjectSnapshot]) -> None:
        """Show ``items``; ``snaps`` by project id give the light and its reasons."""
        self.beginResetModel()
        self._rows = [_Row(it, snaps.get(it.project_id)) for it in items]
        self._apply_sort()
        self.endResetModel()

    def _shown(self, row: _Row) -> _Shown:
        if row.shown is None:
            row.shown = self._build(row.item, row.snap)
        return row.shown

    def _build(self, it: DueItem, snap: ProjectSnapshot | None) -> _Shown:
        if it.days_until < 0:
            days = self.tr("%1 days overdue").replace("%1", str(-it.days_until))
        elif it.days_until == 0:
            days = self.tr("today")
        else:
            days = self.tr("in %1 days").replace("%1", str(it.days_until))
        light = status_light_label(snap.status) if snap else ""
        reasons = reason_lines(snap.status.reasons) if snap else []
        tooltip = "\n".join([f"{it.project_code} {it.project_name}", light, *(f"· {r}" for r in reasons)])
        light_fill = light_style(snap.status.light).fill if snap else "#FFFFFF"
        texts = (it.project_code, it.project_name, it.milestone_name, it.planned_date.isoformat(), days,
                 milestone_state_label(it.state), light)
        return _Shown(texts, tooltip, milestone_style(it.state).fill, light_fill)

    def cell(self, row: _Row, column: int, role: int):  # noqa: ANN201
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(row).texts[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._shown(row).tooltip
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and column in (5, 6):
            shown = self._shown(row)
            fill = shown.state_fill if column == 5 else shown.light_fill
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(fill))
            return QBrush(QColor(text_on(fill)))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        self._rows.sort(key=_SORT_KEYS[column], reverse=order == Qt.SortOrder.DescendingOrder)

    def project_id(self, row: int) -> int | None:
        return self._rows[row].item.project_id if 0 <= row < len(self._rows) else None


class MilestoneListsPanel(ChartFrame):
    """Tabs "Overdue", "Next 30/60/90 days" over one sortable table."""

    sig_open_project = Signal(int)
    """A row was double-clicked (or "Open" chosen); carries the project id."""

    sig_override_requested = Signal(int)
    """"Set manual light…" was chosen on a row; carries the project id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Milestones due and overdue"), self.tr("milestones-due"), parent)
        self._lists: dict[int, list[DueItem]] = {OVERDUE: [], **{d: [] for d in WINDOWS}}
        self._snaps: dict[int, ProjectSnapshot] = {}
        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        self.tabs.setFont(chart_font())
        self._keys = (OVERDUE, *WINDOWS)
        for _ in self._keys:
            self.tabs.addTab("")
        self.model = DueTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setFont(chart_font())
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((60, 150, 80, 96, 80, 80)):
            self.table.setColumnWidth(column, width)
        self.body.addWidget(self.tabs)
        self.body.addWidget(self.table, 1)
        self.take_context_menu(self.table)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self._update_tabs()

    def set_items(self, overdue: Sequence[DueItem], due: dict[int, Sequence[DueItem]],
                  snaps: dict[int, ProjectSnapshot], as_of: date) -> None:
        """``due`` maps 30/60/90 to the lists from ``due_milestones``."""
        self._lists = {OVERDUE: list(overdue), **{d: list(due.get(d, [])) for d in WINDOWS}}
        self._snaps = snaps
        self._update_tabs()
        self._on_tab_changed(self.tabs.currentIndex())

    def show_window(self, window: int) -> None:
        self.tabs.setCurrentIndex(self._keys.index(window))

    def _update_tabs(self) -> None:
        for i, key in enumerate(self._keys):
            count = len(self._lists[key])
            if key == OVERDUE:
                text = self.tr("Overdue (%1)").replace("%1", str(count))
            else:
                text = self.tr("Next %1 days (%2)").replace("%1", str(key)).replace("%2", str(count))
            self.tabs.setTabText(i, text)

    def _on_tab_changed(self, index: int) -> None:
        self.model.set_items(self._lists[self._keys[max(0, index)]], self._snaps)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        project_id = self.model.project_id(index.row())
        if project_id is not None:
            self.sig_open_project.emit(project_id)

    def add_menu_actions(self, menu: QMenu) -> None:
        index = self.table.indexAt(self.table.viewport().mapFromGlobal(QCursor.pos()))
        project_id = self.model.project_id(index.row()) if index.isValid() else None
        if project_id is None:
            return
        menu.addAction(self.tr("Open project")).triggered.connect(lambda: self.sig_open_project.emit(project_id))
        menu.addAction(self.tr("Set manual light…")).triggered.connect(
            lambda: self.sig_override_requested.emit(project_id))
        menu.addSeparator()
