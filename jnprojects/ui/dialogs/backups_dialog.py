"""Backups (备份与恢复): list the verified backups, take one now, restore one after confirmation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import safety
from ...services.workspace import Workspace
from ...store.backup import BackupInfo
from ..messages import error_text


class BackupTableModel(QAbstractTableModel):
    """Cached backup list, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupInfo] = []

    def set_rows(self, rows: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Time"), self.tr("Reason"), self.tr("Size"), self.tr("Projects"), self.tr("File"))[section]
        return None

    def _reason(self, reason: str) -> str:
        names = {"manual": self.tr("Manual"), "daily": self.tr("Daily"), "import": self.tr("Before import"),
                 "migration": self.tr("Before upgrade"), "restore": self.tr("Before restore"), "auto": self.tr("Automatic")}
        return names.get(reason, reason)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        info = self._rows[index.row()]
        return (f"{info.created:%Y-%m-%d %H:%M:%S}", self._reason(info.reason), f"{max(1, info.size // 1024):,} KB",
                "" if info.project_count is None else str(info.project_count), info.name)[index.column()]


class BackupsDialog(QDialog):
    """``restorer`` is called with the chosen backup; the main window closes, restores and reopens."""

    def __init__(self, workspace: Workspace, restorer: Callable[[BackupInfo], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.resize(820, 460)
        self._ws = workspace
        self._restorer = restorer
        self.model = BackupTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.folder_label = QLabel(self.tr("Folder: %1").replace("%1", str(safety.backup_folder_for(workspace))))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore selected…"))
        close_button = QPushButton(self.tr("Close"))
        self.backup_button.setEnabled(not workspace.readonly)
        self.restore_button.setEnabled(not workspace.readonly)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Every backup is checked with SQLite's integrity check when it is made. "
                                        "Restoring first backs up the current state.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.folder_label)
        layout.addLayout(buttons)
        self.backup_button.clicked.connect(self._on_backup)
        self.restore_button.clicked.connect(self._on_restore)
        close_button.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(safety.list_backups(self._ws))

    def _on_backup(self) -> None:
        try:
            safety.backup_now(self._ws, "manual")
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Backups"), error_text(exc))
        self.refresh()

    def _on_restore(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        info = self.model.backup(rows[0].row())
        answer = QMessageBox.question(
            self, self.tr("Restore backup"),
            self.tr("Replace the current database with the backup of %1? The current state is backed up first.")
            .replace("%1", f"{info.created:%Y-%m-%d %H:%M:%S}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._restorer(info):
            self.accept()
