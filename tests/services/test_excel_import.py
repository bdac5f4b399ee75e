"""Importing exported progress sheets back: no change for an unchanged file, exactly the edits
otherwise, every problem at its cell with the database untouched, every unsafe file refused."""

from __future__ import annotations

import re
import shutil
import sqlite3
import zipfile
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from jnprojects.domain.monthly_problems import Problem as LedgerProblem
from jnprojects.domain.monthly_problems import ProblemState
from jnprojects.domain.query import ProjectFilter
from jnprojects.exchange.problems import Cancelled, FileRefused, problem_text, refusal_text
from jnprojects.services.excel_common import ensure_database_id
from jnprojects.services.excel_export import export_progress_sheet
from jnprojects.services.excel_import import apply_import, preview_import
from jnprojects.services.workspace import open_workspace
from jnprojects.store import problems as problem_store
from jnprojects.store import projects as project_store
from tests.exchange.helpers import (
    SHEET_HEAD,
    demo_copy,
    dump,
    encrypted_ole,
    full_dump,
    locate_cell,
    minimal_xlsx,
    rewrite_part,
    sheet_part,
)

TODAY = date.today()
SMALL = ProjectFilter(text="JT-00")


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """A demo database with its identity, and its progress sheet as of today (made once)."""
    folder = tmp_path_factory.mktemp("exported")
    path = demo_copy(folder, "base.db")
    ws = open_workspace(path, user="tester")
    ensure_database_id(ws)
    # JT-001 … JT-009 only: a small file keeps the openpyxl edits in these tests fast (the whole
    # database's round trip is tested in test_excel_export).
    export_progress_sheet(ws, folder / "推进情况表.xlsx", TODAY, SMALL)
    ws.close()
    return path, folder / "推进情况表.xlsx"


@pytest.fixture
def office(exported, tmp_path):
    """(workspace on a fresh copy of the database, a fresh copy of the exported file)."""
    db, sheet = exported
    shutil.copyfile(db, tmp_path / "office.db")
    shutil.copyfile(sheet, tmp_path / "推进情况表.xlsx")
    ws = open_workspace(tmp_path / "office.db", user="tester")
    yield ws, tmp_path / "推进情况表.xlsx"
    ws.close()


def edit(path: Path, change) -> Path:  # noqa: ANN001
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(path)
    return path


def first_code(ws, where: str) -> str:  # noqa: ANN001
    return ws.db.execute(f"SELECT code FROM projects WHERE {where} ORDER BY code LIMIT 1").fetchone()[0]


def test_an_unchanged_export_changes_nothing(office):
    ws, path = office
    before = full_dump(ws.path)
    preview = preview_import(ws, path)
    assert (preview.changes, preview.problems) == ([], [])
    assert preview.kind == "progress" and preview.period == f"{TODAY:%Y-%m}"
    assert not apply_import(ws, preview).any
    assert full_dump(ws.path) == before


