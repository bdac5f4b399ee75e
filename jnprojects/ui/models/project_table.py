"""The project list's table model.

Invariants: the model caches every project's row (``_all``, with each column's sort order kept once
computed) and never touches the database in ``data()``. Filtering and sorting run on the cached
keys (``ProjectFilter.select`` and the shared column orders of ``domain.query``, the same rules the
store uses), so typing in the search box never re-queries:
10,000 rows filter and sort in milliseconds, while re-reading them took a few hundred. The cache
is re-read only when data changed (``reload``).

A full read leaves out the rows' search texts unless a search is shown; the list's view has them
read once it has painted the rows (``read_texts``), and a search that comes first reads them
itself: they were a seventh of the read that the window waits for at start.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from ...domain.model import ProjectRow, Stage
from ...domain.query import ProjectFilter, ProjectSort, SortColumn, SortedRows
from ..labels import stage_name

# Which column sorts by which key; the order here is the order on screen.
COLUMNS: tuple[SortColumn, ...] = (
    SortColumn.CODE,
    SortColumn.NAME,
    SortColumn.CATEGORY,
    SortColumn.LOCATION,
    SortColumn.LEAD_UNIT,
    SortColumn.PLANNED_START,
    SortColumn.PLANNED_END,
    SortColumn.STAGE,
    SortColumn.PROGRESS,
)

Loader = Callable[[ProjectFilter, ProjectSort, bool], list[ProjectRow]]
"""The rows of the projects a filter shows (every project's with ``ProjectFilter()``), in the given
order; their search texts only when the flag says so."""

TextLoader = Callable[[], dict[int, str]]
"""Every project's search text (a row's ``haystack``), by id."""

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ProjectTableModel(QAbstractTableModel):
    """Rows of the project list for one filter and sort order."""

    sig_reloaded = Signal()
    """Emitted after the rows were fetched again (filter, sort or data changed)."""

    PROJECT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, loader: Loader, texts: TextLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._texts = texts
        self._texts_missing = False
        self._all = SortedRows([])
        self._rows: list[ProjectRow] = []
        self._filter = ProjectFilter()
        self._sort = ProjectSort()
        self._headers: list[str] | None = None
        self._stages: dict[Stage, str] = {}  # translated once, like the headers

    # --- queries -----------------------------------------------------------------------------
    def headers(self) -> list[str]:
        return [
            self.tr("Code"), self.tr("Name"), self.tr("Category"), self.tr("Location"), self.tr("Lead unit"),
            self.tr("Planned start"), self.tr("Planned end"), self.tr("Stage"), self.tr("Progress"),
        ]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if self._headers is None:  # asked for on every repaint; translated once
                self._headers = self.headers()
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # Called for about ten roles per visible cell on every repaint: roles the model does not
        # answer return before any lookup.
        if role not in _ROLES or not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == _DISPLAY:
            return self._display(row, column)
        if role == self.PROJECT_ID_ROLE:
            return row.id
        if role == _TOOLTIP and column == SortColumn.NAME:
            return row.name
        if role == _ALIGNMENT and column == SortColumn.PROGRESS:
            return _RIGHT
        return None

    def _display(self, row: ProjectRow, column: SortColumn) -> str:
        if column == SortColumn.CODE:
            return row.code
        if column == SortColumn.NAME:
            return row.name
        if column == SortColumn.CATEGORY:
            return row.category_name
        if column == SortColumn.LOCATION:
            return row.locations
        if column == SortColumn.LEAD_UNIT:
            return row.lead_units
        if column == SortColumn.PLANNED_START:
            return _iso(row.planned_start)
        if column == SortColumn.PLANNED_END:
            return _iso(row.planned_end)
        if column == SortColumn.STAGE:
            name = self._stages.get(row.stage)
            if name is None:
                name = self._stages[row.stage] = stage_name(row.stage)
            return name
        if column == SortColumn.PROGRESS:
            return "" if row.progress_pct is None else f"{row.progress_pct:g}%"
        return ""

    def project_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, project_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == project_id:
                return number
        return None

    def rows(self) -> list[ProjectRow]:
        return list(self._rows)

    @property
    def current_filter(self) -> ProjectFilter:
        return self._filter

    @property
    def current_sort(self) -> ProjectSort:
        return self._sort

    # --- changes -----------------------------------------------------------------------------
    def set_filter(self, flt: ProjectFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self._apply()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt's sort entry point (header clicks): re-query in the new order."""
        new_sort = ProjectSort(COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        if new_sort != self._sort:
            self._sort = new_sort
            self._apply()

    def reload(self) -> None:
        """Re-read every row from the database (after a change), then filter and sort; their search
        texts only while a search is shown (else they are read later, see ``read_texts``)."""
        searching = bool(self._filter.text.strip())
        self._all = SortedRows(self._loader(ProjectFilter(), self._sort, searching), given=self._sort)
        self._texts_missing = not searching
        self._apply()

    @property
    def texts_missing(self) -> bool:
        return self._texts_missing

    def read_texts(self) -> None:
        """Read the search texts that the last full read left out (nothing when there are none)."""
        if self._texts_missing:
            texts = self._texts()
            for row in self._all.rows():
                row.haystack = texts.get(row.id, "")
            self._texts_missing = False

    def reload_projects(self, written: frozenset[int], deleted: frozenset[int] = frozenset()) -> None:
        """Re-read only the rows of the projects ``written`` (and drop the ``deleted``), then filter
        and sort the cached rows again: after an edit at 10,000 projects this costs tens of
        milliseconds, where re-reading every row (``reload``) costs a few hundred."""
        fresh = self._loader(ProjectFilter(ids=written), self._sort, True) if written else []
        self._all = self._all.with_rows(fresh, written | deleted)
        self._apply()

    def total(self) -> int:
        return len(self._all)

    def _apply(self) -> None:
        if self._texts_missing and self._filter.text.strip():
            self.read_texts()
        self.beginResetModel()
        self._rows = self._all.query(self._filter, self._sort)
        self.endResetModel()
        self.sig_reloaded.emit()


_ROLES = frozenset({_DISPLAY, ProjectTableModel.PROJECT_ID_ROLE, _TOOLTIP, _ALIGNMENT})


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""
