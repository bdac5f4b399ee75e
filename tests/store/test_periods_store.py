"""Closed months in the store: one transaction with its log, frozen rows, explicit reopening."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal as D

import pytest

from jnprojects.domain.errors import ConflictError, NotFoundError, ValidationError
from jnprojects.domain.monthly_snapshot import PeriodSnapshot
from jnprojects.domain.status import Light, Reason
from jnprojects.store import periods


def rows(period: str, light: Light = Light.RED, amount: str = "12.5") -> list[PeriodSnapshot]:
    return [PeriodSnapshot(
        period=period, project_id=1, code="JT-001", name="测试", category_code="transport",
        location_codes=("rencheng",), location_names=("任城",), lead_units=("市交通运输局",), light=light,
        computed_light=light, reasons=(Reason.of("not_started_in_month", Light.YELLOW, planned_start=date(2026, 3, 1)),),
        reasons_text="计划2026年3月开工，尚未开工", invest_month=D(amount), invest_since_start=D("100"),
        milestones_done_names=("立项",), milestones_done=1, open_problems=2, report_due=True, reported=True,
    )]


def _log(db):
    return db.execute("SELECT user_name, entity, entity_id, action, field, old_value, new_value FROM change_log"
                      " WHERE entity = 'period' ORDER BY id").fetchall()


def test_close_stores_rows_and_log_together(workspace):
    db = workspace.db
    assert periods.close(db, "2026-03", lambda: rows("2026-03"), "张三", {"status.red_gap": "30"}) == 1
    stored = periods.snapshot(db, "2026-03")
    assert stored == rows("2026-03")  # every field, lists, money and reasons (with dates) read back as written
    closure = periods.closure(db, "2026-03")
    assert closure.closed and closure.closed_by == "张三" and closure.times_closed == 1
    assert _log(db) == [("张三", "period", "2026-03", "insert", "state", None, "closed"),
                        ("张三", "period", "2026-03", "insert", "snapshot_projects", None, "1")]


def test_a_failing_build_stores_nothing(workspace):
    db = workspace.db

    def broken():
        raise RuntimeError("status failed")

    with pytest.raises(RuntimeError):
        periods.close(db, "2026-03", broken, "t", {})
    assert periods.closure(db, "2026-03") is None and _log(db) == []


def test_closed_rows_cannot_be_changed_or_removed(workspace):
    db = workspace.db
    periods.close(db, "2026-03", lambda: rows("2026-03"), "t", {})
    with pytest.raises(sqlite3.IntegrityError, match="frozen"):
        db.execute("UPDATE period_snapshots SET light = 'green'")
    with pytest.raises(sqlite3.IntegrityError, match="closed period"):
        db.execute("DELETE FROM period_snapshots")
    with pytest.raises(ConflictError) as caught:
        periods.close(db, "2026-03", lambda: rows("2026-03", Light.GREEN), "t", {})
    assert caught.value.code == "period_closed"
    assert periods.snapshot(db, "2026-03")[0].light == Light.RED


def test_reopen_needs_a_reason_is_logged_and_reclosing_replaces(workspace):
    db = workspace.db
    with pytest.raises(NotFoundError):
        periods.reopen(db, "2026-03", "数据有误", "t")
    periods.close(db, "2026-03", lambda: rows("2026-03"), "张三", {})
    with pytest.raises(ValidationError):
        periods.reopen(db, "2026-03", "   ", "李四")
    periods.reopen(db, "2026-03", "邹城项目投资填报有误", "李四")
    closure = periods.closure(db, "2026-03")
    assert closure.state == "reopened" and closure.reopen_reason == "邹城项目投资填报有误"
    assert periods.snapshot(db, "2026-03")[0].light == Light.RED  # kept until closed again
    assert periods.previous_closed(db, "2026-04") is None  # a reopened month is not a closed one
    periods.close(db, "2026-03", lambda: rows("2026-03", Light.GREEN, "20"), "王五", {})
    again = periods.snapshot(db, "2026-03")
    assert again[0].light == Light.GREEN and again[0].invest_month == D(20)
    assert periods.closure(db, "2026-03").times_closed == 2
    assert _log(db)[2:] == [
        ("李四", "period", "2026-03", "update", "state", "closed", "reopened"),
        ("李四", "period", "2026-03", "update", "reopen_reason", None, "邹城项目投资填报有误"),
        ("王五", "period", "2026-03", "update", "state", "reopened", "closed"),
        ("王五", "period", "2026-03", "update", "snapshot_projects", "1", "1"),
    ]
    assert periods.previous_closed(db, "2026-04") == "2026-03"
