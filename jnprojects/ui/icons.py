"""The application icon, from the PNGs in ``resources/icons`` (made by ``packaging/make_icons.py``)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ..paths import icons_dir


def app_icon() -> QIcon:
    """The icon at every size shipped; a null icon when the files are missing."""
    icon = QIcon()
    for path in sorted(icons_dir().glob("jnprojects-*.png")):
        icon.addFile(str(path))
    return icon
