"""The Excel dialogs driven as a user would: export in the background with cancel, the import
preview with 跳过有错误的行, the ledger mapping step. Each dialog is also rendered to PNG."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox

from jnprojects.domain.query import ProjectFilter
from jnprojects.services.excel_common import ensure_database_id
from jnprojects.services.excel_export import export_progress_sheet
from jnprojects.services.excel_import import apply_import, preview_import
from jnprojects.services.excel_ledger import read_ledger
from jnprojects.services.workspace import open_workspace
from jnprojects.ui.dialogs.export_dialog import ExportDialog
from jnprojects.ui.dialogs.export_templates import TemplateDialog
from jnprojects.ui.dialogs.import_preview import ImportPreviewDialog, run_import
from jnprojects.ui.dialogs.ledger_mapping import LedgerMappingDialog, ledger_summary, run_ledger_import
from tests.exchange.helpers import demo_copy, full_dump, locate_cell

TODAY = date.today()
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "项目台账示例.xlsx"
SHOTS = os.environ.get("JNPROJECTS_SHOTS")  # set to a folder to keep the screenshots


@pytest.fixture(scope="module")
def base_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ui")
    path = demo_copy(folder, "base.db")
    ws = open_workspace(path, user="tester")
    ensure_database_id(ws)
    ws.close()
    return path


@pytest.fixture
def ws(base_db, tmp_path):
    workspace = open_workspace(shutil.copyfile(base_db, tmp_path / "office.db"), user="tester")
    yield workspace
    workspace.close()


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch):
    """Message boxes are recorded, never shown."""
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, _k=kind, **k: shown.append((_k, a[2] if len(a) > 2 else "")))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


def shot(widget, tmp_path: Path, name: str) -> None:  # noqa: ANN001
    widget.resize(widget.sizeHint().expandedTo(widget.size()))
    widget.show()
    image = widget.grab()
    assert not image.isNull() and image.width() > 200
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    assert image.save(str(folder / f"{name}.png"))


def test_export_dialog_writes_the_file_in_the_background(qtbot, ws, tmp_path, quiet_boxes):
    dialog = ExportDialog(ws, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("energy"))
    shot(dialog, tmp_path, "export_dialog")
    dialog.export()
    assert dialog.result is not None and dialog.result.path.exists()
    assert dialog.result.projects == ws.db.execute("SELECT count(*) FROM projects WHERE category_code = 'energy'").fetchone()[0]
    assert quiet_boxes[-1][0] == "information"


def test_export_dialog_cancel_leaves_no_file(qtbot, ws, tmp_path, quiet_boxes):
    dialog = ExportDialog(ws, folder=tmp_path)
    qtbot.addWidget(dialog)
    out = Path(dialog.path_edit.text())
    dialog.export(on_start=lambda thread, progress: thread.cancel())
    assert dialog.result is None and not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".part")]
    assert quiet_boxes[-1][0] == "information"


def test_template_dialog(qtbot, ws, tmp_path):
    dialog = TemplateDialog(ws, folder=tmp_path / "tpl")
    qtbot.addWidget(dialog)
    shot(dialog, tmp_path, "template_dialog")
    dialog.by_place.setChecked(True)
    dialog.generate()
    assert dialog.results and all(r.path.exists() for r in dialog.results)


def _edited_export(ws, tmp_path: Path) -> Path:  # noqa: ANN001
    path = export_progress_sheet(ws, tmp_path / "推进情况表.xlsx", TODAY, ProjectFilter(text="JT-00")).path
    book = openpyxl.load_workbook(path)
    sheet = book["推进情况表"]
    locate_cell(sheet, "JT-001", "存在问题").value = "可以导入的一行"
    locate_cell(sheet, "JT-002", "计划开工").value = "2025年13月"
    locate_cell(sheet, "JT-002", "存在问题").value = "有错误的一行"
    book.save(path)
    return path


def test_preview_dialog_needs_the_skip_box_then_applies_only_good_rows(qtbot, ws, tmp_path):
    preview = preview_import(ws, _edited_export(ws, tmp_path))
    dialog = ImportPreviewDialog(ws, preview, apply_import, "summary")
    qtbot.addWidget(dialog)
    assert dialog.change_model.rowCount() == 2 and dialog.problem_model.rowCount() == 1
    assert "第" in dialog.problem_model.index(0, 3).data()
    assert not dialog.apply_button.isEnabled()
    shot(dialog, tmp_path, "import_preview")
    dialog.skip_box.setChecked(True)
    assert dialog.apply_button.isEnabled() and dialog.applicable_count() == 1
    applied = []
    dialog.sig_applied.connect(applied.append)
    dialog.apply()
    assert dialog.result() == QDialog.DialogCode.Accepted and applied and applied[0].projects
    ledger = dict(ws.db.execute("SELECT p.description, j.code FROM problems p JOIN projects j ON j.id = p.project_id").fetchall())
    assert ledger.get("可以导入的一行") == "JT-001" and "有错误的一行" not in ledger


def test_cancelled_apply_leaves_the_database_unchanged(qtbot, ws, tmp_path, quiet_boxes):
    preview = preview_import(ws, _edited_export(ws, tmp_path))
    dialog = ImportPreviewDialog(ws, preview, apply_import, "summary")
    qtbot.addWidget(dialog)
    dialog.skip_box.setChecked(True)
    before = full_dump(ws.path)
    dialog.apply(on_start=lambda thread, progress: thread.cancel())
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "未作任何修改" in quiet_boxes[-1][1]
    assert full_dump(ws.path) == before


def test_run_import_refuses_a_csv_with_a_sentence(qtbot, ws, tmp_path, quiet_boxes):
    csv = tmp_path / "x.xlsx"
    csv.write_text("a,b\n1,2\n", encoding="utf-8")
    assert run_import(None, ws, csv) is None
    assert quiet_boxes[-1][0] == "warning" and "不是Excel工作簿" in quiet_boxes[-1][1]


def test_ledger_mapping_dialog(qtbot, ws, tmp_path):
    ledger = read_ledger(ws, SAMPLE)
    dialog = LedgerMappingDialog(ws, ledger)
    qtbot.addWidget(dialog)
    assert dialog.mapping() == ledger.mapping
    shot(dialog, tmp_path, "ledger_mapping")
    name_col = next(c for c, k in ledger.mapping.items() if k == "name")
    dialog.combos[name_col].setCurrentIndex(0)  # ignore the name column: preview impossible
    assert not dialog.preview_button.isEnabled() and dialog.warning.text()
    dialog.combos[name_col].setCurrentIndex(dialog.combos[name_col].findData("name"))
    dialog.year_spin.setValue(2026)
    dialog.make_preview()
    assert dialog.preview is not None and dialog.preview.count("update") >= 1
    preview_dialog = ImportPreviewDialog(ws, dialog.preview, lambda *a: None, ledger_summary(dialog.preview))
    qtbot.addWidget(preview_dialog)
    shot(preview_dialog, tmp_path, "ledger_preview")


def test_run_ledger_import_end_to_end(qtbot, ws, monkeypatch):
    def mapping_exec(self):  # noqa: ANN001
        self.make_preview()
        return QDialog.DialogCode.Accepted

    def preview_exec(self):  # noqa: ANN001
        self.apply()
        return self.result()

    monkeypatch.setattr(LedgerMappingDialog, "exec", mapping_exec)
    monkeypatch.setattr(ImportPreviewDialog, "exec", preview_exec)
    changes = run_ledger_import(None, ws, SAMPLE)
    assert changes is not None and changes.projects
    assert ws.db.execute("SELECT count(*) FROM import_batches WHERE kind = 'ledger'").fetchone()[0] == 1


def test_run_import_reads_the_file_off_the_gui_thread(qtbot, ws, tmp_path, monkeypatch):
    import threading

    from jnprojects.ui.dialogs import import_preview

    path = _edited_export(ws, tmp_path)
    threads = []

    def spy(reader, file, **kwargs):  # noqa: ANN001, ANN003
        threads.append((threading.current_thread() is threading.main_thread(), reader.readonly))
        return preview_import(reader, file, **kwargs)

    monkeypatch.setattr(import_preview, "preview_import", spy)
    shown = []
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: shown.append(dialog.change_model.rowCount()) or 0)
    assert run_import(None, ws, path) is None  # the user closed the preview without applying
    assert threads == [(False, True)] and shown == [2]


def test_ledger_import_reads_and_checks_the_file_off_the_gui_thread(qtbot, ws, monkeypatch):
    import threading

    from jnprojects.ui.dialogs import ledger_mapping

    threads = []

    def spied(fn):  # noqa: ANN001
        def run(reader, *args):  # noqa: ANN001, ANN002
            threads.append((fn.__name__, threading.current_thread() is threading.main_thread(), reader.readonly))
            return fn(reader, *args)
        return run

    monkeypatch.setattr(ledger_mapping, "read_ledger", spied(read_ledger))
    monkeypatch.setattr(ledger_mapping, "preview_ledger", spied(ledger_mapping.preview_ledger))

    def mapping_exec(self):  # noqa: ANN001
        self.make_preview()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LedgerMappingDialog, "exec", mapping_exec)
    previews = []
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: previews.append(dialog.change_model.rowCount()) or 0)
    assert run_ledger_import(None, ws, SAMPLE) is None  # closed without applying
    assert threads == [("read_ledger", False, True), ("preview_ledger", False, True)]
    assert previews and previews[0] > 0


def test_a_task_that_reports_no_progress_still_shows_its_dialog_and_blocks_the_window(qtbot):
    """A month's closing reports no progress: its dialog (modal, with 取消) must still appear soon,
    not after Qt's default 4 s during which the window took clicks."""
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

    from jnprojects.ui.dialogs.export_worker import run_task

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    seen, done = [], threading.Event()
    QTimer.singleShot(1200, lambda: (seen.extend(d for d in QApplication.topLevelWidgets()
                                                 if isinstance(d, QProgressDialog) and d.isVisible()),
                                     done.set()))
    assert run_task(window, "结账", "正在结账…", lambda progress, cancel: done.wait(10) and "closed") == "closed"
    assert len(seen) == 1 and seen[0].isModal() and seen[0].labelText() == "正在结账…"
