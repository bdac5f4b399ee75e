"""The issue ledger's store: writes are logged, overdue is judged as of a date, filters narrow."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from jnprojects.domain.errors import ValidationErrors
from jnprojects.domain.model import Unit
from jnprojects.domain.monthly_problems import (
    Problem,
    ProblemFilter,
    ProblemLevel,
    ProblemState,
    counts_as_of,
    is_overdue,
    overdue_days,
)
from jnprojects.store import problems, reference


@pytest.fixture
def ledger(workspace):
    db = workspace.db
    unit_a = reference.add_unit(db, Unit("市交通运输局"), "t")
    unit_b = reference.add_unit(db, Unit("任城区人民政府"), "t")
    p1, p2 = [r[0] for r in db.execute("SELECT id FROM projects ORDER BY id LIMIT 2")]
    ids = [
        problems.add(db, Problem(p1, "征地拆迁未完成", date(2026, 9, 1), unit_a, "张三", date(2026, 10, 15)), "t"),
        problems.add(db, Problem(p1, "施工许可办理滞后", date(2026, 9, 2), unit_b, deadline=date(2026, 11, 15),
                                 level=ProblemLevel.DEPARTMENT), "t"),
        problems.add(db, Problem(p2, "资金拨付不到位", date(2026, 9, 3), unit_a, deadline=date(2026, 12, 15),
                                 level=ProblemLevel.CITY_LEADER, state=ProblemState.IN_PROGRESS), "t"),
        problems.add(db, Problem(p2, "无时限的问题", date(2026, 9, 4)), "t"),
    ]
    return db, ids, (p1, p2), (unit_a, unit_b)


def test_add_and_edit_are_logged_in_the_same_transaction(ledger):
    db, ids, (p1, _), (unit_a, unit_b) = ledger
    added = db.execute("SELECT field, new_value FROM change_log WHERE entity = 'problem' AND entity_id = ?"
                       " ORDER BY id", [str(ids[0])]).fetchall()
    assert ("description", "征地拆迁未完成") in added and ("responsible_unit", "市交通运输局") in added
    problem = problems.get(db, ids[0])
    assert problems.update(db, replace(problem, responsible_unit_id=unit_b, deadline=date(2026, 11, 30)), "u2")
    changed = db.execute("SELECT user_name, action, field, old_value, new_value FROM change_log"
                         " WHERE entity = 'problem' AND entity_id = ? AND action = 'update' ORDER BY id",
                         [str(ids[0])]).fetchall()
    assert changed == [("u2", "update", "deadline", "2026-10-15", "2026-11-30"),
                       ("u2", "update", "responsible_unit", "市交通运输局", "任城区人民政府")]
    assert not problems.update(db, problems.get(db, ids[0]), "u2")  # nothing changed, nothing logged


def test_overdue_flags_as_of_a_date(ledger):
    db, ids, _, _ = ledger
    rows = {r.problem.id: r.problem for r in problems.query(db, as_of=date(2026, 11, 15))}
    as_of = date(2026, 11, 15)
    assert [is_overdue(rows[i], as_of) for i in ids] == [True, False, False, False]  # a deadline ON the day is not
    assert overdue_days(rows[ids[0]], as_of) == 31
    later = date(2026, 11, 16)
    assert [i for i in ids if is_overdue(rows[i], later)] == ids[:2]
    only = problems.query(db, ProblemFilter(overdue=True), later)
    assert [r.problem.id for r in only] == ids[:2]
    counts = problems.open_counts(db, later)
    assert sorted(counts.values()) == [(2, 0), (2, 2)]


def test_solved_problems_are_no_longer_overdue_from_their_resolution_day(ledger):
    db, ids, _, _ = ledger
    first = problems.get(db, ids[0])
    problems.update(db, replace(first, state=ProblemState.SOLVED, resolution="已完成征地",
                                resolved_on=date(2026, 11, 20)), "t")
    solved = problems.get(db, ids[0])
    assert is_overdue(solved, date(2026, 11, 19)) and not is_overdue(solved, date(2026, 11, 20))
    counts = counts_as_of(problems.raised_by(db, date(2026, 11, 30)), date(2026, 11, 30))
    assert counts[first.project_id].resolved == 1 and counts[first.project_id].open == 1
    # on the 19th both of the project's entries were past their time limits (10-15 and 11-15)
    assert counts_as_of(problems.raised_by(db, date(2026, 11, 19)), date(2026, 11, 19))[first.project_id].overdue == 2


def test_filters(ledger):
    db, ids, (p1, p2), (unit_a, _) = ledger
    as_of = date(2026, 11, 30)
    assert [r.problem.id for r in problems.query(db, ProblemFilter(unit_id=unit_a), as_of)] == [ids[0], ids[2]]
    assert [r.problem.id for r in problems.query(db, ProblemFilter(level=ProblemLevel.CITY_LEADER), as_of)] == [ids[2]]
    assert [r.problem.id for r in problems.query(db, ProblemFilter(state=ProblemState.IN_PROGRESS), as_of)] == [ids[2]]
    assert [r.problem.id for r in problems.query(db, ProblemFilter(project_id=p2, text="资金"), as_of)] == [ids[2]]
    assert len(problems.query(db, ProblemFilter(unresolved=True), as_of)) == 4
    row = problems.query(db, ProblemFilter(project_id=p1), as_of)[0]
    assert row.unit_name == "市交通运输局" and row.project_code


def test_rules_are_checked_before_and_by_the_database(ledger):
    db, ids, (p1, _), _ = ledger
    with pytest.raises(ValidationErrors) as caught:
        problems.add(db, Problem(p1, " ", date(2026, 9, 1), deadline=date(2026, 8, 1)), "t")
    assert {e.field for e in caught.value.errors} == {"description", "deadline"}
    with pytest.raises(ValidationErrors):
        problems.update(db, replace(problems.get(db, ids[1]), state=ProblemState.CLOSED), "t")  # no date, no text
    with pytest.raises(sqlite3.IntegrityError):  # the CHECK stands behind the code
        db.execute("UPDATE problems SET state = 'solved' WHERE id = ?", [ids[1]])
