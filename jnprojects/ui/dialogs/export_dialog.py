"""导出推进情况表: choose the as-of date, the scope and the file; export in the background.

The export runs in a :class:`~.export_worker.TaskThread` that opens its OWN read-only connection
(``open_workspace(path, readonly=True)``), so the window's connection is never used from two
threads. The file appears only when complete; Cancel leaves no file and keeps an older one.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ...domain.query import ProjectFilter
from ...services.excel_common import ensure_database_id
from ...services.excel_export import ExportResult, export_progress_sheet
from ...services.workspace import Workspace
from ..choices import scope_boxes
from .export_worker import export_in_background
from .form_dialog import as_of_edit, file_row, lay_out_form_dialog


class ExportDialog(QDialog):
    """After ``exec()`` returns Accepted, ``result`` describes the file written."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, flt: ProjectFilter | None = None,
                 folder: Path | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.result: ExportResult | None = None
        self.setWindowTitle(self.tr("Export progress sheet"))
        self.setMinimumWidth(560)
        flt = flt or ProjectFilter()

        self.date_edit = as_of_edit(date.today())
        self.category_combo, self.location_combo = scope_boxes(workspace, flt)
        folder = folder or Path.home()
        self.path_edit = QLineEdit(str(folder / self.default_name(date.today())))
        self.date_edit.dateChanged.connect(self._on_date_changed)
        path_row = file_row(self.path_edit, self._on_browse)

        form = QFormLayout()
        form.addRow(self.tr("As of"), self.date_edit)
        form.addRow(self.tr("Category"), self.category_combo)
        form.addRow(self.tr("Place"), self.location_combo)
        form.addRow(self.tr("File"), path_row)
        self.buttons = lay_out_form_dialog(
            self, form, self.tr("The workbook has the sheets 推进情况表, 里程碑 and 规划指标. Amounts are in 万元. "
                                "The file can be edited and imported back."), self.tr("Export"), self.export)

    def as_of(self) -> date:
        return self.date_edit.date().toPython()

    def project_filter(self) -> ProjectFilter:
        return ProjectFilter(category=self.category_combo.currentData(), location=self.location_combo.currentData())

    @staticmethod
    def default_name(day: date) -> str:
        return f"济宁市重点项目推进情况表_{day:%Y%m%d}.xlsx"

    def _on_date_changed(self, _date: QDate) -> None:
        current = Path(self.path_edit.text())
        if current.name.startswith("济宁市重点项目推进情况表_"):  # still our suggestion: follow the date
            self.path_edit.setText(str(current.with_name(self.default_name(self.as_of()))))

    def _on_browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Export progress sheet"), self.path_edit.text(),
                                                      self.tr("Excel workbook (*.xlsx)"))
        if chosen:
            self.path_edit.setText(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")

    def export(self, on_start=None) -> None:  # noqa: ANN001 - test hook, see run_task
        """Run the export in the background; accept on success, stay open on cancel or error."""
        out = Path(self.path_edit.text().strip()).expanduser()
        if not out.name or not out.parent.is_dir():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose a file in an existing folder."))
            return
        if out.suffix.lower() != ".xlsx":
            out = out.with_suffix(".xlsx")
        if not self._ws.readonly:
            ensure_database_id(self._ws)  # on the GUI's connection, before the worker reads it
        as_of, flt = self.as_of(), self.project_filter()
        self.result = export_in_background(
            self, self._ws, self.tr("Writing %1…").replace("%1", out.name),
            lambda ws, progress, cancel: export_progress_sheet(ws, out, as_of, flt, progress, cancel),
            self.tr("Export cancelled; no file was written."), on_start)
        if self.result is None:
            return
        QMessageBox.information(
            self, self.windowTitle(),
            self.tr("Exported %1 projects and %2 milestones to %3.").replace("%1", str(self.result.projects))
            .replace("%2", str(self.result.milestones)).replace("%3", str(out)))
        self.accept()


def open_export_dialog(parent: QWidget, ws: Workspace, flt: ProjectFilter | None = None) -> ExportResult | None:
    """The menu action: show the dialog, return what was written (None when cancelled)."""
    dialog = ExportDialog(ws, parent, flt)
    return dialog.result if dialog.exec() == QDialog.DialogCode.Accepted else None
