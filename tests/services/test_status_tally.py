"""The whole-list status (milestones summed in SQL, only open ones loaded) says exactly what the
status from every milestone says: same light, reasons, schedule and actual progress."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from jnprojects.domain.query import ProjectFilter
from jnprojects.domain.status import MilestoneState
from jnprojects.services import status
from jnprojects.services.workspace import open_workspace
from tests.bench.generate import Size, generate


@pytest.fixture(scope="module")
def varied_db(tmp_path_factory):
    path = generate(tmp_path_factory.mktemp("tally") / "varied.db", Size(300, 3000, 600, 30), seed=11)
    conn = sqlite3.connect(path)
    with conn:
        # What the generator does not make: approvals with a validity (done and not done, before
        # work starts), unweighted and zero-weight nodes, an actual date after the as-of date.
        conn.execute("UPDATE milestones SET valid_until = date(planned_date, '+400 days') WHERE id % 7 = 0")
        conn.execute("UPDATE projects SET stage = 'preparation', actual_start = NULL WHERE id % 5 = 0")
        conn.execute("UPDATE milestones SET weight = NULL WHERE id % 11 = 0")
        conn.execute("UPDATE milestones SET weight = 0 WHERE id % 13 = 0")
        conn.execute("UPDATE milestones SET actual_date = '2026-12-20' WHERE id % 17 = 0")
    conn.close()
    return path


def _judgement(snap):
    st = snap.status
    return st.light, st.computed_light, st.reasons, st.schedule_pct, st.actual_pct, st.basis, st.overridden


@pytest.mark.parametrize("as_of", [date(2024, 3, 1), date(2026, 6, 15), date(2026, 11, 28), date(2029, 1, 1)])
@pytest.mark.parametrize("flt", [ProjectFilter(), ProjectFilter(category="transport"), ProjectFilter(text="道路")])
def test_tally_status_equals_status_from_every_milestone(varied_db, as_of, flt):
    ws = open_workspace(varied_db, readonly=True)
    full = {s.id: s for s in status.snapshots_of(ws, status.facts(ws, as_of, flt), as_of)}
    summed = status.snapshots(ws, as_of, flt)
    assert [s.id for s in summed] == list(full)  # same projects, same order
    assert len(summed) > 0
    assert sum(1 for s in summed if s.status.reasons) > 0
    for snap in summed:
        assert _judgement(snap) == _judgement(full[snap.id]), snap.code
        # Only what can raise a reason was loaded: open nodes, or nodes with a validity.
        assert all(state is not MilestoneState.DONE or m.valid_until is not None
                   for m, state in zip(snap.milestones, snap.status.milestone_states))
    ws.close()


def test_tally_loads_far_fewer_milestones_and_keeps_the_due_window(varied_db):
    ws = open_workspace(varied_db, readonly=True)
    as_of = date(2026, 11, 28)
    every = sum(len(f.milestones) for f in status.facts(ws, as_of))
    summed = status.snapshots(ws, as_of, open_days=90)
    loaded = sum(len(s.milestones) for s in summed)
    assert loaded < every / 2
    due_in_90 = {(m.id) for f in status.facts(ws, as_of) for m in f.milestones
                 if m.planned_date and as_of <= m.planned_date <= date(2027, 2, 26)
                 and not (m.actual_date and m.actual_date <= as_of)}
    assert due_in_90 and due_in_90 <= {m.id for s in summed for m in s.milestones}
    ws.close()


def test_milestones_of_gives_every_milestone_of_the_asked_projects(varied_db):
    ws = open_workspace(varied_db, readonly=True)
    facts = {f.id: f.milestones for f in status.facts(ws, date(2026, 11, 28))}
    asked = sorted(facts)[:3] + [999_999]
    got = status.milestones_of(ws, asked)
    assert got == {**{pid: facts[pid] for pid in asked[:3]}, 999_999: ()}
    ws.close()
