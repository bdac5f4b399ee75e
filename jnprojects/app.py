"""Wiring: the Qt application, the language, the workspace and the main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .paths import data_dir, default_db_path

if TYPE_CHECKING:  # loaded where they are used: Qt and the window only once the open has begun
    from .services.safety import Opening
    from .ui.main_window import MainWindow
    from .ui.settings import UiSettings

log = logging.getLogger(__name__)


def make_app(lang: str, *, gui: bool = True, offscreen: bool = False):  # noqa: ANN201 - QCoreApplication
    """Create (or reuse) the Qt application and install the UI language."""
    if offscreen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from .ui.i18n import install_language

    app = QCoreApplication.instance()
    if app is None:
        if gui:
            from PySide6.QtWidgets import QApplication

            app = QApplication(sys.argv[:1])
        else:
            app = QCoreApplication(sys.argv[:1])
        app.setOrganizationName("jnprojects")
        app.setApplicationName("jnprojects")
    if gui:
        from .ui.icons import app_icon

        app.setWindowIcon(app_icon())  # every window and dialog, and the taskbar
    install_language(lang)
    return app


def resolve_db(db: str | None, demo: bool) -> Path:
    return Path(db).expanduser() if db else default_db_path(demo)


def setup_logging() -> None:
    """Technical detail goes to a log file in the data folder; users see sentences."""
    try:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        logging.basicConfig(filename=folder / "jnprojects.log", level=logging.INFO,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    except OSError:
        logging.basicConfig(level=logging.WARNING)


def install_error_dialog() -> None:
    """An error that escapes a slot is logged with its traceback and shown as a sentence."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from .ui.messages import error_text

    def hook(kind, value, trace) -> None:  # noqa: ANN001 - sys.excepthook signature
        log.error("unhandled error", exc_info=(kind, value, trace))
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, trace)
            return
        QMessageBox.critical(None, QCoreApplication.translate("App", "Something went wrong"), error_text(value))

    sys.excepthook = hook


def run_gui(db_path: Path, *, demo: bool, lang: str | None, readonly: bool) -> int:
    """Start the window. Problems opening the database are shown in a dialog, never a traceback."""
    begun = _begin_open(db_path, demo=demo, readonly=readonly)  # checks the file while Qt loads

    from .ui.settings import UiSettings

    app = make_app(lang or "zh_CN")
    settings = UiSettings()
    if lang is None and settings.language != "zh_CN":
        make_app(settings.language)
    install_error_dialog()
    window = open_window(db_path, settings, demo=demo, readonly=readonly, begun=begun)
    if window is None:
        return 2
    try:
        return app.exec()
    finally:
        window.ws.close()  # the window may have reopened the database after a restore


def open_window(db_path: Path, settings: UiSettings, *, demo: bool, readonly: bool,
                begun: Opening | None = None) -> MainWindow | None:
    """The shown main window on ``db_path`` (a large one opens behind a splash that says what is
    under way), or None when the user gave up opening it."""
    from .ui.main_window import MainWindow
    from .ui.open_database import open_interactively
    from .ui.start_splash import start_splash

    splash = start_splash(db_path)
    workspace = open_interactively(db_path, demo=demo, readonly=readonly, begun=begun, parent=splash)
    if workspace is None:
        if splash is not None:
            splash.close()
        return None
    if splash is not None:
        splash.say_reading()
    window = MainWindow(workspace, settings)
    window.show()
    if splash is not None:
        splash.finish(window)
    return window


def _begin_open(db_path: Path, *, demo: bool, readonly: bool):  # noqa: ANN202 - safety.Opening | None
    """The safe open's first half, before Qt is loaded; None when it was refused or the database
    is locked, which the window's open then meets again with Qt ready for its dialogs."""
    from .services.safety import begin_open

    try:
        return begin_open(db_path, demo=demo, readonly=readonly)
    except Exception:  # noqa: BLE001 - reported by open_interactively, in a dialog
        return None
