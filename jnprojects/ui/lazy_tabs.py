"""Tabs whose view is built the first time the tab is shown, and refreshed only while shown.

Start-up then costs only the project list: the change log, the monthly dispatch and the dashboard
query (and import pyqtgraph) when the user first opens them. A change made while a built view's tab
is not the current one is kept (merged with later ones) and given to the view when its tab is next
shown: at province scale the monthly dispatch took seconds to refresh, after every saved edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..services.changes import Changes


class LazyTabs:
    """Pages of a ``QTabWidget`` keyed by name; ``view(key)`` builds a page's view on demand.

    Invariant: ``built()`` holds exactly the views already constructed, in tab order.
    """

    def __init__(self, tabs: QTabWidget) -> None:
        self.tabs = tabs
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._pages: dict[str, QWidget] = {}
        self._views: dict[str, QWidget] = {}
        self._pending: dict[str, Changes] = {}  # changes a built view has not been refreshed with
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

    def refresh(self, changes: Changes, skip: QWidget | None = None) -> None:
        """Refresh the built views (but ``skip``) with ``changes``: the current tab's now, the
        others' when their tab is next shown."""
        current = self.tabs.currentWidget()
        for key, view in self._views.items():
            if view is skip:
                continue
            if self._pages[key] is current:
                view.refresh(changes)  # type: ignore[attr-defined]
            else:
                pending = self._pending.get(key)
                self._pending[key] = changes if pending is None else pending.merged(changes)

    def _on_current_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        for key, candidate in self._pages.items():
            if candidate is page:
                view = self.view(key)
                pending = self._pending.pop(key, None)
                if pending is not None:
                    view.refresh(pending)  # type: ignore[attr-defined]
