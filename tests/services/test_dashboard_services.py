"""Chart data on a small known database, manual lights, thresholds and indicator values."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from jnprojects.domain.dashboard_data import (
    due_milestones,
    gantt_markers,
    gantt_rows,
    investment_by_category,
    overdue_milestones,
    status_counts,
)
from jnprojects.domain.errors import DomainError, ValidationError, ValidationErrors
from jnprojects.domain.query import ProjectFilter
from jnprojects.domain.status import Light, MilestoneState
from jnprojects.domain.status_text import reason_text
from jnprojects.domain.thresholds import Thresholds
from jnprojects.services import indicators, overrides, projects, status
from jnprojects.services.workspace import open_workspace
from jnprojects.store.history import LogFilter, query_log

from .small_db import D, EARLIER, make_small


@pytest.fixture
def small(workspace):
    return workspace, make_small(workspace)


def _counts(ws, as_of, flt=ProjectFilter()):
    snaps = status.snapshots(ws, as_of, flt)
    return {(c.category_code, light): n for c in status_counts(snaps, projects.categories(ws))
            for light, n in c.counts if n}


def test_status_counts_per_category_and_as_of_date(small):
    ws, _ = small
    assert _counts(ws, D) == {("transport", Light.RED): 1, ("transport", Light.YELLOW): 1,
                              ("data_center", Light.NO_SCHEDULE): 1, ("data_center", Light.COMPLETED): 1}
    # Two weeks earlier the milestone is only 14 days late and the permit not yet due soon.
    assert _counts(ws, EARLIER) == {("transport", Light.YELLOW): 1, ("transport", Light.NOT_STARTED): 1,
                                    ("data_center", Light.NO_SCHEDULE): 1, ("data_center", Light.COMPLETED): 1}
    assert _counts(ws, D, ProjectFilter(category="data_center")) == {
        ("data_center", Light.NO_SCHEDULE): 1, ("data_center", Light.COMPLETED): 1}


def test_reasons_are_office_sentences(small):
    ws, ids = small
    by_id = {s.id: s for s in status.snapshots(ws, D)}
    assert [reason_text(r) for r in by_id[ids["JT-901"]].status.reasons] == ["里程碑‘主体完工’逾期31天"]
    assert reason_text(by_id[ids["JT-902"]].status.reasons[0]) == "里程碑‘施工许可’将于18天后到期"


def test_gantt_rows_one_per_project_in_category_order(small):
    ws, ids = small
    snaps = status.snapshots(ws, D)
    rows = gantt_rows(snaps, D, projects.categories(ws))
    assert [r.code for r in rows] == ["JT-901", "JT-902", "SJ-902", "SJ-901"]  # no dates last in its category
    first = rows[0]
    assert first.planned == (date(2026, 1, 1), date(2026, 12, 31))
    assert first.actual == (date(2026, 1, 15), D) and first.actual_open
    markers = {pid: gantt_markers(ms, D) for pid, ms in status.milestones_of(ws, [r.project_id for r in rows]).items()}
    assert [(m.name, m.state) for m in markers[first.project_id]] == [("开工", MilestoneState.DONE),
                                                                      ("主体完工", MilestoneState.OVERDUE)]
    assert rows[3].planned is None and markers[rows[3].project_id] == ()
    assert rows[2].actual == (date(2025, 3, 1), date(2026, 5, 20)) and not rows[2].actual_open


def test_due_and_overdue_lists(small):
    ws, _ = small
    snaps = status.snapshots(ws, D)
    overdue = overdue_milestones(snaps, D)
    assert [(i.project_code, i.milestone_name, i.days_until) for i in overdue] == [("JT-901", "主体完工", -31)]
    due = due_milestones(snaps, D, 30)
    assert [(i.project_code, i.milestone_name, i.days_until, i.state) for i in due] == [
        ("JT-902", "施工许可", 18, MilestoneState.DUE_SOON)]
    # The completed project's open 竣工验收 (2026-06-30) is not chased.
    assert all(i.project_code != "SJ-902" for i in overdue + due_milestones(snaps, D, 90))


def test_investment_by_category(small):
    ws, _ = small
    table = investment_by_category(status.snapshots(ws, D), projects.categories(ws))
    transport = table.rows[0]
    assert transport.category_code == "transport"
    assert (transport.total_investment, transport.annual_plan, transport.invest_ytd,
            transport.invest_since_start) == (Decimal(3000), Decimal(600), Decimal(300), Decimal(400))
    assert transport.annual_plan_known == 1
    data = table.rows[1]
    assert data.total_investment is None and data.without_figures == 2
    assert not table.empty


def test_plan_only_database_has_no_investment_figures(tmp_path):
    ws = open_workspace(tmp_path / "plan.db", user="t")
    try:
        table = investment_by_category(status.snapshots(ws, D), projects.categories(ws))
    finally:
        ws.close()
    assert table.empty
    assert set(table.missing_fields) == {"total_investment", "annual_plan", "invest_ytd", "invest_since_start"}


# --- manual lights ---------------------------------------------------------------------------


def _log(ws, entity):
    return [(r.action, r.field, r.old_value, r.new_value, r.user_name)
            for r in reversed(query_log(ws.db, LogFilter(entity=entity)))]


def test_override_set_replace_clear_is_shown_and_logged(small):
    ws, ids = small
    pid = ids["JT-901"]
    overrides.set_override(ws, pid, Light.GREEN, "  调度会已协调  ", date(2026, 12, 31), today=D)
    snap = next(s for s in status.snapshots(ws, D) if s.id == pid)
    assert snap.status.light == Light.GREEN and snap.status.computed_light == Light.RED
    assert reason_text(snap.status.reasons[0]) == "人工认定：绿灯（理由：调度会已协调；设定人：tester；有效期至2026-12-31）"
    # After the expiry the rules apply again.
    after = next(s for s in status.snapshots(ws, date(2027, 1, 1)) if s.id == pid)
    assert not after.status.overridden

    changes = overrides.set_override(ws, pid, Light.YELLOW, "调度会已协调", date(2026, 12, 31), today=D)
    assert changes.projects == {pid}
    assert overrides.clear_override(ws, pid).projects == {pid}
    assert overrides.get_override(ws, pid) is None
    assert overrides.clear_override(ws, pid).any is False  # nothing left to clear
    assert _log(ws, "override") == [
        ("insert", "light", None, "green", "tester"),
        ("insert", "justification", None, "调度会已协调", "tester"),
        ("insert", "expires_on", None, "2026-12-31", "tester"),
        ("update", "light", "green", "yellow", "tester"),
        ("delete", "light", "yellow", None, "tester"),
        ("delete", "justification", "调度会已协调", None, "tester"),
        ("delete", "expires_on", "2026-12-31", None, "tester"),
    ]
    # The project's own history (editor tab) has them too.
    assert {r.entity for r in projects.project_history(ws, pid)} >= {"override"}


def test_override_refuses_bad_values(small):
    ws, ids = small
    with pytest.raises(ValidationErrors) as info:
        overrides.set_override(ws, ids["JT-901"], Light.COMPLETED, " ", D, today=D)
    assert [e.code for e in info.value.errors] == [
        "override_bad_light", "override_justification_required", "override_expiry_not_future"]
    with pytest.raises(DomainError) as missing:
        overrides.set_override(ws, 999_999, Light.RED, "x", date(2027, 1, 1), today=D)
    assert missing.value.code == "project_not_found"
    assert overrides.get_override(ws, ids["JT-901"]) is None


def test_override_on_readonly_database(small, tmp_path):
    ws, ids = small
    path = ws.path
    ws.close()
    ro = open_workspace(path, readonly=True, user="t")
    try:
        with pytest.raises(DomainError) as info:
            overrides.set_override(ro, ids["JT-901"], Light.RED, "x", date(2027, 1, 1), today=D)
        assert info.value.code == "readonly"
    finally:
        ro.close()


# --- thresholds --------------------------------------------------------------------------------


def test_thresholds_saved_change_the_lights(small):
    ws, ids = small
    assert status.thresholds(ws) == Thresholds()
    status.save_thresholds(ws, Thresholds(red_overdue_days=40))
    assert status.thresholds(ws).red_overdue_days == 40
    snap = next(s for s in status.snapshots(ws, D) if s.id == ids["JT-901"])
    assert snap.status.light == Light.YELLOW  # 31 days overdue is no longer red
    assert ("insert", "status.red_overdue_days", None, "40", "tester") in _log(ws, "setting")
    with pytest.raises(ValidationError):
        status.save_thresholds(ws, Thresholds(yellow_gap=20, red_gap=10))


# --- indicator values --------------------------------------------------------------------------


def test_indicator_value_recorded_changed_and_removed(workspace):
    ws = workspace
    first = indicators.list_indicators(ws)[0]
    assert len(indicators.list_indicators(ws)) == 20
    assert indicators.set_indicator_value(ws, first.seq, 2024, "1,234.5").indicators
    assert indicators.values(ws)[first.seq] == [(2024, Decimal("1234.5"))]
    indicators.set_indicator_value(ws, first.seq, 2024, Decimal("1300"))
    indicators.set_indicator_value(ws, first.seq, 2024, "  ")
    assert first.seq not in indicators.values(ws)
    assert [(a, o, n) for a, _f, o, n, _u in _log(ws, "indicator_value")] == [
        ("insert", None, "1234.5"), ("update", "1234.5", "1300"), ("delete", "1300", None)]


@pytest.mark.parametrize(("seq", "year", "value", "code"), [
    (1, 2024, "abc", "indicator_bad_value"),
    (1, 2014, "1", "indicator_bad_year"),
    (99, 2024, "1", "indicator_not_found"),
])
def test_indicator_value_refused(workspace, seq, year, value, code):
    with pytest.raises(DomainError) as info:
        indicators.set_indicator_value(workspace, seq, year, value)
    assert info.value.code == code
    assert indicators.values(workspace) == {}
