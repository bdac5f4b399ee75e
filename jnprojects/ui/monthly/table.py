"""A read-only table model over a cached list of rows: columns are (header, value function)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

Cell = Callable[[Any], object]
Colours = Callable[[Any, int], "tuple[QColor | None, QColor | None] | None"]


class RowsModel(QAbstractTableModel):
    """Never queries in ``data()``: the view hands it rows; numbers are right-aligned."""

    def __init__(self, columns: Sequence[tuple[str, Cell]], colours: Colours | None = None,
                 numeric: Sequence[int] = (), tooltip: Cell | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._colours = colours
        self._numeric = set(numeric)
        self._tooltip = tooltip
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return self._rows

    def row(self, index: int) -> Any:
        return self._rows[index]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._columns[column][1](row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._tooltip is not None:
                return self._tooltip(row)
            value = self._columns[column][1](row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and self._colours is not None:
            pair = self._colours(row, column)
            if pair is None:
                return None
            colour = pair[0] if role == Qt.ItemDataRole.BackgroundRole else pair[1]
            return QBrush(colour) if colour is not None else None
        return None
