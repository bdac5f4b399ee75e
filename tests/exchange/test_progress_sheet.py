"""The progress sheet writer on its own: text stays text, layout, print set-up, atomic writes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from jnprojects.exchange.layout import KEY_SHEET, PROGRESS_SHEET
from jnprojects.exchange.problems import Cancelled
from jnprojects.exchange.progress_sheet import (
    CategoryGroup,
    IndicatorRow,
    MilestoneRow,
    ProgressRow,
    ProgressSheetData,
    write_progress_sheet,
)


def data(name: str = "=1+1", rows: int = 3) -> ProgressSheetData:
    items = [ProgressRow(code=f"JT-{i:03d}", name=name if i == 1 else f"项目{i}", category_name="交通基础设施",
                         content="@SUM(A1)\t-2+3\x07", total_investment=Decimal("1200.5") if i != 2 else None,
                         planned_start=date(2025, 1, 1), planned_end=date(2026, 12, 31), light="red" if i == 1 else "green",
                         reasons="里程碑‘环评’逾期45天", progress_text="+ 完成主体")
             for i in range(1, rows + 1)]
    milestones = [MilestoneRow("JT-001", name, 1, "环评", 3.0, date(2025, 3, 1), None, "overdue", "逾期45天"),
                  MilestoneRow("JT-001", name, 2, "开工", 10.0, date(2025, 6, 1), None, "overdue", "逾期10天")]
    indicators = [IndicatorRow(1, "智慧化", "5G用户普及率", "%", "31", "≥60", "-", "higher", {2022: Decimal("31.5")})]
    return ProgressSheetData(date(2026, 11, 30), "全部项目", [CategoryGroup("交通基础设施", items)], milestones,
                             indicators, [2022], {"kind": "progress", "period": "2026-11"})


def test_text_that_looks_like_a_formula_opens_as_text(tmp_path):
    path = tmp_path / "out.xlsx"
    write_progress_sheet(data(), path)
    sheet = openpyxl.load_workbook(path)[PROGRESS_SHEET]
    name = sheet["C6"]
    assert (name.value, name.data_type) == ("=1+1", "s")
    assert sheet["F6"].value == "@SUM(A1)\t-2+3"  # the control character is dropped, the rest kept
    assert sheet["M6"].value == "+ 完成主体"


def test_layout_numbers_dates_groups_and_print_setup(tmp_path):
    path = tmp_path / "out.xlsx"
    write_progress_sheet(data(), path)
    book = openpyxl.load_workbook(path)
    sheet = book[PROGRESS_SHEET]
    assert sheet["A1"].value == "济宁市新型城镇化重点项目推进情况表（截至2026年11月30日）"
    assert "A1:S1" in {str(r) for r in sheet.merged_cells.ranges}
    assert "H3:I3" in {str(r) for r in sheet.merged_cells.ranges}  # 计划时间 over 计划开工/计划竣工
    assert (sheet["H3"].value, sheet["H4"].value, sheet["I4"].value) == ("计划时间", "计划开工", "计划竣工")
    assert sheet["A5"].value == "一、交通基础设施（3个项目）"
    assert sheet["G6"].value == 1200.5 and sheet["G6"].data_type == "n"
    assert sheet["H6"].is_date and sheet["H6"].value.date() == date(2025, 1, 1)
    assert sheet["N6"].value == "红灯" and sheet["N6"].fill.fgColor.rgb.endswith("E53935")
    assert sheet["A9"].value == "小计：3个项目（其中1个未填总投资）" and sheet["G9"].value == 2401
    assert sheet["A10"].value.startswith("合计：3个项目") and sheet["G10"].value == 2401
    assert sheet.freeze_panes == "D5"
    assert sheet.page_setup.orientation == "landscape" and str(sheet.page_setup.paperSize) == "9"
    # one page wide (fitToWidth 1 is the default, so it is omitted), any number of pages tall
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth in (None, 1)
    assert sheet.page_setup.fitToHeight == 0
    assert sheet.print_title_rows == "$3:$4"
    assert "&P" in sheet.oddFooter.center.text
    assert book[KEY_SHEET].sheet_state == "veryHidden"
    milestones = book["里程碑"]
    assert "A3:A4" in {str(r) for r in milestones.merged_cells.ranges}
    assert book["规划指标"]["I3"].value == 31.5


def test_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path):
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"old content")
    calls = []
    with pytest.raises(Cancelled):
        write_progress_sheet(data(rows=50), path, progress=lambda d, t: calls.append((d, t)), cancel=lambda: len(calls) >= 5)
    assert path.read_bytes() == b"old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]
    fresh = tmp_path / "new.xlsx"
    with pytest.raises(Cancelled):
        write_progress_sheet(data(), fresh, cancel=lambda: True)
    assert not fresh.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def test_progress_is_reported_up_to_the_total(tmp_path):
    calls = []
    write_progress_sheet(data(rows=4), tmp_path / "out.xlsx", progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (4 + 2 + 1, 4 + 2 + 1)
