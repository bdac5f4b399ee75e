"""Filter combo boxes: "any" first, then the choices, keeping the user's pick across refills."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def fill_choices(box: QComboBox, any_text: str, items: list[tuple[object, str]]) -> None:
    """Refill ``box`` with (data, text) ``items`` after an "any" entry (data ``None``); the current
    choice stays selected when it still exists, and no change signal fires."""
    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    box.addItem(any_text, None)
    for value, text in items:
        box.addItem(text, value)
    found = box.findData(current)
    box.setCurrentIndex(found if found >= 0 else 0)
    box.blockSignals(False)
