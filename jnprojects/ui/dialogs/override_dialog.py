"""Setting or clearing a project's manual light (人工认定) with a justification and an expiry date.

The write goes through ``services.overrides`` (logged in the change log); ``changes`` holds what it
returned once the dialog is accepted, for the window to refresh the views.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, ValidationErrors
from ...domain.status import Light, ProjectStatus
from ...services import overrides as override_service
from ...services import projects as project_service
from ...services.changes import Changes
from ...services.workspace import Workspace
from ..dashboard.labels import light_label, reason_lines
from ..messages import error_text

DEFAULT_DAYS = 30  # a new override lasts a month unless the user says otherwise


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class OverrideDialog(QDialog):
    """Manual light of one project. ``status`` (optional) is the light the rules computed, shown
    for reference; ``today`` is the date the expiry must lie after (tests pass one)."""

    def __init__(self, workspace: Workspace, project_id: int, parent: QWidget | None = None,
                 status: ProjectStatus | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._project_id = project_id
        self._today = today or date.today()
        self.changes = Changes()
        project = project_service.get_project(workspace, project_id)
        existing = override_service.get_override(workspace, project_id)
        self.setWindowTitle(self.tr("Manual light – %1").replace("%1", project.code))
        self.setMinimumWidth(520)

        title = QLabel(f"<b>{project.code} {project.name}</b>")
        title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        if status is not None:
            computed = QLabel(self.tr("Light from the rules: %1").replace("%1", light_label(status.computed_light)))
            reasons = [r for r in status.reasons if r.code != "override"]
            computed.setToolTip("\n".join(reason_lines(reasons)))
            layout.addWidget(computed)
        self.current_label = QLabel(self._current_text(existing))
        self.current_label.setWordWrap(True)
        self.current_label.setStyleSheet("color: #52606D;")
        layout.addWidget(self.current_label)

        self.light_group = QButtonGroup(self)
        self.light_buttons: dict[Light, QRadioButton] = {}
        lights = QHBoxLayout()
        for light in override_service.SETTABLE_LIGHTS:
            button = QRadioButton(light_label(light))
            self.light_group.addButton(button)
            self.light_buttons[light] = button
            lights.addWidget(button)
        lights.addStretch(1)
        self.justification_edit = QPlainTextEdit()
        self.justification_edit.setPlaceholderText(self.tr("Why the computed light does not fit, e.g. the delay "
                                                           "was agreed at the dispatch meeting of 2026-05-20"))
        self.justification_edit.setFixedHeight(80)
        self.expiry_edit = QDateEdit()
        self.expiry_edit.setCalendarPopup(True)
        self.expiry_edit.setDisplayFormat("yyyy-MM-dd")
        self.expiry_edit.setMinimumDate(_qdate(self._today + timedelta(days=1)))
        initial = Light.GREEN
        expiry = self._today + timedelta(days=DEFAULT_DAYS)
        if existing is not None:
            initial = existing.light
            self.justification_edit.setPlainText(existing.justification)
            expiry = max(existing.expires_on, self._today + timedelta(days=1))
        self.light_buttons[initial].setChecked(True)
        self.expiry_edit.setDate(_qdate(expiry))
        form = QFormLayout()
        form.addRow(self.tr("Light"), lights)
        form.addRow(self.tr("Justification"), self.justification_edit)
        form.addRow(self.tr("Valid until"), self.expiry_edit)
        layout.addLayout(form)
        note = QLabel(self.tr("The manual light replaces the computed one up to and including the expiry date; "
                              "the computed light and its reasons stay visible beside it. Who set it, when "
                              "and why is kept in the change log."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #B00020;")
        self.error_label.hide()
        layout.addWidget(self.error_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.set_button = QPushButton(self.tr("Set manual light"))
        self.clear_button = QPushButton(self.tr("Clear manual light"))
        buttons.addButton(self.set_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.set_button.clicked.connect(self._on_set)
        self.clear_button.clicked.connect(self._on_clear)
        buttons.rejected.connect(self.reject)
        self.set_button.setDefault(True)
        self.clear_button.setEnabled(existing is not None and not workspace.readonly)
        self.set_button.setEnabled(not workspace.readonly)
        layout.addWidget(buttons)

    def _current_text(self, existing) -> str:  # noqa: ANN001 - Override | None
        if existing is None:
            return self.tr("No manual light is set; the light follows the rules.")
        text = self.tr("Current manual light: %1, set by %2, valid until %3. Reason: %4") \
            .replace("%1", light_label(existing.light)).replace("%2", existing.set_by or "—") \
            .replace("%3", existing.expires_on.isoformat()).replace("%4", existing.justification)
        if existing.expires_on < self._today:
            text += " " + self.tr("(expired: the computed light applies again)")
        return text

    def chosen_light(self) -> Light:
        return next(light for light, button in self.light_buttons.items() if button.isChecked())

    def _on_set(self) -> None:
        try:
            self.changes = override_service.set_override(
                self._ws, self._project_id, self.chosen_light(), self.justification_edit.toPlainText(),
                _date(self.expiry_edit.date()), today=self._today)
        except (DomainError, ValidationErrors) as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.accept()

    def _on_clear(self) -> None:
        answer = QMessageBox.question(self, self.tr("Clear manual light"),
                                      self.tr("Remove the manual light? The computed light applies again."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.changes = override_service.clear_override(self._ws, self._project_id)
        except DomainError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.accept()
