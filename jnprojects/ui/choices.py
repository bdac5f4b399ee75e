"""Filter combo boxes: "any" first, then the choices, keeping the user's pick across refills."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFocusEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox

from ..domain.query import ProjectFilter
from ..services import projects as project_service
from ..services.workspace import Workspace


def compact(box: QComboBox, chars: int) -> None:
    """Size ``box`` for ``chars`` characters, not its longest item (its list still shows whole
    names): measuring 5,000 unit names took 110-130 ms at every layout, and one long name could
    push the window wider than a 1366-pixel laptop screen."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(chars)


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


class LazyChoices(QComboBox):
    """A filter box of many choices (5,000 units at province scale), filled when the user first
    reaches for it (opens it, focuses it or scrolls on it): filling it at the start took 40-50 ms of
    every start at 10,000 projects. Until then it holds only the "any" entry."""

    def __init__(self, any_text: str, items: Callable[[], list[tuple[object, str]]]) -> None:
        super().__init__()
        self._any_text, self._items = any_text, items
        self._filled = False
        self.addItem(any_text, None)

    def refill(self) -> None:
        """The choices changed: read them again now if the box was filled (keeping the pick)."""
        if self._filled:
            fill_choices(self, self._any_text, self._items())

    def fill(self) -> None:
        if not self._filled:
            self._filled = True
            fill_choices(self, self._any_text, self._items())

    def showPopup(self) -> None:  # noqa: N802 - Qt API
        self.fill()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API (arrow keys pick from it)
        self.fill()
        super().focusInEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API (the wheel picks without focus)
        self.fill()
        super().wheelEvent(event)


def scope_boxes(workspace: Workspace, flt: ProjectFilter) -> tuple[QComboBox, QComboBox]:
    """The category and place pickers of an export dialog, preset to ``flt``'s."""
    category_box, location_box = QComboBox(), QComboBox()
    for box, any_text, items, current in (
        (category_box, QCoreApplication.translate("ScopeChoices", "All categories"),
         [(c.code, c.name_zh) for c in project_service.categories(workspace)], flt.category),
        (location_box, QCoreApplication.translate("ScopeChoices", "All places"),
         [(l.code, l.name) for l in project_service.locations(workspace)], flt.location),
    ):
        fill_choices(box, any_text, items)
        box.setCurrentIndex(max(0, box.findData(current)))
    return category_box, location_box
