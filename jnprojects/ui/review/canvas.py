"""Drawing primitives of the slides on the 1920×1080 logical canvas: text that wraps and elides
within its box (never shrinks), status badges, tables' rules and bars.

One :class:`Canvas` wraps the ``QPainter`` of whatever device is painted (window, PNG image, PDF
page); the device's transform maps the canvas onto it, so every size here is in canvas units.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from ...domain.status import Light
from .fonts import deck_font
from .style import INK, RULE, paint_light, paint_verdict
from .texts import light_label, verdict_label

WIDTH, HEIGHT = 1920.0, 1080.0
MARGIN = 80.0

Align = Qt.AlignmentFlag


def wrap(text: str, width: float, metrics: QFontMetricsF, max_lines: int) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (at spaces for Latin words, anywhere
    in CJK), at most ``max_lines``; the last line kept is elided with '…' when text is left over."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for ch in paragraph:
            if metrics.horizontalAdvance(current + ch) <= width or not current:
                current += ch
                continue
            cut = current.rfind(" ")
            if ch != " " and cut > 0 and current[cut + 1:].isascii() and current[cut + 1:].isalnum():
                lines.append(current[:cut])
                current = current[cut + 1:] + ch
            else:
                lines.append(current)
                current = "" if ch == " " else ch
        lines.append(current)
    if len(lines) > max_lines:
        kept = lines[:max_lines]
        rest = "".join(lines[max_lines - 1:])
        kept[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        return kept
    return lines


class Canvas:
    """Text and shapes on a painter whose transform maps the 1920×1080 canvas onto its device."""

    def __init__(self, painter: QPainter) -> None:
        self.p = painter

    def text(self, rect: QRectF, text: str, size: float, *, bold: bool = False, colour: QColor = INK,
             align: Qt.AlignmentFlag = Align.AlignLeft | Align.AlignVCenter, max_lines: int = 1,
             line_spacing: float = 1.3) -> float:
        """Draw ``text`` inside ``rect`` (wrapped to ``max_lines``, elided beyond); returns the
        height used."""
        font = deck_font(size, bold)
        metrics = QFontMetricsF(font)
        lines = wrap(text, rect.width(), metrics, max_lines)
        step = size * line_spacing
        used = step * (len(lines) - 1) + metrics.height()
        self.p.setFont(font)
        self.p.setPen(colour)
        if align & Align.AlignVCenter:
            top = rect.top() + (rect.height() - used) / 2
        elif align & Align.AlignBottom:
            top = rect.bottom() - used
        else:
            top = rect.top()
        horizontal = align & (Align.AlignLeft | Align.AlignRight | Align.AlignHCenter)
        for i, line in enumerate(lines):
            box = QRectF(rect.left(), top + i * step, rect.width(), metrics.height())
            self.p.drawText(box, horizontal | Align.AlignVCenter, line)
        return used

    def width_of(self, text: str, size: float, bold: bool = False) -> float:
        return QFontMetricsF(deck_font(size, bold)).horizontalAdvance(text)

    def badge(self, left: float, cy: float, light: Light, size: float = 30, text_size: float = 26,
              label: str | None = None) -> float:
        """Shape and label of ``light`` starting at ``left``; returns the right edge."""
        paint_light(self.p, QPointF(left + size / 2, cy), size, light)
        label = light_label(light) if label is None else label
        width = self.width_of(label, text_size, True)
        self.text(QRectF(left + size + 10, cy - text_size, width + 4, text_size * 2), label, text_size, bold=True)
        return left + size + 10 + width

    def verdict(self, left: float, cy: float, verdict: str, size: float = 26, text_size: float = 24) -> float:
        paint_verdict(self.p, QPointF(left + size / 2, cy), size, verdict)
        label = verdict_label(verdict)
        width = self.width_of(label, text_size, True)
        self.text(QRectF(left + size + 8, cy - text_size, width + 4, text_size * 2), label, text_size, bold=True)
        return left + size + 8 + width

    def rule(self, y: float, left: float = MARGIN, right: float = WIDTH - MARGIN, colour: QColor = RULE,
             width: float = 2.0) -> None:
        self.p.setPen(QPen(colour, width))
        self.p.drawLine(QPointF(left, y), QPointF(right, y))

    def box(self, rect: QRectF, fill: QColor, outline: QColor | None = None, radius: float = 0.0) -> None:
        self.p.setPen(QPen(outline, 2) if outline is not None else Qt.PenStyle.NoPen)
        self.p.setBrush(fill)
        if radius:
            self.p.drawRoundedRect(rect, radius, radius)
        else:
            self.p.drawRect(rect)
        self.p.setBrush(Qt.BrushStyle.NoBrush)
