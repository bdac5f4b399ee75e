"""The summary slides: cover, overview (status and investment by category), what changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush

from ...domain.deck import Deck, Slide, investment_progress
from ...domain.monthly_compare import Comparison, LightChange
from ...domain.status import LIGHT_ORDER, Light
from .canvas import MARGIN, WIDTH, Align, Canvas
from .renderer import Hit, deck_title, scope_text
from .style import ACCENT, FAINT, INK, LIGHT_COLOURS, MUTED, NAVY, NAVY_SOFT, PAPER, RULE, STRIPE, paint_light
from .texts import date_text, light_label, money, period_text

CENTER = Align.AlignCenter


def paint_cover(c: Canvas, deck: Deck, slide: Slide, body: QRectF) -> list[Hit]:
    c.box(QRectF(0, 0, WIDTH, 640), NAVY)
    c.box(QRectF(MARGIN, 150, 140, 10), ACCENT)
    c.text(QRectF(MARGIN, 185, WIDTH - 2 * MARGIN, 50),
           Q.translate("Slides", "Jining New Urbanization Plan (2022–2035)"), 32, colour=NAVY_SOFT)
    c.text(QRectF(MARGIN, 245, WIDTH - 2 * MARGIN, 200), deck_title(), 76, bold=True, colour=PAPER,
           align=Align.AlignLeft | Align.AlignTop, max_lines=2, line_spacing=1.25)
    c.text(QRectF(MARGIN, 465, WIDTH - 2 * MARGIN, 56),
           Q.translate("Slides", "As of %1").replace("%1", date_text(deck.as_of)), 40, bold=True, colour=PAPER)
    c.text(QRectF(MARGIN, 530, WIDTH - 2 * MARGIN, 50),
           Q.translate("Slides", "Scope: %1").replace("%1", scope_text(deck)), 30, colour=NAVY_SOFT)

    top, height, gap = 700.0, 250.0, 18.0
    total_width = 290.0
    c.box(QRectF(MARGIN, top, total_width, height), NAVY_SOFT, radius=10)
    c.text(QRectF(MARGIN, top + 20, total_width, 120), str(slide.total), 96, bold=True, colour=NAVY, align=CENTER)
    c.text(QRectF(MARGIN, top + 160, total_width, 60), Q.translate("Slides", "Projects"), 32, bold=True,
           colour=NAVY, align=CENTER)
    tile = (WIDTH - 2 * MARGIN - total_width - gap * len(LIGHT_ORDER)) / len(LIGHT_ORDER)
    for i, light in enumerate(LIGHT_ORDER):
        left = MARGIN + total_width + gap + i * (tile + gap)
        c.box(QRectF(left, top, tile, height), STRIPE, radius=10)
        c.box(QRectF(left, top, tile, 10), LIGHT_COLOURS[light])
        paint_light(c.p, QPointF(left + tile / 2, top + 62), 52, light)
        c.text(QRectF(left, top + 95, tile, 90), str(slide.count(light)), 72, bold=True, align=CENTER)
        c.text(QRectF(left, top + 190, tile, 44), light_label(light), 28, bold=True, colour=MUTED, align=CENTER)
    return []


# --- overview ------------------------------------------------------------------------------------

_SEGMENT_TEXT = {Light.YELLOW: INK}


def _legend(c: Canvas, left: float, top: float) -> None:
    x = left
    for light in LIGHT_ORDER:
        x = c.badge(x, top + 16, light, size=22, text_size=21) + 22


def paint_overview(c: Canvas, deck: Deck, slide: Slide, body: QRectF) -> list[Hit]:
    half = 930.0
    left = QRectF(body.left(), body.top(), half, body.height())
    right = QRectF(body.left() + half + 60, body.top(), body.width() - half - 60, body.height())
    _status_bars(c, slide, left)
    _investment_table(c, slide, right)
    return []


def _status_bars(c: Canvas, slide: Slide, area: QRectF) -> None:
    c.text(QRectF(area.left(), area.top(), area.width(), 50), Q.translate("Slides", "Status by category"), 34,
           bold=True, colour=NAVY)
    _legend(c, area.left(), area.top() + 60)
    rows = slide.categories
    if not rows:
        c.text(QRectF(area.left(), area.top() + 140, area.width(), 60),
               Q.translate("Slides", "No projects in scope"), 30, colour=MUTED)
        return
    top = area.top() + 120
    row_h = min(76.0, (area.bottom() - top) / len(rows))
    label_w, total_w = 250.0, 70.0
    bar_left, bar_right = area.left() + label_w + 16, area.right() - total_w
    biggest = max(r.total for r in rows) or 1
    for i, row in enumerate(rows):
        y = top + i * row_h
        c.text(QRectF(area.left(), y, label_w, row_h), row.category_name, 26, bold=True,
               align=Align.AlignRight | Align.AlignVCenter)
        x = bar_left
        bar_h = row_h * 0.62
        for light, count in row.counts:
            if not count:
                continue
            w = (bar_right - bar_left) * count / biggest
            rect = QRectF(x, y + (row_h - bar_h) / 2, w, bar_h)
            c.box(rect, LIGHT_COLOURS[light])
            if light == Light.NO_SCHEDULE:  # hatched, so it differs from "not started" without colour
                c.p.fillRect(rect, QBrush(PAPER, Qt.BrushStyle.BDiagPattern))
            if w >= 34:
                c.text(rect, str(count), 24, bold=True, colour=_SEGMENT_TEXT.get(light, PAPER), align=CENTER)
            x += w
        c.text(QRectF(x + 10, y, total_w, row_h), str(row.total), 26, bold=True, colour=MUTED)


def _investment_table(c: Canvas, slide: Slide, area: QRectF) -> None:
    c.text(QRectF(area.left(), area.top(), area.width(), 50),
           Q.translate("Slides", "Investment this year (10k yuan)"), 34, bold=True, colour=NAVY)
    table = slide.investment
    if table is None or table.empty:
        c.text(QRectF(area.left(), area.top() + 80, area.width(), 120),
               Q.translate("Slides", "No investment figures have been entered for these projects yet."), 28,
               colour=MUTED, max_lines=3, align=Align.AlignLeft | Align.AlignTop)
        return
    cols = (("", 250.0), (Q.translate("Slides", "Plan"), 150.0), (Q.translate("Slides", "Done"), 150.0),
            (Q.translate("Slides", "Progress"), area.width() - 550.0))
    top = area.top() + 70
    x = area.left()
    for title, width in cols:
        c.text(QRectF(x, top, width - 12, 40), title, 22, bold=True, colour=MUTED,
               align=Align.AlignRight | Align.AlignVCenter if title and width == 150.0 else Align.AlignLeft | Align.AlignVCenter)
        x += width
    rows = [*table.rows, table.total]
    row_h = min(70.0, (area.bottom() - top - 50) / len(rows))
    for i, row in enumerate(rows):
        y = top + 50 + i * row_h
        total = row is table.total
        if total:
            c.rule(y, area.left(), area.right(), INK, 3)
        elif i % 2 == 0:
            c.box(QRectF(area.left(), y, area.width(), row_h), STRIPE)
        name = Q.translate("Slides", "Total") if total else row.category_name
        c.text(QRectF(area.left() + 8, y, 242, row_h), name, 24, bold=True)
        c.text(QRectF(area.left() + 250, y, 138, row_h), money(row.annual_plan), 24, bold=total,
               align=Align.AlignRight | Align.AlignVCenter)
        c.text(QRectF(area.left() + 400, y, 138, row_h), money(row.invest_ytd), 24, bold=total,
               align=Align.AlignRight | Align.AlignVCenter)
        _progress_bar(c, QRectF(area.left() + 562, y, area.width() - 562, row_h),
                      investment_progress(row.invest_ytd, row.annual_plan))


def _progress_bar(c: Canvas, cell: QRectF, pct: float | None) -> None:
    if pct is None:
        c.text(cell, Q.translate("Slides", "no plan"), 22, colour=FAINT)
        return
    label_w = 90.0
    track = QRectF(cell.left(), cell.center().y() - 11, cell.width() - label_w, 22)
    c.box(track, RULE, radius=4)
    c.box(QRectF(track.left(), track.top(), track.width() * min(pct, 100) / 100, track.height()), NAVY, radius=4)
    c.text(QRectF(track.right() + 8, cell.top(), label_w - 8, cell.height()), f"{pct:.0f}%", 24, bold=True,
           align=Align.AlignRight | Align.AlignVCenter)


# --- what changed --------------------------------------------------------------------------------

_LIST_ROWS = 8


def paint_changes(c: Canvas, deck: Deck, slide: Slide, body: QRectF) -> list[Hit]:
    comparison = slide.comparison
    if comparison is None:
        paint_light(c.p, QPointF(WIDTH / 2, body.top() + 230), 110, Light.NO_SCHEDULE)
        c.text(QRectF(body.left(), body.top() + 320, body.width(), 70),
               Q.translate("Slides", "No closed month yet"), 48, bold=True, align=CENTER)
        c.text(QRectF(body.left() + 200, body.top() + 410, body.width() - 400, 120),
               Q.translate("Slides", "Changes are shown against the latest closed month. Close a month in "
                                     "Monthly dispatch to compare the next briefing with it."), 30,
               colour=MUTED, align=Align.AlignHCenter | Align.AlignTop, max_lines=3)
        return []
    assert comparison.previous is not None
    c.text(QRectF(body.left(), body.top(), body.width(), 44),
           Q.translate("Slides", "Compared with the closed month %1, as of %2")
           .replace("%1", period_text(comparison.previous)).replace("%2", date_text(deck.as_of)), 28, colour=MUTED)
    _tiles(c, comparison, QRectF(body.left(), body.top() + 60, body.width(), 190))
    hits: list[Hit] = []
    top = body.top() + 290
    width = (body.width() - 2 * 40) / 3
    columns = (
        (Q.translate("Slides", "New red projects"), Light.RED, [_change_line(ch) for ch in comparison.new_reds],
         [ch.project_id for ch in comparison.new_reds]),
        (Q.translate("Slides", "Recovered or eased"), Light.GREEN,
         [_change_line(ch) for ch in (*comparison.recovered, *comparison.eased)],
         [ch.project_id for ch in (*comparison.recovered, *comparison.eased)]),
        (Q.translate("Slides", "Milestones completed"), Light.COMPLETED,
         [f"{g.name}：{'、'.join(g.milestones)}" for g in comparison.milestones],
         [g.project_id for g in comparison.milestones]),
    )
    for i, (title, light, lines, ids) in enumerate(columns):
        left = body.left() + i * (width + 40)
        hits += _list_column(c, deck, QRectF(left, top, width, body.bottom() - top), title, light, lines, ids)
    return hits


def _change_line(change: LightChange) -> str:
    before = light_label(change.before) if change.before else Q.translate("Slides", "new")
    return f"{change.name}（{before} → {light_label(change.after)}）"


def _tiles(c: Canvas, cmp: Comparison, area: QRectF) -> None:
    tiles = (
        (Light.RED, len(cmp.new_reds), Q.translate("Slides", "new red"),
         Q.translate("Slides", "red projects %1 → %2").replace("%1", str(cmp.count(Light.RED, True)))
         .replace("%2", str(cmp.count(Light.RED)))),
        (Light.GREEN, len(cmp.recovered), Q.translate("Slides", "recovered"),
         Q.translate("Slides", "red or yellow before, neither now")),
        (Light.YELLOW, len(cmp.eased), Q.translate("Slides", "red to yellow"),
         Q.translate("Slides", "yellow projects %1 → %2").replace("%1", str(cmp.count(Light.YELLOW, True)))
         .replace("%2", str(cmp.count(Light.YELLOW)))),
        (Light.COMPLETED, cmp.milestones_completed, Q.translate("Slides", "milestones completed"),
         Q.translate("Slides", "problems raised %1, solved %2").replace("%1", str(cmp.problems_raised))
         .replace("%2", str(cmp.problems_solved))),
    )
    gap = 24.0
    width = (area.width() - gap * (len(tiles) - 1)) / len(tiles)
    for i, (light, value, label, note) in enumerate(tiles):
        rect = QRectF(area.left() + i * (width + gap), area.top(), width, area.height())
        c.box(rect, STRIPE, radius=10)
        c.box(QRectF(rect.left(), rect.top(), 10, rect.height()), LIGHT_COLOURS[light])
        paint_light(c.p, QPointF(rect.left() + 62, rect.top() + 62), 56, light)
        c.text(QRectF(rect.left() + 110, rect.top() + 14, width - 120, 96), str(value), 72, bold=True)
        c.text(QRectF(rect.left() + 30, rect.top() + 110, width - 40, 36), label, 28, bold=True)
        c.text(QRectF(rect.left() + 30, rect.top() + 146, width - 40, 34), note, 22, colour=MUTED)


def _list_column(c: Canvas, deck: Deck, area: QRectF, title: str, light: Light, lines: list[str],
                 ids: list[int]) -> list[Hit]:
    c.badge(area.left(), area.top() + 22, light, size=30, text_size=30, label=title)
    c.rule(area.top() + 52, area.left(), area.right(), NAVY, 3)
    if not lines:
        c.text(QRectF(area.left(), area.top() + 64, area.width(), 50), Q.translate("Slides", "None"), 26,
               colour=FAINT)
        return []
    hits: list[Hit] = []
    row_h = (area.height() - 64) / (_LIST_ROWS + 1)
    shown = lines if len(lines) <= _LIST_ROWS + 1 else lines[:_LIST_ROWS]
    for i, (line, pid) in enumerate(zip(shown, ids)):
        rect = QRectF(area.left(), area.top() + 64 + i * row_h, area.width(), row_h)
        c.text(rect, line, 25)
        if pid in deck.projects:
            hits.append(Hit(rect, pid))
    if len(shown) < len(lines):
        c.text(QRectF(area.left(), area.top() + 64 + len(shown) * row_h, area.width(), row_h),
               Q.translate("Slides", "and %1 more").replace("%1", str(len(lines) - len(shown))), 25, bold=True,
               colour=MUTED)
    return hits

