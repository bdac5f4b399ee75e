"""The project editor's table tabs: 里程碑, 责任单位 and 变更记录.

Invariants: the panels only edit their models (which hold copies); nothing here writes a project.
The one write is 新建单位, which adds a unit in its own transaction through ``UnitDialog``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QMessageBox, QPushButton, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...domain import milestone_templates
from ...domain.model import Assignment, ChangeRecord, Kind, Level, Milestone, Role, Stage
from ...domain.values import format_money
from ...services import projects as project_service
from ...services.workspace import Workspace
from ..dashboard.labels import light_name
from ..labels import kind_name, level_name, role_name, stage_name
from ..messages import field_name
from ..models.assignment_table import AssignmentDelegate, AssignmentTableModel
from ..models.milestone_table import MilestoneDelegate, MilestoneTableModel
from .project_editor_form import FieldRegistry
from .unit_dialog import UnitDialog


class TablePanel(QWidget):
    """A row of buttons above a table whose cells are edited in place."""

    def __init__(self, registry: FieldRegistry, name: str, model, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.model = model
        model.setParent(self)
        self.view = QTableView()
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 14)
        self.buttons: dict[str, QPushButton] = {}
        self._bar = QHBoxLayout()
        self._bar.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(self._bar)
        column.addWidget(registry.cell(name, self.view), 1)

    def add_buttons(self, buttons: list[tuple[str, str, Callable[[], None]]]) -> None:
        for key, text, slot in buttons:
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons[key] = button
            self._bar.insertWidget(self._bar.count() - 1, button)

    def selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.view.selectionModel().selectedIndexes()}
        if not rows and self.view.currentIndex().isValid():
            rows.add(self.view.currentIndex().row())
        return sorted(rows)

    def commit_edits(self) -> None:
        """Write a cell still being edited into the model (Ctrl+S does not move the focus)."""
        editor = self.view.indexWidget(self.view.currentIndex())
        if editor is not None and self.view.state() == QAbstractItemView.State.EditingState:
            self.view.commitData(editor)
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def set_readonly(self, readonly: bool) -> None:
        self.model.set_readonly(readonly)
        if readonly:
            self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for button in self.buttons.values():
            button.setEnabled(not readonly)

    def _edit_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.edit(self.view.currentIndex())


class MilestonePanel(TablePanel):
    """Milestones: add, delete, move, and the category's standard nodes (套用模板)."""

    def __init__(self, registry: FieldRegistry, category: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(registry, "milestones", MilestoneTableModel(), parent)
        self.add_buttons([
            ("add_milestone", self.tr("Add"), self._on_add_clicked),
            ("remove_milestone", self.tr("Delete"), self._on_remove_clicked),
            ("move_up", self.tr("Move up"), lambda: self._on_move_clicked(-1)),
            ("move_down", self.tr("Move down"), lambda: self._on_move_clicked(1)),
            ("apply_template", self.tr("Apply template"), self._on_apply_template_clicked),
        ])
        self.view.setItemDelegate(MilestoneDelegate(self.view))
        self._category = category
        self.buttons["apply_template"].setToolTip(self.tr("Add the standard milestones of this category"))
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((300, 130, 130, 90, 130)):
            self.view.setColumnWidth(column, width)

    def _on_add_clicked(self) -> None:
        self.model.insert_milestones([Milestone(name="")])
        self._edit_row(self.model.rowCount() - 1)

    def _on_remove_clicked(self) -> None:
        self.model.remove_rows(self.selected_rows())

    def _on_move_clicked(self, delta: int) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.view.selectRow(self.model.move_row(rows[0], delta))

    def _on_apply_template_clicked(self) -> None:
        present = set(self.model.names())
        nodes = [copy.deepcopy(m) for m in milestone_templates.template_for(self._category())
                 if m.name not in present]
        if not nodes:
            QMessageBox.information(self, self.tr("Apply template"),
                                    self.tr("The standard milestones of this category are already in the list."))
            return
        self.model.insert_milestones(nodes)


class AssignmentPanel(TablePanel):
    """Responsible units: add, delete, and 新建单位 for a unit that is not in the list yet."""

    sig_units_changed = Signal(object)
    """A unit was added (already written, its own transaction); carries the ``Changes``."""

    def __init__(self, registry: FieldRegistry, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(registry, "assignments", AssignmentTableModel(), parent)
        self._ws = workspace
        self.unit_names = [u.name for u in project_service.units(workspace)]
        self.add_buttons([
            ("add_assignment", self.tr("Add"), self._on_add_clicked),
            ("remove_assignment", self.tr("Delete"), self._on_remove_clicked),
            ("new_unit", self.tr("New unit…"), self._on_new_unit_clicked),
        ])
        self.view.setItemDelegate(AssignmentDelegate(lambda: self.unit_names, self.view))
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 110), (2, 170), (3, 170)):
            self.view.setColumnWidth(column, width)

    def _on_add_clicked(self) -> None:
        self._edit_row(self.model.add_assignment())

    def _on_remove_clicked(self) -> None:
        self.model.remove_rows(self.selected_rows())

    def _on_new_unit_clicked(self) -> None:
        dialog = UnitDialog(self._ws, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.unit_names = [u.name for u in project_service.units(self._ws)]
        self.sig_units_changed.emit(dialog.changes)
        has_lead = any(a.role == Role.LEAD for a in self.model.assignments())
        self.model.add_assignment(Assignment(dialog.unit_name, Role.COOP if has_lead else Role.LEAD))


class HistoryPanel(QTableWidget):
    """The project's change log, newest first: time, user, field, old → new. Read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([self.tr("Time"), self.tr("User"), self.tr("Field"), self.tr("Change")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 100, 200)):
            self.setColumnWidth(column, width)

    def load(self, workspace: Workspace, project_id: int | None) -> None:
        records = project_service.project_history(workspace, project_id) if project_id is not None else []
        places = {loc.code: loc.name for loc in project_service.locations(workspace)} if records else {}
        self.setRowCount(len(records))
        for row, record in enumerate(records):
            cells = (record.at.replace("T", " "), record.user_name, self._field_text(record),
                     self._change_text(record, places))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, column, item)

    def _field_text(self, record: ChangeRecord) -> str:
        owner = {"milestone": self.tr("Milestone"), "assignment": self.tr("Responsible unit"),
                 "project": self.tr("Project"), "override": self.tr("Manual light")}
        # A whole record added or removed: name the record, not its field (a manual light is logged
        # field by field, so its fields are named even then).
        if record.action != "update" and record.entity != "override":
            return owner.get(record.entity, record.entity)
        extra = {"seq": self.tr("Order"), "note": self.tr("Note"), "role": self.tr("Role"),
                 "contact_person": self.tr("Contact person"), "phone": self.tr("Phone"),
                 "origin": self.tr("Origin"), "plan_source": self.tr("Plan source"),
                 "plan_quote": self.tr("Plan text"), "plan_target": self.tr("Plan target")}
        name = field_name(record.field)
        if name == record.field:
            name = extra.get(record.field, record.field)
        return name if record.entity == "project" else f"{owner.get(record.entity, record.entity)} · {name}"

    def _change_text(self, record: ChangeRecord, places: dict[str, str]) -> str:
        if record.action == "insert":
            return self.tr("Added: %1").replace("%1", _value_text(record.field, record.new_value, places))
        if record.action == "delete":
            return self.tr("Removed: %1").replace("%1", _value_text(record.field, record.old_value, places))
        old, new = (_value_text(record.field, v, places) for v in (record.old_value, record.new_value))
        return f"{old} → {new}"


def _value_text(field: str, value: str | None, places: dict[str, str]) -> str:
    """A logged value as people read it: enumeration codes translated, places named, money in 万/亿元."""
    if value is None or value == "":
        return "—"
    labels: dict[str, Callable[[str], str]] = {
        "stage": lambda v: stage_name(Stage(v)), "level": lambda v: level_name(Level(v)),
        "kind": lambda v: kind_name(Kind(v)), "role": lambda v: role_name(Role(v)),
        "locations": lambda v: "、".join(places.get(code, code) for code in v.split("、")),
        "total_investment": lambda v: "".join(format_money(Decimal(v))),
        "light": light_name,
    }
    try:
        if field in labels:
            return labels[field](value)
    except (ValueError, ArithmeticError):
        return value
    for role in Role:  # assignments are logged as "unit（lead）"
        value = value.replace(f"（{role}）", f"（{role_name(role)}）")
    return value
