"""Schema migrations: every earlier version reaches the fresh schema; a failing step changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jnprojects.store.connection import StoreError, connect, create_schema, latest_version
from jnprojects.store.database import open_store
from jnprojects.store.migrations import STEPS, migrate

from .schema_shape import schema_shape

FIXTURES = Path(__file__).parent / "fixtures"


def _fresh(tmp_path: Path) -> sqlite3.Connection:
    store = open_store(tmp_path / "fresh.db")
    store.close()
    return sqlite3.connect(tmp_path / "fresh.db")


def test_there_is_a_fixture_for_every_earlier_version():
    """Each release that adds a step must keep the schema it migrates from."""
    missing = [v for v in range(1, latest_version()) if not (FIXTURES / f"schema_v{v}.sql").exists()]
    assert not missing, f"add tests/store/fixtures/schema_v<N>.sql for versions {missing}"
    assert sorted(STEPS) == list(range(2, latest_version() + 1))


@pytest.mark.parametrize("version", range(1, latest_version()))
def test_every_earlier_version_migrates_to_the_fresh_schema(tmp_path, version):
    old = tmp_path / f"v{version}.db"
    conn = sqlite3.connect(old)
    conn.executescript((FIXTURES / f"schema_v{version}.sql").read_text(encoding="utf-8"))
    conn.close()
    store = open_store(old)
    store.close()
    assert schema_shape(sqlite3.connect(old)) == schema_shape(_fresh(tmp_path))


def test_fresh_database_is_at_the_latest_version(tmp_path):
    store = open_store(tmp_path / "new.db")
    assert store.version == latest_version()
    store.close()


def _v1_with_data(path: Path):
    db = connect(path)
    create_schema(db)
    with db.atomic():
        db.execute("INSERT INTO categories VALUES ('transport', 'JT', '交通', 'Transport', 1)")
        db.execute("INSERT INTO projects (code, name, category_code) VALUES ('JT-001', '测试', 'transport')")
    return db


def test_steps_run_in_order_and_bump_the_version(tmp_path):
    db = _v1_with_data(tmp_path / "a.db")
    base = latest_version()
    steps = {
        base + 1: lambda c: c.execute("ALTER TABLE projects ADD COLUMN extra_one TEXT"),
        base + 2: lambda c: c.execute("UPDATE projects SET extra_one = 'x'"),
    }
    assert migrate(db, steps) == [base + 1, base + 2]
    assert db.execute("PRAGMA user_version").fetchone()[0] == base + 2
    assert db.execute("SELECT extra_one FROM projects").fetchone()[0] == "x"


def test_a_step_that_fails_midway_leaves_schema_data_and_version_as_they_were(tmp_path):
    db = _v1_with_data(tmp_path / "b.db")
    before = list(db.conn.iterdump())
    base = latest_version()

    def half_done(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE projects ADD COLUMN extra_two TEXT")
        conn.execute("UPDATE projects SET name = 'changed'")
        conn.execute("INSERT INTO no_such_table VALUES (1)")  # fails after real changes

    with pytest.raises(StoreError) as caught:
        migrate(db, {base + 1: half_done})
    assert caught.value.code == "migration_failed"
    assert caught.value.params["step"] == base + 1
    assert db.execute("PRAGMA user_version").fetchone()[0] == base
    assert list(db.conn.iterdump()) == before