def test_edited_cells_are_applied_exactly_and_logged_with_the_batch(office):
    ws, path = office
    unstarted = first_code(ws, "code LIKE 'JT-00%' AND actual_start IS NULL AND planned_end > '2025-07-01'")

    def change(book):  # noqa: ANN001
        sheet = book["推进情况表"]
        locate_cell(sheet, "JT-001", "总投资（万元）").value = 12345.5
        locate_cell(sheet, "JT-001", "形象进度").value = "桥梁主体完成"
        locate_cell(sheet, "JT-001", "存在问题").value = "用地手续待办"
        locate_cell(sheet, unstarted, "实际开工").value = "2025/6/30"
        locate_cell(book["里程碑"], "JT-003", "实际完成日期", extra=("序号", 1)).value = date(2022, 1, 5)

    preview = preview_import(ws, edit(path, change))
    assert preview.problems == []
    assert sorted((c.code, c.field) for c in preview.changes) == sorted([
        ("JT-001", "total_investment"), ("JT-001", "progress_text"), ("JT-001", "problems"),
        (unstarted, "actual_start"), ("JT-003", "actual_date")])
    before = dump(ws.path)
    result = apply_import(ws, preview)
    jt1 = ws.db.execute("SELECT id, total_investment FROM projects WHERE code = 'JT-001'").fetchone()
    assert jt1[1] == "12345.5"
    assert result.reports and jt1[0] in result.projects
    report = ws.db.execute("SELECT progress_text FROM progress_reports WHERE project_id = ? AND period = ?",
                           [jt1[0], preview.period]).fetchone()
    assert report == ("桥梁主体完成",)
    # A problem written into the sheet becomes an open entry of the problem ledger.
    ledger = ws.db.execute("SELECT description, state FROM problems WHERE project_id = ?", [jt1[0]]).fetchall()
    assert ("用地手续待办", "open") in ledger
    batch = ws.db.execute("SELECT id, kind, file_name, sha256, user_name, counts FROM import_batches").fetchall()
    assert len(batch) == 1 and batch[0][1:5] == ("excel_progress", "推进情况表.xlsx", preview.sha256, "tester")
    logged = ws.db.execute("SELECT entity, field FROM change_log WHERE batch_id = ?", [batch[0][0]]).fetchall()
    assert ("project", "total_investment") in logged and ("project", "actual_start") in logged
    assert ("milestone", "actual_date") in logged and ("problem", "description") in logged
    assert not ws.db.execute("SELECT 1 FROM change_log WHERE id > (SELECT min(id) FROM change_log WHERE batch_id = ?)"
                             " AND batch_id IS NOT ?", [batch[0][0], batch[0][0]]).fetchall()
    changed = set(dump(ws.path).splitlines()) ^ set(before.splitlines())
    assert all(any(f'"{table}"' in line for table in ("projects", "progress_reports", "milestones", "problems"))
               for line in changed)
    # Exporting again and importing that file shows the edits as the state: nothing to change.
    again = export_progress_sheet(ws, path.with_name("again.xlsx"), TODAY, SMALL).path
    assert preview_import(ws, again).changes == []


def test_tolerant_forms_read_as_the_same_values(office):
    ws, path = office

    def change(book):  # noqa: ANN001
        sheet = book["推进情况表"]
        start = locate_cell(sheet, "JT-002", "计划开工")
        day = start.value.date()
        start.value = f"{day.year}年{day.month}月{day.day}日"  # a date typed as text
        end = locate_cell(sheet, "JT-002", "计划竣工")
        end.value = (end.value.date() - date(1899, 12, 30)).days  # an Excel serial number in a General cell
        actual = locate_cell(sheet, "JT-001", "实际开工")
        actual.value = f"{actual.value.date():%Y.%m.%d}"  # 2023.01.01
        money = locate_cell(sheet, "JT-002", "总投资（万元）")
        money.value = "".join(chr(ord(ch) + 0xFEE0) if ch.isdigit() else ch for ch in str(int(money.value)))
        name = locate_cell(sheet, "JT-003", "项目名称")
        name.value = f"  {name.value}\n"  # spaces and a line break around the name
        for extra in range(sheet.max_row + 1, sheet.max_row + 4):
            sheet.cell(row=extra, column=3).value = "  "  # trailing blank rows
        locate_cell(sheet, "JT-002", "项目编号").value = " ＪＴ－００２　"  # full-width and spaces around the code

    edit(path, change)
    # After openpyxl (which saves formulas without results): JT-001's amount as a formula with its
    # cached value, as Excel saves it.
    rewrite_part(path, sheet_part(path, "推进情况表"),
                 lambda xml: re.sub(r'<c r="G6"([^>]*)><v>([^<]*)</v></c>', r'<c r="G6"\1><f>\2+0</f><v>\2</v></c>', xml))
    assert "<f>" in zipfile.ZipFile(path).read(sheet_part(path, "推进情况表")).decode()
    preview = preview_import(ws, path)
    assert (preview.changes, preview.problems) == ([], [])


