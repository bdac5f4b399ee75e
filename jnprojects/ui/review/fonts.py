"""The deck's own font: the Noto Sans SC subset shipped in ``resources/fonts`` (see
``scripts/make_font_subset.py``), so slides and PDFs look the same on every PC.

Load it from the GUI thread (:func:`load_fonts`) before a worker thread paints with it.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

from ...paths import resources_dir

log = logging.getLogger(__name__)

FAMILY = "Noto Sans SC JN"
FILES = ("NotoSansSC-JN-Regular.otf", "NotoSansSC-JN-Bold.otf")

_loaded: list[str] = []


def load_fonts() -> str:
    """Register the bundled font files once; return the family to paint with.

    A missing or unreadable file is logged and the application's default family is used
    instead (the deck still works, with the system's fonts).
    """
    if not _loaded:
        families: set[str] = set()
        for name in FILES:
            font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
            if font_id < 0:
                log.warning("cannot load the deck font %s", name)
                continue
            families.update(QFontDatabase.applicationFontFamilies(font_id))
        _loaded.append(FAMILY if FAMILY in families else QFont().family())
    return _loaded[0]


def deck_font(pixel_size: float, bold: bool = False) -> QFont:
    """The deck font at ``pixel_size`` logical pixels (slides are laid out on a 1920×1080 canvas)."""
    font = QFont(load_fonts())
    font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # same metrics on screen and paper
    return font
