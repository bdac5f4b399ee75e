"""The window's entry points to review mode: "Review mode" (F5) and "Export briefing pack…".

The deck is built in the background on its OWN read-only connection (the window's connection is
never used from two threads, and a read-only connection cannot write); the deck window then holds
only the deck's data.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from ...domain.query import ProjectFilter
from ...services.workspace import Workspace
from ..dialogs.export_worker import on_own_connection, run_task
from ..messages import error_text

if TYPE_CHECKING:  # the deck's modules load with the first review, not with the window (~0.25 s)
    from ...domain.deck import Deck
    from .window import ReviewWindow


def build_in_background(parent: QWidget | None, ws: Workspace, as_of: date, flt: ProjectFilter,
                        on_start=None) -> Deck:  # noqa: ANN001 - test hook, see run_task
    """The deck of ``ws`` for ``flt`` as of ``as_of``, read on a read-only connection of its own."""
    from ...services import deck as deck_service

    task = on_own_connection(ws, lambda own, _progress, _cancel: deck_service.build(own, as_of, flt))
    return run_task(parent, Q.translate("ReviewMenu", "Review mode"),
                    Q.translate("ReviewMenu", "Preparing the slides…"), task, on_start)


def choose_screen(parent: QWidget | None) -> QScreen | None:
    """The screen to present on: the only one, or the one the presenter picks (the projector is
    offered first: the screen the main window is not on). ``None`` when the choice was cancelled."""
    screens = QGuiApplication.screens()
    if len(screens) <= 1:
        return screens[0] if screens else None
    own = parent.screen() if parent is not None else None
    ordered = sorted(screens, key=lambda s: s is own)
    names = [f"{s.name()} ({s.size().width()}×{s.size().height()})" for s in ordered]
    chosen, ok = QInputDialog.getItem(parent, Q.translate("ReviewMenu", "Review mode"),
                                      Q.translate("ReviewMenu", "Present on which screen?"), names, 0, False)
    return ordered[names.index(chosen)] if ok else None


class ReviewMenu(QObject):
    """Builds the two actions; ``workspace()``, ``current_filter()`` and ``as_of()`` are read when an
    action runs. ``window`` is the deck window while one is open."""

    def __init__(self, parent: QWidget, workspace: Callable[[], Workspace],
                 current_filter: Callable[[], ProjectFilter],
                 as_of: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._parent = parent
        self._workspace = workspace
        self._current_filter = current_filter
        self._as_of = as_of
        self.window: ReviewWindow | None = None
        self.review_action = QAction(self.tr("Review mode"), parent)
        self.review_action.setShortcut(QKeySequence("F5"))
        self.export_action = QAction(self.tr("Export briefing pack…"), parent)
        self.review_action.triggered.connect(lambda: self.open_review())
        self.export_action.triggered.connect(self._on_export)

    def fill(self, menu: QMenu) -> None:
        menu.addAction(self.review_action)
        menu.addAction(self.export_action)

    def open_review(self, screen: QScreen | None = None, on_start=None) -> ReviewWindow | None:  # noqa: ANN001
        """Build the deck for the current filter and date and show it full screen."""
        from .fonts import load_fonts
        from .window import ReviewWindow

        load_fonts()
        try:
            deck = build_in_background(self._parent, self._workspace(), self._as_of(), self._current_filter(),
                                       on_start)
        except Exception as exc:  # shown as a sentence
            QMessageBox.warning(self._parent, self.tr("Review mode"), error_text(exc))
            return None
        screen = screen or choose_screen(self._parent)
        if screen is None and len(QGuiApplication.screens()) > 1:
            return None
        self.window = ReviewWindow(deck)
        self.window.sig_closed.connect(self._on_closed)
        self.window.show_on(screen)
        return self.window

    def _on_closed(self) -> None:
        self.window = None

    def _on_export(self) -> None:
        from .pack_dialog import BriefingPackDialog

        BriefingPackDialog(self._workspace(), self._parent, self._current_filter(), self._as_of()).exec()
