"""Monthly progress reports and annual investment plans."""

from __future__ import annotations

from ..domain.model import ProgressReport
from ..domain.values import money_from_db, money_to_db
from . import history
from .connection import Database
from .history import Change

REPORT_FIELDS = ("progress_text", "progress_pct", "invest_month", "invest_ytd", "invest_since_start", "problems")


def _columns(report: ProgressReport) -> dict[str, object]:
    return {
        "progress_text": report.progress_text,
        "progress_pct": report.progress_pct,
        "invest_month": money_to_db(report.invest_month),
        "invest_ytd": money_to_db(report.invest_ytd),
        "invest_since_start": money_to_db(report.invest_since_start),
        "problems": report.problems,
    }


def upsert(db: Database, reports: list[ProgressReport], user: str, batch_id: int | None = None) -> int:
    """Write reports (one per project and period) in one transaction; return how many changed."""
    changed = 0
    with db.atomic():
        for report in reports:
            values = _columns(report)
            row = db.execute(
                f"SELECT id, {', '.join(REPORT_FIELDS)} FROM progress_reports WHERE project_id = ? AND period = ?",
                [report.project_id, report.period],
            ).fetchone()
            if row is None:
                new_id = db["progress_reports"].insert(
                    {"project_id": report.project_id, "period": report.period, **values,
                     "reported_by": report.reported_by or user}
                ).last_pk
                history.record(db, [Change("report", str(new_id), report.project_id, "insert", "period", None,
                                           report.period)], user, batch_id)
                changed += 1
                continue
            old = dict(zip(REPORT_FIELDS, row[1:]))
            delta = history.diff("report", str(row[0]), report.project_id, old, values)
            if delta:
                db["progress_reports"].update(row[0], {**values, "reported_by": report.reported_by or user})
                history.record(db, delta, user, batch_id)
                changed += 1
    return changed


def for_project(db: Database, project_id: int) -> list[ProgressReport]:
    rows = db.execute(
        f"SELECT period, {', '.join(REPORT_FIELDS)}, reported_by, reported_at FROM progress_reports"
        " WHERE project_id = ? ORDER BY period", [project_id]
    ).fetchall()
    return [
        ProgressReport(project_id, r[0], r[1], r[2], money_from_db(r[3]), money_from_db(r[4]), money_from_db(r[5]),
                       r[6], r[7], r[8])
        for r in rows
    ]


def set_annual_plans(db: Database, plans: list[tuple[int, int, str]], user: str) -> None:
    """(project_id, year, planned investment in 万元 as decimal text)."""
    with db.atomic():
        for project_id, year, amount in plans:
            old = db.execute("SELECT planned_investment FROM annual_plans WHERE project_id = ? AND year = ?",
                             [project_id, year]).fetchone()
            if old and old[0] == amount:
                continue
            db.execute("INSERT INTO annual_plans (project_id, year, planned_investment) VALUES (?, ?, ?)"
                       " ON CONFLICT (project_id, year) DO UPDATE SET planned_investment = excluded.planned_investment",
                       [project_id, year, amount])
            history.record(db, [Change("annual_plan", f"{project_id}:{year}", project_id,
                                       "update" if old else "insert", "planned_investment",
                                       old[0] if old else None, amount)], user)
