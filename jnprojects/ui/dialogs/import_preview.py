"""导入预览: every change (project, field, old → new) and every problem, then 应用 or 取消.

Nothing is written until 应用. With problems, 应用 stays disabled unless 跳过有错误的行 is ticked;
then only rows without problems are applied (their changes are shown normally, the others struck
through). Applying runs in the background on its own writable connection, in one transaction:
Cancel rolls everything back, so the database is unchanged.

The same dialog serves returned templates / progress sheets (``services.excel_import``) and
ledgers (``services.excel_ledger``): it only needs the preview's ``changes`` and ``problems`` and
an ``apply(ws, preview, skip_rejected, progress, cancel)`` function.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...exchange.problems import Cancelled, FileRefused, Problem, problem_text, refusal_text
from ...exchange.progress_import import FieldChange
from ...services.changes import Changes
from ...services.excel_import import ImportPreview, apply_import, preview_import
from ...services.workspace import Workspace
from ..messages import error_text
from .export_worker import on_own_connection, run_task

Apply = Callable[..., Changes]
T = TypeVar("T")


def import_error_text(error: BaseException) -> str:
    if isinstance(error, (FileRefused, Cancelled)) or (isinstance(error, DomainError) and error.code == "cancelled"):
        return refusal_text(error)
    return error_text(error)


class ChangeTableModel(QAbstractTableModel):
    """Changes in file order; rows a skip would leave out are struck through and grey."""

    def __init__(self, changes: list[FieldChange], rejected: set[tuple[str, int]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = changes
        self._rejected = rejected

    def headers(self) -> list[str]:
        return [self.tr("Sheet"), self.tr("Row"), self.tr("Code"), self.tr("Project"), self.tr("Field"),
                self.tr("Old value"), self.tr("New value")]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        change = self._rows[index.row()]
        rejected = (change.sheet, change.row) in self._rejected
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (change.sheet, str(change.row), change.code, change.project_name, change.label, change.old,
                    change.new)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and rejected:
            return QColor("#9e9e9e")
        if role == Qt.ItemDataRole.FontRole and rejected:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None


class ProblemTableModel(QAbstractTableModel):
    def __init__(self, problems: list[Problem], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = problems

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem"))[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        problem = self._rows[index.row()]
        return (problem.sheet, "" if problem.row is None else str(problem.row), problem.column,
                problem_text(problem))[index.column()]


def _table(model: QAbstractTableModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    table.resizeColumnsToContents()
    for column in range(model.columnCount() - 1):  # long texts must not push the new value off screen
        table.setColumnWidth(column, min(table.columnWidth(column), 320))
    return table


class ImportPreviewDialog(QDialog):
    """Shows a preview; 应用 applies it in the background. ``sig_applied`` carries the Changes."""

    sig_applied = Signal(object)

    def __init__(self, workspace: Workspace, preview, apply: Apply, summary: str,  # noqa: ANN001 - preview kinds
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._preview = preview
        self._apply = apply
        self.changes_applied: Changes | None = None
        self.setWindowTitle(self.tr("Import preview"))
        self.resize(1080, 620)
        changes: list[FieldChange] = list(preview.changes)
        problems: list[Problem] = list(preview.problems)
        rejected = {(p.sheet, p.row) for p in problems if p.row is not None}
        self.summary_label = QLabel(summary)
        self.summary_label.setWordWrap(True)
        self.change_model = ChangeTableModel(changes, rejected, self)
        self.problem_model = ProblemTableModel(problems, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(_table(self.change_model), self.tr("Changes (%1)").replace("%1", str(len(changes))))
        self.tabs.addTab(_table(self.problem_model), self.tr("Problems (%1)").replace("%1", str(len(problems))))
        if problems:
            self.tabs.setCurrentIndex(1)
            self.tabs.tabBar().setTabTextColor(1, QColor("#c62828"))
        self.skip_box = QCheckBox(self.tr("Skip rows with problems"))
        self.skip_box.setEnabled(bool(problems))
        self.skip_box.toggled.connect(self._update_buttons)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("Apply"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.skip_box)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._update_buttons()

    def applicable_count(self) -> int:
        if not self.skip_box.isChecked():
            return len(self._preview.changes)
        rejected = {(p.sheet, p.row) for p in self._preview.problems if p.row is not None}
        return sum(1 for c in self._preview.changes if (c.sheet, c.row) not in rejected)

    def _update_buttons(self) -> None:
        problems = bool(self._preview.problems)
        blocked = problems and not self.skip_box.isChecked()
        count = self.applicable_count()
        self.apply_button.setEnabled(not blocked and count > 0 and not self._ws.readonly)
        if self._ws.readonly:
            text = self.tr("The database is open read-only; nothing can be imported.")
        elif blocked:
            text = self.tr("The file has problems. Correct them and import again, or tick the box to import "
                           "only the rows without problems.")
        elif count == 0:
            text = self.tr("Nothing to change: the database already holds these values.")
        else:
            text = self.tr("Apply writes %1 changes in one step, after a backup. Nothing is written before.")\
                .replace("%1", str(count))
        self.note.setText(text)

    def apply(self, on_start=None) -> None:  # noqa: ANN001 - test hook, see run_task
        preview, skip, apply = self._preview, self.skip_box.isChecked(), self._apply
        task = on_own_connection(self._ws, lambda ws, progress, cancel: apply(ws, preview, skip, progress, cancel),
                                 writable=True)
        try:
            self.changes_applied = run_task(self, self.windowTitle(), self.tr("Importing…"), task, on_start)
        except Exception as exc:
            QMessageBox.warning(self, self.windowTitle(), import_error_text(exc))
            return
        self.sig_applied.emit(self.changes_applied)
        self.accept()


def _preview_summary(preview: ImportPreview) -> str:
    kind = "填报表" if preview.kind == "template" else "推进情况表"
    month = f"{int(preview.period[:4])}年{int(preview.period[5:7])}月"
    scope = f"，{preview.scope}" if preview.scope else ""
    return f"{preview.file_name}（{kind}，{month}{scope}）：{len(preview.changes)}处变更，{len(preview.problems)}处问题。"


def run_import(parent: QWidget, ws: Workspace, path: Path | None = None) -> Changes | None:
    """The menu action 导入Excel: pick a file, preview it, let the user apply. Returns what changed."""
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent, QApplication.translate("ImportPreviewDialog", "Import Excel"), "",
            QApplication.translate("ImportPreviewDialog", "Excel workbooks (*.xlsx *.xls)"))
        if not chosen:
            return None
        path = Path(chosen)
    title = QApplication.translate("ImportPreviewDialog", "Import Excel")
    try:
        try:
            preview = _preview_in_background(parent, ws, path, False)
        except FileRefused as exc:
            if exc.code != "other_period":
                raise
            answer = QMessageBox.question(parent, title, refusal_text(exc),
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                          QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return None
            preview = _preview_in_background(parent, ws, path, True)
    except Cancelled:
        return None
    except Exception as exc:
        QMessageBox.warning(parent, title, import_error_text(exc))
        return None
    dialog = ImportPreviewDialog(ws, preview, apply_import, _preview_summary(preview), parent)
    return dialog.changes_applied if dialog.exec() == QDialog.DialogCode.Accepted else None


def _preview_in_background(parent: QWidget | None, ws: Workspace, path: Path, accept_other_period: bool) -> ImportPreview:
    return read_in_background(
        parent, ws, QApplication.translate("ImportPreviewDialog", "Import Excel"),
        QApplication.translate("ImportPreviewDialog", "Reading %1…").replace("%1", path.name),
        lambda reader: preview_import(reader, path, accept_other_period=accept_other_period))


def read_in_background(parent: QWidget | None, ws: Workspace, title: str, label: str,
                       work: Callable[[Workspace], T]) -> T:
    """Run ``work`` (reading and checking a file) in a worker on its own read-only connection (a
    province-scale sheet takes seconds), with a progress dialog whose Cancel abandons it."""
    def read(reader: Workspace, _progress: Callable[[int, int], None], cancel: Callable[[], bool]) -> T:
        result = work(reader)
        if cancel():  # the user gave up waiting: show nothing
            raise Cancelled()
        return result

    return run_task(parent, title, label, on_own_connection(ws, read))