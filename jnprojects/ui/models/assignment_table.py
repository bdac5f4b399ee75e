"""The project editor's table of responsible units (牵头/配合) and its cell delegate.

Invariants of ``AssignmentTableModel``: it holds deep copies of the assignments it was given and
never touches the database; a unit is named by its name, which the store resolves when saving (an
unknown name is refused there, and earlier by the editor). Roles are stored as ``Role`` codes and
shown translated.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...domain.model import Assignment, Role
from ..labels import role_name

COLUMNS: tuple[str, ...] = ("unit_name", "role", "contact_person", "phone")


class AssignmentTableModel(QAbstractTableModel):
    """The responsible units of the project being edited, edited in place."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Assignment] = []
        self._readonly = False

    # --- contents ----------------------------------------------------------------------------
    def set_assignments(self, assignments: list[Assignment]) -> None:
        self.beginResetModel()
        self._rows = [copy.deepcopy(a) for a in assignments]
        self.endResetModel()

    def assignments(self) -> list[Assignment]:
        """Deep copies, names trimmed; the unit id is left to the store to resolve by name."""
        result = []
        for row in self._rows:
            item = copy.deepcopy(row)
            item.unit_name = item.unit_name.strip()
            result.append(item)
        return result

    def add_assignment(self, assignment: Assignment | None = None) -> int:
        """Append a row (by default an empty one: lead if there is no lead yet); return its row."""
        if assignment is None:
            has_lead = any(a.role == Role.LEAD for a in self._rows)
            assignment = Assignment("", Role.COOP if has_lead else Role.LEAD)
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(copy.deepcopy(assignment))
        self.endInsertRows()
        return row

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._rows):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()

    def set_readonly(self, readonly: bool) -> None:
        self._readonly = readonly

    # --- Qt model API ------------------------------------------------------------------------
    def headers(self) -> list[str]:
        return [self.tr("Unit"), self.tr("Role"), self.tr("Contact person"), self.tr("Phone")]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section] if orientation == Qt.Orientation.Horizontal else str(section + 1)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self._readonly else base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        name = COLUMNS[index.column()]
        if name == "role":
            if role == Qt.ItemDataRole.DisplayRole:
                return role_name(row.role)
            if role == Qt.ItemDataRole.EditRole:
                return str(row.role)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(row, name)
        return None

    def setData(self, index: QModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._readonly:
            return False
        row = self._rows[index.row()]
        name = COLUMNS[index.column()]
        text = "" if value is None else str(value)
        if name == "role":
            try:
                new_value: object = Role(text)
            except ValueError:
                return False
        else:
            new_value = text
        if getattr(row, name) != new_value:
            setattr(row, name, new_value)
            if name == "unit_name":
                row.unit_id = None
            self.dataChanged.emit(index, index)
        return True


class AssignmentDelegate(QStyledItemDelegate):
    """Unit cells offer the known units (typing filters them); role cells offer lead/cooperating."""

    def __init__(self, unit_names: Callable[[], list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unit_names = unit_names

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        name = COLUMNS[index.column()]
        if name == "unit_name":
            box = QComboBox(parent)
            box.setEditable(True)
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            box.addItems(self._unit_names())
            completer = QCompleter(self._unit_names(), box)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            box.setCompleter(completer)
            return box
        if name == "role":
            box = QComboBox(parent)
            for role in Role:
                box.addItem(role_name(role), str(role))
            return box
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox) and COLUMNS[index.column()] == "role":
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QComboBox):
            editor.setCurrentText(value)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802, ANN001
        if isinstance(editor, QComboBox) and COLUMNS[index.column()] == "role":
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentText().strip(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
