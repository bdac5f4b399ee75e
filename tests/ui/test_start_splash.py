"""A database big enough to take seconds to open does so behind a splash that says what is under
way; a small one opens as before, with nothing flashing on screen."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QSplashScreen

from jnprojects import app as app_module
from jnprojects.services import safety
from jnprojects.ui import open_database, start_splash
from jnprojects.ui.main_window import MainWindow
from jnprojects.ui.settings import UiSettings


def _splash_lines() -> list[str]:
    return [w.message() for w in QApplication.topLevelWidgets() if isinstance(w, QSplashScreen) and w.isVisible()]


def _open(path, tmp_path, qtbot, monkeypatch):  # noqa: ANN001, ANN202
    """Open the window on ``path`` as the app does; what a splash said while the file was opened
    and while the window was built."""
    said: dict[str, list[str]] = {}
    opened, built = open_database.open_safely, MainWindow.__init__

    def opening(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        said["opening"] = _splash_lines()
        return opened(*args, **kwargs)

    def building(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        said["building"] = _splash_lines()
        built(self, *args, **kwargs)

    monkeypatch.setattr(open_database, "open_safely", opening)
    monkeypatch.setattr(MainWindow, "__init__", building)
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window = app_module.open_window(path, settings, demo=False, readonly=False)
    if window is not None:
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: not window.project_list.model.texts_missing)  # its start's last read
    return window, said


def test_a_large_database_opens_behind_a_splash_that_says_each_step(workspace, tmp_path, qtbot, monkeypatch):
    path = workspace.path
    workspace.close()
    monkeypatch.setattr(start_splash, "LARGE_DATABASE_BYTES", path.stat().st_size)
    window, said = _open(path, tmp_path, qtbot, monkeypatch)
    assert said == {"opening": ["Checking the database…"], "building": ["Reading the projects…"]}
    qtbot.waitUntil(lambda: not _splash_lines())  # gone once the window is up
    assert window.isVisible() and window.project_list.model.rowCount() > 0
    window.ws.close()


def test_a_small_database_opens_without_one(workspace, tmp_path, qtbot, monkeypatch):
    path = workspace.path
    workspace.close()
    monkeypatch.setattr(start_splash, "LARGE_DATABASE_BYTES", path.stat().st_size + 1)
    window, said = _open(path, tmp_path, qtbot, monkeypatch)
    assert said == {"opening": [], "building": []}
    window.ws.close()


def test_a_question_while_opening_is_asked_in_front_of_the_splash(workspace, tmp_path, qtbot, monkeypatch):
    path = workspace.path
    workspace.close()
    held = safety.open_safely(path, user="王工")  # another session holds the database
    monkeypatch.setattr(start_splash, "LARGE_DATABASE_BYTES", 0)
    asked_over: list[object] = []

    def cancel(exc, parent):  # noqa: ANN001, ANN202
        asked_over.append(parent)
        return "cancel"

    monkeypatch.setattr(open_database, "_ask_locked", cancel)
    try:
        window, _ = _open(path, tmp_path, qtbot, monkeypatch)
    finally:
        held.close()
    assert window is None
    assert len(asked_over) == 1 and isinstance(asked_over[0], QSplashScreen)
    assert not _splash_lines()  # given up: the splash does not stay behind
