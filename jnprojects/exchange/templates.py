"""Fill-in templates (进展填报表): one workbook per responsible unit or per place.

Layout: 填报说明 (instructions, first and active), 项目进展 (one row per project), 里程碑 (one row
per milestone) and the very hidden key sheet. Identifying and reference columns are locked; the
sheets are protected WITHOUT a password (documented in 填报说明: the protection only prevents slips,
it is not security). Editable cells are unlocked, tinted, and carry data validation (0–100 for
progress, non-negative amounts, real dates), so most mistakes are caught while typing; the importer
checks everything again regardless, because validation is easy to paste around.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from .layout import (
    INSTRUCTIONS_SHEET,
    MILESTONE_SHEET,
    TEMPLATE_MILESTONE_COLUMNS,
    TEMPLATE_PROJECT_COLUMNS,
    TEMPLATE_PROJECT_SHEET,
    Column,
    write_key,
)
from .xlsx_writing import base_formats, page_setup, row_height, write_atomically, write_headers, write_text, write_value

EDITABLE_TINT = "#FFF9DB"
LOCKED_TINT = "#F2F2F2"
# Sheet protection that still lets people resize columns and rows, and select any cell.
PROTECTION = {"format_columns": True, "format_rows": True, "select_locked_cells": True,
              "select_unlocked_cells": True}


@dataclass(frozen=True)
class TemplateProject:
    code: str
    name: str
    category_name: str
    planned_start: date | None
    planned_end: date | None
    previous_text: str
    progress_text: str = ""
    progress_pct: float | None = None
    invest_month: Decimal | None = None
    problems: str = ""


@dataclass(frozen=True)
class TemplateMilestone:
    code: str
    project_name: str
    seq: int
    name: str
    planned_date: date | None
    actual_date: date | None


@dataclass(frozen=True)
class TemplateData:
    """One workbook: for ``scope`` (a unit's or a place's name) and ``period`` ('YYYY-MM')."""

    scope: str
    scope_kind: str  # 'unit' or 'location'
    period: str
    projects: list[TemplateProject]
    milestones: list[TemplateMilestone]
    key: dict[str, str]


def zh_period(period: str) -> str:
    return f"{int(period[:4])}年{int(period[5:7])}月"


def instructions(data: TemplateData) -> list[str]:
    """The lines of 填报说明 (also shown in the tests, so they stay accurate)."""
    month = zh_period(data.period)
    who = "责任单位" if data.scope_kind == "unit" else "县（市、区）"
    return [
        f"济宁市新型城镇化重点项目进展填报表（{month}）",
        f"填报范围：{who} {data.scope}，共{len(data.projects)}个项目、{len(data.milestones)}个里程碑。",
        "一、填写方法",
        "1. 浅黄色单元格可以填写；灰色单元格（项目编号、项目名称、计划日期、上期形象进度等）是识别和参考信息，已锁定，请勿修改。",
        "2. 工作表保护没有设置密码，只为防止误改；请不要撤销保护后改动编号、名称或里程碑名称，否则导入时会被指出并拒绝该行。",
        "3. 请勿增删行、改动工作表名称；可以调整列宽和行高，也可以在单元格内换行（Alt+Enter）。",
        "二、各列要求",
        f"“项目进展”表 — 本期形象进度：用文字写明截至{month}底的工程形象进度；",
        "　　形象进度（%）：0到100之间的数字，例如85（不要写“%”以外的文字）；",
        "　　本月完成投资（万元）：本月实际完成的投资额，单位万元，不能为负数；",
        "　　存在问题：需要协调解决的问题，没有可不填。",
        "“里程碑”表 — 实际完成日期：已完成节点的实际日期；尚未完成的留空。",
        "日期可写作2026-11-30、2026/11/30、2026.11.30或2026年11月30日。",
        "三、交回",
        "填好后直接保存（.xlsx，或另存为.xls），交回项目办。程序导入前会逐项核对，并指出有问题的工作表、行和列；"
        "只有确认后才会写入数据库。",
        "本文件含一个隐藏的识别信息表（数据库标识、填报月份、格式版本），请勿删除或复制到其他文件。",
    ]


def write_template(data: TemplateData, out_path: Path) -> None:
    """Write one template workbook atomically (see ``progress_sheet.write_atomically``)."""

    def fill(book) -> None:  # noqa: ANN001 - xlsxwriter.Workbook
        _instructions(book, data)
        _project_sheet(book, data)
        _milestone_sheet(book, data)
        write_key(book, data.key)

    write_atomically(Path(out_path), fill)


def _instructions(book, data: TemplateData) -> None:  # noqa: ANN001
    sheet = book.add_worksheet(INSTRUCTIONS_SHEET)
    title = book.add_format({"bold": True, "font_size": 16})
    heading = book.add_format({"bold": True, "font_size": 12})
    body = book.add_format({"text_wrap": True, "valign": "top", "font_size": 11})
    sheet.set_column(0, 0, 66)  # fits an A4 portrait page
    for row, line in enumerate(instructions(data)):
        fmt = title if row == 0 else heading if line[:2] in ("一、", "二、", "三、") else body
        write_text(sheet, row, 0, line, fmt)
        height = row_height([(line, 56.0)])  # 11 pt text: a little less fits per line than at 10 pt
        sheet.set_row(row, 24 if row == 0 else height)
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.activate()
    sheet.protect("", PROTECTION)


def _formats(book) -> tuple[dict, dict]:  # noqa: ANN001
    """Locked (grey) and editable (unlocked, tinted) variants of the shared formats."""
    locked = base_formats(book, {"bg_color": LOCKED_TINT, "locked": True})
    editable = base_formats(book, {"bg_color": EDITABLE_TINT, "locked": False})
    return locked, editable


def _validate(sheet, first: int, last: int, col: int, column: Column) -> None:  # noqa: ANN001
    """Data validation for an editable column's rows ``first``..``last``."""
    if last < first:
        return
    if column.kind == "percent":
        rule = {"validate": "decimal", "criteria": "between", "minimum": 0, "maximum": 100,
                "error_title": "形象进度", "error_message": "请填写0到100之间的数字，例如85。"}
    elif column.kind == "money":
        rule = {"validate": "decimal", "criteria": ">=", "value": 0,
                "error_title": "投资额", "error_message": "请填写不小于0的数字，单位万元。"}
    elif column.kind == "date":
        rule = {"validate": "date", "criteria": "between", "minimum": date(2000, 1, 1),
                "maximum": date(2100, 12, 31), "error_title": "日期",
                "error_message": "请填写日期，例如2026-11-30或2026/11/30。"}
    else:
        rule = {"validate": "length", "criteria": "<=", "value": 4000,
                "error_title": "文字过长", "error_message": "请不超过4000字。"}
    rule["input_title"] = column.header[:32]
    sheet.data_validation(first, col, last, col, rule)


