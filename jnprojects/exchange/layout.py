"""The layout shared by the sheets we write and the importer that reads them back.

Writers and readers use the same header texts from here, so a column renamed in one place cannot
silently stop being imported. Columns are found by header text on import, never by position, so
offices may reorder, hide or add columns.

The very hidden key sheet identifies a file we made: which database (``database_id``), what kind
(``progress`` sheet or fill-in ``template``), which period (``YYYY-MM``) and the format version.
It is a plain two-column sheet, so it survives Excel, WPS and a save-as to .xls.
"""

from __future__ import annotations

from dataclasses import dataclass

from .reader import Book, cell_text, header_key

FORMAT_VERSION = 1
KEY_SHEET = "jnprojects_key"
KIND_PROGRESS = "progress"
KIND_TEMPLATE = "template"


@dataclass(frozen=True)
class Column:
    """One column: ``key`` used in code, ``header`` shown, ``group`` the upper header (or None),
    ``kind`` how values are written and read (text, int, date, money, percent)."""

    key: str
    header: str
    width: float
    kind: str = "text"
    group: str | None = None
    editable: bool = False


# 推进情况表 (the progress sheet). Editable columns are imported back; the others are derived or
# belong to other workflows (units come from the ledger) and are ignored on import.
PROGRESS_SHEET = "推进情况表"
PROGRESS_COLUMNS: tuple[Column, ...] = (
    Column("seq", "序号", 5, "int"),
    Column("code", "项目编号", 9),
    Column("name", "项目名称", 26),
    Column("category", "类别", 10),
    Column("locations", "建设地点", 10),
    Column("content", "建设内容", 32, editable=True),
    Column("total_investment", "总投资（万元）", 12, "money", editable=True),
    Column("planned_start", "计划开工", 11, "date", "计划时间", True),
    Column("planned_end", "计划竣工", 11, "date", "计划时间", True),
    Column("actual_start", "实际开工", 11, "date", "实际时间", True),
    Column("actual_end", "实际竣工", 11, "date", "实际时间", True),
    Column("milestone", "当前里程碑", 18, group="推进情况"),
    Column("progress_text", "形象进度", 28, group="推进情况", editable=True),
    Column("light", "灯号", 7, group="状态"),
    Column("reasons", "原因", 28, group="状态"),
    Column("problems", "存在问题", 22, editable=True),
    Column("lead", "牵头单位", 16, group="责任单位"),
    Column("coop", "配合单位", 16, group="责任单位"),
    Column("contact", "联系人及电话", 15, group="责任单位"),
)

MILESTONE_SHEET = "里程碑"
MILESTONE_COLUMNS: tuple[Column, ...] = (
    Column("code", "项目编号", 9),
    Column("name", "项目名称", 26),
    Column("seq", "序号", 5, "int"),
    Column("milestone", "里程碑", 16),
    Column("weight", "权重（%）", 8, "number"),
    Column("planned_date", "计划日期", 11, "date", editable=True),
    Column("actual_date", "实际完成日期", 12, "date", editable=True),
    Column("state", "状态", 16),
)

INDICATOR_SHEET = "规划指标"

# 填报表 (fill-in template) sheets.
INSTRUCTIONS_SHEET = "填报说明"
TEMPLATE_PROJECT_SHEET = "项目进展"
TEMPLATE_PROJECT_COLUMNS: tuple[Column, ...] = (
    Column("code", "项目编号", 9),
    Column("name", "项目名称", 26),
    Column("category", "类别", 10),
    Column("planned_start", "计划开工", 11, "date"),
    Column("planned_end", "计划竣工", 11, "date"),
    Column("previous_text", "上期形象进度", 26),
    Column("progress_text", "本期形象进度", 30, editable=True),
    Column("progress_pct", "形象进度（%）", 10, "percent", editable=True),
    Column("invest_month", "本月完成投资（万元）", 12, "money", editable=True),
    Column("problems", "存在问题", 26, editable=True),
)
TEMPLATE_MILESTONE_COLUMNS: tuple[Column, ...] = (
    Column("code", "项目编号", 9),
    Column("name", "项目名称", 26),
    Column("seq", "序号", 5, "int"),
    Column("milestone", "里程碑", 16),
    Column("planned_date", "计划日期", 11, "date"),
    Column("actual_date", "实际完成日期", 13, "date", editable=True),
)

CODE_HEADER = "项目编号"
SUMMARY_PREFIXES = ("小计", "合计", "总计")


def column(columns: tuple[Column, ...], key: str) -> Column:
    return next(c for c in columns if c.key == key)


def header_of(columns: tuple[Column, ...], key: str) -> str:
    return column(columns, key).header


def key_rows(key: dict[str, str]) -> list[tuple[str, str]]:
    """The key sheet's rows, format version first."""
    return [("format_version", str(FORMAT_VERSION)), *((k, v) for k, v in key.items() if k != "format_version")]


def write_key(book, key: dict[str, str]) -> None:  # noqa: ANN001 - xlsxwriter.Workbook
    """Add the very hidden key sheet to an XlsxWriter workbook."""
    sheet = book.add_worksheet(KEY_SHEET)
    sheet.write_string(0, 0, "jnprojects")
    sheet.write_string(0, 1, "此工作表由程序用于识别文件，请勿修改")
    for row, (name, value) in enumerate(key_rows(key), start=1):
        sheet.write_string(row, 0, name)
        sheet.write_string(row, 1, value)
    sheet.very_hidden()


def read_key(book: Book) -> dict[str, str] | None:
    """The key of a file we made, or None when it has no key sheet."""
    sheet = book.sheet(KEY_SHEET)
    if sheet is None:
        return None
    key: dict[str, str] = {}
    for row in sheet.rows[1:]:
        if len(row) >= 2 and cell_text(row[0]).strip():
            key[cell_text(row[0]).strip()] = cell_text(row[1]).strip()
    return key


def is_summary(text: object) -> bool:
    """A subtotal/total row's label (小计, 合计, 总计)."""
    return header_key(text).startswith(SUMMARY_PREFIXES)
