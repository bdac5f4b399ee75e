"""The row of headline figures at the top of the dashboard (projects, red, yellow, overdue …).

Each card is a big number under a short caption with a coloured edge and a glyph, so the figure
reads without colour too. The figures are computed by the view once per refresh.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .chart_style import INK, MUTED_INK
from .export import chart_font


@dataclass(frozen=True)
class Card:
    """One headline: ``key`` identifies it (tests), ``accent`` colours the edge."""

    key: str
    caption: str
    value: str
    accent: str
    glyph: str = ""
    detail: str = ""


class _CardWidget(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryCard")
        self.value_label = QLabel()
        self.value_label.setFont(chart_font(20, bold=True))
        self.value_label.setStyleSheet(f"color: {INK};")
        self.caption_label = QLabel()
        self.caption_label.setFont(chart_font(10))
        self.caption_label.setStyleSheet(f"color: {MUTED_INK};")
        self.detail_label = QLabel()
        self.detail_label.setFont(chart_font(9))
        self.detail_label.setStyleSheet(f"color: {MUTED_INK};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.detail_label)

    def show_card(self, card: Card) -> None:
        self.setStyleSheet(f"QFrame#summaryCard {{ background: white; border: 1px solid #D9DEE3;"
                           f" border-left: 5px solid {card.accent}; border-radius: 4px; }}")
        self.caption_label.setText(f"{card.glyph} {card.caption}".strip())
        self.value_label.setText(card.value)
        self.detail_label.setText(card.detail)
        self.detail_label.setVisible(bool(card.detail))


class SummaryCards(QWidget):
    """A horizontal row of cards; ``set_cards`` reuses the widgets when the count is unchanged."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self._widgets: list[_CardWidget] = []
        self._cards: list[Card] = []

    def set_cards(self, cards: list[Card]) -> None:
        while len(self._widgets) < len(cards):
            widget = _CardWidget()
            self._layout.addWidget(widget, 1, Qt.AlignmentFlag.AlignTop)
            self._widgets.append(widget)
        for widget, card in zip(self._widgets, cards):
            widget.show_card(card)
            widget.show()
        for widget in self._widgets[len(cards):]:
            widget.hide()
        self._cards = list(cards)

    def value(self, key: str) -> str:
        """The shown value of the card ``key`` (tests)."""
        return next(c.value for c in self._cards if c.key == key)
