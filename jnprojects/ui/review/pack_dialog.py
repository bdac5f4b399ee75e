"""导出汇报材料: choose the date, the scope, PDF or PNG slides and where; write in the background.

The work runs in a :class:`~jnprojects.ui.dialogs.export_worker.TaskThread` on its own read-only
connection, with progress and Cancel (a cancelled PDF leaves no file; cancelled PNGs are removed).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ...domain.query import ProjectFilter
from ...services.workspace import Workspace
from ..choices import scope_boxes
from ..dialogs.export_worker import export_in_background
from ..dialogs.form_dialog import as_of_edit, file_row, lay_out_form_dialog
from .export import PackResult, done_text, export_deck
from .fonts import load_fonts

PDF, PNG = "pdf", "png"


class BriefingPackDialog(QDialog):
    """After ``exec()`` returns Accepted, ``result`` describes what was written."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, flt: ProjectFilter | None = None,
                 as_of: date | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._folder = folder or Path.home()
        self.result: PackResult | None = None
        self.setWindowTitle(self.tr("Export briefing pack"))
        self.setMinimumWidth(560)
        flt = flt or ProjectFilter()
        day = as_of or date.today()
        self.date_edit = as_of_edit(day)
        self.category_combo, self.location_combo = scope_boxes(workspace, flt)
        self._unit = flt.unit_id
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("PDF, one slide per page (to print or hand out)"), PDF)
        self.format_combo.addItem(self.tr("Folder of PNG slides"), PNG)
        self.path_edit = QLineEdit(str(self._folder / self.default_name(day, PDF)))
        self.format_combo.currentIndexChanged.connect(self._on_suggestion_changed)
        self.date_edit.dateChanged.connect(self._on_suggestion_changed)
        path_row = file_row(self.path_edit, self._on_browse)
        form = QFormLayout()
        form.addRow(self.tr("As of"), self.date_edit)
        form.addRow(self.tr("Category"), self.category_combo)
        form.addRow(self.tr("Place"), self.location_combo)
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Save to"), path_row)
        self.buttons = lay_out_form_dialog(
            self, form, self.tr("The same slides as review mode (F5): cover, overview, each category, red "
                                "projects, milestones due, plan indicators and what changed since the last "
                                "closed month."), self.tr("Export"), self.export)

    @staticmethod
    def default_name(day: date, kind: str) -> str:
        stem = f"济宁市重点项目汇报_{day:%Y%m%d}"
        return stem + ".pdf" if kind == PDF else stem

    def as_of(self) -> date:
        return self.date_edit.date().toPython()

    def project_filter(self) -> ProjectFilter:
        return ProjectFilter(category=self.category_combo.currentData(), location=self.location_combo.currentData(),
                             unit_id=self._unit)

    def _on_suggestion_changed(self, *_args: object) -> None:
        current = Path(self.path_edit.text())
        if current.name.startswith("济宁市重点项目汇报_"):  # still our suggestion: follow date and format
            self.path_edit.setText(str(current.with_name(self.default_name(self.as_of(),
                                                                           self.format_combo.currentData()))))

    def _on_browse(self) -> None:
        if self.format_combo.currentData() == PDF:
            chosen, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path_edit.text(),
                                                    self.tr("PDF document (*.pdf)"))
        else:
            chosen = QFileDialog.getExistingDirectory(self, self.windowTitle(), str(self._folder))
        if chosen:
            self.path_edit.setText(chosen)

    def target(self) -> Path | None:
        """Where to write, or ``None`` (after telling the user) when the place is unusable."""
        out = Path(self.path_edit.text().strip()).expanduser()
        if self.format_combo.currentData() == PDF:
            out = out if out.suffix.lower() == ".pdf" else out.with_suffix(".pdf")
            usable = bool(out.name) and out.parent.is_dir()
        else:
            usable = bool(out.name) and out.parent.is_dir() and not out.is_file()
        if not usable:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose a place in an existing folder."))
            return None
        return out

    def export(self, on_start=None) -> None:  # noqa: ANN001 - test hook, see run_task
        """Write in the background; accept on success, stay open on cancel or error."""
        out = self.target()
        if out is None:
            return
        load_fonts()
        as_of, flt = self.as_of(), self.project_filter()
        self.result = export_in_background(
            self, self._ws, self.tr("Writing %1…").replace("%1", out.name),
            lambda ws, progress, cancel: export_deck(ws, out, as_of, flt, progress, cancel),
            self.tr("Export cancelled; nothing was written."), on_start)
        if self.result is None:
            return
        QMessageBox.information(self, self.windowTitle(), done_text(self.result))
        self.accept()
