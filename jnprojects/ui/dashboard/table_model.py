"""The read-only table model the dashboard's lists share: headers, row count, cells by role."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """One entry of ``_rows`` per row, one header per column; a subclass answers ``cell``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []
        self._headers: tuple[str, ...] = ()

    def cell(self, row: RowT, column: int, role: int):  # noqa: ANN201 - any Qt role value
        """The value of ``role`` for ``column`` of ``row`` (``None``: nothing)."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid():
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def column_texts(self, column: int) -> list[str]:
        """Shown texts of one column, top to bottom (for tests)."""
        return [self.cell(row, column, Qt.ItemDataRole.DisplayRole) for row in self._rows]
