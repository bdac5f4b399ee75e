"""新建单位: a small dialog that adds one responsible unit through ``services.projects.add_unit``.

Invariant: the dialog closes with ``Accepted`` only after the unit was written (its own
transaction); ``unit_id``, ``unit_name`` and ``changes`` then describe it. Problems (empty or
duplicate name) are shown in red under the name and nothing is written.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...domain.model import Unit
from ...services import projects as project_service
from ...services.changes import Changes
from ...services.workspace import Workspace
from ..messages import error_text, field_name

log = logging.getLogger(__name__)


class UnitDialog(QDialog):
    """Asks for a unit's name, contact person, phone and notes, then adds it."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self._ws = workspace
        self.unit_id: int | None = None
        self.unit_name = ""
        self.changes = Changes()
        self.setWindowTitle(self.tr("New unit"))
        self.setMinimumWidth(420)

        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText(self.tr("Full name, e.g. 济宁市住房和城乡建设局"))
        self.contact_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.notes_edit = QLineEdit()
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(field_name("unit_name"), self.name_edit)
        form.addRow("", self.error_label)
        form.addRow(self.tr("Contact person"), self.contact_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add unit"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name_edit.textEdited.connect(self._on_name_edited)

    def _on_name_edited(self, _text: str) -> None:
        self.error_label.hide()
        self.name_edit.setStyleSheet("")

    def _on_ok_clicked(self) -> None:
        unit = Unit(name=self.name_edit.text().strip(), contact_person=self.contact_edit.text(),
                    phone=self.phone_edit.text(), notes=self.notes_edit.text())
        try:
            self.unit_id, self.changes = project_service.add_unit(self._ws, unit)
        except DomainError as exc:
            self._show_error(error_text(exc))
            return
        except Exception as exc:  # never a traceback in front of the user
            log.exception("adding unit failed")
            self._show_error(error_text(exc))
            return
        self.unit_name = unit.name
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.name_edit.setStyleSheet("QLineEdit { border: 1px solid #c62828; }")
        self.name_edit.setFocus()
