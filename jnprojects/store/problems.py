"""The issue ledger (存在问题台账): the only SQL for the ``problems`` table.

Every write runs in one ``db.atomic()`` transaction together with its change-log rows (entity
``problem``; the responsible unit is logged by name, not by id). Problems are never deleted by the
ledger: a problem that no longer applies is closed (已销号) with a resolution; deleting a project
removes its problems with it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date

from ..domain.errors import NotFoundError, ValidationError
from ..domain.monthly_problems import (
    Problem,
    ProblemFilter,
    ProblemLevel,
    ProblemRow,
    ProblemState,
    check_problem,
)
from ..domain.values import date_from_db
from . import history
from .connection import Database
from .history import Change
from .sql_text import IN_LIST, json_list, like_pattern

FIELDS = ("project_id", "description", "raised_on", "responsible_unit_id", "responsible_person", "deadline",
          "level", "state", "resolution", "resolved_on")
_SELECT = (
    "SELECT p.id, p.project_id, p.description, p.raised_on, p.responsible_unit_id, p.responsible_person,"
    " p.deadline, p.level, p.state, p.resolution, p.resolved_on, p.created_by, p.created_at, p.updated_at"
)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _problem(r: tuple) -> Problem:
    return Problem(
        id=r[0], project_id=r[1], description=r[2], raised_on=date.fromisoformat(r[3]), responsible_unit_id=r[4],
        responsible_person=r[5], deadline=date_from_db(r[6]), level=ProblemLevel(r[7]), state=ProblemState(r[8]),
        resolution=r[9], resolved_on=date_from_db(r[10]), created_by=r[11], created_at=r[12], updated_at=r[13],
    )


def _columns(problem: Problem) -> dict[str, object]:
    return {
        "project_id": problem.project_id,
        "description": problem.description.strip(),
        "raised_on": problem.raised_on.isoformat(),
        "responsible_unit_id": problem.responsible_unit_id,
        "responsible_person": problem.responsible_person.strip(),
        "deadline": _iso(problem.deadline),
        "level": str(ProblemLevel(problem.level)),
        "state": str(ProblemState(problem.state)),
        "resolution": problem.resolution.strip(),
        "resolved_on": _iso(problem.resolved_on),
    }


def _logged(db: Database, columns: dict[str, object]) -> dict[str, object]:
    """The columns as the change log shows them: the unit by name, the project id left out."""
    shown = {k: v for k, v in columns.items() if k not in ("project_id", "responsible_unit_id")}
    unit_id = columns["responsible_unit_id"]
    name = None
    if unit_id is not None:
        row = db.execute("SELECT name FROM units WHERE id = ?", [unit_id]).fetchone()
        name = row[0] if row else str(unit_id)
    shown["responsible_unit"] = name
    return shown


def _text(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


def _now(db: Database) -> str:
    return db.execute("SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')").fetchone()[0]


def _integrity(exc: sqlite3.IntegrityError) -> ValidationError:
    message = str(exc)
    if "FOREIGN KEY" in message:
        return ValidationError("unknown_reference", "", {"detail": message})
    return ValidationError("constraint", "", {"detail": message})


def add(db: Database, problem: Problem, user: str, batch_id: int | None = None) -> int:
    """Store a new entry (its ``id`` must be ``None``); return its id."""
    check_problem(problem)
    columns = _columns(problem)
    try:
        with db.atomic():
            problem_id = int(db["problems"].insert({**columns, "created_by": user}).last_pk)
            history.record(db, [
                Change("problem", str(problem_id), problem.project_id, "insert", key, None, _text(value))
                for key, value in _logged(db, columns).items() if _text(value) is not None
            ], user, batch_id)
    except sqlite3.IntegrityError as exc:
        raise _integrity(exc) from exc
    problem.id = problem_id
    return problem_id


def update(db: Database, problem: Problem, user: str) -> bool:
    """Write the entry's fields; return whether anything changed (each change is logged)."""
    if problem.id is None:
        raise NotFoundError("problem_not_found", params={"id": None})
    check_problem(problem)
    columns = _columns(problem)
    try:
        with db.atomic():
            old = get(db, problem.id)
            delta = history.diff("problem", str(problem.id), problem.project_id,
                                 _logged(db, _columns(old)), _logged(db, columns))
            if old.project_id != problem.project_id:
                raise ValidationError("constraint", "project_id", {"detail": "a problem stays with its project"})
            if not delta:
                return False
            db["problems"].update(problem.id, {**columns, "updated_at": _now(db)})
            history.record(db, delta, user)
    except sqlite3.IntegrityError as exc:
        raise _integrity(exc) from exc
    return True


def get(db: Database, problem_id: int) -> Problem:
    row = db.execute(f"{_SELECT} FROM problems p WHERE p.id = ?", [problem_id]).fetchone()
    if row is None:
        raise NotFoundError("problem_not_found", params={"id": problem_id})
    return _problem(row)


