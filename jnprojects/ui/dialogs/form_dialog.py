"""The shape the export dialogs share: an as-of date, a file row, a form, a grey note, then OK / Cancel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)


def as_of_edit(day: date) -> QDateEdit:
    """A date picker with a calendar, showing ``day`` as 2026-11-30."""
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def file_row(path_edit: QLineEdit, on_browse: Callable[[], None]) -> QHBoxLayout:
    """The path field with a Browse… button beside it."""
    browse = QPushButton(QCoreApplication.translate("FormDialog", "Browse…"))
    browse.clicked.connect(on_browse)
    row = QHBoxLayout()
    row.addWidget(path_edit, 1)
    row.addWidget(browse)
    return row


def lay_out_form_dialog(dialog: QDialog, form: QFormLayout, note: str, ok_text: str,
                        on_ok: Callable[[], None]) -> QDialogButtonBox:
    """Put ``form``, ``note`` and the buttons into ``dialog``; OK calls ``on_ok``, Cancel rejects."""
    label = QLabel(note)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("FormDialog", "Cancel"))
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(label)
    layout.addWidget(buttons)
    return buttons
