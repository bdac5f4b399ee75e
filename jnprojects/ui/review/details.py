"""The read-only details of one project, painted over a slide when its row is clicked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from ...domain.deck import Deck, DeckProject
from ...domain.status import Light, MilestoneState
from ..labels import stage_name
from .canvas import HEIGHT, WIDTH, Align, Canvas
from .style import FAINT, INK, LIGHT_COLOURS, MUTED, NAVY, PAPER, RULE
from .texts import light_label, money, reasons, short_date, state_label

PANEL = QRectF(170, 90, WIDTH - 340, HEIGHT - 180)
_MILESTONE_ROWS = 9


def _field(c: Canvas, top: float, left: float, width: float, label: str, value: str, lines: int = 1) -> float:
    c.text(QRectF(left, top, 230, 38), label, 22, bold=True, colour=MUTED)
    used = c.text(QRectF(left + 240, top + 2, width - 240, 36 * lines), value or "—", 24,
                  colour=INK if value else FAINT, max_lines=lines, align=Align.AlignLeft | Align.AlignTop,
                  line_spacing=1.3)
    return top + max(42.0, used + 12)


def _dates(start: object, end: object) -> str:
    if start is None and end is None:
        return ""
    return f"{short_date(start)} — {short_date(end)}"  # type: ignore[arg-type]


def paint_details(c: Canvas, deck: Deck, project: DeckProject) -> None:
    c.box(QRectF(0, 0, WIDTH, HEIGHT), QColor(0, 0, 0, 150))
    c.box(PANEL, PAPER, RULE, radius=14)
    snap, status = project.snapshot, project.snapshot.status
    left, top, width = PANEL.left() + 50, PANEL.top() + 36, PANEL.width() - 100
    end = c.badge(left, top + 30, project.light, size=40, text_size=32)
    c.text(QRectF(end + 30, top, width - (end - left) - 30, 60), project.name, 40, bold=True)
    facts = " · ".join(p for p in (project.code, snap.category_name, stage_name(project.stage), project.locations) if p)
    c.text(QRectF(left, top + 66, width, 36), facts, 24, colour=MUTED)
    c.rule(top + 114, left, left + width, NAVY, 3)

    column = (width - 60) / 2
    y = top + 134
    y = _field(c, y, left, column, Q.translate("Slides", "Lead unit"), project.lead_units, 2)
    y = _field(c, y, left, column, Q.translate("Slides", "Cooperating"), project.coop_units, 2)
    y = _field(c, y, left, column, Q.translate("Slides", "Contact"), project.contact, 2)
    y = _field(c, y, left, column, Q.translate("Slides", "Planned period"), _dates(snap.planned_start,
                                                                                    snap.planned_end))
    y = _field(c, y, left, column, Q.translate("Slides", "Actual period"), _dates(snap.actual_start, snap.actual_end))
    invest = "" if snap.total_investment is None else money(snap.total_investment)
    y = _field(c, y, left, column, Q.translate("Slides", "Investment (10k yuan)"), invest)
    if status.schedule_pct is not None:
        pace = Q.translate("Slides", "schedule %1%, actual %2%").replace("%1", f"{status.schedule_pct:.0f}").replace(
            "%2", "—" if status.actual_pct is None else f"{status.actual_pct:.0f}")
        y = _field(c, y, left, column, Q.translate("Slides", "Progress"), pace)
    _field(c, y, left, column, Q.translate("Slides", "Latest report"), project.progress_text, 3)

    right = left + column + 60
    y = top + 134
    c.text(QRectF(right, y, column, 38), Q.translate("Slides", "Why %1").replace("%1", light_label(project.light)),
           24, bold=True, colour=LIGHT_COLOURS.get(project.light, INK) if project.light != Light.YELLOW else INK)
    why = reasons(status.reasons) + [Q.translate("Slides", "Problem: %1").replace("%1", p) for p in project.problems]
    y += 44 + c.text(QRectF(right, y + 44, column, 230), "\n".join(why) or "—", 23, max_lines=6,
                     align=Align.AlignLeft | Align.AlignTop, line_spacing=1.3)
    y += 20
    c.text(QRectF(right, y, column, 38), Q.translate("Slides", "Milestones"), 24, bold=True, colour=MUTED)
    y += 44
    rows = list(zip(snap.milestones, status.milestone_states))
    for milestone, state in rows[:_MILESTONE_ROWS]:
        if y > PANEL.bottom() - 80:
            break
        colour = LIGHT_COLOURS[Light.RED] if state == MilestoneState.OVERDUE else INK
        when = milestone.actual_date if state == MilestoneState.DONE else milestone.planned_date
        c.text(QRectF(right, y, column - 250, 34), milestone.name, 23, colour=colour)
        c.text(QRectF(right + column - 250, y, 250, 34), f"{short_date(when)} {state_label(state)}", 21,
               colour=colour, align=Align.AlignRight | Align.AlignVCenter)
        y += 36
    if not rows:
        c.text(QRectF(right, y, column, 34), Q.translate("Slides", "No milestones entered"), 23, colour=FAINT)
    c.text(QRectF(PANEL.left(), PANEL.bottom() - 56, PANEL.width(), 40),
           Q.translate("Slides", "Read-only. Esc or a click closes the details."), 21, colour=FAINT,
           align=Align.AlignCenter)