def test_reordered_columns_without_the_key_are_matched_by_header(office, tmp_path):
    ws, path = office
    source = openpyxl.load_workbook(path)["推进情况表"]
    rows = [[c.value for c in row] for row in source.iter_rows()]
    order = list(reversed(range(len(rows[3]))))
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "我的表"
    sheet.append([rows[0][0]])  # the title gives the date
    header = [lower or upper for upper, lower in zip(rows[2], rows[3])]  # one header row instead of two
    sheet.append([header[i] for i in order])
    for row in rows[4:]:
        sheet.append([row[i] for i in order])
    cell = locate_cell(sheet, "JT-001", "形象进度")
    cell.value = "改过的形象进度"
    book.save(tmp_path / "重排.xlsx")
    preview = preview_import(ws, tmp_path / "重排.xlsx")
    assert preview.problems == []
    assert [(c.code, c.field, c.new) for c in preview.changes] == [("JT-001", "progress_text", "改过的形象进度")]
    assert preview.changes[0].sheet == "我的表" and preview.changes[0].row == cell.row


def test_a_column_retitled_in_yi_yuan_is_converted(office):
    ws, path = office

    def change(book):  # noqa: ANN001
        sheet = book["推进情况表"]
        cell = locate_cell(sheet, "JT-001", "总投资（万元）")
        header = next(c for row in sheet.iter_rows(min_row=3, max_row=4) for c in row if c.value == "总投资（万元）")
        header.value = "总投资（亿元）"
        for row in range(6, sheet.max_row + 1):
            amount = sheet.cell(row=row, column=cell.column)
            if isinstance(amount.value, (int, float)):
                amount.value = amount.value / 10000
        cell.value = 80  # 80 亿元 = 800000 万元

    preview = preview_import(ws, edit(path, change))
    assert preview.problems == []
    assert [(c.code, c.field, c.value) for c in preview.changes] == [("JT-001", "total_investment", Decimal(800000))]


STRICT_CASES = {
    "unknown_code": ("推进情况表", "JT-001", "项目编号", "ZZ-999", "B", "ZZ-999"),
    "negative_money": ("推进情况表", "JT-001", "总投资（万元）", -5, "G", "-5"),
    "bad_date": ("推进情况表", "JT-001", "计划开工", "2025-13-45", "H", "2025-13-45"),
    "name_mismatch": ("推进情况表", "JT-001", "项目名称", "别的项目", "C", "别的项目"),
    "end_before_start": ("推进情况表", "JT-001", "计划竣工", date(2000, 1, 2), "I", "2000-01-02"),
    "bad_percent_text": None,
    "milestone_mismatch": ("里程碑", "JT-001", "里程碑", "改了名字的节点", "D", "改了名字的节点"),
}


@pytest.mark.parametrize("case", [k for k, v in STRICT_CASES.items() if v])
def test_each_strict_case_is_reported_at_its_cell_and_nothing_is_written(office, case):
    ws, path = office
    sheet_name, code, header, value, column, found = STRICT_CASES[case]
    target = {}

    def change(book):  # noqa: ANN001
        extra = ("序号", 1) if sheet_name == "里程碑" else None
        cell = locate_cell(book[sheet_name], code, header, extra=extra)
        cell.value = value
        target["row"] = cell.row

    before = full_dump(ws.path)
    preview = preview_import(ws, edit(path, change))
    codes = {"name_mismatch": "name_mismatch", "milestone_mismatch": "milestone_mismatch"}
    [problem] = [p for p in preview.problems]
    assert problem.code == codes.get(case, case)
    assert (problem.sheet, problem.row, problem.column, problem.value) == (sheet_name, target["row"], column, found)
    assert problem.expected or case not in ("name_mismatch", "milestone_mismatch")
    assert f"第{target['row']}行 {column}列" in problem_text(problem)
    with pytest.raises(FileRefused) as info:
        apply_import(ws, preview)
    assert info.value.code == "has_problems" and "跳过有错误的行" in refusal_text(info.value)
    assert full_dump(ws.path) == before


