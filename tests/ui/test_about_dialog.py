"""Help ▸ About shows the version from pyproject.toml, the open database and its schema version."""

from __future__ import annotations

from jnprojects.paths import data_dir
from jnprojects.ui.dialogs.about_dialog import AboutDialog
from tests.packaging.helpers import installed_version


def test_about_shows_version_database_and_schema(qtbot, workspace):
    dialog = AboutDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.version_label.text() == installed_version()
    assert dialog.database_label.text() == str(workspace.path)
    assert dialog.schema_label.text() == str(workspace.store.version) != "0"
    assert dialog.data_dir_label.text() == str(data_dir())
    assert not dialog.icon_label.pixmap().isNull()  # the application icon
