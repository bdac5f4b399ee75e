"""The main window: a thin shell that holds the feature views, the menus and the undo stack.

Each feature (project list, editor, dashboard, Excel, review deck, backups) lives in its own module;
this window only wires their signals and refreshes them with the ``Changes`` a use case returns.
"""

from __future__ import annotations

import copy
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..bulk import gc_paused
from ..domain.model import Project
from ..services import projects as project_service
from ..services.changes import Changes
from ..services.workspace import Workspace
from .messages import error_text
from .settings import UiSettings
from .excel_menu import ExcelMenu
from .lazy_tabs import LazyTabs
from .review.menu import ReviewMenu
from .views.project_list import ProjectListView
from .warm_up import CHART_LIBRARIES, warm_up

if TYPE_CHECKING:  # built lazily, with their imports, when their tab is first opened
    from .monthly.view import MonthlyView
    from .views.change_log import ChangeLogView


class EditCommand(QUndoCommand):
    """Undo/redo of one saved edit: puts the project back to the snapshot before or after it."""

    def __init__(self, window: MainWindow, before: Project, after: Project) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "Edit %1").replace("%1", after.name))
        self._window = window
        self._before = copy.deepcopy(before)
        self._after = copy.deepcopy(after)
        self._first_redo = True

    def redo(self) -> None:
        if self._first_redo:  # the editor already saved it
            self._first_redo = False
            return
        self._window.apply_snapshot(self._after)

    def undo(self) -> None:
        self._window.apply_snapshot(self._before)


WARM_UP_DELAY_MS = 500
"""How long after the window first shows the dashboard's libraries start loading in the background."""


