"""The change log as an .xlsx file, for audits and for sending up the line."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from .xlsx_safety import clean_text

HEADERS = ("时间", "操作人", "对象", "项目编号", "项目名称", "操作", "字段", "原值", "新值", "导入批次")
WIDTHS = (20, 12, 12, 12, 36, 8, 18, 30, 30, 10)
ACTIONS = {"insert": "新增", "update": "修改", "delete": "删除"}
ENTITIES = {"project": "项目", "milestone": "里程碑", "assignment": "责任单位", "report": "月度进展",
            "annual_plan": "年度计划", "indicator_value": "规划指标", "unit": "单位", "setting": "设置",
            "override": "人工认定", "problem": "存在问题", "period": "月度结账"}


def write_change_log(rows: Sequence[object], out_path: Path, title: str) -> None:
    """Write ``rows`` (``store.history.LogRow``-like objects) to ``out_path`` atomically.

    The file is written beside the target and moved into place, so a failure never leaves a
    broken file or destroys an older one.
    """
    import xlsxwriter

    out_path = Path(out_path)
    fd, temp_name = tempfile.mkstemp(suffix=".xlsx", dir=out_path.parent)
    os.close(fd)
    try:
        book = xlsxwriter.Workbook(temp_name, {"strings_to_formulas": False, "strings_to_numbers": False,
                                               "strings_to_urls": False})
        sheet = book.add_worksheet("变更记录")
        bold = book.add_format({"bold": True, "bg_color": "#DDE4EE", "border": 1, "align": "center"})
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        sheet.merge_range(0, 0, 0, len(HEADERS) - 1, clean_text(title), book.add_format({"bold": True, "font_size": 14}))
        for col, (header, width) in enumerate(zip(HEADERS, WIDTHS)):
            sheet.write_string(1, col, header, bold)
            sheet.set_column(col, col, width)
        for number, row in enumerate(rows, start=2):
            values = (row.at.replace("T", " "), row.user_name, ENTITIES.get(row.entity, row.entity), row.project_code,
                      row.project_name, ACTIONS.get(row.action, row.action), row.field, row.old_value or "",
                      row.new_value or "", "" if row.batch_id is None else str(row.batch_id))
            for col, value in enumerate(values):
                sheet.write_string(number, col, clean_text(value), wrap)
        sheet.freeze_panes(2, 0)
        sheet.autofilter(1, 0, max(1, len(rows) + 1), len(HEADERS) - 1)
        book.close()
        os.replace(temp_name, out_path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
