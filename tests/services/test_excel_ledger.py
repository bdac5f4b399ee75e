"""Importing an office's own ledger: header synonyms, units, matching, creating, and idempotence."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import xlsxwriter

from jnprojects.exchange.problems import FileRefused, problem_text
from jnprojects.paths import resources_dir
from jnprojects.services.excel_ledger import apply_ledger, preview_ledger, read_ledger
from jnprojects.services.workspace import open_workspace
from jnprojects.store import projects as project_store
from tests.exchange.helpers import dump, full_dump, seeded_copy

SAMPLE = resources_dir() / "samples" / "项目台账示例.xlsx"


@pytest.fixture
def ws(tmp_path):
    workspace = open_workspace(seeded_copy(tmp_path), user="tester")
    yield workspace
    workspace.close()


def ledger(path: Path, headers: list[str], rows: list[list[object]], title: str | None = "任城区重点项目台账") -> Path:
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("台账")
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    start = 0
    if title:
        sheet.write_string(0, 0, title)
        start = 1
    for col, text in enumerate(headers):
        sheet.write_string(start, col, text)
    for r, row in enumerate(rows, start=start + 1):
        for c, value in enumerate(row):
            if isinstance(value, date):
                sheet.write_datetime(r, c, value, day)
            elif value is not None:
                sheet.write(r, c, value)
    book.close()
    return path


HEADERS = ["序号", "工程名称", "投资项目代码", "类别", "建设地点", "牵头单位", "配合单位", "联系人及电话",
           "总投资（亿元）", "2026年计划投资（万元）", "计划开工", "计划竣工", "建设内容"]


def rows() -> list[list[object]]:
    return [
        [1, "京雄商高铁济宁段", "2101-370800-54-01-000001", "交通基础设施", "任城区、兖州区", "市交通运输局（测试）",
         "任城区人民政府（测试）、兖州区人民政府（测试）", "张三 13800000000", 12.5, 30000, date(2024, 3, 1),
         "2027年12月", "济宁段线路（测试）"],
        [2, " 龙拱港 ", None, None, "微山县", "微山县人民政府（测试）", None, None, "0.85", None, "2025/6/1",
         "2026.12.31", None],
        [3, "（测试）新建道路工程", "2101-370811-48-01-000003", "城市建设", "任城区", "任城区人民政府（测试）", None,
         "李四（0537-2345678）", 1.2, 5000, date(2026, 3, 1), date(2027, 6, 30), "新建道路（测试）"],
    ]


def test_synonyms_units_create_and_update_then_a_second_import_changes_nothing(ws, tmp_path):
    path = ledger(tmp_path / "台账.xlsx", HEADERS, rows())
    file = read_ledger(ws, path)
    assert not file.remembered
    assert file.mapping[1] == "name" and file.mapping[8] == "total_investment" and file.mapping[9] == "annual_plan"
    preview = preview_ledger(ws, file, year=2026)
    assert preview.problems == []
    assert [(i.action, i.name) for i in preview.items] == [
        ("update", "京雄商高铁济宁段"), ("update", "龙拱港"), ("create", "（测试）新建道路工程")]
    assert sorted(preview.new_units) == sorted(["市交通运输局（测试）", "任城区人民政府（测试）", "兖州区人民政府（测试）",
                                                "微山县人民政府（测试）"])
    new_code = preview.items[2].code
    assert new_code.startswith("CS-")
    changes = apply_ledger(ws, preview)
    assert changes.units and len(changes.projects) == 3

    jt = project_store.get(ws.db, project_store.id_for_code(ws.db, "JT-001"))
    assert jt.total_investment == Decimal(125000)  # 12.5 亿元 → 万元
    assert jt.national_code == "2101-370800-54-01-000001"
    assert (jt.planned_start, jt.planned_end) == (date(2024, 3, 1), date(2027, 12, 31))
    assert sorted(jt.locations) == ["rencheng", "yanzhou"]
    lead = next(a for a in jt.assignments if a.role == "lead")
    assert (lead.unit_name, lead.contact_person, lead.phone) == ("市交通运输局（测试）", "张三", "13800000000")
    assert len([a for a in jt.assignments if a.role == "coop"]) == 2
    plan = ws.db.execute("SELECT planned_investment FROM annual_plans WHERE project_id = ? AND year = 2026", [jt.id]).fetchone()
    assert plan == ("30000",)
    port = project_store.get(ws.db, project_store.id_for_code(ws.db, "JT-036"))
    assert port.total_investment == Decimal(8500)
    created = project_store.get(ws.db, project_store.id_for_code(ws.db, new_code))
    assert (created.category_code, created.origin, created.total_investment) == ("urban", "ledger", Decimal(12000))
    batch = ws.db.execute("SELECT id, kind FROM import_batches").fetchone()
    assert batch[1] == "ledger"
    entities = {r[0] for r in ws.db.execute("SELECT entity FROM change_log WHERE batch_id = ?", [batch[0]])}
    assert {"unit", "project", "assignment", "annual_plan"} <= entities

    before = full_dump(ws.path)
    again = read_ledger(ws, path)
    assert again.remembered and again.mapping == file.mapping
    second = preview_ledger(ws, again, year=2026)
    assert [i.action for i in second.items] == ["unchanged"] * 3 and second.changes == [] and second.new_units == []
    assert not apply_ledger(ws, second).any
    assert full_dump(ws.path) == before


def test_a_wan_yuan_ledger_with_a_picked_category_and_a_national_code_match(ws, tmp_path):
    project = project_store.get(ws.db, project_store.id_for_code(ws.db, "HB-001"))
    project.national_code = "2101-370800-77-01-000099"
    project_store.save(ws.db, project, "tester")
    path = ledger(tmp_path / "b.xlsx", ["项目名称", "投资项目代码", "总投资(万元)", "牵头单位"], [
        ["餐厨垃圾处理厂二期（名称与库中不同）", "2101-370800-77-01-000099", 3200, "市城管局（测试）"],
        ["全新的项目", None, "1,500", "市城管局（测试）"],
    ], title=None)
    preview = preview_ledger(ws, read_ledger(ws, path), default_category="environment")
    assert [(i.action, i.code[:3]) for i in preview.items] == [("update", "HB-"), ("create", "HB-")]
    assert preview.items[0].code == "HB-001"  # matched by code, the name is left as it is
    apply_ledger(ws, preview)
    assert project_store.get(ws.db, project.id).total_investment == Decimal(3200)
    assert project_store.get(ws.db, project.id).name == project.name


def test_ledger_problems_are_reported_at_their_cells_and_nothing_is_written(ws, tmp_path):
    bad = rows()
    bad[0][4] = "火星"  # unknown place
    bad[1][10] = "明年"  # unreadable date
    bad[2][8] = -1  # negative money
    bad.append(list(bad[1]))  # a duplicate row
    bad.append([5, "结束早于开始的项目", None, "能源", None, None, None, None, None, None, date(2027, 1, 1),
                date(2026, 1, 1), None])
    bad.append([6, "类别不存在的项目", None, "航天", None, None, None, None, None, None, None, None, None])
    path = ledger(tmp_path / "bad.xlsx", HEADERS, bad)
    before = full_dump(ws.path)
    preview = preview_ledger(ws, read_ledger(ws, path), year=2026)
    found = sorted((p.code, p.row, p.column) for p in preview.problems)
    assert found == sorted([("unknown_location", 3, "E"), ("bad_date", 4, "K"), ("negative_money", 5, "I"),
                            ("bad_date", 6, "K"), ("duplicate_row", 6, "B"), ("end_before_start", 7, "L"),
                            ("unknown_category", 8, "D")])
    assert all(p.sheet == "台账" and problem_text(p) for p in preview.problems)
    with pytest.raises(FileRefused):
        apply_ledger(ws, preview)
    assert full_dump(ws.path) == before


def test_new_rows_need_a_category(ws, tmp_path):
    path = ledger(tmp_path / "c.xlsx", ["项目名称", "总投资（万元）"], [["无类别的新项目", 100]])
    preview = preview_ledger(ws, read_ledger(ws, path))
    assert [p.code for p in preview.problems] == ["no_category"]


def test_a_mapping_without_a_name_is_refused(ws, tmp_path):
    path = ledger(tmp_path / "d.xlsx", HEADERS, rows())
    file = read_ledger(ws, path)
    with pytest.raises(FileRefused) as info:
        preview_ledger(ws, file, {c: ("" if k == "name" else k) for c, k in file.mapping.items()})
    assert info.value.code == "no_name_column"


def test_an_edited_mapping_is_remembered_for_the_same_headers(ws, tmp_path):
    path = ledger(tmp_path / "e.xlsx", HEADERS, rows())
    file = read_ledger(ws, path)
    mapping = {c: ("" if k == "content" else k) for c, k in file.mapping.items()}
    apply_ledger(ws, preview_ledger(ws, file, mapping, year=2026))
    other = ledger(tmp_path / "f.xlsx", HEADERS, rows()[:1])
    assert read_ledger(ws, other).mapping == mapping


def test_the_sample_ledger_is_labelled_and_imports_cleanly(ws):
    import openpyxl

    sheet = openpyxl.load_workbook(SAMPLE, read_only=True).worksheets[0]
    assert "示例" in next(sheet.iter_rows(max_row=1, values_only=True))[0]
    preview = preview_ledger(ws, read_ledger(ws, SAMPLE), year=2026)
    assert preview.problems == []
    assert (preview.count("update"), preview.count("create")) == (9, 1)
    before_units = ws.db.execute("SELECT count(*) FROM units").fetchone()[0]
    apply_ledger(ws, preview)
    assert ws.db.execute("SELECT count(*) FROM units").fetchone()[0] > before_units
    before = dump(ws.path)
    second = preview_ledger(ws, read_ledger(ws, SAMPLE), year=2026)
    assert second.changes == []
    assert dump(ws.path) == before


def test_the_sample_matches_its_generator(tmp_path):
    from jnprojects.exchange.ledger_sample import write_sample_ledger
    from jnprojects.exchange.reader import read_book

    write_sample_ledger(tmp_path / "fresh.xlsx")
    assert read_book(tmp_path / "fresh.xlsx").sheets[0].rows == read_book(SAMPLE).sheets[0].rows