class MainWindow(QMainWindow):
    """Hosts the views; owns the workspace for the session."""

    sig_changed = Signal(object)
    """Data changed; carries the ``Changes`` so each view refreshes only what concerns it."""

    @gc_paused()  # start-up's objects live all session: no collector passes over them while built
    def __init__(self, workspace: Workspace, settings: UiSettings | None = None) -> None:
        super().__init__()
        self.ws = workspace
        self.settings = settings or UiSettings()
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self._title())
        self.resize(1280, 800)

        self.project_list = ProjectListView(workspace)
        self.project_list.sig_open_project.connect(self.open_project)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.project_list, self.tr("Projects"))
        self.lazy = LazyTabs(self.tabs)
        self.excel = ExcelMenu(self, lambda: self.ws, self.project_list.current_filter, self._after_import)
        self.review = ReviewMenu(self, lambda: self.ws, self.project_list.current_filter, self._review_as_of)
        self.lazy.add("dashboard", self.tr("Dashboard"), self._make_dashboard)
        self.lazy.add("monthly", self.tr("Monthly dispatch"), self._make_monthly)
        self.lazy.add("change_log", self.tr("Change log"), self._make_change_log)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        if workspace.is_demo:
            layout.addWidget(self._banner(self.tr("Demo data: generated schedules and figures for rehearsal "
                                                  "only, not facts of the plan or of any office"),
                                          "#fff3cd", "#7a5a00"))
        if workspace.readonly:
            layout.addWidget(self._banner(self.tr("Read-only: this database is opened for viewing; "
                                                  "no change can be saved"), "#e2e8f0", "#1e293b"))
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self.sig_changed.connect(self._on_changed)
        self.statusBar().showMessage(str(workspace.path))
        self._restore_layout()
        self._warmed_up = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._warmed_up:  # once the start's own work (the list's paint, its search texts) is done
            self._warmed_up = True
            QTimer.singleShot(WARM_UP_DELAY_MS, self, self._warm_up)

    def _warm_up(self) -> None:
        if self.lazy.existing("dashboard") is None:
            warm_up(CHART_LIBRARIES)

    def _title(self) -> str:
        title = self.tr("Jining key projects of new urbanization")
        if self.ws.is_demo:
            title += " — " + self.tr("DEMO")
        return f"{title} — {self.ws.path.name}"

    @staticmethod
    def _banner(text: str, background: str, foreground: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("banner")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet(
            f"QLabel#banner {{ background: {background}; color: {foreground}; font-weight: bold;"
            " padding: 6px; border-radius: 4px; }"
        )
        return label

    # --- actions -----------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        writable = not self.ws.readonly
        self.new_action = self._action(self.tr("&New project…"), self._on_new_project, QKeySequence.StandardKey.New)
        self.open_action = self._action(self.tr("&Open project"), self._on_open_selected, "Ctrl+O")
        self.delete_action = self._action(self.tr("&Delete project…"), self._on_delete_project,
                                          QKeySequence.StandardKey.Delete)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.find_action = self._action(self.tr("&Find…"), self.project_list.focus_search, QKeySequence.StandardKey.Find)
        self.about_action = self._action(self.tr("&About"), self._on_about)
        self.backups_action = self._action(self.tr("&Backups…"), self._on_backups)
        for action in (self.new_action, self.delete_action):
            action.setEnabled(writable)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for action in (self.new_action, self.open_action, self.delete_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.excel.fill(file_menu.addMenu(self.tr("E&xcel exchange")))
        file_menu.addSeparator()
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        view_menu = menu.addMenu(self.tr("&View"))
        language_menu = view_menu.addMenu(self.tr("&Language"))
        language_group = QActionGroup(self)
        for code, label in (("zh_CN", "简体中文"), ("en", "English")):
            action = language_menu.addAction(label)
            language_group.addAction(action)
            action.setCheckable(True)
            action.setChecked(self.settings.language == code)
            action.triggered.connect(lambda _checked=False, c=code: self._on_language_chosen(c))
        view_menu.addSeparator()
        self.review.fill(view_menu)
        self.override_action = self._action(self.tr("&Manual light…"), self._on_override)
        self.override_action.setEnabled(writable)  # the other two open read-only with Save disabled
        self.thresholds_action = self._action(self.tr("Status &thresholds…"), self._on_thresholds)
        self.indicators_action = self._action(self.tr("Plan &indicators…"), self._on_indicators)
        status_menu = menu.addMenu(self.tr("&Status"))
        for action in (self.override_action, self.thresholds_action, self.indicators_action):
            status_menu.addAction(action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    # --- projects ----------------------------------------------------------------------------
    def open_project(self, project_id: int | None, category_code: str | None = None) -> None:
        from .dialogs.project_editor import ProjectEditor

        try:
            editor = ProjectEditor(self.ws, project_id, category_code, self, readonly=self.ws.readonly)
        except Exception as exc:  # the project may have been deleted meanwhile
            QMessageBox.warning(self, self.tr("Cannot open project"), error_text(exc))
            return
        editor.sig_saved.connect(self._on_project_saved)
        editor.exec()

    def _on_project_saved(self, before: Project | None, after: Project, changes: Changes) -> None:
        if before is not None:
            self.undo_stack.push(EditCommand(self, before, after))
        self.sig_changed.emit(changes)
        if after.id is not None:
            self.project_list.select_project(after.id)

    def apply_snapshot(self, snapshot: Project) -> None:
        """Write an undo/redo snapshot; a failure (project deleted since) is reported, not raised."""
        try:
            changes = project_service.restore_project(self.ws, copy.deepcopy(snapshot))
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Cannot undo"), error_text(exc))
            return
        self.sig_changed.emit(changes)

    def _on_new_project(self) -> None:
        categories = project_service.categories(self.ws)
        flt = self.project_list.current_filter()
        category = flt.category or (categories[0].code if categories else None)
        if category is not None:
            self.open_project(None, category)

    def _on_open_selected(self) -> None:
        project_id = self.project_list.selected_project_id()
        if project_id is not None:
            self.open_project(project_id)

    def _on_delete_project(self) -> None:
        project_id = self.project_list.selected_project_id()
        if project_id is None:
            return
        project = project_service.get_project(self.ws, project_id)
        answer = QMessageBox.question(
            self,
            self.tr("Delete project"),
            self.tr("Delete %1 %2 with its milestones and reports? This cannot be undone; "
                    "the change log keeps its code and name.").replace("%1", project.code).replace("%2", project.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            changes = project_service.delete_project(self.ws, project_id)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Delete project"), error_text(exc))
            return
        self.undo_stack.clear()  # snapshots of a deleted project cannot be replayed
        self.sig_changed.emit(changes)

    @property
    def change_log(self) -> ChangeLogView:
        """The change-log view, built on first use: start-up need not query the whole log."""
        return self.lazy.view("change_log")

    @property
    def dashboard(self):  # noqa: ANN201 - DashboardView, imported lazily with pyqtgraph
        return self.lazy.view("dashboard")

    def _make_dashboard(self):  # noqa: ANN202
        from .dashboard.view import DashboardView  # pyqtgraph loads only when the tab is first shown

        view = DashboardView(self.ws)
        view.set_filter(self.project_list.current_filter())
        self.project_list.sig_filter_changed.connect(view.set_filter)
        view.sig_filter_requested.connect(self._on_dashboard_filter)
        view.sig_open_project.connect(self.open_project)
        view.sig_changed.connect(self._on_view_changed)
        view.sig_exported.connect(
            lambda path: self.statusBar().showMessage(self.tr("Image saved: %1").replace("%1", path), 5000))
        return view

    def _on_dashboard_filter(self, category_code: str, light: str) -> None:
        """A status segment was clicked: list exactly its projects (category and light)."""
        dashboard = self.dashboard
        self.project_list.show_segment(category_code, dashboard.segment(category_code, light),
                                       dashboard.segment_text(category_code, light))
        self.tabs.setCurrentWidget(self.project_list)

    def _review_as_of(self) -> date:
        """The deck shows the dashboard's date once the dashboard has been opened, else today."""
        dashboard = self.lazy.existing("dashboard")
        return dashboard.as_of() if dashboard is not None else date.today()

    @property
    def monthly(self) -> MonthlyView:
        return self.lazy.view("monthly")

    def _make_change_log(self) -> ChangeLogView:
        from .views.change_log import ChangeLogView

        return ChangeLogView(self.ws)

    def _make_monthly(self) -> MonthlyView:
        from .monthly.view import MonthlyView

        view = MonthlyView(self.ws, import_sheet=self.excel.import_sheet)
        view.sig_changed.connect(self._on_view_changed)
        return view

    def _on_view_changed(self, changes: Changes) -> None:
        """A view wrote data itself: the others refresh (the writer already has)."""
        self._refresh_views(changes, skip=self.sender())

    def _after_import(self, changes: Changes) -> None:
        # An import is one batch with its own backup; undo of earlier single edits could now
        # overwrite imported values, so the edit history starts afresh.
        self.undo_stack.clear()
        self.sig_changed.emit(changes)

    def _on_changed(self, changes: Changes) -> None:
        self._refresh_views(changes)

    def _refresh_views(self, changes: Changes, skip: QWidget | None = None) -> None:
        """The project list at once; the other tabs now if shown, else when next shown."""
        if self.project_list is not skip:
            self.project_list.refresh(changes)
        self.lazy.refresh(changes, skip)

    def _run_dialog(self, dialog) -> None:  # noqa: ANN001 - a dialog with ``changes``
        if dialog.exec() and dialog.changes.any:
            self.sig_changed.emit(dialog.changes)

    def _on_thresholds(self) -> None:
        from .dialogs.thresholds_dialog import ThresholdsDialog

        self._run_dialog(ThresholdsDialog(self.ws, self))

    def _on_indicators(self) -> None:
        from .dialogs.indicator_editor import IndicatorEditor

        self._run_dialog(IndicatorEditor(self.ws, self))

    def _on_override(self) -> None:
        from .dialogs.override_dialog import OverrideDialog

        project_id = self.project_list.selected_project_id()
        if project_id is not None:
            self._run_dialog(OverrideDialog(self.ws, project_id, self))

    def _on_backups(self) -> None:
        from .dialogs.backups_dialog import BackupsDialog

        BackupsDialog(self.ws, self.restore_backup, self).exec()

    def restore_backup(self, backup) -> bool:  # noqa: ANN001 - store.backup.BackupInfo
        """Close the database, restore ``backup`` into it, reopen it and refresh every view."""
        from ..services.safety import open_safely, restore_backup

        path, user = self.ws.path, self.ws.user
        self.ws.close()
        ok = True
        try:
            restore_backup(path, backup, user=user)
        except Exception as exc:
            QMessageBox.critical(self, self.tr("Restore backup"), error_text(exc))
            ok = False
        self.ws = open_safely(path, user=user)
        for view in self._views():
            view.set_workspace(self.ws)
        self.undo_stack.clear()
        self.sig_changed.emit(Changes(everything=True))
        return ok

    def _views(self) -> list:
        return [self.project_list, *self.lazy.built()]

    def _on_language_chosen(self, code: str) -> None:
        self.settings.language = code
        self.settings.sync()
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The language will change the next time jnprojects starts."))

    def _on_about(self) -> None:
        from .dialogs.about_dialog import AboutDialog

        AboutDialog(self.ws, self).exec()

    # --- layout ------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        if self.settings.window_geometry is not None:
            self.restoreGeometry(self.settings.window_geometry)
        if self.settings.project_columns is not None:
            self.project_list.table.horizontalHeader().restoreState(self.settings.project_columns)

    def save_layout(self) -> None:
        self.settings.window_geometry = self.saveGeometry()
        self.settings.project_columns = self.project_list.table.horizontalHeader().saveState()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save_layout()
        event.accept()
