"""Closed months (月调度结账) and their frozen snapshots, plus the report reads a month needs.

The only SQL for ``period_closures`` and ``period_snapshots``. Snapshot rows are inserted when a
month is closed and never updated (a trigger refuses it); they are removed only while their month
is reopened, by the closing that replaces them. Closing, reopening and re-closing each write their
change-log rows (entity ``period``) in the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from ..domain.errors import ConflictError, NotFoundError, ValidationError
from ..domain.model import ProgressReport, Stage
from ..domain.monthly import TypedFigures, period_label
from ..domain.monthly_snapshot import PeriodSnapshot, reasons_from_json, reasons_to_json
from ..domain.status import Light
from ..domain.values import money_from_db, money_to_db
from . import history
from .connection import Database
from .history import Change
from .sql_text import IN_LIST, json_list

CLOSED, REOPENED = "closed", "reopened"

SNAPSHOT_COLUMNS = (
    "period", "project_id", "code", "name", "category_code", "category_name", "stage", "location_codes",
    "location_names", "lead_units", "light", "computed_light", "overridden", "reasons", "reasons_text",
    "schedule_pct", "actual_pct", "basis", "progress_pct", "progress_text", "report_due", "reported",
    "invest_month", "invest_ytd", "invest_since_start", "annual_plan", "total_investment", "milestones_total",
    "milestones_done", "milestones_done_names", "problems_raised", "problems_resolved", "open_problems",
    "overdue_problems",
)
_JSON_LISTS = ("location_codes", "location_names", "lead_units", "milestones_done_names")
_MONEY = ("invest_month", "invest_ytd", "invest_since_start", "annual_plan", "total_investment")
_FLAGS = ("overridden", "report_due", "reported")


@dataclass(frozen=True)
class Closure:
    period: str
    state: str
    closed_at: str
    closed_by: str
    times_closed: int = 1
    thresholds: str = "{}"
    reopened_at: str | None = None
    reopened_by: str = ""
    reopen_reason: str = ""

    @property
    def closed(self) -> bool:
        return self.state == CLOSED


_CLOSURE_SELECT = ("SELECT period, state, closed_at, closed_by, times_closed, thresholds, reopened_at, reopened_by,"
                   " reopen_reason FROM period_closures")


def closure(db: Database, period: str) -> Closure | None:
    row = db.execute(f"{_CLOSURE_SELECT} WHERE period = ?", [period]).fetchone()
    return Closure(*row) if row else None


def closures(db: Database) -> list[Closure]:
    """Every month ever closed, newest first."""
    return [Closure(*r) for r in db.execute(f"{_CLOSURE_SELECT} ORDER BY period DESC")]


def previous_closed(db: Database, period: str) -> str | None:
    """The latest month before ``period`` that is closed now."""
    row = db.execute("SELECT max(period) FROM period_closures WHERE period < ? AND state = 'closed'",
                     [period]).fetchone()
    return row[0] if row else None


def _row(snap: PeriodSnapshot) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(snap, name) for name in SNAPSHOT_COLUMNS if name != "reasons"}
    values["reasons"] = reasons_to_json(snap.reasons)
    for name in _JSON_LISTS:
        values[name] = json.dumps(list(values[name]), ensure_ascii=False)
    for name in _MONEY:
        values[name] = money_to_db(values[name])  # type: ignore[arg-type]
    for name in _FLAGS:
        values[name] = int(bool(values[name]))
    values["stage"] = str(snap.stage)
    values["light"], values["computed_light"] = str(snap.light), str(snap.computed_light)
    return values


def _snapshot(r: tuple) -> PeriodSnapshot:
    v = dict(zip((*SNAPSHOT_COLUMNS, "name_key"), r))
    for name in _JSON_LISTS:
        v[name] = tuple(json.loads(v[name]))
    for name in _MONEY:
        v[name] = money_from_db(v[name])
    for name in _FLAGS:
        v[name] = bool(v[name])
    v["reasons"] = reasons_from_json(v["reasons"])
    v["stage"], v["light"], v["computed_light"] = Stage(v["stage"]), Light(v["light"]), Light(v["computed_light"])
    return PeriodSnapshot(**v)



def snapshot(db: Database, period: str) -> list[PeriodSnapshot]:
    """The frozen rows of ``period`` (empty when it was never closed), by project code; each with
    its project's stored pinyin key while the project still has the frozen name."""
    columns = ", ".join(f"s.{name}" for name in SNAPSHOT_COLUMNS)
    return [_snapshot(r) for r in db.execute(
        f"SELECT {columns}, coalesce(p.sort_key, '') FROM period_snapshots s"
        " LEFT JOIN projects p ON p.id = s.project_id AND p.name = s.name WHERE s.period = ? ORDER BY s.code",
        [period])]


