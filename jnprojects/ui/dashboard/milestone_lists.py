"""Milestones overdue and due in the next 30/60/90 days, as sortable lists.

The items come from ``domain.dashboard_data.overdue_milestones`` / ``due_milestones``. The model
caches every cell's text and sort key when the items are set; sorting reorders the cached rows by
those keys (no proxy model, no re-query).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QCursor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTabBar, QTableView, QWidget

from ...domain.dashboard_data import DueItem, ProjectSnapshot
from .chart_style import light_style, milestone_style, text_on
from .export import ChartFrame, chart_font
from .labels import milestone_state_label, reason_lines, status_light_label

WINDOWS: tuple[int, ...] = (30, 60, 90)
OVERDUE = 0  # the list key of the overdue list (others are their day counts)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Row:
    project_id: int
    texts: tuple[str, ...]
    keys: tuple[object, ...]
    tooltip: str
    state_fill: str
    light_fill: str


class DueTableModel(QAbstractTableModel):
    """Open milestones, one row each; sorting works on keys cached with the rows."""

    COLUMNS = ("code", "project", "milestone", "planned", "days", "state", "light")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._sort: tuple[int, Qt.SortOrder] = (3, Qt.SortOrder.AscendingOrder)
        self._headers = (self.tr("Code"), self.tr("Project"), self.tr("Milestone"), self.tr("Planned date"),
                         self.tr("Days"), self.tr("Milestone state"), self.tr("Project light"))

    def set_items(self, items: Sequence[DueItem], snaps: dict[int, ProjectSnapshot]) -> None:
        """Cache the rows for ``items``; ``snaps`` by project id give the light and its reasons."""
        self.beginResetModel()
        self._rows = [self._row(it, snaps.get(it.project_id)) for it in items]
        self._apply_sort()
        self.endResetModel()

    def _row(self, it: DueItem, snap: ProjectSnapshot | None) -> _Row:
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
        keys = (it.project_code, it.project_name, it.milestone_name, (it.planned_date, it.project_code),
                (it.days_until, it.project_code), (str(it.state), it.planned_date),
                (snap.status.light if snap else "", it.planned_date))
        return _Row(it.project_id, texts, keys, tooltip, milestone_style(it.state).fill, light_fill)

    # --- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and column in (5, 6):
            fill = row.state_fill if column == 5 else row.light_fill
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
        self._rows.sort(key=lambda r: r.keys[column], reverse=order == Qt.SortOrder.DescendingOrder)

    def project_id(self, row: int) -> int | None:
        return self._rows[row].project_id if 0 <= row < len(self._rows) else None

    def column_texts(self, column: int) -> list[str]:
        """Shown texts of one column, top to bottom (for tests)."""
        return [r.texts[column] for r in self._rows]


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
