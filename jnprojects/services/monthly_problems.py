"""Use cases of the issue ledger (存在问题台账) and the supervision notice (督办通知单)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from ..domain.errors import ValidationError
from ..domain.monthly_problems import (
    NoticeItem,
    Problem,
    ProblemFilter,
    ProblemRow,
    ProblemState,
    is_overdue,
    overdue_days,
)
from ..store import problems as problem_store
from ..store import projects as project_store
from .changes import Changes
from .workspace import Workspace

REPLY_DAYS = 7  # a notice asks for the reply a week after it is issued


def list_problems(ws: Workspace, flt: ProblemFilter = ProblemFilter(), as_of: date | None = None) -> list[ProblemRow]:
    """Ledger lines the filter keeps; ``flt.overdue`` is judged at ``as_of`` (default today)."""
    return problem_store.query(ws.db, flt, as_of or date.today())


def get_problem(ws: Workspace, problem_id: int) -> Problem:
    return problem_store.get(ws.db, problem_id)


def add_problem(ws: Workspace, problem: Problem) -> tuple[int, Changes]:
    problem_id = problem_store.add(ws.db, problem, ws.user)
    return problem_id, Changes(projects=frozenset({problem.project_id}))


def update_problem(ws: Workspace, problem: Problem) -> Changes:
    changed = problem_store.update(ws.db, problem, ws.user)
    return Changes(projects=frozenset({problem.project_id})) if changed else Changes()


def resolve_problem(ws: Workspace, problem_id: int, state: ProblemState, resolution: str,
                    resolved_on: date | None = None) -> Changes:
    """Mark an entry solved (已解决) or closed (已销号) with its resolution, on ``resolved_on`` (today)."""
    if ProblemState(state) not in (ProblemState.SOLVED, ProblemState.CLOSED):
        raise ValidationError("constraint", "state", {"detail": str(state)})
    problem = problem_store.get(ws.db, problem_id)
    problem = replace(problem, state=ProblemState(state), resolution=resolution,
                      resolved_on=resolved_on or date.today())
    return update_problem(ws, problem)


def reopen_problem(ws: Workspace, problem_id: int) -> Changes:
    """Put a solved or closed entry back to 推进中 (its resolution text is kept for the record)."""
    problem = problem_store.get(ws.db, problem_id)
    return update_problem(ws, replace(problem, state=ProblemState.IN_PROGRESS, resolved_on=None))


def open_problem_count(ws: Workspace, project_id: int, as_of: date | None = None) -> int:
    """Open (待解决 or 推进中) entries of a project at ``as_of`` (default today), for the editor and
    the status panel."""
    return problem_store.open_counts(ws.db, as_of or date.today()).get(project_id, (0, 0))[0]


def open_problem_counts(ws: Workspace, as_of: date | None = None) -> dict[int, tuple[int, int]]:
    """Per project with open entries: (open, of which overdue) at ``as_of`` (default today)."""
    return problem_store.open_counts(ws.db, as_of or date.today())


def notice_item(row: ProblemRow, as_of: date) -> NoticeItem:
    p = row.problem
    return NoticeItem(row.project_code, row.project_name, p.description, p.raised_on, p.deadline, row.unit_name,
                      p.responsible_person, p.level, p.state, overdue_days(p, as_of), row.location_names)


def overdue_items(ws: Workspace, as_of: date, unit_id: int | None = None) -> list[NoticeItem]:
    """Entries overdue at ``as_of`` (of one responsible unit, or all), most overdue first."""
    rows = problem_store.query(ws.db, ProblemFilter(unit_id=unit_id, overdue=True), as_of)
    items = [notice_item(r, as_of) for r in rows if is_overdue(r.problem, as_of)]
    return sorted(items, key=lambda i: (-i.overdue_days, i.project_code))


def export_notice(ws: Workspace, out_path: Path, *, problem_id: int | None = None, unit_id: int | None = None,
                  as_of: date | None = None, reply_by: date | None = None) -> int:
    """Write a 督办通知单 for one entry, or for a responsible unit's overdue entries; return how many
    problems it lists. Raises ``ValidationError('no_overdue_problems')`` when a unit has none."""
    as_of = as_of or date.today()
    reply_by = reply_by or as_of + timedelta(days=REPLY_DAYS)
    if problem_id is not None:
        problem = problem_store.get(ws.db, problem_id)
        rows = [r for r in problem_store.query(ws.db, ProblemFilter(project_id=problem.project_id), as_of)
                if r.problem.id == problem_id]
        items = [notice_item(rows[0], as_of)]
        unit = rows[0].unit_name or "、".join(rows[0].lead_units)
    else:
        items = overdue_items(ws, as_of, unit_id)
        if not items:
            raise ValidationError("no_overdue_problems", "unit", {"date": as_of.isoformat()})
        unit = items[0].unit_name
    from ..exchange.notice import write_notice  # the xlsx writer loads on first use, not at start-up

    write_notice(Path(out_path), items, unit, as_of, reply_by)
    return len(items)


def project_choices(ws: Workspace) -> list[tuple[int, str, str]]:
    """(id, code, name) of every project, for the ledger's project picker."""
    return [(r.id, r.code, r.name) for r in project_store.list_rows(ws.db)]
