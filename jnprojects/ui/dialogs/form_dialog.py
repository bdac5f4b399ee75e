"""The shape the export dialogs share: a form, a grey explanatory note, then OK / Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout


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
