"""Writing the progress sheet 推进情况表 (with 里程碑 and 规划指标 sheets) with XlsxWriter.

Input is plain data prepared by ``services.excel_export``; this module only lays it out. Rules:

* every text is a string cell, never a formula (``=1+1`` or ``@SUM(..)`` open as text), through
  :mod:`.xlsx_writing`, which also writes the file atomically (a failed or cancelled export leaves
  the old file untouched and no partial file behind);
* dates are real Excel dates, money real numbers in 万元 — one unit per column, and subtotals in the
  same unit as the rows they sum (a missing amount is counted and named, never taken as 0);
* grouped by category (heading row, rows, 小计 row), then 合计; status as a coloured label with
  its reasons beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from .layout import (
    INDICATOR_SHEET,
    MILESTONE_COLUMNS,
    MILESTONE_SHEET,
    PROGRESS_COLUMNS,
    PROGRESS_SHEET,
    write_key,
)
from .problems import Cancelled
from .xlsx_safety import clean_text
from .xlsx_writing import (
    base_formats,
    page_setup,
    row_height,
    write_atomically,
    write_headers,
    write_text,
    write_value,
)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

LIGHT_LABELS = {"red": "红灯", "yellow": "黄灯", "green": "绿灯", "completed": "已竣工",
                "not_started": "未开工", "suspended": "暂停", "no_schedule": "无计划"}
# Fill and font colour per light: strong colours for the three judgements, quiet ones for states.
LIGHT_COLOURS = {"red": ("#E53935", "#FFFFFF"), "yellow": ("#FFD54F", "#000000"), "green": ("#66BB6A", "#FFFFFF"),
                 "completed": ("#D9D9D9", "#000000"), "not_started": ("#DDEBF7", "#000000"),
                 "suspended": ("#BFBFBF", "#000000"), "no_schedule": ("#FFFFFF", "#7F7F7F")}
STATE_COLOURS = {"done": "#E2EFDA", "overdue": "#F8CBAD", "due_soon": "#FFF2CC"}
CHINESE_NUMBERS = "一二三四五六七八九十"


@dataclass(frozen=True)
class ProgressRow:
    """One project line of the progress sheet (money in 万元)."""

    code: str
    name: str
    category_name: str
    locations: str = ""
    content: str = ""
    total_investment: Decimal | None = None
    planned_start: date | None = None
    planned_end: date | None = None
    actual_start: date | None = None
    actual_end: date | None = None
    milestone: str = ""
    progress_text: str = ""
    light: str = "no_schedule"
    reasons: str = ""
    problems: str = ""
    lead: str = ""
    coop: str = ""
    contact: str = ""


@dataclass(frozen=True)
class CategoryGroup:
    name: str
    rows: list[ProgressRow]


@dataclass(frozen=True)
class MilestoneRow:
    code: str
    project_name: str
    seq: int
    name: str
    weight: float | None
    planned_date: date | None
    actual_date: date | None
    state: str        # MilestoneState value, for the colour
    state_text: str   # what the cell says


@dataclass(frozen=True)
class IndicatorRow:
    seq: int
    group: str
    name: str
    unit: str
    value_2021: str
    target_2025: str
    target_2035: str
    direction: str
    values: dict[int, Decimal] = field(default_factory=dict)


@dataclass(frozen=True)
class ProgressSheetData:
    """Everything the workbook shows; ``key`` goes into the very hidden key sheet."""

    as_of: date
    scope: str
    groups: list[CategoryGroup]
    milestones: list[MilestoneRow]
    indicators: list[IndicatorRow]
    indicator_years: list[int]
    key: dict[str, str]


def zh_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def write_progress_sheet(data: ProgressSheetData, out_path: Path, progress: Progress | None = None,
                         cancel: Cancel | None = None) -> None:
    """Write the whole workbook atomically (see module notes); raises ``Cancelled`` on cancel."""
    total = sum(len(g.rows) for g in data.groups) + len(data.milestones) + len(data.indicators)
    done = [0]

    def tick(count: int = 1) -> None:
        done[0] += count
        if cancel is not None and cancel():
            raise Cancelled()
        if progress is not None:
            progress(done[0], total)

    def fill(book) -> None:  # noqa: ANN001
        tick(0)
        _progress_sheet(book, data, tick)
        _milestone_sheet(book, data, tick)
        _indicator_sheet(book, data, tick)
        write_key(book, data.key)

    write_atomically(out_path, fill)


def _progress_sheet(book, data: ProgressSheetData, tick: Callable[[int], None]) -> None:  # noqa: ANN001
    sheet = book.add_worksheet(PROGRESS_SHEET)
    fmts = base_formats(book)
    group_fmt = book.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2", "font_size": 11})
    sum_fmt = book.add_format({"bold": True, "border": 1, "font_size": 10, "num_format": "#,##0.##"})
    sum_label = book.add_format({"bold": True, "border": 1, "font_size": 10, "align": "right"})
    lights = {k: book.add_format({"border": 1, "align": "center", "valign": "top", "bold": True, "font_size": 10,
                                  "bg_color": bg, "font_color": fg}) for k, (bg, fg) in LIGHT_COLOURS.items()}
    width = len(PROGRESS_COLUMNS)
    money_col = next(i for i, c in enumerate(PROGRESS_COLUMNS) if c.key == "total_investment")
    sheet.set_row(0, 30)
    sheet.merge_range(0, 0, 0, width - 1, f"济宁市新型城镇化重点项目推进情况表（截至{zh_date(data.as_of)}）", fmts["title"])
    sheet.merge_range(1, 0, 1, width - 5, clean_text(f"范围：{data.scope}"), fmts["note"])
    sheet.merge_range(1, width - 4, 1, width - 1, "金额单位：万元", fmts["note_right"])
    last_header = write_headers(sheet, PROGRESS_COLUMNS, 2, fmts["header"])
    row = last_header + 1
    number = 0
    grand_count, grand_sum, grand_missing = 0, Decimal(0), 0
    for index, group in enumerate(data.groups):
        prefix = CHINESE_NUMBERS[index] if index < len(CHINESE_NUMBERS) else str(index + 1)
        sheet.merge_range(row, 0, row, width - 1, clean_text(f"{prefix}、{group.name}（{len(group.rows)}个项目）"), group_fmt)
        row += 1
        subtotal, missing = Decimal(0), 0
        for item in group.rows:
            number += 1
            values = {**item.__dict__, "seq": number, "category": item.category_name,
                      "light": LIGHT_LABELS.get(item.light, item.light)}
            for col, column in enumerate(PROGRESS_COLUMNS):
                if column.key == "light":
                    write_text(sheet, row, col, values["light"], lights.get(item.light, fmts["center"]))
                else:
                    write_value(sheet, row, col, column.kind, values[column.key], fmts)
            height = row_height([(values[c.key], c.width) for c in PROGRESS_COLUMNS if c.kind == "text"])
            if height:
                sheet.set_row(row, height)
            if item.total_investment is None:
                missing += 1
            else:
                subtotal += item.total_investment
            row += 1
            tick(1)
        note = f"（其中{missing}个未填总投资）" if missing else ""
        sheet.merge_range(row, 0, row, money_col - 1, f"小计：{len(group.rows)}个项目{note}", sum_label)
        sheet.write_number(row, money_col, float(subtotal), sum_fmt)
        for col in range(money_col + 1, width):
            sheet.write_blank(row, col, None, sum_fmt)
        row += 1
        grand_count, grand_sum, grand_missing = grand_count + len(group.rows), grand_sum + subtotal, grand_missing + missing
    note = f"（其中{grand_missing}个未填总投资）" if grand_missing else ""
    sheet.merge_range(row, 0, row, money_col - 1, f"合计：{grand_count}个项目{note}", sum_label)
    sheet.write_number(row, money_col, float(grand_sum), sum_fmt)
    for col in range(money_col + 1, width):
        sheet.write_blank(row, col, None, sum_fmt)
    sheet.freeze_panes(last_header + 1, 3)
    page_setup(sheet, last_header, 2)
    sheet.activate()


def _milestone_sheet(book, data: ProgressSheetData, tick: Callable[[int], None]) -> None:  # noqa: ANN001
    sheet = book.add_worksheet(MILESTONE_SHEET)
    fmts = base_formats(book)
    states = {k: book.add_format({"border": 1, "valign": "top", "font_size": 10, "bg_color": bg, "text_wrap": True})
              for k, bg in STATE_COLOURS.items()}
    width = len(MILESTONE_COLUMNS)
    sheet.merge_range(0, 0, 0, width - 1, f"重点项目里程碑（截至{zh_date(data.as_of)}）", fmts["title"])
    last_header = write_headers(sheet, MILESTONE_COLUMNS, 1, fmts["header"])
    row = last_header + 1
    index = 0
    rows = data.milestones
    while index < len(rows):
        end = index
        while end + 1 < len(rows) and rows[end + 1].code == rows[index].code:
            end += 1
        for offset, item in enumerate(rows[index:end + 1]):
            values = {"code": item.code, "name": item.project_name, "seq": item.seq, "milestone": item.name,
                      "weight": item.weight, "planned_date": item.planned_date, "actual_date": item.actual_date,
                      "state": item.state_text}
            for col, column in enumerate(MILESTONE_COLUMNS):
                if column.key in ("code", "name") and end > index:
                    if offset == 0:  # one project's code and name merged down its milestones
                        sheet.merge_range(row, col, row + end - index, col, clean_text(values[column.key]), fmts["text"])
                elif column.key == "state":
                    write_text(sheet, row, col, item.state_text, states.get(item.state, fmts["text"]))
                else:
                    write_value(sheet, row, col, column.kind, values[column.key], fmts)
            row += 1
        tick(end - index + 1)
        index = end + 1
    sheet.freeze_panes(last_header + 1, 2)
    page_setup(sheet, last_header, 1)


def _indicator_sheet(book, data: ProgressSheetData, tick: Callable[[int], None]) -> None:  # noqa: ANN001
    sheet = book.add_worksheet(INDICATOR_SHEET)
    fmts = base_formats(book)
    headers = [("序号", 5), ("类别", 8), ("指标", 30), ("单位", 8), ("2021年基期值", 10), ("2025年目标", 10),
               ("2035年目标", 10), ("指标方向", 9)] + [(f"{y}年", 9) for y in data.indicator_years]
    sheet.merge_range(0, 0, 0, len(headers) - 1, "《济宁市新型城镇化规划（2022—2035年）》专栏2 规划指标", fmts["title"])
    for col, (text, width) in enumerate(headers):
        sheet.write_string(1, col, text, fmts["header"])
        sheet.set_column(col, col, width)
    for row, item in enumerate(data.indicators, start=2):
        sheet.write_number(row, 0, item.seq, fmts["int"])
        for col, text in enumerate((item.group, item.name, item.unit, item.value_2021, item.target_2025,
                                    item.target_2035, "越高越好" if item.direction == "higher" else "越低越好"), start=1):
            write_text(sheet, row, col, text, fmts["text"] if col == 2 else fmts["center"])
        for offset, year in enumerate(data.indicator_years):
            write_value(sheet, row, 8 + offset, "number", item.values.get(year), fmts)
        tick(1)
    sheet.freeze_panes(2, 3)
    page_setup(sheet, 1, 1)