def test_duplicate_rows_and_formulas_without_values_are_reported(office):
    ws, path = office

    def change(book):  # noqa: ANN001
        sheet = book["推进情况表"]
        row = locate_cell(sheet, "JT-001", "项目编号").row
        last = sheet.max_row + 1
        for col in range(1, sheet.max_column + 1):
            sheet.cell(row=last, column=col).value = sheet.cell(row=row, column=col).value
        locate_cell(sheet, "JT-002", "总投资（万元）").value = "=1+1"  # openpyxl saves no cached value

    before = full_dump(ws.path)
    preview = preview_import(ws, edit(path, change))
    found = {(p.code, p.column) for p in preview.problems}
    assert found == {("duplicate_row", "B"), ("formula_no_value", "G")}
    duplicate = next(p for p in preview.problems if p.code == "duplicate_row")
    assert dict(duplicate.params)["first_row"] == 6
    assert full_dump(ws.path) == before


def test_skip_rejected_applies_only_the_good_rows(office):
    ws, path = office

    def change(book):  # noqa: ANN001
        sheet = book["推进情况表"]
        locate_cell(sheet, "JT-001", "存在问题").value = "好的一行"
        locate_cell(sheet, "JT-002", "计划开工").value = "不是日期"
        locate_cell(sheet, "JT-002", "存在问题").value = "坏的一行"

    preview = preview_import(ws, edit(path, change))
    assert len(preview.problems) == 1 and len(preview.applicable(True)) == 1
    apply_import(ws, preview, skip_rejected=True)
    ledger = dict(ws.db.execute("SELECT p.description, j.code FROM problems p JOIN projects j ON j.id = p.project_id").fetchall())
    assert ledger.get("好的一行") == "JT-001" and "坏的一行" not in ledger


def _refused_files(folder: Path) -> dict[str, Path]:
    csv = folder / "a.xlsx"
    csv.write_text("项目编号,项目名称\n", encoding="utf-8")
    noise = folder / "b.xls"
    noise.write_bytes(bytes(range(256)) * 16)
    not_xlsx = folder / "c.xlsx"
    with zipfile.ZipFile(not_xlsx, "w") as archive:
        archive.writestr("hello.txt", "hi")
    laughs = minimal_xlsx(folder / "d.xlsx", '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "c">]><worksheet/>')
    huge = minimal_xlsx(folder / "e.xlsx", SHEET_HEAD + '<dimension ref="A1:Z1048576"/><sheetData/></worksheet>')
    bomb = minimal_xlsx(folder / "f.xlsx", SHEET_HEAD.encode() + b" " * (101 * 1024 * 1024) + b"</worksheet>", level=9)
    return {"not_spreadsheet": csv, "not_spreadsheet ": noise, "not_spreadsheet  ": not_xlsx,
            "encrypted": encrypted_ole(folder / "g.xlsx"), "xml_entities": laughs, "too_many_cells": huge,
            "zip_bomb": bomb}


def test_every_refused_file_type_is_refused_with_its_message_and_nothing_written(office, tmp_path):
    ws, _path = office
    before = full_dump(ws.path)
    for code, path in _refused_files(tmp_path).items():
        with pytest.raises(FileRefused) as info:
            preview_import(ws, path)
        assert info.value.code == code.strip(), path.name
        assert path.name in refusal_text(info.value) and "未导入任何内容" in refusal_text(info.value)
    assert full_dump(ws.path) == before


def test_a_returned_xls_is_read(office, tmp_path):
    xlwt = pytest.importorskip("xlwt")
    ws, path = office
    source = openpyxl.load_workbook(path)
    book = xlwt.Workbook(encoding="utf-8")
    day = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for name in ("推进情况表", "jnprojects_key"):  # (merged code cells of 里程碑 are read in other tests)
        sheet = book.add_sheet(name)
        for r, row in enumerate(source[name].iter_rows(values_only=True)):
            for c, value in enumerate(row):
                if value is not None:
                    sheet.write(r, c, value.date() if hasattr(value, "date") else value, day if hasattr(value, "date") else xlwt.Style.default_style)
        if name == "jnprojects_key":
            sheet.visibility = 2
    target = locate_cell(source["推进情况表"], "JT-001", "存在问题")
    book.get_sheet(0).write(target.row - 1, target.column - 1, "旧版Excel填写的问题")
    book.save(str(tmp_path / "返回.xls"))
    preview = preview_import(ws, tmp_path / "返回.xls")
    assert preview.problems == []
    assert [(c.code, c.field, c.new) for c in preview.changes] == [("JT-001", "problems", "旧版Excel填写的问题")]


