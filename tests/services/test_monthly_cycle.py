"""The monthly cycle's use cases on a demo database: reporting status, closing, reopening, freezing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from jnprojects.domain.errors import ConflictError, ValidationError
from jnprojects.domain.model import ProgressReport, Stage
from jnprojects.domain.monthly import period_end, shift_period
from jnprojects.services import monthly, monthly_close
from jnprojects.services import projects as project_service
from jnprojects.services.monthly import ReportingFilter
from jnprojects.services.workspace import open_workspace
from jnprojects.store import periods, reports

PERIOD = monthly.current_period()
LAST = shift_period(PERIOD, -1)


@pytest.fixture
def ws(demo_ws):
    with demo_ws.db.atomic():
        demo_ws.db.execute("DELETE FROM problems")  # these tests build the ledger they count
    return demo_ws


def _monthly_reporter(ws) -> int:
    return next(r.project_id for r in monthly.reporting_status(ws, PERIOD) if r.due and r.report is not None
                and r.lead_unit_ids)


def test_missing_reports_are_the_due_projects_without_a_report(ws):
    victim = _monthly_reporter(ws)
    row = next(r for r in monthly.reporting_status(ws, PERIOD) if r.project_id == victim)
    assert row.reported and not row.missing
    ws.db.execute("DELETE FROM progress_reports WHERE project_id = ? AND period = ?", [victim, PERIOD])
    ws.db.conn.commit()
    missing = monthly.missing_reports(ws, PERIOD)
    assert victim in [r.project_id for r in missing]
    assert all(r.due and not r.reported for r in missing)
    by_unit = monthly.missing_reports(ws, PERIOD, ReportingFilter(unit_id=row.lead_unit_ids[0]))
    assert victim in [r.project_id for r in by_unit]
    assert all(row.lead_unit_ids[0] in r.lead_unit_ids for r in by_unit)
    other_unit = next(u.id for u in project_service.units(ws) if u.id not in row.lead_unit_ids)
    assert victim not in [r.project_id for r in monthly.missing_reports(ws, PERIOD, ReportingFilter(unit_id=other_unit))]
    # Quarterly reporters (前期) are not missing outside quarter-end months.
    for r in monthly.reporting_status(ws, PERIOD):
        if r.stage == Stage.PREPARATION:
            assert r.due == (int(PERIOD[5:]) % 3 == 0)


def test_save_report_keeps_what_was_typed_and_derives_the_rest(ws):
    pid = _monthly_reporter(ws)
    before = monthly.investment(ws, pid, LAST)
    ws.db.execute("UPDATE progress_reports SET problems = '单位原文备注' WHERE project_id = ? AND period = ?", [pid, PERIOD])
    ws.db.conn.commit()
    changes = monthly.save_report(ws, pid, PERIOD, "主体结构施工", 55.0, D(120))
    assert changes.reports and pid in changes.projects
    stored = periods.report(ws.db, pid, PERIOD)
    assert (stored.invest_month, stored.invest_ytd, stored.invest_since_start) == (D(120), None, None)
    assert stored.problems == "单位原文备注"  # the unit's note is not lost by the editor
    shown = monthly.investment(ws, pid, PERIOD)
    assert shown.since_start == before.since_start + 120
    assert shown.ytd == (before.ytd if PERIOD[:4] == LAST[:4] else 0) + 120
    assert monthly.last_month_text(ws, pid, PERIOD) == periods.report(ws.db, pid, LAST).progress_text
    with pytest.raises(ValidationError):  # an empty report would count the project as reported
        monthly.save_report(ws, pid, shift_period(PERIOD, 1), "  ", None, None)
    with pytest.raises(ValidationError):
        monthly.save_report(ws, pid, PERIOD, "x", 101.0, None)


def test_a_closed_snapshot_does_not_change_after_later_edits(ws):
    monthly_close.close_period(ws, LAST)
    frozen = monthly_close.frozen_snapshot(ws, LAST)
    assert len(frozen) == project_service.count_projects(ws)
    pid = next(s.project_id for s in frozen if s.reported and s.invest_month)
    # Edit the same projects afterwards: the month's report, the project itself, a plan, a problem.
    monthly.save_report(ws, pid, LAST, "补报：实际已完成主体", 99.0, D(999999))
    project = project_service.get_project(ws, pid)
    project.stage, project.actual_end = Stage.COMPLETED, period_end(LAST)
    for milestone in project.milestones:
        milestone.actual_date = milestone.actual_date or date(int(LAST[:4]), int(LAST[5:]), 1)
    project_service.save_project(ws, project)
    monthly.set_annual_plan(ws, pid, int(LAST[:4]), D(1))
    from jnprojects.domain.monthly_problems import Problem
    from jnprojects.services import monthly_problems

    monthly_problems.add_problem(ws, Problem(pid, "新发现的问题", date(int(LAST[:4]), int(LAST[5:]), 2)))
    assert monthly_close.frozen_snapshot(ws, LAST) == frozen
    assert monthly_close.month(ws, LAST).snapshots == frozen  # what the tab shows for a closed month
    live = {s.project_id: s for s in monthly_close.build_snapshots(ws, LAST)}
    assert live[pid].invest_month == D(999999) and live[pid].problems_raised >= 1  # the edits are real
    with pytest.raises(ConflictError):
        monthly_close.close_period(ws, LAST)


def test_reopening_is_recorded_and_reclosing_takes_the_edits(ws):
    monthly_close.close_period(ws, LAST)
    frozen = {s.project_id: s for s in monthly_close.frozen_snapshot(ws, LAST)}
    pid = next(p for p, s in frozen.items() if s.reported and s.invest_month)
    monthly.save_report(ws, pid, LAST, "更正", 10.0, D(777))
    monthly_close.reopen_period(ws, LAST, "任城区项目投资填报有误，更正后重新结账")
    logged = ws.db.execute("SELECT user_name, action, field, old_value, new_value FROM change_log"
                           " WHERE entity = 'period' AND entity_id = ? ORDER BY id", [LAST]).fetchall()
    assert ("t", "update", "state", "closed", "reopened") in logged
    assert ("t", "update", "reopen_reason", None, "任城区项目投资填报有误，更正后重新结账") in logged
    assert {s.project_id: s for s in monthly_close.frozen_snapshot(ws, LAST)}[pid] == frozen[pid]
    monthly_close.close_period(ws, LAST)
    assert {s.project_id: s for s in monthly_close.frozen_snapshot(ws, LAST)}[pid].invest_month == D(777)
    assert monthly_close.closure(ws, LAST).times_closed == 2


def test_comparison_uses_the_latest_closed_month(ws):
    monthly_close.close_period(ws, shift_period(PERIOD, -2))
    monthly_close.close_period(ws, LAST)
    comparison = monthly_close.comparison(ws, PERIOD)
    assert comparison.previous == LAST
    frozen = monthly_close.frozen_snapshot(ws, LAST)
    live = monthly_close.month(ws, PERIOD).snapshots
    expected = sum((s.invest_since_start or 0) - (o.invest_since_start or 0)
                   for s in live for o in frozen if o.project_id == s.project_id and s.invest_since_start is not None)
    assert comparison.investment_added == expected


def test_annual_plan_changed_mid_year_on_a_plain_database(tmp_path):
    ws = open_workspace(tmp_path / "x.db", user="t")
    try:
        pid = project_service.list_projects(ws)[0].id
        reports.upsert(ws.db, [ProgressReport(pid, "2026-01", invest_month=D(100)),
                               ProgressReport(pid, "2026-02", invest_month=D(100)),
                               ProgressReport(pid, "2026-03", invest_month=D(100))], "t")
        monthly.set_annual_plan(ws, pid, 2026, D(1200))
        monthly_close.close_period(ws, "2026-03")
        reports.upsert(ws.db, [ProgressReport(pid, f"2026-0{m}", invest_month=D(200)) for m in (4, 5, 6)], "t")
        monthly.set_annual_plan(ws, pid, 2026, D(2400))  # raised in June
        march = next(s for s in monthly_close.frozen_snapshot(ws, "2026-03") if s.project_id == pid)
        assert (march.annual_plan, march.invest_ytd) == (D(1200), D(300))  # 25 % of the plan then
        june = monthly.investment(ws, pid, "2026-06")
        assert (june.annual_plan, june.ytd, june.since_start) == (D(2400), D(900), D(900))
        assert june.pct_of_annual_plan == pytest.approx(37.5)
        assert ws.db.execute("SELECT count(*) FROM change_log WHERE entity = 'annual_plan'").fetchone()[0] == 2
    finally:
        ws.close()
