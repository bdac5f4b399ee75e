"""Schema 2: a version-1 database's report problem notes become ledger entries; a failing step 2
changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jnprojects.store.connection import StoreError, connect, latest_version
from jnprojects.store.database import open_store
from jnprojects.store.migrations import STEPS, migrate

from .schema_shape import schema_shape

FIXTURES = Path(__file__).parent / "fixtures"


def _v1_with_reports(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript((FIXTURES / "schema_v1.sql").read_text(encoding="utf-8"))
    conn.executescript("""
        INSERT INTO categories VALUES ('transport', 'JT', '交通', 'Transport', 1);
        INSERT INTO projects (id, code, name, category_code) VALUES (1, 'JT-001', '测试一', 'transport');
        INSERT INTO projects (id, code, name, category_code) VALUES (2, 'JT-002', '测试二', 'transport');
        INSERT INTO progress_reports (project_id, period, problems) VALUES (1, '2026-03', '  征地拆迁未完成  ');
        INSERT INTO progress_reports (project_id, period, problems) VALUES (1, '2026-04', '征地拆迁未完成；资金缺口');
        INSERT INTO progress_reports (project_id, period, problems) VALUES (2, '2026-04', '   ');
        INSERT INTO progress_reports (project_id, period, problems) VALUES (2, '2026-05', '');
        INSERT INTO progress_reports (project_id, period, problems) VALUES (2, '2026-06', '=1+1 环评未批');
    """)
    conn.close()


def test_report_problem_text_becomes_open_ledger_entries(tmp_path):
    path = tmp_path / "v1.db"
    _v1_with_reports(path)
    store = open_store(path)
    rows = store.db.execute(
        "SELECT project_id, description, raised_on, state, level, created_by, deadline, resolved_on"
        " FROM problems ORDER BY id").fetchall()
    assert rows == [
        (1, "征地拆迁未完成", "2026-03-01", "open", "county", "migration", None, None),
        (1, "征地拆迁未完成；资金缺口", "2026-04-01", "open", "county", "migration", None, None),
        (2, "=1+1 环评未批", "2026-06-01", "open", "county", "migration", None, None),
    ]
    # The unit's notes stay in the reports as written.
    assert store.db.execute("SELECT count(*) FROM progress_reports WHERE problems <> ''").fetchone()[0] == 4
    logged = store.db.execute(
        "SELECT user_name, entity, project_id, action, field, new_value FROM change_log ORDER BY id").fetchall()
    assert logged == [("migration", "problem", pid, "insert", "description", text) for pid, text, *_ in rows]
    assert store.version == latest_version()
    store.close()
    fresh = open_store(tmp_path / "fresh.db")
    fresh.close()
    assert schema_shape(sqlite3.connect(path)) == schema_shape(sqlite3.connect(tmp_path / "fresh.db"))


def test_a_failing_step_2_leaves_the_v1_database_as_it_was(tmp_path):
    path = tmp_path / "v1.db"
    _v1_with_reports(path)
    db = connect(path)
    before = list(db.conn.iterdump())

    def step_2_then_fail(conn: sqlite3.Connection) -> None:
        STEPS[2](conn)  # the real step: tables created, entries moved, log written …
        raise RuntimeError("disk full")  # … then a failure before the version is bumped

    with pytest.raises(StoreError) as caught:
        migrate(db, {2: step_2_then_fail})
    assert caught.value.code == "migration_failed" and caught.value.params["step"] == 2
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert list(db.conn.iterdump()) == before
    db.close()
    # … and the file still migrates for real afterwards.
    store = open_store(path)
    assert store.db.execute("SELECT count(*) FROM problems").fetchone()[0] == 3
    store.close()
