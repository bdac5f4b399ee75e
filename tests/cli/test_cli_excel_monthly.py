"""The Excel and monthly subcommands, run as a user would from a terminal."""

from __future__ import annotations

import openpyxl

from jnprojects.services.workspace import open_workspace
from tests.cli.test_cli_init import run_cli
from tests.exchange.helpers import demo_copy, locate_cell
from tests.helpers import sql_dump


def test_export_edit_and_import_a_progress_sheet(tmp_path):
    db = demo_copy(tmp_path)
    sheet = tmp_path / "推进情况表.xlsx"
    result = run_cli("--db", str(db), "export", str(sheet), "--category", "交通基础设施", "--as-of", "2026-11-30")
    assert result.returncode == 0, result.stderr
    assert "已导出56个项目" in result.stdout
    book = openpyxl.load_workbook(sheet)
    assert "截至2026年11月30日" in str(book["推进情况表"]["A1"].value)

    locate_cell(book["推进情况表"], "JT-001", "形象进度").value = "命令行导入的形象进度"
    book.save(sheet)
    before = sql_dump(db)
    dry = run_cli("--db", str(db), "import", str(sheet), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "命令行导入的形象进度" in dry.stdout and "试运行" in dry.stdout
    assert sql_dump(db) == before

    done = run_cli("--db", str(db), "import", str(sheet))
    assert done.returncode == 0, done.stderr
    assert "导入完成：1个项目有变更" in done.stdout
    ws = open_workspace(db)
    try:
        texts = [r[0] for r in ws.db.execute(
            "SELECT r.progress_text FROM progress_reports r JOIN projects p ON p.id = r.project_id "
            "WHERE p.code = 'JT-001'")]
    finally:
        ws.close()
    assert "命令行导入的形象进度" in texts


def test_unknown_category_is_named_and_nothing_is_written(tmp_path):
    db = demo_copy(tmp_path)
    result = run_cli("--db", str(db), "export", str(tmp_path / "x.xlsx"), "--category", "航天")
    assert result.returncode == 1
    assert "类别“航天”不存在" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_close_reopen_and_circular(tmp_path):
    db = demo_copy(tmp_path)
    closed = run_cli("--db", str(db), "close-month", "2026-10")
    assert closed.returncode == 0, closed.stderr
    assert "2026-10已结账" in closed.stdout
    again = run_cli("--db", str(db), "close-month", "2026-10")
    assert again.returncode == 1 and "2026年10月已结账" in again.stderr

    circular = run_cli("--db", str(db), "circular", "2026-10", str(tmp_path / "通报.xlsx"))
    assert circular.returncode == 0, circular.stderr
    assert "调度通报" in circular.stdout and (tmp_path / "通报.xlsx").stat().st_size > 0

    no_reason = run_cli("--db", str(db), "reopen-month", "2026-10")
    assert no_reason.returncode == 2  # --reason is required
    reopened = run_cli("--db", str(db), "reopen-month", "2026-10", "--reason", "数据更正")
    assert reopened.returncode == 0, reopened.stderr


def test_missing_reports_on_the_plan_database(tmp_path):
    # The plan's projects are all in 前期 (quarterly reporters): December closes a quarter.
    db = tmp_path / "plan.db"
    assert run_cli("--db", str(db), "init").returncode == 0
    result = run_cli("--db", str(db), "missing-reports", "2026-12")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("2026-12共有") and "个项目未报送" in lines[-1]
    assert any(line.startswith("JT-") for line in lines[:-1])
    bad = run_cli("--db", str(db), "missing-reports", "2026-13")
    assert bad.returncode == 1 and "“2026-13”不是有效月份" in bad.stderr


def test_notice_for_an_unknown_unit_is_refused(tmp_path):
    db = demo_copy(tmp_path)
    result = run_cli("--db", str(db), "notice", str(tmp_path / "n.xlsx"), "--unit", "不存在的单位")
    assert result.returncode == 1 and "不存在的单位" in result.stderr
    assert not (tmp_path / "n.xlsx").exists()


def test_a_sheet_with_problems_exits_non_zero_even_on_a_dry_run(tmp_path):
    db = demo_copy(tmp_path)
    sheet = tmp_path / "推进情况表.xlsx"
    assert run_cli("--db", str(db), "export", str(sheet), "--category", "能源").returncode == 0
    book = openpyxl.load_workbook(sheet)
    locate_cell(book["推进情况表"], "NY-001", "计划开工").value = "2026年13月1日"
    book.save(sheet)
    before = sql_dump(db)
    for extra in ((), ("--dry-run",)):
        result = run_cli("--db", str(db), "import", str(sheet), *extra)
        assert result.returncode == 1
        assert "“2026年13月1日”不是可识别的日期" in result.stdout and "未导入任何数据" in result.stderr
    assert sql_dump(db) == before
