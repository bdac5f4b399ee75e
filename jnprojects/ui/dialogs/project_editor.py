"""项目详情: the dialog that edits one project (basic facts, milestones, responsible units) and
shows its change log.

Invariants:

* Nothing is written until every field parses and passes the domain rules; each problem is shown in
  red next to its field. A save is one service call, hence one transaction: a refused save leaves
  the database exactly as it was.
* An empty date field stays empty (``None``); nothing is ever filled in with today.
* With ``readonly`` (or a read-only workspace) no editor accepts input and nothing can be saved.
* No Python exception reaches the user: unexpected ones are logged and shown as a sentence.
"""

from __future__ import annotations

import copy
import logging

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
    QPlainTextEdit, QPushButton, QScrollArea, QTableView, QTableWidget, QTableWidgetItem, QTabWidget,
    QVBoxLayout, QWidget,
)

from ...domain import milestone_templates
from ...domain.errors import DomainError, ValidationError, ValidationErrors
from ...domain.model import Assignment, Kind, Level, Milestone, Project, Role, Stage
from ...domain.validation import project_problems
from ...domain.values import format_money, parse_date, parse_money
from ...services import projects as project_service
from ...services.workspace import Workspace
from ..labels import kind_name, level_name, role_name, stage_name
from ..messages import error_text, field_name
from ..models.assignment_table import AssignmentDelegate, AssignmentTableModel
from ..models.milestone_table import DateLineEdit, MilestoneDelegate, MilestoneTableModel
from .history_text import HistoryText
from .unit_dialog import UnitDialog

log = logging.getLogger(__name__)

DATE_FIELDS = ("planned_start", "planned_end", "actual_start", "actual_end")
TEXT_FIELDS = ("code", "name", "national_code", "subcategory")
TAB_BASIC, TAB_MILESTONES, TAB_UNITS, TAB_HISTORY = range(4)
ERROR_COLOR = "#c62828"

Problem = tuple[str, str]  # (field, sentence)


