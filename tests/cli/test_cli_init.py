"""``jnprojects --db PATH init``: new path, existing database, and files that are refused untouched."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-m", "jnprojects", *args], capture_output=True, text=True,
                          env=environment, timeout=120)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_init_creates_and_seeds_a_new_database(tmp_path):
    db = tmp_path / "sub" / "office.db"
    result = run_cli("--db", str(db), "init")
    assert result.returncode == 0, result.stderr
    assert "数据库已创建" in result.stdout
    assert db.exists()


def test_init_on_an_existing_database_changes_nothing(tmp_path):
    db = tmp_path / "office.db"
    assert run_cli("--db", str(db), "init").returncode == 0
    from tests.helpers import sql_dump

    before = sql_dump(db)
    result = run_cli("--db", str(db), "init")
    assert result.returncode == 0, result.stderr
    assert "已存在" in result.stdout
    assert sql_dump(db) == before


def test_init_refuses_a_file_that_is_not_a_database_and_leaves_it_untouched(tmp_path):
    target = tmp_path / "notes.db"
    target.write_text("这不是数据库\n" * 50, encoding="utf-8")
    digest = sha(target)
    result = run_cli("--db", str(target), "init")
    assert result.returncode != 0
    assert "不是 jnprojects 数据库" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert sha(target) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_init_refuses_a_newer_database(tmp_path):
    import sqlite3

    db = tmp_path / "office.db"
    assert run_cli("--db", str(db), "init").returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    digest = sha(db)
    result = run_cli("--db", str(db), "init")
    assert result.returncode != 0
    assert "更新版本" in result.stderr
    assert sha(db) == digest


def test_init_reports_an_unwritable_path(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run_cli("--db", str(blocker / "office.db"), "init")
    assert result.returncode != 0
    assert "无法创建或打开" in result.stderr
    assert "Traceback" not in result.stderr
