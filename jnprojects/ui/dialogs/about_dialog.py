"""Help ▸ About: the version, the database in use with its schema version, and where data is kept."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ... import __version__
from ...paths import data_dir
from ...services.workspace import Workspace
from ..icons import app_icon


class AboutDialog(QDialog):
    """Shows what a support call needs: version, database path, schema version, data folder.

    Every value is selectable so it can be copied into a message.
    """

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About jnprojects"))
        self.icon_label = QLabel()
        self.icon_label.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(self.tr("Jining key projects of new urbanization"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("Key projects of the Jining New Urbanization Plan (2022–2035)"))
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(subtitle)
        top = QHBoxLayout()
        top.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.version_label = self._value(__version__)
        self.database_label = self._value(str(workspace.path))
        self.schema_label = self._value(str(workspace.store.version))
        self.data_dir_label = self._value(str(data_dir()))
        form = QFormLayout()
        form.addRow(self.tr("Version:"), self.version_label)
        form.addRow(self.tr("Database:"), self.database_label)
        form.addRow(self.tr("Schema version:"), self.schema_label)
        form.addRow(self.tr("Data folder:"), self.data_dir_label)
        form.addRow(self.tr("Built with:"), self._value(f"Python {platform.python_version()}, Qt {pyside_version}"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _value(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label
