"""Rendering views offscreen to images (the ``screenshot`` command, README pictures, reviews)."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from ..services.workspace import Workspace
from .main_window import MainWindow
from .settings import UiSettings


def render_view(ws: Workspace, view: str, width: int, height: int, settings: UiSettings | None = None) -> QImage:
    """Build the main window at ``width``×``height``, show ``view`` (a tab or the editor) and grab it."""
    import tempfile

    from PySide6.QtCore import QSettings

    if settings is None:  # never let a screenshot disturb the user's saved layout
        scratch = tempfile.NamedTemporaryFile(suffix=".ini", delete=False)
        scratch.close()
        settings = UiSettings(QSettings(scratch.name, QSettings.Format.IniFormat))
    window = MainWindow(ws, settings)
    window.resize(width, height)
    window.show()
    QApplication.processEvents()
    target = window
    if view == "dashboard":
        window.lazy.show("dashboard").wait_for_figures()
    elif view == "editor":
        from .dialogs.project_editor import ProjectEditor

        first = window.project_list.model.project_id(0) if window.project_list.model.rowCount() else None
        dialog = ProjectEditor(ws, first, None, window, readonly=True)
        dialog.resize(min(width, 1100), min(height, 760))
        dialog.show()
        QApplication.processEvents()
        target = dialog
    image = target.grab().toImage()
    window.close()
    return image

