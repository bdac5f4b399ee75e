"""The circular (通报) and the supervision notice (督办通知单) open in Excel with the expected facts."""

from __future__ import annotations

from datetime import date, timedelta

import openpyxl
import pytest

from jnprojects.domain.errors import ValidationError
from jnprojects.domain.model import Unit
from jnprojects.domain.monthly import shift_period
from jnprojects.domain.monthly_problems import Problem, ProblemFilter, ProblemLevel
from jnprojects.domain.status import Light
from jnprojects.services import monthly, monthly_circular, monthly_close, monthly_problems
from jnprojects.services import projects as project_service

PERIOD = shift_period(monthly.current_period(), -1)  # last month: its end is in the past


@pytest.fixture
def ws(demo_ws):
    with demo_ws.db.atomic():
        demo_ws.db.execute("DELETE FROM problems")  # these tests build the ledger they count
    return demo_ws


def _texts(path) -> list[str]:
    book = openpyxl.load_workbook(path)
    return [str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None]


def _add_overdue(ws, end: date) -> tuple[int, int, str]:
    unit_id, _ = project_service.add_unit(ws, Unit("市督查测试局"))
    row = project_service.list_projects(ws)[0]
    pid, _ = monthly_problems.add_problem(ws, Problem(row.id, "=HYPERLINK(\"x\") 征地拆迁未完成", end - timedelta(days=60),
                                                      unit_id, "张三", end - timedelta(days=10),
                                                      ProblemLevel.CITY_LEADER))
    return pid, unit_id, row.name


def test_circular_holds_figures_rankings_reds_overdue_and_formulas(ws, tmp_path):
    before = shift_period(PERIOD, -1)
    monthly_close.close_period(ws, before)
    from jnprojects.domain.monthly import period_end

    problem_id, _, project_name = _add_overdue(ws, period_end(PERIOD))
    monthly_close.close_period(ws, PERIOD)
    out = tmp_path / "通报.xlsx"
    content = monthly_circular.export_circular(ws, PERIOD, out)
    snaps = monthly_close.frozen_snapshot(ws, PERIOD)
    texts = _texts(out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["调度通报", "项目比拼"]
    sheet = book["调度通报"]
    assert sheet["A1"].value.startswith(f"济宁市新型城镇化重点项目{int(PERIOD[:4])}年{int(PERIOD[5:])}月调度通报")
    assert "已于" in sheet["A2"].value and "结账" in sheet["A2"].value
    figures = {r[0].value: r[4].value for r in sheet.iter_rows(min_row=5, max_row=30) if r[0].value}
    assert figures["纳入调度项目（个）"] == len(snaps)
    assert figures["红灯项目（个）"] == sum(s.light == Light.RED for s in snaps)
    reds = [s for s in snaps if s.light == Light.RED]
    assert reds and all(any(s.name in t for t in texts) for s in reds)
    assert all(any(s.reasons_text == t for t in texts) for s in reds)
    assert "=HYPERLINK(\"x\") 征地拆迁未完成" in texts  # as text, never a live formula
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == "=HYPERLINK(\"x\") 征地拆迁未完成")
    assert cell.data_type == "s"
    assert any(t.startswith("按期推进率前三位：") for t in texts)
    assert any("按期推进率＝绿灯项目数÷（绿灯＋黄灯＋红灯项目数）" in t for t in texts)
    assert any("序时计划投资＝年度计划投资×年度序时进度" in t for t in texts)
    assert any(t.startswith(f"与上期（{int(before[:4])}年{int(before[5:])}月）相比") for t in texts)
    top = content.tables[0].schedule.top[0]
    assert top.name in texts
    assert sheet.page_setup.paperSize == 9 and sheet.page_setup.orientation == "landscape"
    assert project_name in texts


def test_circular_of_an_open_month_says_so(ws, tmp_path):
    out = tmp_path / "c.xlsx"
    monthly_circular.export_circular(ws, monthly.current_period(), out)
    assert "本月尚未结账" in openpyxl.load_workbook(out).active["A2"].value


