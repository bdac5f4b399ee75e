"""The list slides: a category's projects, the red projects, milestones due, the 专栏2 indicators.

Each draws at most the rows ``domain.deck`` put on it, at a fixed row height: a longer list was
already continued on the next slide, so type never shrinks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QPointF, QRectF

from ...domain.indicator_verdicts import TargetVerdict
from ...domain.deck import DUE_SOON_DAYS, ROWS_PER_SLIDE, Deck, DeckProject, Slide, SlideKind
from ...domain.status import LIGHT_ORDER, Light, MilestoneState
from .canvas import Align, Canvas
from .renderer import Hit
from .style import ACCENT, FAINT, INK, LIGHT_COLOURS, MUTED, NAVY, PAPER, STRIPE, paint_light
from .texts import date_text, days_text, light_label, number, reasons, short_date, state_label

LEFT_TOP = Align.AlignLeft | Align.AlignTop


def _columns(c: Canvas, top: float, columns: list[tuple[str, float, float]]) -> float:
    """Column titles at ``top``; returns where the rows start."""
    for title, left, width in columns:
        c.text(QRectF(left, top, width, 40), title, 22, bold=True, colour=MUTED)
    c.rule(top + 46, colour=NAVY, width=3)
    return top + 50


def _row_background(c: Canvas, rect: QRectF, i: int) -> None:
    if i % 2 == 0:
        c.box(rect, STRIPE)


def _empty(c: Canvas, body: QRectF, light: Light, text: str) -> None:
    paint_light(c.p, QPointF(body.center().x(), body.top() + 250), 110, light)
    c.text(QRectF(body.left(), body.top() + 340, body.width(), 80), text, 44, bold=True, align=Align.AlignCenter)


def _problems(project: DeckProject) -> str:
    """Why a project is not green, then its open problems; its latest progress when all is well."""
    lines = reasons(project.snapshot.status.reasons, problems_only=True) + list(project.problems)
    if lines:
        return "；".join(lines)
    return project.progress_text


def _milestone(c: Canvas, project: DeckProject, rect: QRectF) -> None:
    current = project.current
    if current is None:
        text = Q.translate("Slides", "All milestones done") if project.snapshot.milestones else \
            Q.translate("Slides", "No milestones entered")
        c.text(rect, text, 24, colour=FAINT)
        return
    milestone, state = current
    c.text(QRectF(rect.left(), rect.top() + 12, rect.width(), 38), milestone.name, 26, bold=True)
    when = Q.translate("Slides", "planned %1").replace("%1", short_date(milestone.planned_date))
    colour = LIGHT_COLOURS[Light.RED] if state == MilestoneState.OVERDUE else MUTED
    c.text(QRectF(rect.left(), rect.top() + 52, rect.width(), 34), f"{when} · {state_label(state)}", 22,
           bold=state == MilestoneState.OVERDUE, colour=colour)


def _project_cell(c: Canvas, project: DeckProject, rect: QRectF) -> None:
    c.text(QRectF(rect.left(), rect.top() + 8, rect.width(), 76), project.name, 28, bold=True, max_lines=2,
           align=Align.AlignLeft | Align.AlignVCenter, line_spacing=1.2)
    detail = " · ".join(part for part in (project.code, project.locations) if part)
    c.text(QRectF(rect.left(), rect.bottom() - 36, rect.width(), 30), detail, 21, colour=MUTED)


def paint_category(c: Canvas, deck: Deck, slide: Slide, body: QRectF) -> list[Hit]:
    x = body.left()
    for light in LIGHT_ORDER:
        if slide.count(light):
            x = c.badge(x, body.top() + 20, light, size=26, text_size=24,
                        label=f"{light_label(light)} {slide.count(light)}") + 34
    c.text(QRectF(body.right() - 400, body.top(), 400, 40),
           Q.translate("Slides", "%1 projects in this category").replace("%1", str(slide.total)), 24, bold=True,
           colour=MUTED, align=Align.AlignRight | Align.AlignVCenter)
    columns = [(Q.translate("Slides", "Status"), body.left(), 200.0),
               (Q.translate("Slides", "Project"), body.left() + 220, 560.0),
               (Q.translate("Slides", "Current milestone"), body.left() + 800, 400.0),
               (Q.translate("Slides", "Problems and reasons"), body.left() + 1220, body.width() - 1220)]
    top = _columns(c, body.top() + 56, columns)
    row_h = (body.bottom() - top) / ROWS_PER_SLIDE[SlideKind.CATEGORY]
    hits = []
    for i, project in enumerate(slide.projects):
        rect = QRectF(body.left(), top + i * row_h, body.width(), row_h)
        _row_background(c, rect, i)
        c.badge(rect.left() + 10, rect.center().y(), project.light, size=30, text_size=26)
        _project_cell(c, project, QRectF(body.left() + 220, rect.top(), 560, row_h))
        _milestone(c, project, QRectF(body.left() + 800, rect.top(), 400, row_h))
        problems = _problems(project)
        colour = MUTED if project.light not in (Light.RED, Light.YELLOW) else INK
        c.text(QRectF(body.left() + 1220, rect.top() + 6, body.width() - 1230, row_h - 12), problems or "—", 23,
               colour=colour, max_lines=3, line_spacing=1.25)
        hits.append(Hit(rect, project.id))
    return hits


def paint_attention(c: Canvas, deck: Deck, slide: Slide, body: QRectF) -> list[Hit]:
    if not slide.projects:
        _empty(c, body, Light.GREEN, Q.translate("Slides", "No red projects as of %1").replace(
            "%1", date_text(deck.as_of)))
        return []
    c.text(QRectF(body.left(), body.top(), body.width(), 40),
           Q.translate("Slides", "%1 red projects in scope").replace("%1", str(slide.total)), 26, bold=True,
           colour=LIGHT_COLOURS[Light.RED])
    columns = [(Q.translate("Slides", "Project"), body.left(), 560.0),
               (Q.translate("Slides", "Why it is red"), body.left() + 580, 760.0),
               (Q.translate("Slides", "Lead unit and contact"), body.left() + 1360, body.width() - 1360)]
    top = _columns(c, body.top() + 50, columns)
    row_h = (body.bottom() - top) / ROWS_PER_SLIDE[SlideKind.ATTENTION]
    hits = []
    for i, project in enumerate(slide.projects):
        rect = QRectF(body.left(), top + i * row_h, body.width(), row_h)
        _row_background(c, rect, i)
        c.box(QRectF(rect.left(), rect.top(), 8, rect.height()), ACCENT)
        paint_light(c.p, QPointF(rect.left() + 40, rect.top() + 36), 32, Light.RED)
        _project_cell(c, project, QRectF(rect.left() + 72, rect.top() + 4, 480, row_h - 10))
        why = reasons(project.snapshot.status.reasons, problems_only=True) + list(project.problems)
        c.text(QRectF(body.left() + 580, rect.top() + 10, 760, row_h - 20), "；".join(why) or "—", 24,
               max_lines=4, line_spacing=1.25, align=Align.AlignLeft | Align.AlignVCenter)
        right = QRectF(body.left() + 1360, rect.top() + 10, body.width() - 1370, row_h - 20)
        c.text(QRectF(right.left(), right.top(), right.width(), 70), project.lead_units or
               Q.translate("Slides", "No lead unit entered"), 25, bold=bool(project.lead_units),
               colour=INK if project.lead_units else FAINT, max_lines=2, line_spacing=1.2)
        c.text(QRectF(right.left(), right.top() + 74, right.width(), right.height() - 74),
               project.contact or Q.translate("Slides", "No contact entered"), 23,
               colour=MUTED if project.contact else FAINT, max_lines=2, align=LEFT_TOP)
        hits.append(Hit(rect, project.id))
    return hits


def paint_milestones(c: Canvas, deck: Deck, slide: Slide, body: QRectF) -> list[Hit]:
    if not slide.due:
        _empty(c, body, Light.GREEN, Q.translate("Slides", "No milestones due in the next 60 days"))
        return []
    c.text(QRectF(body.left(), body.top(), body.width(), 40),
           Q.translate("Slides", "%1 open milestones due within 60 days; the dark ones within 30 days")
           .replace("%1", str(slide.total)), 24, bold=True, colour=MUTED)
    columns = [(Q.translate("Slides", "Planned"), body.left(), 190.0),
               (Q.translate("Slides", "Due"), body.left() + 200, 250.0),
               (Q.translate("Slides", "Project"), body.left() + 470, 640.0),
               (Q.translate("Slides", "Milestone"), body.left() + 1130, 380.0),
               (Q.translate("Slides", "Project status"), body.left() + 1530, body.width() - 1530)]
    top = _columns(c, body.top() + 50, columns)
    row_h = (body.bottom() - top) / ROWS_PER_SLIDE[SlideKind.MILESTONES]
    hits = []
    for i, item in enumerate(slide.due):
        rect = QRectF(body.left(), top + i * row_h, body.width(), row_h)
        _row_background(c, rect, i)
        c.text(QRectF(rect.left() + 8, rect.top(), 190, row_h), short_date(item.planned_date), 26, bold=True)
        within = item.days_until <= DUE_SOON_DAYS
        chip = QRectF(rect.left() + 200, rect.center().y() - 19, 110, 38)
        c.box(chip, NAVY if within else PAPER, NAVY, radius=19)
        c.text(chip, "≤30" if within else "31–60", 22, bold=True, colour=PAPER if within else NAVY,
               align=Align.AlignCenter)
        c.text(QRectF(rect.left() + 322, rect.top(), 140, row_h), days_text(item.days_until), 24)
        project = deck.projects.get(item.project_id)
        c.text(QRectF(rect.left() + 470, rect.top(), 640, row_h), item.project_name, 26, bold=True)
        c.text(QRectF(rect.left() + 1130, rect.top(), 380, row_h), item.milestone_name, 25, max_lines=2,
               line_spacing=1.15)
        if project is not None:
            c.badge(rect.left() + 1530, rect.center().y(), project.light, size=26, text_size=24)
            hits.append(Hit(rect, project.id))
    return hits


def _target(c: Canvas, verdict: TargetVerdict, rect: QRectF) -> None:
    c.text(QRectF(rect.left(), rect.top(), 130, rect.height()), verdict.text or "—", 26, bold=True)
    c.verdict(rect.left() + 130, rect.center().y(), verdict.verdict, size=26, text_size=23)


def paint_indicators(c: Canvas, deck: Deck, slide: Slide, body: QRectF) -> list[Hit]:
    columns = [("", body.left(), 60.0),
               (Q.translate("Slides", "Indicator"), body.left() + 60, 640.0),
               (Q.translate("Slides", "2021"), body.left() + 720, 150.0),
               (Q.translate("Slides", "Latest"), body.left() + 880, 230.0),
               (Q.translate("Slides", "2025 target"), body.left() + 1130, 315.0),
               (Q.translate("Slides", "2035 target"), body.left() + 1450, body.width() - 1450)]
    top = _columns(c, body.top(), columns)
    row_h = (body.bottom() - top) / ROWS_PER_SLIDE[SlideKind.INDICATORS]
    for i, ind in enumerate(slide.indicators):
        rect = QRectF(body.left(), top + i * row_h, body.width(), row_h)
        _row_background(c, rect, i)
        c.text(QRectF(rect.left() + 6, rect.top(), 54, row_h), str(ind.seq), 24, bold=True, colour=MUTED)
        c.text(QRectF(rect.left() + 60, rect.top(), 470, row_h), ind.name, 25, bold=True, max_lines=2,
               line_spacing=1.15)
        c.text(QRectF(rect.left() + 540, rect.top(), 170, row_h), ind.unit, 21, colour=MUTED, max_lines=2,
               line_spacing=1.1)
        c.text(QRectF(rect.left() + 720, rect.top(), 150, row_h), ind.baseline_text or "—", 25)
        if ind.latest is None:
            c.text(QRectF(rect.left() + 880, rect.top(), 230, row_h), Q.translate("Slides", "not recorded"), 23,
                   colour=FAINT)
        else:
            year, value = ind.latest
            c.text(QRectF(rect.left() + 880, rect.top(), 230, row_h), f"{number(value)}（{year}）", 25, bold=True)
        _target(c, ind.target_2025, QRectF(rect.left() + 1130, rect.top(), 315, row_h))
        _target(c, ind.target_2035, QRectF(rect.left() + 1450, rect.top(), body.width() - 1450, row_h))
    return []
