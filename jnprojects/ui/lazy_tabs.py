"""Tabs whose view is built the first time the tab is shown.

Start-up then costs only the project list: the change log, the monthly dispatch and the dashboard
query (and import pyqtgraph) when the user first opens them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class LazyTabs:
    """Pages of a ``QTabWidget`` keyed by name; ``view(key)`` builds a page's view on demand.

    Invariant: ``built()`` holds exactly the views already constructed, in tab order.
    """

    def __init__(self, tabs: QTabWidget) -> None:
        self.tabs = tabs
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._pages: dict[str, QWidget] = {}
        self._views: dict[str, QWidget] = {}
        tabs.currentChanged.connect(self._on_current_changed)

    def add(self, key: str, title: str, factory: Callable[[], QWidget], index: int = -1) -> None:
        page = QWidget()
        self._factories[key] = factory
        self._pages[key] = page
        self.tabs.insertTab(index, page, title)

    def view(self, key: str) -> QWidget:
        if key not in self._views:
            view = self._factories[key]()
            layout = QVBoxLayout(self._pages[key])
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(view)
            self._views[key] = view
        return self._views[key]

    def existing(self, key: str) -> QWidget | None:
        return self._views.get(key)

    def built(self) -> list[QWidget]:
        return [self._views[key] for key in self._pages if key in self._views]

    def show(self, key: str) -> QWidget:
        view = self.view(key)
        self.tabs.setCurrentWidget(self._pages[key])
        return view

    def _on_current_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        for key, candidate in self._pages.items():
            if candidate is page:
                self.view(key)
