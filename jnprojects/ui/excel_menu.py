"""The File ▸ Excel menu: export the progress sheet, make fill-in templates, import returned
sheets and project ledgers. The dialogs do the work; this module only wires them to the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ..domain.query import ProjectFilter
from ..services.changes import Changes
from ..services.workspace import Workspace


class ExcelMenu(QObject):
    """Builds the actions; ``workspace()`` and ``current_filter()`` are read when an action runs
    (the workspace changes after a restore); ``on_imported(changes)`` is told what an import wrote."""

    def __init__(self, parent: QWidget, workspace: Callable[[], Workspace],
                 current_filter: Callable[[], ProjectFilter], on_imported: Callable[[Changes], None]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._workspace = workspace
        self._current_filter = current_filter
        self._on_imported = on_imported
        self.export_action = QAction(self.tr("Export progress sheet…"), parent)
        self.export_action.setShortcut("Ctrl+E")
        self.templates_action = QAction(self.tr("Make fill-in templates…"), parent)
        self.import_action = QAction(self.tr("Import Excel…"), parent)
        self.import_action.setShortcut("Ctrl+I")
        self.ledger_action = QAction(self.tr("Import project ledger…"), parent)
        self.export_action.triggered.connect(self._on_export)
        self.templates_action.triggered.connect(self._on_templates)
        self.import_action.triggered.connect(lambda: self.import_sheet())
        self.ledger_action.triggered.connect(self._on_ledger)
        writable = not workspace().readonly
        for action in (self.import_action, self.ledger_action):
            action.setEnabled(writable)

    def fill(self, menu: QMenu) -> None:
        for action in (self.export_action, self.templates_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.import_action, self.ledger_action):
            menu.addAction(action)

    def _on_export(self) -> None:
        from .dialogs.export_dialog import open_export_dialog

        open_export_dialog(self._parent, self._workspace(), self._current_filter())

    def _on_templates(self) -> None:
        from .dialogs.export_templates import TemplateDialog

        TemplateDialog(self._workspace(), self._parent).exec()

    def import_sheet(self, _period: str | None = None) -> Changes | None:
        """Pick, preview and apply a returned sheet (also called from the monthly reporting screen)."""
        from .dialogs.import_preview import run_import

        changes = run_import(self._parent, self._workspace())
        if changes is not None and changes.any:
            self._on_imported(changes)
        return changes

    def _on_ledger(self) -> None:
        from .dialogs.ledger_mapping import run_ledger_import

        changes = run_ledger_import(self._parent, self._workspace())
        if changes is not None and changes.any:
            self._on_imported(changes)