def test_circular_reports_its_steps_and_a_cancel_leaves_no_file(ws, tmp_path):
    from jnprojects.exchange.problems import Cancelled

    out, steps = tmp_path / "通报.xlsx", []
    monthly_circular.export_circular(ws, PERIOD, out, progress=lambda done, total: steps.append((done, total)))
    total = steps[0][1]
    assert steps == [(n, total) for n in range(1, total + 1)] and total > 2 and out.exists()
    out.unlink()
    asked = []

    def cancel_after_the_figures() -> bool:
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(Cancelled):
        monthly_circular.export_circular(ws, PERIOD, out, cancel=cancel_after_the_figures)
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.suffix == ".part"]  # nor a temp file


def test_a_cancelled_closing_stores_nothing(ws):
    from jnprojects.exchange.problems import Cancelled
    from jnprojects.store import periods

    with pytest.raises(Cancelled):
        monthly_close.close_period(ws, PERIOD, cancel=lambda: True)
    assert periods.closure(ws.db, PERIOD) is None and not monthly_close.frozen_snapshot(ws, PERIOD)
    monthly_close.close_period(ws, PERIOD, cancel=lambda: False)
    assert periods.closure(ws.db, PERIOD).closed


def test_notice_for_one_problem_and_for_a_units_overdue_problems(ws, tmp_path):
    today = date.today()
    problem_id, unit_id, project_name = _add_overdue(ws, today)
    monthly_problems.add_problem(ws, Problem(project_service.list_projects(ws)[1].id, "资金拨付不到位",
                                             today - timedelta(days=30), unit_id, "李四", today + timedelta(days=5)))
    single = tmp_path / "one.xlsx"
    assert monthly_problems.export_notice(ws, single, problem_id=problem_id, as_of=today) == 1
    sheet = openpyxl.load_workbook(single).active
    texts = _texts(single)
    assert sheet["A1"].value == "督办通知单"
    assert sheet.page_setup.paperSize == 9 and sheet.page_setup.orientation == "portrait"
    assert {project_name, "市督查测试局", "张三", "市领导协调", "已逾期10天"} <= set(texts)
    assert "=HYPERLINK(\"x\") 征地拆迁未完成" in texts
    assert any(t.startswith("督办单位（盖章）") for t in texts) and any(t.startswith("签收人") for t in texts)
    for_unit = tmp_path / "unit.xlsx"
    assert monthly_problems.export_notice(ws, for_unit, unit_id=unit_id, as_of=today) == 1  # only the overdue one
    assert "资金拨付不到位" not in _texts(for_unit)
    assert "市督查测试局：" in _texts(for_unit)
    # A unit without overdue problems gets no notice, and no file is written.
    quiet, _ = project_service.add_unit(ws, Unit("无逾期单位"))
    with pytest.raises(ValidationError):
        monthly_problems.export_notice(ws, tmp_path / "none.xlsx", unit_id=quiet, as_of=today)
    assert not (tmp_path / "none.xlsx").exists()


def test_overdue_items_as_of_a_given_date(ws):
    today = date.today()
    problem_id, unit_id, _ = _add_overdue(ws, today)  # time limit 10 days ago
    assert [i.overdue_days for i in monthly_problems.overdue_items(ws, today, unit_id)] == [10]
    assert monthly_problems.overdue_items(ws, today - timedelta(days=10), unit_id) == []  # ON the time limit
    rows = monthly_problems.list_problems(ws, ProblemFilter(overdue=True), today)
    assert [r.problem.id for r in rows] == [problem_id]
    assert monthly_problems.open_problem_count(ws, rows[0].problem.project_id, today) == 1
    monthly_problems.resolve_problem(ws, problem_id, "solved", "已完成征地", today)
    assert monthly_problems.list_problems(ws, ProblemFilter(overdue=True), today) == []
    assert monthly_problems.open_problem_count(ws, rows[0].problem.project_id, today) == 0
