"""Fill-in templates: one per unit or place, locked identity, validation, the key, and their return."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from jnprojects.exchange.problems import FileRefused
from jnprojects.exchange.templates import instructions
from jnprojects.services.excel_common import database_id, ensure_database_id
from jnprojects.services.excel_import import apply_import, preview_import
from jnprojects.services.excel_templates import make_templates, template_file_name
from jnprojects.services.workspace import open_workspace
from tests.exchange.helpers import demo_copy, full_dump, locate_cell

TODAY = date.today()
PERIOD = f"{TODAY:%Y-%m}"


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """Templates per unit for the current month, from a demo database (made once)."""
    folder = tmp_path_factory.mktemp("templates")
    db = demo_copy(folder, "base.db")
    ws = open_workspace(db, user="tester")
    results = make_templates(ws, folder / "out", by="unit", period=PERIOD)
    ws.close()
    return db, results


@pytest.fixture
def office(made, tmp_path):
    db, results = made
    shutil.copyfile(db, tmp_path / "office.db")
    template = min(results, key=lambda r: r.projects)  # the smallest, to keep openpyxl quick
    path = shutil.copyfile(template.path, tmp_path / template.path.name)
    ws = open_workspace(tmp_path / "office.db", user="tester")
    yield ws, path, template
    ws.close()


def test_one_template_per_lead_unit_with_the_identity_key(made):
    db, results = made
    ws = open_workspace(db, readonly=True, user="tester")
    leads = ws.db.execute("SELECT count(DISTINCT unit_id) FROM project_units WHERE role = 'lead'").fetchone()[0]
    db_id = database_id(ws)
    ws.close()
    assert len(results) == leads and len(db_id) == 32
    result = results[0]
    assert result.path.name == template_file_name(PERIOD, result.scope)
    book = openpyxl.load_workbook(result.path)
    assert book.sheetnames == ["填报说明", "项目进展", "里程碑", "jnprojects_key"]
    assert book.active.title == "填报说明"
    key_sheet = book["jnprojects_key"]
    assert key_sheet.sheet_state == "veryHidden"
    key = {r[0]: r[1] for r in key_sheet.iter_rows(min_row=2, values_only=True)}
    assert (key["kind"], key["period"], key["database_id"], key["scope"]) == ("template", PERIOD, db_id, result.scope)
    assert key["format_version"] == "1"
    projects = book["项目进展"]
    assert projects.protection.sheet and not projects.protection.password  # no password: documented
    assert locate_cell(projects, projects["A3"].value, "项目名称").protection.locked
    assert not locate_cell(projects, projects["A3"].value, "本期形象进度").protection.locked
    rules = {str(dv.sqref).split(":")[0][0]: (dv.type, dv.operator, dv.formula1, dv.formula2)
             for dv in projects.data_validations.dataValidation}
    assert rules["H"][0] == "decimal" and rules["H"][1] in (None, "between")  # 'between' is the default
    assert rules["H"][2:] == ("0", "100")
    assert rules["I"][:3] == ("decimal", "greaterThanOrEqual", "0")
    assert book["里程碑"].data_validations.dataValidation[0].type == "date"
    assert book["填报说明"]["A1"].value.startswith("济宁市新型城镇化重点项目进展填报表")
    assert any("没有设置密码" in (c.value or "") for c in book["填报说明"]["A"])


def test_templates_per_place(tmp_path, made):
    db, _results = made
    ws = open_workspace(shutil.copyfile(db, tmp_path / "x.db"), user="tester")
    results = make_templates(ws, tmp_path / "by_place", by="location", period=PERIOD)
    ws.close()
    assert results and all("县" in r.scope or "区" in r.scope or "市" in r.scope for r in results)
    assert sum(r.projects for r in results) >= 1


def test_a_filled_template_is_applied_and_the_next_one_is_prefilled(office, tmp_path):
    ws, path, template = office
    book = openpyxl.load_workbook(path)
    sheet = book["项目进展"]
    code = sheet["A3"].value
    locate_cell(sheet, code, "本期形象进度").value = "主体结构完成80%"
    locate_cell(sheet, code, "形象进度（%）").value = 80
    locate_cell(sheet, code, "本月完成投资（万元）").value = "１２００"
    locate_cell(sheet, code, "存在问题").value = "征地拆迁滞后"
    milestones = book["里程碑"]
    done = locate_cell(milestones, code, "实际完成日期")
    done.value = "2025年6月30日"
    book.save(path)
    preview = preview_import(ws, path)
    assert preview.kind == "template" and preview.problems == []
    assert sorted(c.field for c in preview.changes) == sorted(
        ["progress_text", "progress_pct", "invest_month", "problems", "actual_date"])
    apply_import(ws, preview)
    row = ws.db.execute("SELECT r.progress_text, r.progress_pct, r.invest_month FROM progress_reports r"
                        " JOIN projects p ON p.id = r.project_id WHERE p.code = ? AND r.period = ?", [code, PERIOD]).fetchone()
    assert row == ("主体结构完成80%", 80.0, "1200")
    assert ws.db.execute("SELECT q.state FROM problems q JOIN projects p ON p.id = q.project_id"
                         " WHERE p.code = ? AND q.description = '征地拆迁滞后'", [code]).fetchone() == ("open",)
    again = make_templates(ws, tmp_path / "again", by="unit", period=PERIOD)
    same = next(r for r in again if r.scope == template.scope)
    prefilled = openpyxl.load_workbook(same.path)["项目进展"]
    assert locate_cell(prefilled, code, "本期形象进度").value == "主体结构完成80%"
    assert locate_cell(prefilled, code, "存在问题").value == "征地拆迁滞后"  # the open ledger entry
    assert preview_import(ws, same.path).changes == []


def test_investment_totals_follow_the_month(office):
    ws, path, _template = office
    book = openpyxl.load_workbook(path)
    code = book["项目进展"]["A3"].value
    locate_cell(book["项目进展"], code, "本月完成投资（万元）").value = 500
    book.save(path)
    apply_import(ws, preview_import(ws, path))
    rows = ws.db.execute("SELECT r.period, r.invest_ytd, r.invest_since_start FROM progress_reports r JOIN projects p"
                         " ON p.id = r.project_id WHERE p.code = ? ORDER BY r.period DESC LIMIT 2", [code]).fetchall()
    (period, ytd, since), previous = rows[0], rows[1] if len(rows) > 1 else None
    assert period == PERIOD
    if previous is not None and previous[2] is not None:
        assert Decimal(since) == Decimal(previous[2]) + 500
    if TODAY.month == 1:
        assert Decimal(ytd) == 500


def test_a_changed_name_is_refused_and_nothing_written(office):
    ws, path, _template = office
    book = openpyxl.load_workbook(path)
    sheet = book["项目进展"]
    sheet.protection.sheet = False  # someone removed the (password-less) protection
    sheet["B3"].value = "被改过的名字"
    book.save(path)
    before = full_dump(ws.path)
    preview = preview_import(ws, path)
    [problem] = preview.problems
    assert (problem.code, problem.sheet, problem.row, problem.column) == ("name_mismatch", "项目进展", 3, "B")
    with pytest.raises(FileRefused):
        apply_import(ws, preview)
    assert full_dump(ws.path) == before


def test_a_template_for_another_database_or_month(office, tmp_path):
    ws, path, _template = office
    fresh = open_workspace(tmp_path / "new.db", user="tester")
    ensure_database_id(fresh)
    with pytest.raises(FileRefused) as info:
        preview_import(fresh, path)
    fresh.close()
    assert info.value.code == "other_database"
    next_month = date(TODAY.year + (TODAY.month == 12), TODAY.month % 12 + 1, 1)
    with pytest.raises(FileRefused) as info:
        preview_import(ws, path, today=next_month)
    assert info.value.code == "other_period"
    assert preview_import(ws, path, today=next_month, accept_other_period=True).period == PERIOD


def test_instructions_name_the_period_and_scope():
    from jnprojects.exchange.templates import TemplateData

    lines = instructions(TemplateData("市交通运输局", "unit", "2026-11", [], [], {}))
    assert lines[0] == "济宁市新型城镇化重点项目进展填报表（2026年11月）"
    assert "市交通运输局" in lines[1]
