"""The whole change log (变更记录): who changed what, when, filtered and exported."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import history as history_service
from ...services.changes import Changes
from ...services.workspace import Workspace
from ...store.history import LogFilter, LogRow
from ..messages import error_text, field_name


class ChangeLogModel(QAbstractTableModel):
    """Caches the rows of the last query; never queries in ``data()``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LogRow] = []

    def headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("User"), self.tr("Record"), self.tr("Code"), self.tr("Project"),
                self.tr("Action"), self.tr("Field"), self.tr("Old value"), self.tr("New value"), self.tr("Import batch")]

    def set_rows(self, rows: list[LogRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 10

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def _entity(self, entity: str) -> str:
        names = {"project": self.tr("Project"), "milestone": self.tr("Milestone"), "assignment": self.tr("Unit on project"),
                 "report": self.tr("Monthly report"), "annual_plan": self.tr("Annual plan"),
                 "indicator_value": self.tr("Indicator"), "unit": self.tr("Unit"), "setting": self.tr("Setting"),
                 "override": self.tr("Manual light"), "problem": self.tr("Problem"),
                 "period": self.tr("Month closing")}
        return names.get(entity, entity)

    def _action(self, action: str) -> str:
        return {"insert": self.tr("Added"), "update": self.tr("Changed"), "delete": self.tr("Deleted")}.get(action, action)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows[index.row()]
        values = (row.at.replace("T", " "), row.user_name, self._entity(row.entity), row.project_code,
                  row.project_name, self._action(row.action), field_name(row.field), row.old_value or "",
                  row.new_value or "", "" if row.batch_id is None else str(row.batch_id))
        return values[index.column()]


class ChangeLogView(QWidget):
    """Filters (text, user, dates) and the log; export writes what is shown to .xlsx."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.model = ChangeLogModel(self)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search project, field or value"))
        self.user_box = QComboBox()
        self.from_edit = QDateEdit(QDate.currentDate().addYears(-1))
        self.to_edit = QDateEdit(QDate.currentDate())
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.count_label = QLabel()

        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(QLabel(self.tr("User")))
        bar.addWidget(self.user_box)
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.to_edit)
        bar.addWidget(self.count_label)
        bar.addWidget(self.export_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 80, 80, 70, 240, 60, 110, 200, 200, 70)):
            self.table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._on_search_timer)
        self.search_edit.textChanged.connect(self._timer.start)
        self.user_box.currentIndexChanged.connect(self.refresh)
        self.from_edit.dateChanged.connect(self.refresh)
        self.to_edit.dateChanged.connect(self.refresh)
        self.export_button.clicked.connect(self._on_export)
        self._fill_users()
        self.refresh()

    def _fill_users(self) -> None:
        current = self.user_box.currentData()
        self.user_box.blockSignals(True)
        self.user_box.clear()
        self.user_box.addItem(self.tr("All"), "")
        for user in history_service.users(self._ws):
            self.user_box.addItem(user, user)
        found = self.user_box.findData(current)
        self.user_box.setCurrentIndex(max(found, 0))
        self.user_box.blockSignals(False)

    def current_filter(self) -> LogFilter:
        return LogFilter(text=self.search_edit.text(), user=self.user_box.currentData() or "",
                         date_from=self.from_edit.date().toString("yyyy-MM-dd"),
                         date_to=self.to_edit.date().toString("yyyy-MM-dd"))

    def set_workspace(self, workspace: Workspace) -> None:
        """Point at a reopened database (after a restore) and reload everything."""
        self._ws = workspace
        self.refresh(Changes(everything=True))

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is not None:
            self._fill_users()
        self.model.set_rows(history_service.change_log(self._ws, self.current_filter()))
        self.count_label.setText(self.tr("%1 changes").replace("%1", str(self.model.rowCount())))

    def _on_search_timer(self) -> None:
        if self.isVisible():  # a closed window's database may already be closed
            self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._timer.stop()
        super().hideEvent(event)

    def _on_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export change log"), "变更记录.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        try:
            count = history_service.export_change_log(self._ws, path, self.current_filter())
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Export change log"), error_text(exc))
            return
        QMessageBox.information(self, self.tr("Export change log"),
                                self.tr("%1 changes written to %2").replace("%1", str(count)).replace("%2", path))