def close(db: Database, period: str, build: Callable[[], Sequence[PeriodSnapshot]], user: str,
          thresholds: dict[str, str]) -> int:
    """Close ``period``: in one transaction, check it is not closed, let ``build`` compute the rows
    (inside the transaction, so they match what is committed), replace a reopened month's old rows,
    store the new ones and log it. Returns the number of projects frozen.

    Raises ``ConflictError('period_closed')`` when the month is already closed.
    """
    with db.atomic():
        old = closure(db, period)
        if old is not None and old.closed:
            raise ConflictError("period_closed", "period", {"period": period_label(period), "by": old.closed_by,
                                                            "at": old.closed_at.replace("T", " ")})
        rows = [_row(s) for s in build()]
        if any(r["period"] != period for r in rows):
            raise ValidationError("constraint", "period", {"detail": "snapshot rows of another month"})
        old_count = None
        if old is not None:
            old_count = db.execute("SELECT count(*) FROM period_snapshots WHERE period = ?", [period]).fetchone()[0]
            db.execute("DELETE FROM period_snapshots WHERE period = ?", [period])
            db.execute(
                "UPDATE period_closures SET state = 'closed', closed_at = strftime('%Y-%m-%dT%H:%M:%S', 'now',"
                " 'localtime'), closed_by = ?, times_closed = times_closed + 1, thresholds = ? WHERE period = ?",
                [user, json.dumps(thresholds, sort_keys=True), period],
            )
        else:
            db.execute("INSERT INTO period_closures (period, state, closed_by, thresholds) VALUES (?, 'closed', ?, ?)",
                       [period, user, json.dumps(thresholds, sort_keys=True)])
        if rows:
            db["period_snapshots"].insert_all(rows)
        action = "update" if old is not None else "insert"
        history.record(db, [
            Change("period", period, None, action, "state", old.state if old else None, CLOSED),
            Change("period", period, None, action, "snapshot_projects",
                   None if old_count is None else str(old_count), str(len(rows))),
        ], user)
    return len(rows)


def reopen(db: Database, period: str, reason: str, user: str) -> None:
    """Reopen a closed month with a reason (logged). Its snapshot stays until it is closed again."""
    reason = reason.strip()
    if not reason:
        raise ValidationError("required", "reopen_reason")
    with db.atomic():
        old = closure(db, period)
        if old is None or not old.closed:
            raise NotFoundError("period_not_closed", "period", {"period": period_label(period)})
        db.execute(
            "UPDATE period_closures SET state = 'reopened', reopened_at = strftime('%Y-%m-%dT%H:%M:%S', 'now',"
            " 'localtime'), reopened_by = ?, reopen_reason = ? WHERE period = ?",
            [user, reason, period],
        )
        history.record(db, [
            Change("period", period, None, "update", "state", CLOSED, REOPENED),
            Change("period", period, None, "update", "reopen_reason", old.reopen_reason or None, reason),
        ], user)


# --------------------------------------------------------------------------------------------
# Reads for the month's use cases
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProjectContext:
    """A project's places (in official order) and lead units (by name)."""

    location_codes: tuple[str, ...] = ()
    location_names: tuple[str, ...] = ()
    lead_units: tuple[str, ...] = ()
    lead_unit_ids: tuple[int, ...] = ()


def _of_projects(column: str, project_ids: Iterable[int] | None) -> tuple[str, list[object]]:
    """' AND <column> IN (…)' and its parameter for ``project_ids``; nothing for every project."""
    return ("", []) if project_ids is None else (f" AND {column} IN {IN_LIST}", [json_list(project_ids)])


