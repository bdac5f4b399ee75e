"""The demo database: marked, filled with generated schedules, and never mixed with office data."""

from __future__ import annotations

import pytest

from jnprojects.domain.errors import DomainError
from jnprojects.services import projects as project_service
from jnprojects.services.workspace import open_workspace


def test_demo_database_is_marked_and_has_schedules(tmp_path):
    ws = open_workspace(tmp_path / "demo.db", demo=True, user="t")
    try:
        assert ws.is_demo
        db = ws.db
        assert db.execute("SELECT count(*) FROM projects WHERE planned_start IS NULL").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM milestones").fetchone()[0] > 500
        assert db.execute("SELECT count(*) FROM progress_reports").fetchone()[0] > 500
        units = [u.name for u in project_service.units(ws)]
        assert units and all(name.endswith("（演示）") for name in units)
        # A problem ledger to rehearse the monthly cycle with: open, overdue and solved entries, all labelled.
        states = dict(db.execute("SELECT state, count(*) FROM problems GROUP BY state").fetchall())
        assert states.get("open", 0) > 0 and states.get("solved", 0) > 0
        assert db.execute("SELECT count(*) FROM problems WHERE state = 'open' AND deadline < date('now')").fetchone()[0]
        assert all(d.endswith("（演示）") for (d,) in db.execute("SELECT description FROM problems"))
    finally:
        ws.close()


def test_office_database_is_not_demo_and_refuses_demo_mode(tmp_path):
    path = tmp_path / "office.db"
    ws = open_workspace(path, user="t")
    assert not ws.is_demo
    assert ws.db.execute("SELECT count(*) FROM progress_reports").fetchone()[0] == 0
    ws.close()
    with pytest.raises(DomainError) as caught:
        open_workspace(path, demo=True, user="t")
    assert caught.value.code == "not_demo_database"
