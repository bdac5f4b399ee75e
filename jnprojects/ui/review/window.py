"""The full-screen review deck (汇报模式): pages through a :class:`~jnprojects.domain.deck.Deck`.

Read-only by construction: the window holds the deck's plain data, never a database connection, so
nothing a presenter presses can write. Keys:

* → ↓ PgDn Space Enter: next slide; ← ↑ PgUp Backspace: previous; Home / End: first / last;
* digits then Enter: go to that slide (the typed number shows until Enter or Esc);
* Esc: close the project details if open, else clear a typed number, else leave the deck.

A click on a project row opens its details in an overlay; Esc or another click closes it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QScreen
from PySide6.QtWidgets import QWidget

from ...domain.deck import Deck
from .fonts import deck_font
from .renderer import Hit, SlideRenderer, fit

_NEXT = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
_PREVIOUS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}
_ENTER = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class ReviewWindow(QWidget):
    """One deck on one screen. ``index`` is the slide shown (0-based)."""

    sig_slide_changed = Signal(int)
    """The slide shown changed; carries its 0-based index."""
    sig_closed = Signal()
    """The presenter left the deck."""

    def __init__(self, deck: Deck, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setWindowTitle(Q.translate("ReviewWindow", "Review mode"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.renderer = SlideRenderer(deck)
        self.deck = deck
        self.index = 0
        self.typed = ""
        self.details: int | None = None
        self._hits: list[Hit] = []

    # --- showing -------------------------------------------------------------------------------
    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on ``screen`` (the projector, or the laptop's own)."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def go(self, index: int) -> None:
        index = max(0, min(index, len(self.deck.slides) - 1))
        self.details = None
        if index != self.index:
            self.index = index
            self.sig_slide_changed.emit(index)
        self.update()

    def _target(self) -> QRectF:
        return QRectF(self.rect())

    # --- events --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#000000"))
        self._hits = self.renderer.paint(painter, self.index, self._target())
        if self.details is not None:
            self.renderer.paint_details(painter, self.details, self._target())
        if self.typed:
            self._paint_typed(painter)
        painter.end()

    def _paint_typed(self, painter: QPainter) -> None:
        text = Q.translate("ReviewWindow", "Go to slide %1").replace("%1", self.typed)
        font = deck_font(max(18.0, self.height() / 30), bold=True)
        painter.setFont(font)
        box = painter.fontMetrics().boundingRect(text).adjusted(-24, -14, 24, 14)
        box.moveCenter(self.rect().center())
        painter.fillRect(box, QColor(11, 46, 107, 235))
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape:
            if self.details is not None:
                self.details = None
            elif self.typed:
                self.typed = ""
            else:
                self.close()
                return
        elif event.text().isdigit() and len(self.typed) < 4:
            self.typed += event.text()
        elif key in _ENTER and self.typed:
            wanted, self.typed = int(self.typed), ""
            self.go(wanted - 1)
        elif key in _NEXT or key in _ENTER:
            self.go(self.index + 1)
        elif key in _PREVIOUS:
            self.go(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self.deck.slides) - 1)
        else:
            super().keyPressEvent(event)
            return
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self.details is not None:
            self.details = None
        else:
            point = SlideRenderer.canvas_point(self._target(), event.position())
            self.details = next((h.project_id for h in self._hits if h.rect.contains(point)), None)
        self.update()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        self.sig_closed.emit()
        super().closeEvent(event)

    # --- for tests and the menu ------------------------------------------------------------------
    def hits(self) -> list[Hit]:
        """The project rows of the slide last painted (canvas coordinates)."""
        return list(self._hits)

    def widget_point(self, hit: Hit):  # noqa: ANN201 - QPointF
        """Where ``hit``'s centre is on the window (to click it)."""
        return fit(self._target()).map(hit.rect.center())
