"""生成填报表: one fill-in workbook per lead unit or per place, for a month, into a folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QWidget,
)

from ...services.excel_common import ensure_database_id
from ...services.excel_templates import TemplateResult, make_templates
from ...services.workspace import Workspace
from .export_worker import export_in_background
from .form_dialog import lay_out_form_dialog


class TemplateDialog(QDialog):
    """After Accepted, ``results`` lists the workbooks written."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.results: list[TemplateResult] = []
        self.setWindowTitle(self.tr("Make fill-in templates"))
        self.setMinimumWidth(520)
        self.by_unit = QRadioButton(self.tr("One per lead unit"))
        self.by_place = QRadioButton(self.tr("One per county, city or district"))
        self.by_unit.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_unit)
        group.addButton(self.by_place)
        self.month_edit = QDateEdit(QDate.currentDate())
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.folder_edit = QLineEdit(str(folder or Path.home() / "填报表"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Templates"), self.by_unit)
        form.addRow("", self.by_place)
        form.addRow(self.tr("Month"), self.month_edit)
        form.addRow(self.tr("Folder"), folder_row)
        self.buttons = lay_out_form_dialog(
            self, form, self.tr("Each workbook lists the unit's projects and milestones. Names and codes are locked "
                                "(sheet protection without a password); a hidden key ties the file to this database "
                                "and month, so a returned file is checked before it is imported."),
            self.tr("Make templates"), self.generate)

    def period(self) -> str:
        day = self.month_edit.date()
        return f"{day.year():04d}-{day.month():02d}"

    def _on_browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.windowTitle(), self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)

    def generate(self) -> None:
        folder = Path(self.folder_edit.text().strip()).expanduser()
        if not self._ws.readonly:
            ensure_database_id(self._ws)
        by, period = "unit" if self.by_unit.isChecked() else "location", self.period()
        self.results = export_in_background(
            self, self._ws, self.tr("Writing templates…"),
            lambda ws, progress, cancel: make_templates(ws, folder, by, period, progress=progress, cancel=cancel),
            self.tr("Cancelled; the templates already written stay in the folder."))
        if self.results is None:
            return
        QMessageBox.information(self, self.windowTitle(), self.tr("%1 templates written to %2.")
                                .replace("%1", str(len(self.results))).replace("%2", str(folder)))
        self.accept()