def _table(book, sheet, title: str, columns: tuple[Column, ...], rows: list[dict]) -> None:  # noqa: ANN001
    locked, editable = _formats(book)
    plain = base_formats(book)
    header_fmt = plain["header"]
    sheet.merge_range(0, 0, 0, len(columns) - 1, title, plain["title"])
    sheet.set_row(0, 28)
    last_header = write_headers(sheet, columns, 1, header_fmt)
    first = last_header + 1
    for offset, values in enumerate(rows):
        row = first + offset
        for col, column in enumerate(columns):
            fmts = editable if column.editable else locked
            write_value(sheet, row, col, column.kind, values.get(column.key), fmts)
        # Room for what is there and for two lines of what the unit will type.
        height = row_height([(values.get(c.key) or ("\n" if c.editable else ""), c.width)
                             for c in columns if c.kind == "text"])
        if height:
            sheet.set_row(row, height)
    for col, column in enumerate(columns):
        if column.editable:
            _validate(sheet, first, first + len(rows) - 1, col, column)
    sheet.freeze_panes(first, 2)
    page_setup(sheet, last_header, 1)
    sheet.protect("", PROTECTION)


def _project_sheet(book, data: TemplateData) -> None:  # noqa: ANN001
    sheet = book.add_worksheet(TEMPLATE_PROJECT_SHEET)
    rows = [{**p.__dict__, "category": p.category_name} for p in data.projects]
    _table(book, sheet, f"重点项目进展填报表（{zh_period(data.period)}）— {data.scope}",
           TEMPLATE_PROJECT_COLUMNS, rows)


def _milestone_sheet(book, data: TemplateData) -> None:  # noqa: ANN001
    sheet = book.add_worksheet(MILESTONE_SHEET)
    rows = [{"code": m.code, "name": m.project_name, "seq": m.seq, "milestone": m.name,
             "planned_date": m.planned_date, "actual_date": m.actual_date} for m in data.milestones]
    _table(book, sheet, f"重点项目里程碑填报（{zh_period(data.period)}）— {data.scope}",
           TEMPLATE_MILESTONE_COLUMNS, rows)
