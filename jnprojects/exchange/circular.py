"""The monthly circular (月度调度通报) as .xlsx: A4 landscape, one page wide, Chinese only.

Sheet 调度通报: 一、总体情况 (figures, this month against the previous closed one), 二、排名情况
(places and lead units, both measures, top and bottom three named), 三、红灯项目 (with reasons),
四、逾期未解决问题, 五、说明 (the formulas). Sheet 项目比拼: the full project contest.

Plain data in (prepared by ``services.monthly_circular``), file out: text is always a string cell
(never a formula) and the file is written beside the target and moved into place when complete.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..domain.monthly_snapshot import PeriodSnapshot
from ..domain.monthly_problems import LEVEL_ZH, NoticeItem
from ..domain.monthly_rank import Ranking, Score
from .xlsx_writing import row_height, write_atomically, write_text

SHEET, CONTEST_SHEET = "调度通报", "项目比拼"
WIDTHS = (6, 12, 30, 12, 16, 9, 9, 9, 11, 12, 12, 12, 11, 10)
LAST = len(WIDTHS) - 1
LIGHT_ZH = {"red": "红灯", "yellow": "黄灯", "green": "绿灯", "completed": "已竣工", "not_started": "未到开工时间",
            "suspended": "暂停", "no_schedule": "无计划日期"}


@dataclass(frozen=True)
class Figure:
    """One line of 总体情况; ``kind`` is 'int', 'money' (万元) or 'percent'."""

    label: str
    now: Decimal | float | int | None
    before: Decimal | float | int | None = None
    kind: str = "int"


@dataclass(frozen=True)
class RankTable:
    title: str
    group_header: str
    schedule: Ranking
    investment: Ranking
    details: dict[str, str] = field(default_factory=dict)  # key → places (the contest's 建设地点)


@dataclass(frozen=True)
class CircularContent:
    title: str
    subtitle: str
    figures: Sequence[Figure]
    changes: Sequence[str]
    tables: Sequence[RankTable]
    contest: RankTable | None
    reds: Sequence[PeriodSnapshot]
    new_red_ids: frozenset[int] = frozenset()
    overdue: Sequence[NoticeItem] = ()
    notes: Sequence[str] = ()
    previous_label: str = ""
    extra_notes: Sequence[str] = field(default_factory=tuple)


def write_circular(out_path: Path, content: CircularContent, step: Callable[[], None] = lambda: None) -> None:
    """Write the workbook atomically; ``step()`` is called after each of its ``WRITE_STEPS`` parts
    and may raise (``Cancelled``), which leaves no file and any older one as it was."""
    def fill(book) -> None:  # noqa: ANN001 - xlsxwriter.Workbook
        f = _formats(book)
        sheet = book.add_worksheet(SHEET)
        _page(sheet)
        row = _head(sheet, content, f)
        for section in _SECTIONS:
            row = section(sheet, row, content, f)
            step()
        sheet.print_area(0, 0, row, LAST)
        if content.contest is not None:
            contest = book.add_worksheet(CONTEST_SHEET)
            _page(contest)
            contest.merge_range(0, 0, 0, LAST, f"{content.title}——项目比拼", f["title"])
            _rank_table(contest, 2, content.contest, f, project=True)
        step()

    write_atomically(Path(out_path), fill)


def _formats(book) -> dict:  # noqa: ANN001
    cell = {"border": 1, "valign": "vcenter", "font_size": 10}
    return {
        "title": book.add_format({"bold": True, "font_size": 18, "align": "center", "valign": "vcenter"}),
        "subtitle": book.add_format({"font_size": 10, "align": "center", "italic": True}),
        "section": book.add_format({"bold": True, "font_size": 13}),
        "para": book.add_format({"font_size": 10, "text_wrap": True, "valign": "top"}),
        "header": book.add_format({**cell, "bold": True, "align": "center", "text_wrap": True, "bg_color": "#DDE4EE"}),
        "text": book.add_format({**cell, "text_wrap": True}),
        "center": book.add_format({**cell, "align": "center"}),
        "int": book.add_format({**cell, "align": "center", "num_format": "0"}),
        "count": book.add_format({**cell, "align": "right", "num_format": "0"}),
        "money": book.add_format({**cell, "num_format": "#,##0.##"}),
        "percent": book.add_format({**cell, "num_format": "0.0"}),
        "red": book.add_format({**cell, "align": "center", "bg_color": "#E53935", "font_color": "#FFFFFF"}),
        "yellow": book.add_format({**cell, "align": "center", "bg_color": "#FFD54F"}),
        "green": book.add_format({**cell, "align": "center", "bg_color": "#66BB6A", "font_color": "#FFFFFF"}),
    }


def _page(sheet) -> None:  # noqa: ANN001
    for col, width in enumerate(WIDTHS):
        sheet.set_column(col, col, width)
    sheet.set_paper(9)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    sheet.center_horizontally()
    sheet.set_footer("&C第 &P 页，共 &N 页")


def _head(sheet, content: CircularContent, f: dict) -> int:  # noqa: ANN001
    sheet.set_row(0, 32)
    sheet.merge_range(0, 0, 0, LAST, "", f["title"])
    write_text(sheet, 0, 0, content.title, f["title"])
    sheet.merge_range(1, 0, 1, LAST, "", f["subtitle"])
    write_text(sheet, 1, 0, content.subtitle, f["subtitle"])
    return 3


def _section(sheet, row: int, text: str, f: dict) -> int:  # noqa: ANN001
    sheet.set_row(row, 22)
    sheet.write_string(row, 0, text, f["section"])
    return row + 1


def _paragraph(sheet, row: int, text: str, f: dict) -> int:  # noqa: ANN001
    sheet.merge_range(row, 0, row, LAST, "", f["para"])
    write_text(sheet, row, 0, text, f["para"])
    sheet.set_row(row, row_height([(text, sum(WIDTHS) - 4)]) or 16)
    return row + 1


def _cells(sheet, row: int, spans: Sequence[int], values: Sequence[tuple[object, str]], f: dict) -> None:  # noqa: ANN001
    """One table row: each value spans its columns; kinds 'text', 'int', 'money', 'percent', light codes."""
    col = 0
    for span, (value, kind) in zip(spans, values):
        fmt = f.get(kind, f["text"])
        if span > 1:
            sheet.merge_range(row, col, row, col + span - 1, "", fmt)
        if value is None or value == "":
            sheet.write_blank(row, col, None, fmt)
        elif kind in ("int", "count", "money", "percent"):
            digits = 2 if kind == "money" else 1 if kind == "percent" else 0
            sheet.write_number(row, col, round(float(value), digits), fmt)
        else:
            write_text(sheet, row, col, LIGHT_ZH.get(str(value), value) if kind in LIGHT_ZH else value, fmt)
        col += span


def _header(sheet, row: int, spans: Sequence[int], headers: Sequence[str], f: dict) -> int:  # noqa: ANN001
    _cells(sheet, row, spans, [(h, "header") for h in headers], f)
    sheet.set_row(row, 30)
    return row + 1


def _figures(sheet, row: int, content: CircularContent, f: dict) -> int:  # noqa: ANN001
    row = _section(sheet, row, "一、总体情况", f)
    spans = (4, 3, 3, 4)
    before = f"上期（{content.previous_label}）" if content.previous_label else "上期"
    row = _header(sheet, row, spans, ("指标", "本期", before, "增减"), f)
    for fig in content.figures:
        delta = None
        if fig.now is not None and fig.before is not None:
            delta = Decimal(str(fig.now)) - Decimal(str(fig.before))
        kind = "count" if fig.kind == "int" else fig.kind  # numbers of one table align alike
        _cells(sheet, row, spans, [(fig.label, "text"), (fig.now, kind), (fig.before, kind), (delta, kind)], f)
        row += 1
    for line in content.changes:
        row = _paragraph(sheet, row, line, f)
    return row + 1


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


def _named(ranking: Ranking, label: str) -> str:
    def names(rows: Sequence[Score]) -> str:
        return "、".join(f"{r.name}（{_pct(r.measure(ranking.measure))}）" for r in rows) or "无"

    return f"{label}前三位：{names(ranking.top)}；后三位：{names(ranking.bottom)}。"


def _rank_table(sheet, row: int, table: RankTable, f: dict, project: bool = False) -> int:  # noqa: ANN001
    """Rows in the on-schedule order, with the investment rank beside them."""
    tail = ["按期推进率（%）", "年度计划（万元）", "序时计划（万元）", "本年完成（万元）", "序时完成率（%）", "投资排名"]
    if project:
        spans = (1, 1, 2, 1, 3, 1, 1, 1, 1, 1, 1)
        headers = ["按期排名", "项目编号", table.group_header, "灯色", "建设地点", *tail]
    else:
        spans = (1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)
        headers = ["按期排名", table.group_header, "参评项目", "绿灯", "黄灯", "红灯", *tail]
    row = _header(sheet, row, spans, headers, f)
    invest_rank = {r.key: r.rank for r in table.investment.rows}
    for r in table.schedule.rows:
        if project:
            light = "green" if r.green else "yellow" if r.yellow else "red"
            head = [(r.rank, "int"), (r.key, "center"), (r.name, "text"), (light, light),
                    (table.details.get(r.key, ""), "text")]
        else:
            head = [(r.rank if r.rank is not None else "不参评", "int" if r.rank is not None else "center"),
                    (r.name, "text"), (r.judged, "int"), (r.green, "int"), (r.yellow, "int"), (r.red, "int")]
        _cells(sheet, row, spans, [
            *head, (r.on_schedule_rate, "percent"), (r.annual_plan if r.has_plan else None, "money"),
            (r.planned_to_date if r.has_plan else None, "money"), (r.completed_ytd if r.has_plan else None, "money"),
            (r.investment_rate, "percent"), (invest_rank.get(r.key), "int"),
        ], f)
        if project and row_height([(r.name, 42)]):
            sheet.set_row(row, row_height([(r.name, 42)]))
        row += 1
    return row


def _rankings(sheet, row: int, content: CircularContent, f: dict) -> int:  # noqa: ANN001
    row = _section(sheet, row, "二、排名情况", f)
    for table in content.tables:
        row = _paragraph(sheet, row, table.title, f)
        row = _paragraph(sheet, row, _named(table.schedule, "按期推进率"), f)
        row = _paragraph(sheet, row, _named(table.investment, "投资序时完成率"), f)
        row = _rank_table(sheet, row, table, f) + 1
    return row


def _reds(sheet, row: int, content: CircularContent, f: dict) -> int:  # noqa: ANN001
    row = _section(sheet, row, f"三、红灯项目（{len(content.reds)}个）", f)
    if not content.reds:
        return _paragraph(sheet, row, "本期无红灯项目。", f) + 1
    spans = (1, 1, 3, 2, 2, 5)
    row = _header(sheet, row, spans, ("序号", "项目编号", "项目名称", "建设地点", "牵头单位", "红灯原因"), f)
    for number, snap in enumerate(content.reds, start=1):
        name = snap.name + ("（本期新增）" if snap.project_id in content.new_red_ids else "")
        places, leads = "、".join(snap.location_names), "、".join(snap.lead_units)
        _cells(sheet, row, spans, [(number, "int"), (snap.code, "center"), (name, "text"), (places, "text"),
                                   (leads, "text"), (snap.reasons_text, "text")], f)
        height = row_height([(name, 3 * 11), (leads, 2 * 11), (snap.reasons_text, 5 * 11)])
        if height:
            sheet.set_row(row, height)
        row += 1
    return row + 1


def _overdue(sheet, row: int, content: CircularContent, f: dict) -> int:  # noqa: ANN001
    row = _section(sheet, row, f"四、逾期未解决问题（{len(content.overdue)}个）", f)
    if not content.overdue:
        return _paragraph(sheet, row, "本期无逾期未解决问题。", f) + 1
    spans = (1, 1, 2, 4, 2, 1, 1, 1, 1)
    row = _header(sheet, row, spans, ("序号", "项目编号", "项目名称", "存在问题", "责任单位", "责任人", "办结时限",
                                      "逾期天数", "协调层级"), f)
    for number, item in enumerate(content.overdue, start=1):
        _cells(sheet, row, spans, [
            (number, "int"), (item.project_code, "center"), (item.project_name, "text"), (item.description, "text"),
            (item.unit_name, "text"), (item.responsible_person, "text"),
            (item.deadline.isoformat() if item.deadline else "", "center"), (item.overdue_days, "int"),
            (LEVEL_ZH[item.level], "center"),
        ], f)
        height = row_height([(item.project_name, 2 * 11), (item.description, 4 * 11), (item.unit_name, 2 * 11)])
        if height:
            sheet.set_row(row, height)
        row += 1
    return row + 1


def _notes(sheet, row: int, content: CircularContent, f: dict) -> int:  # noqa: ANN001
    row = _section(sheet, row, "五、说明", f)
    for number, line in enumerate([*content.notes, *content.extra_notes], start=1):
        row = _paragraph(sheet, row, f"{number}. {line}", f)
    return row


__all__ = ["CircularContent", "Figure", "RankTable", "write_circular"]


_SECTIONS = (_figures, _rankings, _reds, _overdue, _notes)
WRITE_STEPS = len(_SECTIONS) + 1  # and the contest sheet
