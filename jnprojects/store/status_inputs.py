"""Everything schedule status needs, for many projects at once, in a handful of queries.

One query per kind of fact (projects, milestones, latest report as of the date, annual plans,
overrides) rather than one per project: status for the whole list must stay well under a second.

Two ways to load the milestones: all of them (sheets, snapshots of a month, the deck list every
one), or with ``open_until`` only the open ones planned by that date plus those with a validity,
and a :class:`MilestoneTally` of the weights summed in SQL. The second is what status for a whole
province needs: bringing 100,000 milestones into Python alone took longer than its 0.3 s budget.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..domain.model import Milestone
from ..domain.status import Light, MilestoneTally, Override, StatusInput
from ..domain.query import ProjectFilter
from ..domain.values import date_from_db as _d
from ..domain.values import money_from_db
from .connection import Database
from .problems import open_counts
from .projects import _STAGES, _where
from .sql_text import IN_LIST, json_list


@dataclass(slots=True)  # not frozen: 10,000 per status load, a frozen __init__ cost 8 µs each
class StatusFacts(StatusInput):
    """What the status rules look at for one project as of a date, and what lists show beside the
    light (money in 万元). Loaded as the rules' own input: no copy per project on the way to them.

    :func:`load` sets every field. The defaults only let it pass all 23 positionally (after the
    defaulted fields of StatusInput, a field needs a default or keyword-only): nine keywords
    doubled the cost of building one."""

    id: int = 0
    code: str = ""
    name: str = ""
    category_code: str = ""
    category_name: str = ""
    invest_ytd: Decimal | None = None
    annual_plan: Decimal | None = None
    progress_text: str = ""
    problems: str = ""
    sort_key: str = ""  # the name's stored pinyin key (rankings break ties by it)


def load(db: Database, as_of: date, flt: ProjectFilter = ProjectFilter(),
         open_until: date | None = None) -> list[StatusFacts]:
    """The facts of the projects ``flt`` shows; with ``open_until``, milestones as a tally plus
    the open ones planned by that date (and every one with a validity date)."""
    where, params = _where(flt)
    period = f"{as_of.year:04d}-{as_of.month:02d}"
    projects = db.conn.execute(
        # One pass over the shown projects joins everything that has one row per project. The
        # latest report up to the period is found by one descent of the (project_id, period) index
        # per project: faster than a GROUP BY with max() over every report, measured at 120,000.
        "SELECT p.id, p.code, p.name, p.category_code, c.name_zh, p.planned_start, p.planned_end, p.actual_start,"
        " p.actual_end, p.stage, p.total_investment, r.period, r.progress_pct, r.invest_since_start, r.invest_ytd,"
        " r.progress_text, r.problems, a.planned_investment, o.light, o.justification, o.expires_on, o.set_by,"
        " p.sort_key"
        " FROM projects p JOIN categories c ON c.code = p.category_code"
        " LEFT JOIN progress_reports r ON r.id = (SELECT id FROM progress_reports r2"
        "  WHERE r2.project_id = p.id AND r2.period <= ? ORDER BY r2.period DESC LIMIT 1)"
        " LEFT JOIN annual_plans a ON a.project_id = p.id AND a.year = ?"
        " LEFT JOIN status_overrides o ON o.project_id = p.id"
        f"{where} ORDER BY c.sort_order, p.code",
        [period, as_of.year, *params],
    ).fetchall()
    if not projects:
        return []
    tallies: dict[int, MilestoneTally] = {}
    if open_until is None:
        milestones = _milestones_by_project(db, where, params)
    else:
        milestones = _milestones_by_project(db, where, params, _open_only(as_of, open_until))
        tallies = _tallies(db, where, params, as_of)
    no_tally = MilestoneTally() if open_until is not None else None
    problems_open = open_counts(db, as_of)
    no_problems = (0, 0)
    year = f"{as_of.year:04d}"
    none: tuple[Milestone, ...] = ()
    facts = []
    for (pid, code, name, category, category_name, planned_start, planned_end, actual_start, actual_end, stage,
         total, report_period, pct, since_start, ytd, text, problems, plan, light, why, expires, by, key) in projects:
        reported = report_period is not None
        open_problems, overdue_problems = problems_open.get(pid, no_problems)
        facts.append(
            StatusFacts(
                _d(planned_start), _d(planned_end), _d(actual_start), _d(actual_end), _STAGES[stage],
                tuple(milestones.get(pid, none)), pct, money_from_db(since_start) if reported else None,
                money_from_db(total),
                Override(Light(light), why, date.fromisoformat(expires), by) if light is not None else None,
                open_problems, overdue_problems, tallies.get(pid, no_tally),
                pid, code, name, category, category_name,
                money_from_db(ytd) if reported and report_period[:4] == year else None,  # invest_ytd
                money_from_db(plan), text or "", problems or "", key,
            )
        )
    return facts


def _open_only(as_of: date, open_until: date) -> tuple[str, list[object]]:
    # The milestones the status rules can raise a reason for: not done as of the date and planned
    # by the end of the warning window, or carrying an approval's validity (judged done or not).
    return ("(valid_until IS NOT NULL OR (planned_date <= ? AND (actual_date IS NULL OR actual_date > ?)))",
            [open_until.isoformat(), as_of.isoformat()])


def _of_shown(where: str) -> list[str]:
    """The milestone condition "of a project ``where`` selects" (none when it selects every project)."""
    return [f"project_id IN (SELECT p.id FROM projects p{where})"] if where else []


def _tallies(db: Database, where: str, params: list[object], as_of: date) -> dict[int, MilestoneTally]:
    shown = _of_shown(where)
    only = f" WHERE {shown[0]}" if shown else ""
    day = as_of.isoformat()
    return {
        pid: MilestoneTally(weight, done)
        for pid, weight, done in db.conn.execute(
            # The rules count a weight only when it is > 0; the schema keeps weights NULL or in 0-100,
            # and total() skips NULLs and a 0 adds nothing, so plain sums agree (a CASE per row cost ~15%).
            "SELECT project_id, total(weight), total(CASE WHEN actual_date <= ? THEN weight END)"
            f" FROM milestones{only} GROUP BY project_id",
            [day, *params],
        )
    }


def _milestones_by_project(db: Database, where: str, params: list[object],
                           condition: tuple[str, list[object]] | None = None) -> dict[int, list[Milestone]]:
    """The milestones of the projects ``where`` selects (and ``condition`` keeps), grouped by
    project in (seq, id) order: one pass over idx_milestones_project (no temporary sort).

    Hot at province scale (100,000 rows): columns come in ``Milestone``'s field order so each row
    is built positionally, and a project's list is looked up once per project, not once per row.
    """
    by_project: dict[int, list[Milestone]] = {}
    current_id, current = None, []
    d = _d
    clauses = _of_shown(where)
    args = list(params)
    if condition is not None:
        clauses.append(condition[0])
        args += condition[1]
    only = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    for pid, name, planned, actual, weight, valid_until, note, seq, mid in db.conn.execute(
        "SELECT project_id, name, planned_date, actual_date, weight, valid_until, note, seq, id FROM milestones"
        f"{only} ORDER BY project_id, seq, id",
        args,
    ):
        if pid != current_id:
            current_id, current = pid, by_project.setdefault(pid, [])
        current.append(Milestone(name, d(planned), d(actual), weight, d(valid_until), note, seq, mid))
    return by_project


def milestones_of(db: Database, project_ids: Iterable[int]) -> dict[int, tuple[Milestone, ...]]:
    """All milestones of ``project_ids`` (each id present, possibly with none)."""
    found: dict[int, tuple[Milestone, ...]] = dict.fromkeys(project_ids, ())
    condition = (f"project_id IN {IN_LIST}", [json_list(found)])
    found.update((pid, tuple(ms)) for pid, ms in _milestones_by_project(db, "", [], condition).items())
    return found


def settings_with_prefix(db: Database, prefix: str) -> dict[str, str]:
    return {r[0]: r[1] for r in db.execute("SELECT key, value FROM settings WHERE key LIKE ? || '%'", [prefix])}