class ProjectEditor(QDialog):
    """Edits the project ``project_id`` (or a new one of ``category_code`` when it is ``None``)."""

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
        self._loading = False
        self._auto_code = ""  # the code proposed for a new project, replaced when the category changes
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._buttons: dict[str, QPushButton] = {}
        self._categories = project_service.categories(workspace)
        self._locations = project_service.locations(workspace)
        self._unit_names = [u.name for u in project_service.units(workspace)]
        if project_id is None:
            category_code = category_code or (self._categories[0].code if self._categories else "")
            project = project_service.new_project(workspace, category_code)
            self._auto_code = project.code
        else:
            project = project_service.get_project(workspace, project_id)
        self._loaded = project

        self._milestones = MilestoneTableModel(self)
        self._assignments = AssignmentTableModel(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_basic_tab(), self.tr("Basic information"))
        self.tabs.addTab(self._build_milestone_tab(), self.tr("Milestones"))
        self.tabs.addTab(self._build_units_tab(), self.tr("Responsible units"))
        self.history = HistoryText(self)
        self.tabs.addTab(self.history.table, self.tr("Change log"))
        self.button_box = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.button_box)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_clicked)
        self.resize(1000, 700)
        self._connect_modified()
        self._load(project)
        if self._readonly:
            self._apply_readonly()

    # --- public API --------------------------------------------------------------------------
    def field_widget(self, field: str) -> QWidget:
        """The editor of ``field`` (a ``Project`` attribute, or ``milestones``/``assignments``)."""
        return self._fields[field]

    def error_label(self, field: str) -> QLabel:
        """The red label next to ``field``; hidden and empty when the field has no problem."""
        return self._errors[field]

    def button(self, name: str) -> QPushButton:
        """Buttons by name: save, ok, cancel, add_milestone, remove_milestone, move_up, move_down,
        apply_template, add_assignment, remove_assignment, new_unit."""
        return self._buttons[name]

    def milestone_model(self) -> MilestoneTableModel:
        return self._milestones

    def assignment_model(self) -> AssignmentTableModel:
        return self._assignments

    def milestone_view(self) -> QTableView:
        return self._fields["milestones"]  # type: ignore[return-value]

    def assignment_view(self) -> QTableView:
        return self._fields["assignments"]  # type: ignore[return-value]

    def project(self) -> Project:
        """A deep copy of the project as last loaded or saved."""
        return copy.deepcopy(self._loaded)

    def is_modified(self) -> bool:
        return self.isWindowModified()

    # --- building ----------------------------------------------------------------------------
    def _field(self, name: str, widget: QWidget, extra: QWidget | None = None) -> QWidget:
        """``widget`` (plus an optional suffix) above its red error label, as one form cell."""
        widget.setObjectName(f"field_{name}")
        self._fields[name] = widget
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(f"color: {ERROR_COLOR};")
        error.setWordWrap(True)
        error.hide()
        self._errors[name] = error
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if extra is None:
            column.addWidget(widget)
        else:
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            row.addWidget(extra)
            column.addLayout(row)
        column.addWidget(error)
        return cell

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox()
        for text, data in items:
            box.addItem(text, data)
        return box

    def _build_basic_tab(self) -> QWidget:
        chinese = QLocale().language() == QLocale.Language.Chinese
        not_set = self.tr("Not set")
        for name in TEXT_FIELDS:
            QLineEdit().setParent(None)
        edits = {name: QLineEdit() for name in TEXT_FIELDS}
        edits["national_code"].setPlaceholderText(self.tr("Code from the national investment project platform"))
        category = self._combo([(c.name_zh if chinese else c.name_en, c.code) for c in self._categories])
        level = self._combo([(not_set, "")] + [(level_name(v), str(v)) for v in Level])
        kind = self._combo([(not_set, "")] + [(kind_name(v), str(v)) for v in Kind])
        stage = self._combo([(stage_name(v), str(v)) for v in Stage])
        money = QLineEdit()
        money.setPlaceholderText(self.tr("e.g. 1200 or 1.2亿"))
        left = QFormLayout()
        for name, widget in (("code", edits["code"]), ("name", edits["name"]),
                             ("national_code", edits["national_code"]), ("category_code", category),
                             ("subcategory", edits["subcategory"]), ("level", level), ("kind", kind),
                             ("stage", stage)):
            left.addRow(field_name(name), self._field(name, widget))
        right = QFormLayout()
        right.addRow(field_name("total_investment"),
                     self._field("total_investment", money, QLabel(self.tr("10,000 yuan"))))
        for name in DATE_FIELDS:
            right.addRow(field_name(name), self._field(name, DateLineEdit()))
        places = QListWidget()
        places.setFlow(QListWidget.Flow.LeftToRight)
        places.setWrapping(True)
        places.setResizeMode(QListWidget.ResizeMode.Adjust)
        places.setSpacing(2)
        for location in self._locations:
            item = QListWidgetItem(location.name)
            item.setData(Qt.ItemDataRole.UserRole, location.code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            places.addItem(item)
        places.setFixedHeight(3 * (places.fontMetrics().height() + 12) + 8)
        content, notes = QPlainTextEdit(), QPlainTextEdit()
        content.setMinimumHeight(90)
        notes.setMinimumHeight(60)
        lower = QFormLayout()
        lower.addRow(field_name("locations"), self._field("locations", places))
        lower.addRow(field_name("content"), self._field("content", content))
        lower.addRow(field_name("notes"), self._field("notes", notes))

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(lower, 1, 0, 1, 2)
        grid.addWidget(self._build_plan_box(), 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        page = QWidget()
        page.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        category.currentIndexChanged.connect(self._on_category_changed)
        return scroll

    def _build_plan_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("From the plan (the plan's own words, not editable)"))
        box.setStyleSheet("QGroupBox { background: #f6f1e3; border: 1px solid #d8cba6; border-radius: 4px;"
                          " margin-top: 14px; padding-top: 6px; }"
                          "QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }")
        self.plan_source = QLabel()
        self.plan_target = QLabel()
        self.plan_quote = QPlainTextEdit()
        self.plan_quote.setReadOnly(True)
        self.plan_quote.setFixedHeight(70)
        self.plan_quote.setStyleSheet("QPlainTextEdit { background: #fffdf5; }")
        for label in (self.plan_source, self.plan_target):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout(box)
        form.addRow(self.tr("Source"), self.plan_source)
        form.addRow(self.tr("Target"), self.plan_target)
        form.addRow(self.tr("Original text"), self.plan_quote)
        return box

    def _table_tab(self, name: str, model, delegate, buttons: list[tuple[str, str, object]]) -> QWidget:  # noqa: ANN001
        view = QTableView()
        view.setModel(model)
        view.setItemDelegate(delegate)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 14)
        bar = QHBoxLayout()
        for key, text, slot in buttons:
            button = QPushButton(text)
            button.clicked.connect(slot)
            self._buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addLayout(bar)
        column.addWidget(self._field(name, view), 1)
        return page

    def _build_milestone_tab(self) -> QWidget:
        page = self._table_tab("milestones", self._milestones, MilestoneDelegate(self), [
            ("add_milestone", self.tr("Add"), self._on_add_milestone_clicked),
            ("remove_milestone", self.tr("Delete"), self._on_remove_milestone_clicked),
            ("move_up", self.tr("Move up"), lambda: self._on_move_clicked(-1)),
            ("move_down", self.tr("Move down"), lambda: self._on_move_clicked(1)),
            ("apply_template", self.tr("Apply template"), self._on_apply_template_clicked),
        ])
        self._buttons["apply_template"].setToolTip(self.tr("Add the standard milestones of this category"))
        header = self.milestone_view().horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((260, 120, 120, 90, 120)):
            self.milestone_view().setColumnWidth(column, width)
        return page

    def _build_units_tab(self) -> QWidget:
        page = self._table_tab("assignments", self._assignments, AssignmentDelegate(lambda: self._unit_names, self), [
            ("add_assignment", self.tr("Add"), self._on_add_assignment_clicked),
            ("remove_assignment", self.tr("Delete"), self._on_remove_assignment_clicked),
            ("new_unit", self.tr("New unit…"), self._on_new_unit_clicked),
        ])
        header = self.assignment_view().horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 100), (2, 160), (3, 160)):
            self.assignment_view().setColumnWidth(column, width)
        return page

    def _build_buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox()
        if self._readonly:
            self._buttons["cancel"] = box.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        else:
            self._buttons["save"] = box.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.ApplyRole)
            self._buttons["save"].setToolTip(self.tr("Save and keep editing (Ctrl+S)"))
            self._buttons["ok"] = box.addButton(self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
            self._buttons["ok"].setToolTip(self.tr("Save and close"))
            self._buttons["cancel"] = box.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
            self._buttons["save"].clicked.connect(self._on_save_clicked)
            self._buttons["ok"].clicked.connect(self._on_ok_clicked)
            self._buttons["ok"].setDefault(True)
        self._buttons["cancel"].clicked.connect(self.reject)
        return box

    def _connect_modified(self) -> None:
        for name, widget in self._fields.items():
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.textChanged.connect(self._on_modified)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._on_modified)
            elif isinstance(widget, QListWidget):
                widget.itemChanged.connect(self._on_modified)
        for model in (self._milestones, self._assignments):
            for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.rowsMoved):
                signal.connect(self._on_modified)

    def _apply_readonly(self) -> None:
        for widget in self._fields.values():
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(True)
            elif isinstance(widget, QComboBox):
                widget.setEnabled(False)
            elif isinstance(widget, QListWidget):
                for row in range(widget.count()):
                    widget.item(row).setFlags(Qt.ItemFlag.ItemIsEnabled)
            elif isinstance(widget, QTableView):
                widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._milestones.set_readonly(True)
        self._assignments.set_readonly(True)
        for name, button in self._buttons.items():
            button.setEnabled(name == "cancel")

    # --- loading and reading -----------------------------------------------------------------
    def _load(self, project: Project) -> None:
        """Show ``project`` in every field; the dialog is unmodified afterwards."""
        self._loading = True
        try:
            self._loaded = copy.deepcopy(project)
            for name in TEXT_FIELDS:
                self._fields[name].setText(getattr(project, name) or "")  # type: ignore[attr-defined]
            self._fields["code"].setReadOnly(self._readonly or project.id is not None)  # type: ignore[attr-defined]
            for name, value in (("category_code", project.category_code), ("level", project.level or ""),
                                ("kind", project.kind or ""), ("stage", project.stage)):
                box: QComboBox = self._fields[name]  # type: ignore[assignment]
                box.setCurrentIndex(max(0, box.findData(str(value))))
            self._fields["total_investment"].setText(format_money(project.total_investment, "万元")[0])  # type: ignore[attr-defined]
            for name in DATE_FIELDS:
                self._fields[name].set_date(getattr(project, name))  # type: ignore[attr-defined]
            places: QListWidget = self._fields["locations"]  # type: ignore[assignment]
            for row in range(places.count()):
                item = places.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in project.locations
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self._fields["content"].setPlainText(project.content)  # type: ignore[attr-defined]
            self._fields["notes"].setPlainText(project.notes)  # type: ignore[attr-defined]
            self.plan_source.setText(project.plan_source or self.tr("Not from the plan"))
            self.plan_target.setText(project.plan_target or "—")
            self.plan_quote.setPlainText(project.plan_quote)
            self._milestones.set_milestones(project.milestones)
            self._assignments.set_assignments(project.assignments)
            self.history.load(self._ws, project.id)
        finally:
            self._loading = False
        self._clear_problems()
        self._update_title(project)
        self.setWindowModified(False)

    def _update_title(self, project: Project) -> None:
        title = self.tr("New project") if project.id is None else self.tr("Project details")
        self.setWindowTitle(f"{title} — {project.code} {project.name}[*]")

    def _collect(self) -> tuple[Project, list[Problem]]:
        """The project as the fields say, and every problem found (parsing and domain rules)."""
        errors: list[ValidationError] = []
        project = copy.deepcopy(self._loaded)
        text = {name: self._fields[name].text().strip() for name in TEXT_FIELDS}  # type: ignore[attr-defined]
        project.code, project.name, project.subcategory = text["code"], text["name"], text["subcategory"]
        project.national_code = text["national_code"] or None
        data = {name: self._fields[name].currentData() for name in ("category_code", "level", "kind", "stage")}  # type: ignore[attr-defined]
        project.category_code = data["category_code"] or ""
        project.level = Level(data["level"]) if data["level"] else None
        project.kind = Kind(data["kind"]) if data["kind"] else None
        project.stage = Stage(data["stage"])
        places: QListWidget = self._fields["locations"]  # type: ignore[assignment]
        project.locations = [places.item(r).data(Qt.ItemDataRole.UserRole) for r in range(places.count())
                             if places.item(r).checkState() == Qt.CheckState.Checked]
        project.content = self._fields["content"].toPlainText()  # type: ignore[attr-defined]
        project.notes = self._fields["notes"].toPlainText()  # type: ignore[attr-defined]
        try:
            project.total_investment = parse_money(self._fields["total_investment"].text(), "total_investment")  # type: ignore[attr-defined]
        except ValidationError as exc:
            errors.append(exc)
            project.total_investment = None
        for name in DATE_FIELDS:
            try:
                setattr(project, name, parse_date(self._fields[name].text(), name))  # type: ignore[attr-defined]
            except ValidationError as exc:
                errors.append(exc)
                setattr(project, name, None)
        project.milestones, cell_errors = self._milestones.milestones()
        project.assignments = self._assignments.assignments()
        known = set(self._unit_names)
        errors += [ValidationError("unknown_unit", "assignments", {"value": a.unit_name})
                   for a in project.assignments if a.unit_name and a.unit_name not in known]
        errors += project_problems(project)
        problems = [(e.field, error_text(e)) for e in errors]
        problems += [("milestones", self.tr("Row %1: %2").replace("%1", str(row)).replace("%2", error_text(e)))
                     for row, e in cell_errors]
        return project, problems

    # --- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Validate everything, then write with one service call. True when the project is stored."""
        if self._readonly:
            return False
        if self._loaded.id is not None and not self.isWindowModified():
            return True
        self._clear_problems()
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
            if isinstance(exc, ValidationError) and exc.field in self._errors:
                self._show_problems([(exc.field, error_text(exc))])
            else:
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
        """Mark each field with its sentences; switch to the tab of the first one shown."""
        by_field: dict[str, list[str]] = {}
        for field, sentence in problems:
            by_field.setdefault(field if field in self._errors else "", []).append(sentence)
        for field, sentences in by_field.items():
            if not field:
                continue
            label = self._errors[field]
            label.setText("\n".join(dict.fromkeys(sentences)))
            label.show()
            widget = self._fields[field]
            widget.setStyleSheet(f"#{widget.objectName()} {{ border: 2px solid {ERROR_COLOR}; }}")
        first = next((f for f, _ in problems if f in self._errors), None)
        if first is not None:
            self.tabs.setCurrentIndex(self._tab_of(first))
            self._fields[first].setFocus()
        general = by_field.get("")
        if general and not quiet:
            QMessageBox.warning(self, self.tr("Cannot save"), "\n".join(general))

    @staticmethod
    def _tab_of(field: str) -> int:
        return {"milestones": TAB_MILESTONES, "assignments": TAB_UNITS}.get(field, TAB_BASIC)

    def _clear_problems(self) -> None:
        for field, label in self._errors.items():
            label.clear()
            label.hide()
            self._fields[field].setStyleSheet("")

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

    def _on_category_changed(self, _index: int) -> None:
        """A new project's proposed code follows its category until the user types a code."""
        code_edit: QLineEdit = self._fields["code"]  # type: ignore[assignment]
        category = self._fields["category_code"].currentData()  # type: ignore[attr-defined]
        if self._loading or self._loaded.id is not None or code_edit.text() != self._auto_code or not category:
            return
        try:
            self._auto_code = project_service.new_project(self._ws, category).code
        except DomainError:
            return
        code_edit.setText(self._auto_code)

    def _on_add_milestone_clicked(self) -> None:
        self._milestones.insert_milestones([Milestone(name=self.tr("New milestone"))])
        view = self.milestone_view()
        view.setCurrentIndex(self._milestones.index(self._milestones.rowCount() - 1, 0))
        view.edit(view.currentIndex())

    def _selected_rows(self, view: QTableView) -> list[int]:
        rows = {index.row() for index in view.selectionModel().selectedIndexes()}
        if not rows and view.currentIndex().isValid():
            rows.add(view.currentIndex().row())
        return sorted(rows)

    def _on_remove_milestone_clicked(self) -> None:
        self._milestones.remove_rows(self._selected_rows(self.milestone_view()))

    def _on_move_clicked(self, delta: int) -> None:
        view = self.milestone_view()
        rows = self._selected_rows(view)
        if len(rows) == 1:
            row = self._milestones.move_row(rows[0], delta)
            view.selectRow(row)

    def _on_apply_template_clicked(self) -> None:
        category = self._fields["category_code"].currentData()  # type: ignore[attr-defined]
        present = set(self._milestones.names())
        nodes = [copy.deepcopy(m) for m in milestone_templates.template_for(category) if m.name not in present]
        if not nodes:
            QMessageBox.information(self, self.tr("Apply template"),
                                    self.tr("The standard milestones of this category are already in the list."))
            return
        self._milestones.insert_milestones(nodes)

    def _on_add_assignment_clicked(self) -> None:
        row = self._assignments.add_assignment()
        view = self.assignment_view()
        view.setCurrentIndex(self._assignments.index(row, 0))
        view.edit(view.currentIndex())

    def _on_remove_assignment_clicked(self) -> None:
        self._assignments.remove_rows(self._selected_rows(self.assignment_view()))

    def _on_new_unit_clicked(self) -> None:
        dialog = UnitDialog(self._ws, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._unit_names = [u.name for u in project_service.units(self._ws)]
        self.sig_units_changed.emit(dialog.changes)
        has_lead = any(a.role == Role.LEAD for a in self._assignments.assignments())
        self._assignments.add_assignment(Assignment(dialog.unit_name, Role.COOP if has_lead else Role.LEAD))

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
        answer = box.exec()
        return QMessageBox.StandardButton(answer) == QMessageBox.StandardButton.Discard