def test_key_checks_other_database_and_other_period(office, tmp_path):
    ws, path = office
    other = tmp_path / "other.db"
    shutil.copyfile(ws.path, other)
    conn = sqlite3.connect(other)
    conn.execute("UPDATE settings SET value = 'another' WHERE key = 'database.id'")
    conn.commit()
    conn.close()
    other_ws = open_workspace(other, user="tester")
    with pytest.raises(FileRefused) as info:
        preview_import(other_ws, path)
    other_ws.close()
    assert info.value.code == "other_database" and "另一个数据库" in refusal_text(info.value)
    later = date(TODAY.year + 1, TODAY.month, 1)
    with pytest.raises(FileRefused) as info:
        preview_import(ws, path, today=later)
    assert info.value.code == "other_period" and info.value.params["period"] == f"{TODAY:%Y-%m}"
    assert preview_import(ws, path, today=later, accept_other_period=True).other_period


def test_apply_refuses_when_the_database_changed_since_the_preview(office):
    ws, path = office
    edit(path, lambda book: setattr(locate_cell(book["推进情况表"], "JT-001", "存在问题"), "value", "新问题"))
    preview = preview_import(ws, path)
    jt1 = ws.db.execute("SELECT id FROM projects WHERE code = 'JT-001'").fetchone()[0]
    problem_store.add(ws.db, LedgerProblem(jt1, "另一人刚登记的问题", TODAY), "另一人")  # after the preview
    before = full_dump(ws.path)
    with pytest.raises(FileRefused) as info:
        apply_import(ws, preview)
    assert info.value.code == "stale_preview"
    assert full_dump(ws.path) == before


def test_cancelling_the_apply_rolls_everything_back(office):
    ws, path = office

    def change(book):  # noqa: ANN001
        for code in ("JT-001", "JT-002", "JT-003"):
            locate_cell(book["推进情况表"], code, "存在问题").value = f"{code}的问题"

    preview = preview_import(ws, edit(path, change))
    before = full_dump(ws.path)
    calls = []
    with pytest.raises(Cancelled):
        apply_import(ws, preview, progress=lambda d, t: calls.append(d), cancel=lambda: len(calls) >= 2)
    assert full_dump(ws.path) == before


def test_a_backup_is_taken_before_writing(office):
    ws, path = office
    ws.db.execute("UPDATE settings SET value = '0' WHERE key = 'database.demo'")
    ws.db.conn.commit()
    edit(path, lambda book: setattr(locate_cell(book["推进情况表"], "JT-001", "存在问题"), "value", "备份测试"))
    apply_import(ws, preview_import(ws, path))
    from jnprojects.services.safety import list_backups

    assert [b.reason for b in list_backups(ws)] == ["import"]


