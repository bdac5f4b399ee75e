"""Ledger headers: synonyms, units, years and the small parsers of ledger cells."""

from __future__ import annotations

import pytest

from jnprojects.domain.model import Kind, Level
from jnprojects.exchange.cell_values import CellError
from jnprojects.exchange.ledger import (
    FIELDS,
    column_unit,
    guess_mapping,
    header_year,
    parse_kind,
    parse_level,
    split_contact,
    split_names,
)
from jnprojects.exchange.problems import Problem, known_codes, problem_text


def test_synonyms_map_to_fields_and_each_field_once():
    headers = {0: "序号", 1: "工程名称", 2: "投资项目代码", 3: "建设性质", 4: "所在县市区", 5: "责任单位",
               6: "协同单位", 7: "联系人及电话", 8: "计划总投资\n（亿元）", 9: "2026年计划投资(万元)",
               10: "计划开工时间", 11: "计划完工时间", 12: "建设规模及内容", 13: "备注", 14: "项目名称"}
    mapping = guess_mapping(headers)
    assert mapping == {0: "", 1: "name", 2: "national_code", 3: "kind", 4: "location", 5: "lead", 6: "coop",
                       7: "contact", 8: "total_investment", 9: "annual_plan", 10: "planned_start",
                       11: "planned_end", 12: "content", 13: "notes", 14: ""}
    assert set(mapping.values()) - {""} <= set(FIELDS)


def test_units_and_years_come_from_headers():
    assert column_unit("总投资（亿元）") == "亿元"
    assert column_unit("总投资(万元)") == "万元"
    assert column_unit("总投资", note="亿元") == "亿元"
    assert column_unit("总投资") == "万元"
    assert header_year("2026年计划投资（万元）") == 2026
    assert header_year("年度计划投资") is None


def test_small_parsers():
    assert parse_level("省重点") == Level.PROVINCE
    assert parse_level("县（市、区）级") == Level.COUNTY
    assert parse_level("市级") == Level.CITY
    assert parse_kind("新开工") == Kind.NEW and parse_kind("续建") == Kind.CONTINUING
    with pytest.raises(CellError):
        parse_kind("待定")
    assert split_names("市交通运输局、任城区人民政府，市交通运输局") == ["市交通运输局", "任城区人民政府"]
    assert split_contact("张三 13800000000") == ("张三", "13800000000")
    assert split_contact("李四（0537-2345678）") == ("李四", "0537-2345678")


def test_every_problem_code_has_a_chinese_sentence():
    used = {"unknown_code", "missing_code", "duplicate_row", "end_before_start", "bad_date", "bad_money",
            "negative_money", "bad_percent", "percent_range", "formula_no_value", "cell_error", "name_mismatch",
            "unknown_milestone", "milestone_mismatch", "missing_name", "unknown_category", "unknown_location",
            "bad_level", "bad_kind", "national_code_conflict", "text_too_long", "no_category",
            "not_spreadsheet", "encrypted", "corrupt", "too_large", "zip_bomb", "xml_entities", "too_many_cells",
            "unknown_layout", "newer_format", "other_database", "other_period", "no_period", "has_problems",
            "stale_preview", "no_header", "no_name_column", "readonly", "cancelled", "write_failed"}
    assert used <= known_codes()
    text = problem_text(Problem("bad_date", "推进情况表", 12, "H", "2025-13-01", header="计划开工"))
    assert text.startswith("工作表“推进情况表” 第12行 H列（计划开工）")
    assert "2025-13-01" in text and "2025/6/30" in text
    assert "第3行" in problem_text(Problem("duplicate_row", "里程碑", 9, "A", "JT-001", params=(("first_row", 3),)))
