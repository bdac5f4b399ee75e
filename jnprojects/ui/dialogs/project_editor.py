"""项目详情: the dialog that edits one project (basic facts, milestones, responsible units) and
shows its change log.

Invariants:

* Nothing is written until every field parses and passes the domain rules; each problem is shown in
  red next to its field and the dialog switches to the tab of the first one. A save is one service
  call, hence one transaction: a refused save leaves the database exactly as it was.
* An empty date field stays empty (``None``); nothing is ever filled in with today.
* With ``readonly`` (or a read-only workspace) no editor accepts input and nothing can be saved.
* No Python exception reaches the user: unexpected ones are logged and shown as a sentence.

The tabs live in ``project_editor_form`` (基本信息) and ``project_editor_tabs`` (里程碑, 责任单位,
变更记录); this module owns loading, validation, saving and closing.
"""

from __future__ import annotations

import copy
import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QMessageBox, QPlainTextEdit,
    QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from ...domain.errors import DomainError, ValidationError, ValidationErrors
from ...domain.model import Project
from ...domain.validation import project_problems
from ...services import projects as project_service
from ...services.workspace import Workspace
from ..messages import error_text
from ..models.assignment_table import AssignmentTableModel
from ..models.milestone_table import MilestoneTableModel
from .project_editor_form import BasicForm, FieldRegistry
from .project_editor_tabs import AssignmentPanel, HistoryPanel, MilestonePanel
from .project_problems_panel import ProjectProblemsPanel

log = logging.getLogger(__name__)

TAB_BASIC, TAB_MILESTONES, TAB_UNITS, TAB_HISTORY = range(4)

Problem = tuple[str, str]  # (field, sentence); field "" when no field is at fault


