"""Per-PC preferences (window layout, language) behind one typed wrapper.

Every key and its default is declared here once. Settings that belong to the data (status
thresholds) live in the database instead, so every PC that opens it judges alike.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "jnprojects"
APPLICATION = "jnprojects"


class UiSettings:
    """Typed access to QSettings. Tests pass a QSettings on a temporary INI file."""

    def __init__(self, backend: QSettings | None = None) -> None:
        self._s = backend or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    @property
    def project_columns(self) -> QByteArray | None:
        return self._bytes("project_list/header")

    @project_columns.setter
    def project_columns(self, value: QByteArray) -> None:
        self._s.setValue("project_list/header", value)

    @property
    def language(self) -> str:
        return str(self._s.value("ui/language", "zh_CN"))

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    def sync(self) -> None:
        self._s.sync()
