"""Reading cells the ways offices write them: tolerant of form, strict about meaning."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from jnprojects.exchange.cell_values import CellError, read_date, read_money, read_percent, read_text, same_text
from jnprojects.exchange.reader import code_text, col_letter, find_header, read_book, split_unit


@pytest.mark.parametrize("value", [
    "2025-06-30", "2025/6/30", "2025.6.30", "2025年6月30日", " 2025-06-30 ", "２０２５年６月３０日",
    "2025-06-30 00:00:00", 45838, 45838.0, date(2025, 6, 30), datetime(2025, 6, 30, 0, 0),
])
def test_dates_in_every_office_form(value):
    assert read_date(value) == date(2025, 6, 30)


@pytest.mark.parametrize("value", ["2025-13-01", "明年六月", "2025年6月", 2025, "30/6/2025"])
def test_unreadable_dates_are_errors(value):
    with pytest.raises(CellError) as info:
        read_date(value)
    assert info.value.code == "bad_date"


def test_a_month_alone_is_accepted_only_where_allowed():
    assert read_date("2025年6月", month_ok="start") == date(2025, 6, 1)
    assert read_date("2025.2", month_ok="end") == date(2025, 2, 28)
    assert read_date("2024年12月", month_ok="end") == date(2024, 12, 31)


def test_money_with_units_full_width_digits_and_commas():
    assert read_money("１２００") == Decimal(1200)
    assert read_money("1,200.5") == Decimal("1200.5")
    assert read_money(12.5, "亿元") == Decimal(125000)
    assert read_money(0.1) == Decimal("0.1")
    assert read_money("3亿") == Decimal(30000)
    assert read_money("") is None
    with pytest.raises(CellError) as info:
        read_money(-5.0)
    assert (info.value.code, info.value.found) == ("negative_money", "-5")
    with pytest.raises(CellError):
        read_money("约1000")


def test_percent_keeps_an_unchanged_small_number():
    assert read_percent(0.5, current=0.5) == 0.5  # not read as 50 %
    assert read_percent(0.85) == 85.0  # a percent-formatted cell
    assert read_percent("85%") == 85.0
    with pytest.raises(CellError) as info:
        read_percent(120)
    assert info.value.code == "percent_range"


def test_text_and_codes_are_folded():
    assert read_text("  完成主体\r\n结构 ") == "完成主体\n结构"
    assert read_text(3.0) == "3"
    assert read_text("a\rb") == "a\nb" and read_text("a\rb\r\n\rc\r") == "a\nb\n\nc"
    assert read_text(" 无换行 ") == "无换行" and read_text(None) == ""
    assert code_text(" ＪＴ－００１　") == "JT-001"
    assert same_text("a\r\nb ", "a\nb")
    assert col_letter(0) == "A" and col_letter(25) == "Z" and col_letter(26) == "AA"
    assert split_unit("总 投 资\n（亿元）") == ("总投资", "亿元")


def test_merged_cells_blank_rows_formulas_and_headers(tmp_path):
    import xlsxwriter

    path = tmp_path / "t.xlsx"
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("表")
    sheet.merge_range(0, 0, 0, 3, "标题")
    sheet.merge_range(1, 0, 2, 0, "项目编号")  # a two-level header
    sheet.merge_range(1, 1, 1, 2, "计划时间")
    sheet.write(2, 1, "计划开工")
    sheet.write(2, 2, "计划竣工")
    sheet.merge_range(3, 0, 4, 0, "JT-001")  # one code merged down two rows
    sheet.write_formula(3, 1, "=1000+200", None, 1200)
    sheet.write(5, 1, "   ")  # a trailing row with only spaces
    book.close()
    result = read_book(path).sheet("表")
    header = find_header(result, ("项目编号",))
    assert header.row == 2
    assert header.columns == {0: "项目编号", 1: "计划开工", 2: "计划竣工"}
    assert result.rows[0][1] == ""  # a horizontal title is not spread over the columns
    assert result.rows[4][0] == "JT-001"  # a vertical merge is
    assert result.rows[3][1] == 1200  # the formula's cached value
    assert len(result.rows) == 5  # the blank trailing row is gone


def test_an_xls_file_is_read(tmp_path):
    xlwt = pytest.importorskip("xlwt")
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("推进情况表")
    sheet.write_merge(0, 1, 0, 0, "项目编号")
    sheet.write(1, 1, "计划开工")
    sheet.write(2, 0, "JT-001")
    sheet.write(2, 1, date(2025, 6, 30), xlwt.easyxf(num_format_str="YYYY-MM-DD"))
    hidden = book.add_sheet("jnprojects_key")
    hidden.visibility = 2
    path = tmp_path / "old.xls"
    book.save(str(path))
    result = read_book(path)
    assert result.format == "xls"
    assert result.sheet("jnprojects_key").visibility == "veryhidden"
    assert result.sheet("推进情况表").rows[2] == ["JT-001", date(2025, 6, 30)]
    assert result.sheet("推进情况表").rows[1][0] == "项目编号"
