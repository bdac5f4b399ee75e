"""The project editor's milestone table, its cell delegate and the empty-able date field.

Invariants of ``MilestoneTableModel``:

* Row order is the milestones' order; when saved, row ``i`` gets ``seq = i + 1``.
* A cell holding text that cannot be read (a malformed date, a weight of 120) keeps exactly what
  was typed, is painted red, and is reported by ``milestones()``; nothing typed is dropped silently.
* The model never touches the database: it holds deep copies of the milestones it was given.

``DateLineEdit`` is the date field used by the editor form and by the table's date cells: the text
is what the user typed, read with ``parse_date`` (2026-06-30, 2026/6/30, 2026年6月30日 …), and an
empty field stays empty — it never turns into today.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
    QWidgetAction,
)

from ...domain.errors import ValidationError
from ...domain.model import Milestone
from ...domain.values import format_date, parse_date, parse_percent
from ..messages import error_text

COLUMNS: tuple[str, ...] = ("name", "planned_date", "actual_date", "weight", "valid_until", "note")
DATE_COLUMNS = frozenset({"planned_date", "actual_date", "valid_until"})
INVALID_BACKGROUND = QColor("#fde2e2")
INVALID_FOREGROUND = QColor("#b71c1c")


def _calendar_icon() -> QIcon:
    """A small calendar drawn in code, so the field needs no image file."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#546e7a"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(2, 3, 12, 3, QColor("#c62828"))
    for x in (4, 7, 10):
        for y in (8, 11):
            painter.fillRect(x, y, 2, 2, QColor("#546e7a"))
    painter.end()
    return QIcon(pixmap)


class DateLineEdit(QLineEdit):
    """A date field that may be empty, with a calendar pop-up and a "clear" entry."""

    sig_picked = Signal()
    """A date was picked (or cleared) in the pop-up; the text has already changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. 2026-06-30"))
        self._calendar_action = self.addAction(_calendar_icon(), QLineEdit.ActionPosition.TrailingPosition)
        self._calendar_action.setToolTip(self.tr("Pick a date from the calendar"))
        self._calendar_action.triggered.connect(self._on_calendar_clicked)

    def set_date(self, value: date | None) -> None:
        self.setText(format_date(value))

    def date(self, field: str = "") -> date | None:
        """The date typed; ``None`` when empty. Raises ``ValidationError`` for unreadable text."""
        return parse_date(self.text(), field)

    def setReadOnly(self, readonly: bool) -> None:  # noqa: N802 - Qt API
        super().setReadOnly(readonly)
        self._calendar_action.setEnabled(not readonly)

    def _on_calendar_clicked(self) -> None:
        if self.isReadOnly():
            return
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(True)
        try:
            current = parse_date(self.text())
        except ValidationError:
            current = None
        if current is not None:
            calendar.setSelectedDate(current)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)
        clear = menu.addAction(self.tr("Clear date"))

        def pick(value: date | None) -> None:
            self.set_date(value)
            menu.close()
            self.sig_picked.emit()

        calendar.clicked.connect(lambda qdate: pick(qdate.toPython()))
        clear.triggered.connect(lambda: pick(None))
        menu.exec(self.mapToGlobal(self.rect().bottomLeft()))


@dataclass
class _Row:
    milestone: Milestone
    bad: dict[str, str] = field(default_factory=dict)  # field -> unreadable text as typed


class MilestoneTableModel(QAbstractTableModel):
    """The milestones of the project being edited, edited in place."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._readonly = False

    # --- contents ----------------------------------------------------------------------------
    def set_milestones(self, milestones: list[Milestone]) -> None:
        self.beginResetModel()
        self._rows = [_Row(copy.deepcopy(m)) for m in milestones]
        self.endResetModel()

    def milestones(self) -> tuple[list[Milestone], list[tuple[int, ValidationError]]]:
        """The rows as milestones (``seq`` renumbered) and the unreadable cells as (row 1-based, error)."""
        result: list[Milestone] = []
        problems: list[tuple[int, ValidationError]] = []
        for number, row in enumerate(self._rows, start=1):
            milestone = copy.deepcopy(row.milestone)
            milestone.seq = number
            result.append(milestone)
            for name, text in row.bad.items():
                problems.append((number, self._parse_error(name, text)))
        return result, problems

    def names(self) -> list[str]:
        return [row.milestone.name.strip() for row in self._rows]

    def insert_milestones(self, milestones: list[Milestone], row: int | None = None) -> None:
        row = len(self._rows) if row is None else max(0, min(row, len(self._rows)))
        if not milestones:
            return
        self.beginInsertRows(QModelIndex(), row, row + len(milestones) - 1)
        self._rows[row:row] = [_Row(copy.deepcopy(m)) for m in milestones]
        self.endInsertRows()

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._rows):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()

    def move_row(self, row: int, delta: int) -> int:
        """Move ``row`` up (delta -1) or down (+1); return where it is now."""
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)) or delta == 0:
            return row
        destination = target + 1 if delta > 0 else target  # Qt counts the destination before the move
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return target

    def set_readonly(self, readonly: bool) -> None:
        self._readonly = readonly

    # --- Qt model API ------------------------------------------------------------------------
    def headers(self) -> list[str]:
        return [self.tr("Milestone"), self.tr("Planned date"), self.tr("Actual date"), self.tr("Weight (%)"),
                self.tr("Valid until"), self.tr("Note")]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return str(section + 1)

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
        bad = name in row.bad
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.bad[name] if bad else self._text(row.milestone, name)
        if role == Qt.ItemDataRole.BackgroundRole and bad:
            return INVALID_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and bad:
            return INVALID_FOREGROUND
        if role == Qt.ItemDataRole.ToolTipRole and bad:
            return error_text(self._parse_error(name, row.bad[name]))
        if role == Qt.ItemDataRole.TextAlignmentRole and name != "name" and name != "note":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: QModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._readonly:
            return False
        row = self._rows[index.row()]
        name = COLUMNS[index.column()]
        text = "" if value is None else str(value)
        before = (self.data(index), name in row.bad)
        if name in ("name", "note"):
            setattr(row.milestone, name, text)
        else:
            try:
                parsed = parse_date(text, name) if name in DATE_COLUMNS else parse_percent(text, name)
            except ValidationError:
                row.bad[name] = text.strip()
            else:
                row.bad.pop(name, None)
                setattr(row.milestone, name, parsed)
        if (self.data(index), name in row.bad) != before:
            self.dataChanged.emit(index, index)
        return True

    # --- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _text(milestone: Milestone, name: str) -> str:
        value = getattr(milestone, name)
        if value is None:
            return ""
        if name == "weight":
            return f"{value:g}"
        if isinstance(value, date):
            return format_date(value)
        return str(value)

    @staticmethod
    def _parse_error(name: str, text: str) -> ValidationError:
        try:
            if name in DATE_COLUMNS:
                parse_date(text, name)
            else:
                parse_percent(text, name)
        except ValidationError as exc:
            return exc
        return ValidationError("bad_date" if name in DATE_COLUMNS else "bad_percent", name, {"value": text})


class MilestoneDelegate(QStyledItemDelegate):
    """Date cells are edited with ``DateLineEdit`` (typed or picked); the model does the reading."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        if COLUMNS[index.column()] in DATE_COLUMNS:
            editor = DateLineEdit(parent)
            editor.sig_picked.connect(lambda: self.commitData.emit(editor))
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, DateLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802, ANN001
        if isinstance(editor, DateLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
