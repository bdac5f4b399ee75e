"""Seeding from the plan: counts match the seed read from the plan, re-runs change nothing,
and the office's edits (and deletions) survive later seeding."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

from jnprojects.paths import seed_dir
from jnprojects.services import projects as project_service
from jnprojects.services.workspace import open_workspace
from jnprojects.store import seed as seed_store
from tests.helpers import sql_dump


def _seed_records(name: str) -> list[dict]:
    return json.loads((seed_dir() / name).read_text(encoding="utf-8"))


def test_counts_per_category_and_indicators_match_the_seed(workspace):
    expected = Counter(r["category"] for r in _seed_records("projects.json"))
    stored = Counter(r.category_code for r in project_service.list_projects(workspace))
    assert stored == expected
    assert set(expected) == {c.code for c in project_service.categories(workspace)}
    assert workspace.db.execute("SELECT count(*) FROM indicators").fetchone()[0] == 20
    assert len(project_service.locations(workspace)) == 14
    # Plan projects carry the plan's words and nothing invented.
    row = workspace.db.execute(
        "SELECT count(*) FROM projects WHERE origin = 'plan' AND (plan_quote = '' OR total_investment IS NOT NULL"
        " OR planned_start IS NOT NULL)").fetchone()[0]
    assert row == 0
    assert workspace.db.execute("SELECT count(*) FROM project_units").fetchone()[0] == 0


def test_seeding_twice_changes_nothing(tmp_path):
    path = tmp_path / "office.db"
    open_workspace(path, user="a").close()
    before = sql_dump(path)
    ws = open_workspace(path, user="b")
    assert seed_store.seed(ws.db, "b").total == 0
    ws.close()
    assert sql_dump(path) == before


def test_user_edits_and_deletions_survive_a_reseed(tmp_path):
    path = tmp_path / "office.db"
    ws = open_workspace(path, user="a")
    rows = project_service.list_projects(ws)
    edited = project_service.get_project(ws, rows[0].id)
    edited.name = "改过的名称"
    edited.planned_start = date(2026, 1, 1)
    project_service.save_project(ws, edited)
    deleted_code = rows[1].code
    project_service.delete_project(ws, rows[1].id)
    ws.close()

    ws = open_workspace(path, user="b")  # seeding runs again on open
    again = project_service.get_project(ws, edited.id)
    assert again.name == "改过的名称"
    assert again.planned_start == date(2026, 1, 1)
    assert deleted_code not in {r.code for r in project_service.list_projects(ws)}
    ws.close()