def test_the_problems_cell_is_the_open_ledger_and_a_returned_line_adds_an_entry(office):
    ws, _path = office
    jt1 = ws.db.execute("SELECT id FROM projects WHERE code = 'JT-001'").fetchone()[0]
    problem_store.add(ws.db, LedgerProblem(jt1, "环评批复未下达", date(2026, 1, 5)), "t")
    solved_id = problem_store.add(ws.db, LedgerProblem(jt1, "资金缺口", date(2026, 1, 5)), "t")
    solved = problem_store.get(ws.db, solved_id)
    problem_store.update(ws.db, replace(solved, state=ProblemState.SOLVED, resolution="已拨付",
                                        resolved_on=date(2026, 2, 1)), "t")
    path = export_progress_sheet(ws, _path.with_name("ledger.xlsx"), TODAY, SMALL).path
    sheet = openpyxl.load_workbook(path)["推进情况表"]
    assert locate_cell(sheet, "JT-001", "存在问题").value == "环评批复未下达"

    # The unit re-lists the solved one, drops nothing and adds one: only the new line is new.
    edit(path, lambda book: setattr(locate_cell(book["推进情况表"], "JT-001", "存在问题"), "value",
                                    "环评批复未下达；资金缺口\n电力迁改协调难"))
    preview = preview_import(ws, path)
    assert [(c.code, c.entity, c.new) for c in preview.changes] == [("JT-001", "problem", "电力迁改协调难")]
    apply_import(ws, preview)
    states = dict(ws.db.execute("SELECT description, state FROM problems WHERE project_id = ?", [jt1]).fetchall())
    assert states == {"环评批复未下达": "open", "资金缺口": "solved", "电力迁改协调难": "open"}

    # Emptying the cell solves nothing: that needs a resolution, entered in the ledger.
    edit(path, lambda book: setattr(locate_cell(book["推进情况表"], "JT-001", "存在问题"), "value", None))
    assert preview_import(ws, path).changes == []


def test_an_unknown_milestone_is_reported_at_its_cell(office):
    ws, path = office
    found = {}

    def change(book):  # noqa: ANN001
        sheet = book["里程碑"]
        name = locate_cell(sheet, "JT-001", "里程碑", extra=("序号", 1))
        seq = locate_cell(sheet, "JT-001", "序号", extra=("序号", 1))
        name.value, seq.value = "全新节点", 99  # neither the name nor the number is one of JT-001's
        found["row"] = name.row

    preview = preview_import(ws, edit(path, change))
    [problem] = preview.problems
    assert (problem.code, problem.sheet, problem.row, problem.column) == ("unknown_milestone", "里程碑", found["row"], "D")
    assert "项目JT-001没有名为“全新节点”的里程碑" in problem_text(problem)


def _reschedule_first_milestone(ws, code: str) -> None:  # noqa: ANN001
    """Another user moves the project's first milestone (after the preview was made)."""
    project = project_store.get(ws.db, ws.db.execute("SELECT id FROM projects WHERE code = ?", [code]).fetchone()[0])
    project.milestones[0].planned_date = date(2020, 2, 2)
    project_store.save(ws.db, project, "另一人")


def test_apply_refuses_when_a_milestone_the_file_shows_changed_since_the_preview(office):
    ws, path = office
    edit(path, lambda book: setattr(locate_cell(book["里程碑"], "JT-003", "实际完成日期", extra=("序号", 1)),
                                    "value", date(2022, 1, 5)))
    preview = preview_import(ws, path)
    assert [(c.code, c.entity, c.field) for c in preview.changes] == [("JT-003", "milestone", "actual_date")]
    _reschedule_first_milestone(ws, "JT-003")
    before = full_dump(ws.path)
    with pytest.raises(FileRefused) as info:
        apply_import(ws, preview)
    assert info.value.code == "stale_preview" and full_dump(ws.path) == before


def test_a_file_without_milestone_lines_is_applied_over_a_milestone_edited_since(office):
    ws, path = office

    def change(book):  # noqa: ANN001
        del book["里程碑"]  # an office sends back the progress sheet alone
        locate_cell(book["推进情况表"], "JT-001", "形象进度").value = "桥梁主体完成"

    preview = preview_import(ws, edit(path, change))
    assert [(c.code, c.field) for c in preview.changes] == [("JT-001", "progress_text")]
    _reschedule_first_milestone(ws, "JT-001")  # not shown by the file: the preview's values still hold
    apply_import(ws, preview)
    jt1 = ws.db.execute("SELECT id FROM projects WHERE code = 'JT-001'").fetchone()[0]
    assert ws.db.execute("SELECT progress_text FROM progress_reports WHERE project_id = ? AND period = ?",
                         [jt1, preview.period]).fetchone() == ("桥梁主体完成",)
    assert project_store.get(ws.db, jt1).milestones[0].planned_date == date(2020, 2, 2)  # the other edit is kept
