"""Backups from the window: back up now, restore after confirmation, the current state saved first."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from jnprojects.services import projects as project_service
from jnprojects.services.safety import list_backups, open_safely
from jnprojects.ui.dialogs.backups_dialog import BackupsDialog
from jnprojects.ui.main_window import MainWindow
from jnprojects.ui.settings import UiSettings


def test_backup_now_then_restore_brings_back_the_earlier_content(qtbot, tmp_path, monkeypatch):
    ws = open_safely(tmp_path / "office.db", user="tester")
    window = MainWindow(ws, UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    project_id = project_service.list_projects(ws)[0].id
    original = project_service.get_project(ws, project_id).name

    dialog = BackupsDialog(window.ws, window.restore_backup, window)
    qtbot.addWidget(dialog)
    before = dialog.model.rowCount()
    dialog.backup_button.click()
    assert dialog.model.rowCount() == before + 1
    assert dialog.model.index(0, 1).data() in ("手动", "Manual")
    manual = dialog.model.backup(0)

    project = project_service.get_project(window.ws, project_id)
    project.name = "恢复前的修改"
    window.sig_changed.emit(project_service.save_project(window.ws, project))

    dialog.refresh()
    dialog.table.selectRow(next(r for r in range(dialog.model.rowCount()) if dialog.model.backup(r).path == manual.path))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()

    assert project_service.get_project(window.ws, project_id).name == original
    assert any(r.name == original for r in window.project_list.model.rows())
    reasons = [b.reason for b in list_backups(window.ws)]
    assert "restore" in reasons  # the state before the restore was kept
    window.ws.close()


def test_restore_is_refused_when_cancelled(qtbot, tmp_path, monkeypatch):
    ws = open_safely(tmp_path / "office.db", user="tester")
    window = MainWindow(ws, UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    dialog = BackupsDialog(window.ws, window.restore_backup, window)
    qtbot.addWidget(dialog)
    dialog.backup_button.click()
    dialog.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    called = []
    monkeypatch.setattr(window, "restore_backup", lambda info: called.append(info) or True)
    dialog._restorer = window.restore_backup
    dialog.restore_button.click()
    assert called == []
    window.ws.close()