class ProjectEditor(QDialog):
    """Edits the project ``project_id``, or a new project of ``category_code`` when it is ``None``.

    Raises the service's ``DomainError`` (e.g. ``project_not_found``) from the constructor when the
    project cannot be loaded; the caller reports it.
    """

    sig_saved = Signal(object, object, object)
    """A save succeeded: ``(before: Project | None, after: Project, changes: Changes)``. ``before`` is
    a deep copy of the project as it was loaded (``None`` for a new project), ``after`` a deep copy
    as stored now (new milestones carry their ids) — ready for an undo stack."""

    sig_units_changed = Signal(object)
    """A unit was added from this dialog (in its own transaction); carries the ``Changes``."""

    def __init__(self, workspace: Workspace, project_id: int | None, category_code: str | None = None,
                 parent: QWidget | None = None, readonly: bool = False) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._readonly = readonly or workspace.readonly
        self._auto_code = ""  # the code proposed for a new project; follows the category until edited
        self._loading = False
        categories = project_service.categories(workspace)
        if project_id is None:
            category_code = category_code or (categories[0].code if categories else "")
            project = project_service.new_project(workspace, category_code)
            self._auto_code = project.code
        else:
            project = project_service.get_project(workspace, project_id)
        self._loaded = project

        self._registry = FieldRegistry()
        self.form = BasicForm(self._registry, categories, project_service.locations(workspace))
        self.milestones = MilestonePanel(self._registry, lambda: self.form.combos["category_code"].currentData())
        self.assignments = AssignmentPanel(self._registry, workspace)
        self.history = HistoryPanel()
        self.problems = ProjectProblemsPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("Basic information"))
        self.tabs.addTab(self.milestones, self.tr("Milestones"))
        self.tabs.addTab(self.assignments, self.tr("Responsible units"))
        self.tabs.addTab(self.problems, self.tr("Problems"))
        self.tabs.addTab(self.history, self.tr("Change log"))
        self._buttons: dict[str, QPushButton] = {**self.milestones.buttons, **self.assignments.buttons}
        self.button_box = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.button_box)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_clicked)
        self.resize(1000, 700)

        self.form.sig_category_changed.connect(self._on_category_changed)
        self.assignments.sig_units_changed.connect(self.sig_units_changed)
        self._connect_modified()
        self._load(project)
        if self._readonly:
            self.milestones.set_readonly(True)
            self.assignments.set_readonly(True)
            for name, button in self._buttons.items():
                button.setEnabled(name == "cancel")

    # --- public API for the main window and tests --------------------------------------------
    def field_widget(self, field: str) -> QWidget:
        """The editor of ``field``: a ``Project`` attribute name, or ``milestones``/``assignments``."""
        return self._registry.widgets[field]

    def error_label(self, field: str) -> QLabel:
        """The red label next to ``field``; hidden and empty while the field has no problem."""
        return self._registry.errors[field]

    def button(self, name: str) -> QPushButton:
        """By name: save, ok, cancel (or only cancel, labelled Close, when read-only), add_milestone,
        remove_milestone, move_up, move_down, apply_template, add_assignment, remove_assignment, new_unit."""
        return self._buttons[name]

    def milestone_model(self) -> MilestoneTableModel:
        return self.milestones.model

    def assignment_model(self) -> AssignmentTableModel:
        return self.assignments.model

    def milestone_view(self) -> QTableView:
        return self.milestones.view

    def assignment_view(self) -> QTableView:
        return self.assignments.view

    def project(self) -> Project:
        """A deep copy of the project as last loaded or saved."""
        return copy.deepcopy(self._loaded)

    def is_readonly(self) -> bool:
        return self._readonly

    def is_modified(self) -> bool:
        return self.isWindowModified()

    # --- building ----------------------------------------------------------------------------
    def _build_buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox()
        reject = QDialogButtonBox.ButtonRole.RejectRole
        if self._readonly:
            self._buttons["cancel"] = box.addButton(self.tr("Close"), reject)
        else:
            self._buttons["save"] = box.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.ApplyRole)
            self._buttons["save"].setToolTip(self.tr("Save and keep editing (Ctrl+S)"))
            self._buttons["ok"] = box.addButton(self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
            self._buttons["ok"].setToolTip(self.tr("Save and close"))
            self._buttons["cancel"] = box.addButton(self.tr("Cancel"), reject)
            self._buttons["save"].clicked.connect(self._on_save_clicked)
            self._buttons["ok"].clicked.connect(self._on_ok_clicked)
            self._buttons["ok"].setDefault(True)
        self._buttons["cancel"].clicked.connect(self.reject)
        return box

    def _connect_modified(self) -> None:
        for widget in self._registry.widgets.values():
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.textChanged.connect(self._on_modified)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._on_modified)
            elif isinstance(widget, QListWidget):
                widget.itemChanged.connect(self._on_modified)
        for model in (self.milestones.model, self.assignments.model):
            for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.rowsMoved):
                signal.connect(self._on_modified)

    # --- loading and reading -----------------------------------------------------------------
    def _load(self, project: Project) -> None:
        """Show ``project`` in every tab; the dialog is unmodified afterwards."""
        self._loading = True
        try:
            self._loaded = copy.deepcopy(project)
            self.form.load(project)
            self.form.set_readonly(self._readonly, code_readonly=project.id is not None)
            self.milestones.model.set_milestones(project.milestones)
            self.assignments.model.set_assignments(project.assignments)
            self.history.load(self._ws, project.id)
            self.problems.load(self._ws, project.id)
            self.tabs.setTabText(self.tabs.indexOf(self.problems),
                                 self.tr("Problems (%1 open)").replace("%1", str(self.problems.open_count))
                                 if self.problems.open_count else self.tr("Problems"))
        finally:
            self._loading = False
        self._registry.clear()
        title = self.tr("New project") if project.id is None else self.tr("Project details")
        self.setWindowTitle(f"{title} — {project.code} {project.name}[*]")
        self.setWindowModified(False)

    def _collect(self) -> tuple[Project, list[Problem]]:
        """The project as the tabs say, and every problem found (parsing and domain rules)."""
        project = copy.deepcopy(self._loaded)
        errors = self.form.read(project)
        project.milestones, cell_errors = self.milestones.model.milestones()
        project.assignments = self.assignments.model.assignments()
        known = set(self.assignments.unit_names)
        errors += [ValidationError("unknown_unit", "assignments", {"value": a.unit_name})
                   for a in project.assignments if a.unit_name and a.unit_name not in known]
        errors += project_problems(project)
        problems = [(e.field, error_text(e)) for e in errors]
        problems += [("milestones", self.tr("Row %1: %2").replace("%1", str(row)).replace("%2", error_text(e)))
                     for row, e in cell_errors]
        return project, problems

    # --- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Validate everything, then write with one service call. True when the project is stored
        (also when an existing project had nothing to save)."""
        if self._readonly:
            return False
        self.milestones.commit_edits()
        self.assignments.commit_edits()
        if self._loaded.id is not None and not self.isWindowModified():
            return True
        self._registry.clear()
        try:
            project, problems = self._collect()
            if problems:
                self._show_problems(problems)
                return False
            before = copy.deepcopy(self._loaded) if self._loaded.id is not None else None
            changes = project_service.save_project(self._ws, project)
            project_id = project.id if project.id is not None else next(iter(changes.projects))
            after = project_service.get_project(self._ws, project_id)
        except ValidationErrors as exc:
            self._show_problems([(e.field, error_text(e)) for e in exc.errors])
            return False
        except DomainError as exc:
            # A rule only the database can check (duplicate code …): a message box, and the field marked.
            self._show_problems([(exc.field, error_text(exc))], quiet=True)
            QMessageBox.warning(self, self.tr("Cannot save"), error_text(exc))
            return False
        except Exception as exc:  # never a traceback in front of the user
            log.exception("saving project failed")
            QMessageBox.critical(self, self.tr("Cannot save"), error_text(exc))
            return False
        self._load(after)
        self.sig_saved.emit(before, copy.deepcopy(after), changes)
        return True

    def _show_problems(self, problems: list[Problem], quiet: bool = False) -> None:
        """Mark each field with its sentences and switch to the tab of the first; problems without
        a field of this dialog go to a message box unless ``quiet``."""
        by_field: dict[str, list[str]] = {}
        for field, sentence in problems:
            by_field.setdefault(field if field in self._registry.errors else "", []).append(sentence)
        for field, sentences in by_field.items():
            if field:
                self._registry.mark(field, sentences)
        first = next((field for field, _ in problems if field in self._registry.errors), None)
        if first is not None:
            self.tabs.setCurrentIndex({"milestones": TAB_MILESTONES, "assignments": TAB_UNITS}.get(first, TAB_BASIC))
            self._registry.widgets[first].setFocus()
        if by_field.get("") and not quiet:
            QMessageBox.warning(self, self.tr("Cannot save"), "\n".join(by_field[""]))

    # --- slots -------------------------------------------------------------------------------
    def _on_modified(self, *_args: object) -> None:
        if not self._loading:
            self.setWindowModified(True)

    def _on_save_clicked(self) -> None:
        if not self._readonly:
            self.save()

    def _on_ok_clicked(self) -> None:
        if self.save():
            self.accept()

    def _on_category_changed(self, category_code: str) -> None:
        """A new project's proposed code follows its category until the user types another code."""
        code = self.form.edits["code"].text()
        if self._loaded.id is not None or code != self._auto_code or not category_code:
            return
        try:
            self._auto_code = project_service.new_project(self._ws, category_code).code
        except DomainError:
            return
        self.form.set_code(self._auto_code)

    def reject(self) -> None:
        """Cancel, Esc and the window's close button: ask before dropping unsaved changes."""
        if self.isWindowModified() and not self._readonly and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard changes?"),
                          self.tr("This project has unsaved changes. Discard them?"),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Discard changes"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        return QMessageBox.StandardButton(box.exec()) == QMessageBox.StandardButton.Discard
