"""The store's ``Database``: reads go straight to SQLite, and sqlite-utils (whose import costs a
fifth of a cold start) is loaded only when something writes; writes behave as sqlite-utils' own."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from jnprojects.store.connection import connect
from jnprojects.store.database import open_store


def test_reading_does_not_load_sqlite_utils_and_writing_does(tmp_path):
    db_path = tmp_path / "office.db"
    open_store(db_path).close()
    script = (
        "import sys\n"
        "from jnprojects.store.database import open_store\n"
        "store = open_store(sys.argv[1])\n"
        "store.db.execute('SELECT count(*) FROM categories').fetchone()\n"
        "store.db.execute('PRAGMA user_version').fetchone()\n"
        "print('sqlite_utils' in sys.modules)\n"
        "store.db.execute(\"INSERT INTO settings (key, value) VALUES ('k', 'v')\")\n"
        "print('sqlite_utils' in sys.modules, 'numpy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(db_path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "False"]


def test_a_write_outside_a_transaction_is_committed_at_once(tmp_path):
    db = connect(tmp_path / "x.db")
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE)")
    db.execute("INSERT INTO t (v) VALUES (?)", ["a"])
    other = sqlite3.connect(tmp_path / "x.db")
    assert other.execute("SELECT v FROM t").fetchall() == [("a",)]
    assert not db.conn.in_transaction


def test_atomic_rolls_back_every_write_of_a_failed_block(tmp_path):
    db = connect(tmp_path / "x.db")
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE)")
    with pytest.raises(sqlite3.IntegrityError):
        with db.atomic():
            db["t"].insert({"v": "a"})
            db.execute("INSERT INTO t (v) VALUES ('a')")
    assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 0


def test_recursive_triggers_are_on_before_any_write(tmp_path):
    db = connect(tmp_path / "x.db")
    assert db.execute("PRAGMA recursive_triggers").fetchone()[0] == 1
