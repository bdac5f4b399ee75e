"""The whole change log: an edit shows up with its user, filters narrow it, export writes it."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import QSettings

from jnprojects.services import projects as project_service
from jnprojects.ui.main_window import MainWindow
from jnprojects.ui.settings import UiSettings


def test_edit_appears_in_log_and_exports(workspace, qtbot, tmp_path, monkeypatch):
    window = MainWindow(workspace, UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    project = project_service.get_project(workspace, project_service.list_projects(workspace)[0].id)
    project.notes = "=1+1 审计备注"
    window.sig_changed.emit(project_service.save_project(workspace, project))
    view = window.change_log
    shown = [view.model.index(r, 7 + 1).data() for r in range(view.model.rowCount())]
    assert "=1+1 审计备注" in shown
    view.search_edit.insert("审计备注")
    view.refresh()
    assert view.model.rowCount() == 1
    assert view.model.index(0, 1).data() == "tester"
    assert view.model.index(0, 3).data() == project.code

    out = tmp_path / "log.xlsx"
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    view.export_button.click()
    sheet = openpyxl.load_workbook(out).active
    values = [c.value for c in sheet[3]]
    assert "=1+1 审计备注" in values  # text, never a live formula
    assert sheet.max_row == 3
