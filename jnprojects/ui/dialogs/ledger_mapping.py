"""导入项目台账 — step 1, the header mapping: which column of the office's ledger means what.

Each header of the ledger gets a combo box (忽略 or one field); the guess comes from the synonym
list, or from the mapping remembered for this very header layout. The user also picks the category
for new projects when the ledger has no 类别 column, and the year of an annual-plan column whose
header gives none. 预览 builds the preview (nothing written) and opens the preview dialog.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...exchange.ledger import FIELDS, IGNORE
from ...exchange.problems import Cancelled
from ...exchange.reader import cell_text, col_letter
from ...services import projects as project_service
from ...services.changes import Changes
from ...services.excel_ledger import LedgerFile, LedgerPreview, apply_ledger, preview_ledger, read_ledger
from ...services.workspace import Workspace
from .import_preview import ImportPreviewDialog, import_error_text, read_in_background


class LedgerMappingDialog(QDialog):
    """After Accepted, ``preview`` holds the ledger preview built with the chosen mapping."""

    def __init__(self, workspace: Workspace, ledger: LedgerFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._ledger = ledger
        self.preview: LedgerPreview | None = None
        self.setWindowTitle(self.tr("Import ledger: columns"))
        self.resize(860, 600)
        header = ledger.header
        remembered = self.tr("(the mapping used last time for these headers)") if ledger.remembered else ""
        intro = QLabel(self.tr("%1, sheet “%2”: choose what each column means. Columns set to “Ignore” are not read. "
                               "%3").replace("%1", ledger.path.name).replace("%2", header.sheet).replace("%3", remembered))
        intro.setWordWrap(True)
        columns = sorted(header.headers)
        self.table = QTableWidget(len(columns), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Header in the file"), self.tr("Means"),
                                              self.tr("First value")])
        self.table.verticalHeader().setVisible(False)
        self.combos: dict[int, QComboBox] = {}
        for row, col in enumerate(columns):
            sample = next((cell_text(r[col]) for r in ledger.sheet.rows[header.row + 1:]
                           if col < len(r) and cell_text(r[col]).strip()), "")
            for index, text in enumerate((col_letter(col), header.headers[col].replace("\n", " "))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, index, item)
            combo = QComboBox()
            combo.addItem(self.tr("Ignore"), IGNORE)
            for key, label in FIELDS.items():
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(ledger.mapping.get(col, IGNORE))))
            combo.currentIndexChanged.connect(self._update)
            self.combos[col] = combo
            self.table.setCellWidget(row, 2, combo)
            item = QTableWidgetItem(sample[:60])
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 3, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("(from the 类别 column)"), None)
        for category in project_service.categories(workspace):
            self.category_combo.addItem(category.name_zh, category.code)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(date.today().year)
        form = QFormLayout()
        form.addRow(self.tr("Category of new projects"), self.category_combo)
        form.addRow(self.tr("Year of the annual plan column"), self.year_spin)
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #c62828;")
        self.warning.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.preview_button.setText(self.tr("Preview…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.make_preview)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self._update()

    def mapping(self) -> dict[int, str]:
        return {col: combo.currentData() or IGNORE for col, combo in self.combos.items()}

    def _update(self) -> None:
        values = [v for v in self.mapping().values() if v]
        duplicates = sorted({FIELDS[v] for v in values if values.count(v) > 1})
        has_name = "name" in values
        if not has_name:
            self.warning.setText(self.tr("Choose the column that holds the project name (项目名称)."))
        elif duplicates:
            self.warning.setText(self.tr("Each meaning can be chosen for one column only: %1.").replace("%1", "、".join(duplicates)))
        else:
            self.warning.setText("")
        self.preview_button.setEnabled(has_name and not duplicates)

    def make_preview(self) -> None:
        ledger, mapping, category, year = self._ledger, self.mapping(), self.category_combo.currentData(), \
            self.year_spin.value()
        try:
            self.preview = read_in_background(
                self, self._ws, self.windowTitle(), self.tr("Checking %1…").replace("%1", ledger.path.name),
                lambda reader: preview_ledger(reader, ledger, mapping, category, year))
        except Cancelled:
            return
        except Exception as exc:
            QMessageBox.warning(self, self.windowTitle(), import_error_text(exc))
            return
        self.accept()


def ledger_summary(preview: LedgerPreview) -> str:
    return (f"{preview.ledger.path.name}（项目台账）：新建{preview.count('create')}个项目，更新{preview.count('update')}个，"
            f"无变化{preview.count('unchanged')}个；新增单位{len(preview.new_units)}个；{len(preview.problems)}处问题。")


def run_ledger_import(parent: QWidget, ws: Workspace, path: Path | None = None) -> Changes | None:
    """The menu action 导入项目台账: file → mapping → preview → apply. Returns what changed."""
    title = QApplication.translate("LedgerMappingDialog", "Import ledger")
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(parent, title, "", QApplication.translate(
            "LedgerMappingDialog", "Excel workbooks (*.xlsx *.xls)"))
        if not chosen:
            return None
        path = Path(chosen)
    try:
        ledger = read_in_background(parent, ws, title, QApplication.translate("LedgerMappingDialog", "Reading %1…")
                                    .replace("%1", path.name), lambda reader: read_ledger(reader, path))
    except Cancelled:
        return None
    except Exception as exc:
        QMessageBox.warning(parent, title, import_error_text(exc))
        return None
    mapping = LedgerMappingDialog(ws, ledger, parent)
    if mapping.exec() != QDialog.DialogCode.Accepted or mapping.preview is None:
        return None
    dialog = ImportPreviewDialog(ws, mapping.preview, apply_ledger, ledger_summary(mapping.preview), parent)
    return dialog.changes_applied if dialog.exec() == QDialog.DialogCode.Accepted else None
