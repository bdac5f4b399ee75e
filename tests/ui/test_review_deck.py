"""Review mode offscreen: the keys page through every slide, Esc leaves, a click opens a project's
details, and nothing reaches the database while the deck is open."""

from __future__ import annotations

import os

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from jnprojects.domain.deck import SlideKind
from jnprojects.domain.query import ProjectFilter
from jnprojects.services import deck as deck_service
from jnprojects.ui.review.menu import ReviewMenu
from jnprojects.ui.review.window import ReviewWindow
from tests.helpers import sql_dump
from tests.services.small_db import D, make_small


def _window(qtbot, workspace) -> ReviewWindow:
    make_small(workspace)
    window = ReviewWindow(deck_service.build(workspace, D))
    qtbot.addWidget(window)
    window.show_on(QGuiApplication.primaryScreen())
    qtbot.waitExposed(window)
    return window


def test_keys_page_through_every_slide_and_esc_leaves(qtbot, workspace) -> None:
    window = _window(qtbot, workspace)
    count = len(window.deck.slides)
    assert count == 9 and window.isFullScreen()
    seen = [window.index]
    for key in [Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space] * 3:
        qtbot.keyClick(window, key)
        seen.append(window.index)
    assert seen == list(range(count)) + [count - 1]  # every slide once, then it stays on the last
    qtbot.keyClick(window, Qt.Key.Key_Left)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.index == count - 3
    qtbot.keyClick(window, Qt.Key.Key_Home)
    assert window.index == 0
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert window.index == count - 1
    qtbot.keyClicks(window, "3")
    assert window.typed == "3"
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.index == 2 and window.typed == ""
    assert window.deck.slides[window.index].kind == SlideKind.CATEGORY
    with qtbot.waitSignal(window.sig_closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_the_slide_counter_and_the_typed_number_are_painted(qtbot, workspace) -> None:
    window = _window(qtbot, workspace)
    first = window.grab().toImage()
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert window.grab().toImage() != first
    qtbot.keyClicks(window, "1")
    with_number = window.grab().toImage()
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # clears the number, stays in the deck
    assert window.isVisible() and window.typed == "" and window.grab().toImage() != with_number


def test_a_click_on_a_project_opens_its_details_and_esc_closes_them(qtbot, workspace) -> None:
    window = _window(qtbot, workspace)
    qtbot.keyClicks(window, "3")
    qtbot.keyClick(window, Qt.Key.Key_Enter)
    window.grab()  # paints the slide (and records its project rows)
    hits = window.hits()
    assert [window.deck.projects[h.project_id].code for h in hits] == ["JT-901", "JT-902"]
    plain = window.grab().toImage()
    qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=window.widget_point(hits[0]).toPoint())
    assert window.details == hits[0].project_id
    assert window.grab().toImage() != plain
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.details is None and window.isVisible()
    qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))  # outside every row
    assert window.details is None


def test_nothing_reaches_the_database_while_the_deck_is_open(qtbot, workspace) -> None:
    make_small(workspace)
    path = workspace.path
    before, stamp = sql_dump(path), os.stat(path).st_mtime_ns
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = ReviewMenu(parent, lambda: workspace, lambda: ProjectFilter())
    window = menu.open_review(QGuiApplication.primaryScreen())
    assert window is not None and menu.window is window
    qtbot.waitExposed(window)
    assert not hasattr(window, "ws") and not any(isinstance(v, type(workspace)) for v in vars(window).values())
    clicked = 0
    for _ in range(len(window.deck.slides)):
        window.grab()  # paints the slide (and records its project rows)
        for hit in window.hits():
            clicked += 1
            qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=window.widget_point(hit).toPoint())
            qtbot.keyClick(window, Qt.Key.Key_Escape)
        qtbot.keyClick(window, Qt.Key.Key_Right)
    assert clicked >= 6  # the rows of both categories, the red list and the milestone list
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_S, Qt.Key.Key_Z):  # editing keys do nothing here
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert menu.window is None
    assert sql_dump(path) == before and os.stat(path).st_mtime_ns == stamp


def test_review_action_is_f5(qtbot, workspace) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = ReviewMenu(parent, lambda: workspace, lambda: ProjectFilter())
    assert menu.review_action.shortcut().toString() == "F5"