def _where(flt: ProblemFilter, as_of: date) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    simple = (("p.responsible_unit_id = ?", flt.unit_id), ("p.level = ?", flt.level), ("p.state = ?", flt.state),
              ("p.project_id = ?", flt.project_id))
    for sql, value in simple:
        if value is not None and value != "":
            clauses.append(sql)
            params.append(str(value) if not isinstance(value, int) else value)
    if flt.unresolved:
        clauses.append("p.state IN ('open', 'in_progress')")
    if flt.overdue:
        clauses.append("p.raised_on <= ? AND (p.resolved_on IS NULL OR p.resolved_on > ?) AND p.deadline < ?")
        params.extend([as_of.isoformat()] * 3)
    if flt.location:
        clauses.append("p.project_id IN (SELECT project_id FROM project_locations WHERE location_code = ?)")
        params.append(flt.location)
    if flt.text.strip():
        pattern = like_pattern(flt.text.strip())
        clauses.append("(p.description LIKE ? ESCAPE '\\' OR j.name LIKE ? ESCAPE '\\' OR j.code LIKE ? ESCAPE '\\'"
                       " OR p.resolution LIKE ? ESCAPE '\\' OR p.responsible_person LIKE ? ESCAPE '\\')")
        params.extend([pattern] * 5)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def query(db: Database, flt: ProblemFilter = ProblemFilter(), as_of: date | None = None) -> list[ProblemRow]:
    """Ledger lines, oldest deadline first (no deadline last), then by raise date and id."""
    as_of = as_of or date.today()
    where, params = _where(flt, as_of)
    rows = db.execute(
        f"{_SELECT}, j.code, j.name, coalesce(u.name, '') FROM problems p JOIN projects j ON j.id = p.project_id"
        f" LEFT JOIN units u ON u.id = p.responsible_unit_id{where}"
        " ORDER BY p.state IN ('solved', 'closed'), p.deadline IS NULL, p.deadline, p.raised_on, p.id",
        params,
    ).fetchall()
    if not rows:
        return []
    places: dict[int, list[tuple[str, str]]] = {}
    for project_id, code, short in db.execute(
        "SELECT pl.project_id, pl.location_code, l.short_name FROM project_locations pl"
        " JOIN locations l ON l.code = pl.location_code ORDER BY l.sort_order"
    ):
        places.setdefault(project_id, []).append((code, short))
    leads: dict[int, list[str]] = {}
    for project_id, name in db.execute(
        "SELECT pu.project_id, u.name FROM project_units pu JOIN units u ON u.id = pu.unit_id"
        " WHERE pu.role = 'lead' ORDER BY u.name"
    ):
        leads.setdefault(project_id, []).append(name)
    return [
        ProblemRow(
            problem=_problem(r[:14]), project_code=r[14], project_name=r[15], unit_name=r[16],
            location_codes=tuple(c for c, _ in places.get(r[1], ())),
            location_names=tuple(n for _, n in places.get(r[1], ())),
            lead_units=tuple(leads.get(r[1], ())),
        )
        for r in rows
    ]


def raised_by(db: Database, as_of: date) -> list[Problem]:
    """Every entry raised on or before ``as_of`` (for counts as of a month end)."""
    return [_problem(r) for r in db.execute(f"{_SELECT} FROM problems p WHERE p.raised_on <= ? ORDER BY p.id",
                                            [as_of.isoformat()])]


def open_counts(db: Database, as_of: date) -> dict[int, tuple[int, int]]:
    """Per project with open entries at ``as_of``: (open, of which overdue)."""
    day = as_of.isoformat()
    return {
        r[0]: (r[1], r[2] or 0)
        for r in db.execute(
            "SELECT project_id, count(*), sum(deadline IS NOT NULL AND deadline < ?) FROM problems"
            " WHERE raised_on <= ? AND (resolved_on IS NULL OR resolved_on > ?) GROUP BY project_id",
            [day, day, day],
        )
    }


def descriptions(db: Database, as_of: date | None = None,
                 project_ids: Iterable[int] | None = None) -> dict[int, list[str]]:
    """Per project (of ``project_ids`` only, when given), the descriptions of its entries open at
    ``as_of`` (every entry, whatever its state, when ``as_of`` is ``None``), oldest first."""
    clauses: list[str] = []
    params: list[object] = []
    if as_of is not None:
        clauses.append("raised_on <= ? AND (resolved_on IS NULL OR resolved_on > ?)")
        params += [as_of.isoformat(), as_of.isoformat()]
    if project_ids is not None:
        clauses.append(f"+project_id IN {IN_LIST}")  # +: each row checked against the list, no probe per id
        params.append(json_list(project_ids))
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    found: dict[int, list[str]] = {}
    for project_id, description in db.execute(
        f"SELECT project_id, description FROM problems{where} ORDER BY project_id, raised_on, id", params
    ):
        found.setdefault(project_id, []).append(description)
    return found