def project_context(db: Database, project_ids: Iterable[int] | None = None) -> dict[int, ProjectContext]:
    """Every project's context, or only that of ``project_ids``."""
    places: dict[int, list[tuple[str, str]]] = {}
    only, params = _of_projects("pl.project_id", project_ids)
    for project_id, code, short in db.execute(
        "SELECT pl.project_id, pl.location_code, l.short_name FROM project_locations pl"
        f" JOIN locations l ON l.code = pl.location_code WHERE 1{only} ORDER BY l.sort_order, l.code", params
    ):
        places.setdefault(project_id, []).append((code, short))
    leads: dict[int, list[tuple[int, str]]] = {}
    only, params = _of_projects("pu.project_id", project_ids)
    for project_id, unit_id, name in db.execute(
        "SELECT pu.project_id, u.id, u.name FROM project_units pu JOIN units u ON u.id = pu.unit_id"
        f" WHERE pu.role = 'lead'{only} ORDER BY u.name", params
    ):
        leads.setdefault(project_id, []).append((unit_id, name))
    return {
        pid: ProjectContext(tuple(c for c, _ in places.get(pid, ())), tuple(n for _, n in places.get(pid, ())),
                            tuple(n for _, n in leads.get(pid, ())), tuple(i for i, _ in leads.get(pid, ())))
        for pid in set(places) | set(leads)
    }


_REPORT_SELECT = ("SELECT project_id, period, progress_text, progress_pct, invest_month, invest_ytd,"
                  " invest_since_start, problems, reported_by, reported_at FROM progress_reports")


def _report(r: tuple) -> ProgressReport:
    return ProgressReport(r[0], r[1], r[2], r[3], money_from_db(r[4]), money_from_db(r[5]), money_from_db(r[6]),
                          r[7], r[8], r[9])


def report_history(db: Database, up_to: str,
                   project_ids: Iterable[int] | None = None) -> dict[int, list[TypedFigures]]:
    """The figures of every report up to and including month ``up_to``, per project in month order.

    Only the four columns the investment arithmetic reads, as tuples, grouped as the index
    delivers them: a province has 120,000 reports, read on every refresh of the month."""
    only, params = _of_projects("project_id", project_ids)
    sql = ("SELECT project_id, period, invest_month, invest_ytd, invest_since_start FROM progress_reports"
           f" WHERE period <= ?{only}")
    params = [up_to, *params]
    result: dict[int, list[TypedFigures]] = {}
    current_id, current = None, []
    for project_id, period, month, ytd, since_start in db.conn.execute(sql + " ORDER BY project_id, period", params):
        if project_id != current_id:
            current_id, current = project_id, result.setdefault(project_id, [])
        current.append(TypedFigures(period, money_from_db(month), money_from_db(ytd), money_from_db(since_start)))
    return result


def reports_of_month(db: Database, period: str, project_ids: Iterable[int] | None = None) -> dict[int, ProgressReport]:
    """Every project's (or only ``project_ids``') report of month ``period`` itself, by project."""
    only, params = _of_projects("project_id", project_ids)
    return {r[0]: _report(r) for r in db.execute(f"{_REPORT_SELECT} WHERE period = ?{only}", [period, *params])}


def report(db: Database, project_id: int, period: str) -> ProgressReport | None:
    row = db.execute(f"{_REPORT_SELECT} WHERE project_id = ? AND period = ?", [project_id, period]).fetchone()
    return _report(row) if row else None


def latest_report_before(db: Database, project_id: int, period: str) -> ProgressReport | None:
    row = db.execute(f"{_REPORT_SELECT} WHERE project_id = ? AND period < ? ORDER BY period DESC LIMIT 1",
                     [project_id, period]).fetchone()
    return _report(row) if row else None


def annual_plans(db: Database, year: int) -> dict[int, Decimal]:
    return {r[0]: Decimal(r[1]) for r in db.execute(
        "SELECT project_id, planned_investment FROM annual_plans WHERE year = ?", [year])}
