"""The one painter of the deck: the same code draws a slide on the screen, into a PNG and onto a PDF
page, so what leaders see is what they print.

Slides are laid out on a fixed 1920×1080 canvas and scaled uniformly onto the target (letterboxed
when its shape is not 16:9): type grows with the screen from 1366×768 to 4K instead of rows
being squeezed, and lists that do not fit continue on the next slide (``domain.deck``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QTransform

from ...domain.deck import Deck, Slide, SlideKind
from .canvas import HEIGHT, MARGIN, WIDTH, Align, Canvas
from .fonts import load_fonts
from .style import ACCENT, DEMO, MUTED, NAVY, NAVY_SOFT, PAPER, RULE
from .texts import date_text


@dataclass(frozen=True)
class Hit:
    """A project row on a slide, in canvas coordinates (a click there opens its details)."""

    rect: QRectF
    project_id: int


HEADER = 118.0
FOOTER_TOP = 1012.0
BODY = QRectF(MARGIN, HEADER + 30, WIDTH - 2 * MARGIN, FOOTER_TOP - HEADER - 50)


def fit(target: QRectF) -> QTransform:
    """The transform that puts the 1920×1080 canvas, uniformly scaled and centred, into ``target``."""
    scale = min(target.width() / WIDTH, target.height() / HEIGHT)
    dx = target.left() + (target.width() - WIDTH * scale) / 2
    dy = target.top() + (target.height() - HEIGHT * scale) / 2
    return QTransform(scale, 0, 0, scale, dx, dy)


def deck_title() -> str:
    return Q.translate("Slides", "Key projects of Jining's new urbanization: progress briefing")


def part_suffix(slide: Slide) -> str:
    if slide.parts <= 1:
        return ""
    return Q.translate("Slides", " (%1 of %2)").replace("%1", str(slide.part)).replace("%2", str(slide.parts))


def slide_title(slide: Slide) -> str:
    titles = {
        SlideKind.COVER: deck_title(),
        SlideKind.OVERVIEW: Q.translate("Slides", "Overview: status and investment by category"),
        SlideKind.CATEGORY: Q.translate("Slides", "%1: projects").replace("%1", slide.title),
        SlideKind.ATTENTION: Q.translate("Slides", "Red projects needing attention"),
        SlideKind.MILESTONES: Q.translate("Slides", "Milestones due in the next 30 / 60 days"),
        SlideKind.INDICATORS: Q.translate("Slides", "Plan indicators (box 2) against the 2025 and 2035 targets"),
        SlideKind.CHANGES: Q.translate("Slides", "What changed since the last closed month"),
    }
    return titles[slide.kind] + part_suffix(slide)


class SlideRenderer:
    """Paints slide ``index`` of ``deck`` onto any painter; returns the project rows it drew."""

    def __init__(self, deck: Deck) -> None:
        self.deck = deck
        load_fonts()

    def __len__(self) -> int:
        return len(self.deck.slides)

    def paint(self, painter: QPainter, index: int, target: QRectF) -> list[Hit]:
        from . import slides_lists, slides_summary

        slide = self.deck.slides[index]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setTransform(fit(target), combine=True)
        canvas = Canvas(painter)
        canvas.box(QRectF(0, 0, WIDTH, HEIGHT), PAPER)
        painters = {
            SlideKind.COVER: slides_summary.paint_cover,
            SlideKind.OVERVIEW: slides_summary.paint_overview,
            SlideKind.CHANGES: slides_summary.paint_changes,
            SlideKind.CATEGORY: slides_lists.paint_category,
            SlideKind.ATTENTION: slides_lists.paint_attention,
            SlideKind.MILESTONES: slides_lists.paint_milestones,
            SlideKind.INDICATORS: slides_lists.paint_indicators,
        }
        if slide.kind != SlideKind.COVER:
            self._header(canvas, slide)
        hits = painters[slide.kind](canvas, self.deck, slide, BODY)
        self._footer(canvas, index)
        painter.restore()
        return hits

    def _header(self, c: Canvas, slide: Slide) -> None:
        c.box(QRectF(0, 0, WIDTH, HEADER), NAVY)
        c.box(QRectF(0, HEADER, WIDTH, 6), ACCENT)
        as_of = Q.translate("Slides", "As of %1").replace("%1", date_text(self.deck.as_of))
        right = c.width_of(as_of, 26) + 10
        c.text(QRectF(MARGIN, 0, WIDTH - 2 * MARGIN - right - 30, HEADER), slide_title(slide), 48, bold=True,
               colour=PAPER)
        c.text(QRectF(WIDTH - MARGIN - right, 0, right, HEADER), as_of, 26, colour=NAVY_SOFT,
               align=Align.AlignRight | Align.AlignVCenter)

    def _footer(self, c: Canvas, index: int) -> None:
        c.rule(FOOTER_TOP, colour=RULE, width=2)
        counter = f"{index + 1} / {len(self.deck.slides)}"
        footer = deck_title() + " · " + scope_text(self.deck)
        c.text(QRectF(MARGIN, FOOTER_TOP + 8, 1300, HEIGHT - FOOTER_TOP - 16), footer, 22, colour=MUTED)
        if self.deck.demo:
            label = Q.translate("Slides", "DEMO DATA: generated for rehearsal, not facts of the plan")
            left = MARGIN + c.width_of(footer, 22) + 30
            c.text(QRectF(left, FOOTER_TOP + 8, WIDTH - MARGIN - 320 - left, HEIGHT - FOOTER_TOP - 16), label, 22,
                   bold=True, colour=DEMO)
        c.text(QRectF(WIDTH - MARGIN - 300, FOOTER_TOP + 8, 300, HEIGHT - FOOTER_TOP - 16), counter, 28, bold=True,
               colour=NAVY, align=Align.AlignRight | Align.AlignVCenter)

    def paint_details(self, painter: QPainter, project_id: int, target: QRectF) -> None:
        """The read-only details of one project, over whatever was painted before."""
        from .details import paint_details

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(fit(target), combine=True)
        paint_details(Canvas(painter), self.deck, self.deck.projects[project_id])
        painter.restore()

    @staticmethod
    def canvas_point(target: QRectF, point: QPointF) -> QPointF:
        """Where ``point`` (device coordinates) falls on the canvas of a slide painted into ``target``."""
        inverse, _ok = fit(target).inverted()
        return inverse.map(point)


def scope_text(deck: Deck) -> str:
    """'All projects' or 'Category: …; Place: …; Unit: …'."""
    scope = deck.scope
    if scope.everything:
        return Q.translate("Slides", "All projects")
    parts = []
    if scope.category:
        parts.append(Q.translate("Slides", "Category: %1").replace("%1", scope.category))
    if scope.location:
        parts.append(Q.translate("Slides", "Place: %1").replace("%1", scope.location))
    if scope.unit:
        parts.append(Q.translate("Slides", "Unit: %1").replace("%1", scope.unit))
    return Q.translate("Slides", "; ").join(parts)
