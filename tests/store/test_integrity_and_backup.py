"""Integrity checks, crash safety, and backups: verified, listed, rotated, restored."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import random
import re
import shutil
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from jnprojects.store import backup as backupmod
from jnprojects.store.backup import (
    RetentionPolicy,
    create_backup,
    keep_set,
    list_backups,
    newest_good_backup,
    restore,
    rotate,
    verify_backup,
)
from jnprojects.store.connection import StoreError, connect
from jnprojects.store.integrity import (
    check_file,
    has_hot_journal,
    integrity_check,
    journal_path,
    quick_check,
    unclean_shutdown,
)
from jnprojects.store.lock import acquire, take_over

from ..helpers import sql_dump

HERE = "THIS-PC"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """One real, seeded database (the seed's content does not matter to these tests)."""
    from jnprojects.services.workspace import open_workspace

    path = tmp_path_factory.mktemp("template") / "template.db"
    ws = open_workspace(path, user="tester")
    with ws.db.atomic():
        ws.db.execute("INSERT INTO settings (key, value) VALUES ('test.marker', 'template')")
        ws.db.execute("INSERT INTO units (name) VALUES ('济宁市测试局')")
    ws.close()
    return path


@pytest.fixture
def db_path(template, tmp_path) -> Path:
    # A closed database with no journal beside it: a plain copy is a faithful one here.
    path = tmp_path / "office.db"
    shutil.copyfile(template, path)
    return path


def damage(path: Path, first_page: int = 20, pages: int = 12) -> None:
    """Overwrite some pages in the middle of the file with junk, as a bad disk sector would."""
    size = 4096
    with open(path, "r+b") as handle:
        handle.seek(first_page * size)
        handle.write(bytes(random.Random(7).randrange(256) for _ in range(pages * size)))


def count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


# --- integrity -----------------------------------------------------------------------------------


def test_a_sound_database_passes_both_checks(db_path):
    db = connect(db_path)
    assert quick_check(db) == [] and integrity_check(db) == []
    assert quick_check(db.conn) == []
    db.close()
    check_file(db_path)
    check_file(db_path, full=True, readonly=True)


@pytest.mark.parametrize("full", [False, True])
def test_a_damaged_database_is_reported_corrupt_and_left_unchanged(db_path, full):
    damage(db_path)
    before = sha256(db_path)
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    assert quick_check(conn) and integrity_check(conn)
    conn.close()
    with pytest.raises(StoreError) as caught:
        check_file(db_path, full=full)
    assert caught.value.code == "corrupt"
    assert caught.value.params["path"] == str(db_path) and caught.value.params["detail"]
    assert sha256(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["office.db"]


def test_truncated_database_is_corrupt(db_path):
    db_path.write_bytes(db_path.read_bytes()[:2048])
    with pytest.raises(StoreError) as caught:
        check_file(db_path)
    assert caught.value.code == "corrupt"


def _write_without_finishing(path: Path) -> None:
    """Leave a hot journal: a child changes data inside a transaction and is killed."""
    ctx = _mp_context()
    ready = ctx.Event()
    child = ctx.Process(target=_open_transaction_and_wait, args=(str(path), ready))
    child.start()
    assert ready.wait(20)
    child.kill()
    child.join()


def _open_transaction_and_wait(path: str, ready) -> None:  # noqa: ANN001 - multiprocessing.Event
    db = connect(Path(path))
    db.execute("BEGIN")
    db.execute("UPDATE projects SET notes = 'half-done'")
    db.execute("DELETE FROM settings")
    db.conn.executemany("INSERT INTO change_log (entity, entity_id, action) VALUES ('x', ?, 'insert')",
                        [(str(i),) for i in range(30000)])
    ready.set()
    time.sleep(60)


def test_unclean_shutdown_is_told_by_a_dead_lock_or_a_hot_journal(db_path):
    assert not unclean_shutdown(db_path, HERE)
    live = acquire(db_path, "王工", "OTHER-PC")  # alive or not, another PC's lock proves nothing
    assert not unclean_shutdown(db_path, HERE)
    live.release()

    ctx = _mp_context()
    child = ctx.Process(target=_take_lock_and_die, args=(str(db_path),))
    child.start()
    child.join()
    assert unclean_shutdown(db_path, HERE)
    take_over(db_path, "李工", HERE).release()
    assert not unclean_shutdown(db_path, HERE)

    _write_without_finishing(db_path)
    assert has_hot_journal(db_path)
    assert unclean_shutdown(db_path, HERE)


def _take_lock_and_die(path: str) -> None:
    acquire(path, "张工", HERE)
    os._exit(0)


def test_hot_journal_is_rolled_back_by_a_writable_check_but_refused_read_only(db_path):
    before = sql_dump(db_path)
    _write_without_finishing(db_path)
    with pytest.raises(StoreError) as caught:
        check_file(db_path, readonly=True)
    assert caught.value.code == "needs_recovery"
    check_file(db_path, full=True)  # SQLite's own recovery rolls the transaction back
    assert not has_hot_journal(db_path)
    assert sql_dump(db_path) == before


# --- crash safety --------------------------------------------------------------------------------

BATCH = 20_000


def _mp_context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _writer(path: str, run: int, ready, committed) -> None:  # noqa: ANN001 - multiprocessing.Event
    """Replace the stress rows by a new batch of 20,000, one transaction per batch, forever."""
    db = connect(Path(path))
    ready.set()
    batch = 0
    while True:
        batch += 1
        with db.atomic():
            db.execute("DELETE FROM change_log WHERE user_name LIKE 'stress-%'")
            db.conn.executemany(
                "INSERT INTO change_log (user_name, entity, entity_id, action, field, new_value)"
                " VALUES (?, 'stress', ?, 'insert', 'n', ?)",
                ((f"stress-{run}-{batch}", str(i), "x" * 40) for i in range(BATCH)),
            )
        committed.set()


def test_a_writer_killed_at_random_points_leaves_a_sound_database_with_all_or_none(db_path):
    """SIGKILL during a large transaction: afterwards the file passes integrity_check and holds
    either the whole batch or none of it (rollback journal + synchronous=FULL)."""
    ctx = _mp_context()
    rng = random.Random(20261128)
    other_rows = count(db_path, "SELECT count(*) FROM change_log WHERE user_name NOT LIKE 'stress-%'")
    outcomes = {"hot_journal": 0, "all": 0, "none": 0}
    started = time.monotonic()
    runs = 24
    for run in range(runs):
        ready, committed = ctx.Event(), ctx.Event()
        child = ctx.Process(target=_writer, args=(str(db_path), run, ready, committed))
        child.start()
        assert ready.wait(20)
        if run % 3 == 2:  # let one batch commit first, so some kills land in or after a commit
            assert committed.wait(20)
        time.sleep(rng.uniform(0, 0.3))
        child.kill()
        child.join()
        assert child.exitcode == -9 or os.name != "posix"

        outcomes["hot_journal"] += has_hot_journal(db_path)
        db = connect(db_path)  # the next writable open rolls a cut-off transaction back
        try:
            assert integrity_check(db) == []
            stress, batches = db.execute(
                "SELECT count(*), count(DISTINCT user_name) FROM change_log WHERE user_name LIKE 'stress-%'"
            ).fetchone()
            this_run = db.execute(
                "SELECT count(*) FROM change_log WHERE user_name LIKE ?", [f"stress-{run}-%"]
            ).fetchone()[0]
            others = db.execute(
                "SELECT count(*) FROM change_log WHERE user_name NOT LIKE 'stress-%'"
            ).fetchone()[0]
        finally:
            db.close()
        assert not has_hot_journal(db_path)
        assert (stress, batches) in ((0, 0), (BATCH, 1)), f"run {run}: {stress} rows in {batches} batches"
        assert this_run in (0, BATCH)  # the batch being written: all of it or none of it
        assert others == other_rows
        outcomes["all" if this_run else "none"] += 1
        if committed.is_set():
            assert stress == BATCH  # a committed batch never disappears
    print("kill outcomes:", outcomes)
    # Most kills happen mid-transaction (the writer is always inside one).
    assert outcomes["hot_journal"] >= 1, outcomes
    assert time.monotonic() - started < 30


# --- backups -------------------------------------------------------------------------------------

NAME = re.compile(r"^jnprojects-\d{8}-\d{6}-[a-z]+(-\d+)?\.db$")


def test_backup_is_verified_named_and_described(db_path, tmp_path):
    folder = tmp_path / "backups"
    when = datetime(2026, 11, 28, 17, 45, 1)
    info = create_backup(db_path, folder, "import", now=when)
    assert info.path == folder / "jnprojects-20261128-174501-import.db"
    assert NAME.match(info.path.name)
    assert verify_backup(info.path) == []
    assert sql_dump(info.path) == sql_dump(db_path)
    assert info.size == info.path.stat().st_size
    assert info.project_count == count(db_path, "SELECT count(*) FROM projects")
    assert info.schema_version == count(db_path, "PRAGMA user_version")
    sidecar = json.loads((folder / (info.path.name + ".json")).read_text(encoding="utf-8"))
    assert sidecar["reason"] == "import" and sidecar["created"] == "2026-11-28T17:45:01"
    assert sidecar["size"] == info.size and sidecar["project_count"] == info.project_count
    assert sorted(p.name for p in folder.iterdir()) == [info.path.name, info.path.name + ".json"]


@pytest.mark.parametrize(("name", "parsed"), [
    ("jnprojects-20261128-090005-manual.db", (datetime(2026, 11, 28, 9, 0, 5), "manual")),
    ("jnprojects-20240229-235959-pre_import-3.db", (datetime(2024, 2, 29, 23, 59, 59), "pre_import")),
    ("jnprojects-20230229-120000-manual.db", None),  # no 29 February in 2023
    ("jnprojects-20261301-120000-manual.db", None),  # no month 13
    ("jnprojects-20261128-246000-manual.db", None),  # no 24:60
    ("jnprojects-2026112-0900000-manual.db", None),
    ("office.db", None),
])
def test_a_backup_name_tells_its_time_and_reason_only_when_both_are_real(name, parsed):
    assert backupmod.parse_name(name) == parsed


def test_backups_in_the_same_second_get_their_own_files(db_path, tmp_path):
    when = datetime(2026, 11, 28, 9, 0, 0)
    names = [create_backup(db_path, tmp_path / "b", "manual", now=when).path.name for _ in range(3)]
    assert names == ["jnprojects-20261128-090000-manual.db", "jnprojects-20261128-090000-manual-2.db",
                     "jnprojects-20261128-090000-manual-3.db"]
    assert [b.path.name for b in list_backups(tmp_path / "b")] == list(reversed(names))


def test_backup_from_an_open_connection_holds_only_committed_data(db_path, tmp_path):
    writer = connect(db_path)
    writer.execute("BEGIN")
    writer.execute("INSERT INTO settings (key, value) VALUES ('uncommitted', 'x')")
    info = create_backup(db_path, tmp_path / "b", "manual")
    assert count(info.path, "SELECT count(*) FROM settings WHERE key = 'uncommitted'") == 0
    with pytest.raises(StoreError) as caught:  # the writer's own connection would copy its pending rows
        create_backup(writer, tmp_path / "b", "manual")
    assert caught.value.code == "backup_failed"
    writer.conn.rollback()
    info2 = create_backup(writer, tmp_path / "b", "auto")
    assert verify_backup(info2.path) == []
    writer.close()


def test_a_backup_that_fails_its_check_is_deleted_and_raises(db_path, tmp_path, monkeypatch):
    monkeypatch.setattr(backupmod, "integrity_check", lambda conn: ["*** page 7: btree broken"])
    with pytest.raises(StoreError) as caught:
        create_backup(db_path, tmp_path / "b", "manual")
    assert caught.value.code == "backup_failed" and "btree broken" in caught.value.params["detail"]
    assert list((tmp_path / "b").iterdir()) == []


def test_backup_reason_must_be_a_word(db_path, tmp_path):
    with pytest.raises(ValueError):
        create_backup(db_path, tmp_path / "b", "../evil")


def test_backups_are_listed_without_their_sidecars_too(db_path, tmp_path):
    folder = tmp_path / "b"
    made = create_backup(db_path, folder, "daily", now=datetime(2026, 1, 2, 3, 4, 5))
    (folder / (made.path.name + ".json")).unlink()
    (folder / "notes.txt").write_text("not a backup", encoding="utf-8")
    (folder / "jnprojects-2026-bad.db").write_text("not a backup either", encoding="utf-8")
    [info] = list_backups(folder)
    assert (info.created, info.reason) == (datetime(2026, 1, 2, 3, 4, 5), "daily")
    assert info.project_count == made.project_count and info.schema_version == made.schema_version
    assert list_backups(tmp_path / "absent") == []


def test_newest_good_backup_skips_damaged_ones(db_path, tmp_path):
    folder = tmp_path / "b"
    good = create_backup(db_path, folder, "auto", now=datetime(2026, 11, 1, 9, 0))
    bad = create_backup(db_path, folder, "auto", now=datetime(2026, 11, 2, 9, 0))
    damage(bad.path)
    assert verify_backup(bad.path)
    assert newest_good_backup(folder).path == good.path
    assert newest_good_backup(tmp_path / "none") is None


# --- rotation ------------------------------------------------------------------------------------

NOW = datetime(2026, 11, 28, 12, 0)  # a Saturday; its week began Monday 2026-11-23


def _synthetic(folder: Path) -> list[str]:
    """60 backup files over 400 days (names only: rotation never opens them)."""
    folder.mkdir()
    stamps = []
    for days in range(14):  # two weeks of daily backups, 09:00
        stamps.append((NOW - timedelta(days=days)).replace(hour=9).strftime("%Y%m%d-%H%M%S") + "-auto")
    for days in range(3):  # plus a manual one at 11:00 on the last three days
        stamps.append((NOW - timedelta(days=days)).replace(hour=11).strftime("%Y%m%d-%H%M%S") + "-manual")
    for days in range(20, 401, 10):  # then every tenth day back to 400 days ago
        stamps.append((NOW - timedelta(days=days)).replace(hour=9).strftime("%Y%m%d-%H%M%S") + "-daily")
    stamps += ["20261103-090000-migration", "20261030-100000-restore",  # younger than 30 days
               "20261028-090000-restore", "20261014-090000-migration"]  # older than 30 days
    names = [f"jnprojects-{s}.db" for s in stamps]
    for name in names:
        (folder / name).write_bytes(b"")
    assert len(set(names)) == 60
    return names


# Worked out by hand from the calendar (policy 10 recent / 7 daily / 4 weekly / 12 monthly):
EXPECTED_KEPT = {
    # the 10 newest (they also cover the 7 days 11-22 … 11-28 and the week of 11-23)
    "jnprojects-20261128-110000-manual.db", "jnprojects-20261128-090000-auto.db",
    "jnprojects-20261127-110000-manual.db", "jnprojects-20261127-090000-auto.db",
    "jnprojects-20261126-110000-manual.db", "jnprojects-20261126-090000-auto.db",
    "jnprojects-20261125-090000-auto.db", "jnprojects-20261124-090000-auto.db",
    "jnprojects-20261123-090000-auto.db", "jnprojects-20261122-090000-auto.db",
    # weekly: newest of the weeks of 11-16 (= 11-22, above), 11-09 and 11-02
    "jnprojects-20261115-090000-auto.db", "jnprojects-20261108-090000-daily.db",
    # monthly: newest of each month 2025-12 … 2026-11 (November's is the newest of all)
    "jnprojects-20261030-100000-restore.db",  # October (also a young restore backup)
    "jnprojects-20260929-090000-daily.db", "jnprojects-20260830-090000-daily.db",
    "jnprojects-20260731-090000-daily.db", "jnprojects-20260621-090000-daily.db",
    "jnprojects-20260522-090000-daily.db", "jnprojects-20260422-090000-daily.db",
    "jnprojects-20260323-090000-daily.db", "jnprojects-20260221-090000-daily.db",
    "jnprojects-20260122-090000-daily.db", "jnprojects-20251223-090000-daily.db",
    # migration backups younger than 30 days are never deleted
    "jnprojects-20261103-090000-migration.db",
}


def test_rotation_keeps_exactly_the_configured_tiers(tmp_path):
    folder = tmp_path / "backups"
    names = _synthetic(folder)
    (folder / "jnprojects-20251024-090000-daily.db.json").write_text("{}", encoding="utf-8")
    deleted = rotate(folder, RetentionPolicy(recent=10, daily=7, weekly=4, monthly=12), now=NOW)
    remaining = {p.name for p in folder.iterdir()}
    assert len(EXPECTED_KEPT) == 24
    assert remaining == EXPECTED_KEPT
    assert {p.name for p in deleted} == set(names) - EXPECTED_KEPT
    assert [p.name for p in deleted] == sorted(p.name for p in deleted)  # oldest first
    assert rotate(folder, now=NOW) == []  # a second run keeps everything


def test_rotation_never_deletes_the_newest_or_young_migration_and_restore_backups(tmp_path):
    folder = tmp_path / "backups"
    _synthetic(folder)
    nothing = RetentionPolicy(recent=0, daily=0, weekly=0, monthly=0)
    rotate(folder, nothing, now=NOW)
    assert {p.name for p in folder.iterdir()} == {
        "jnprojects-20261128-110000-manual.db",
        "jnprojects-20261103-090000-migration.db", "jnprojects-20261030-100000-restore.db",
    }
    rotate(folder, nothing, now=NOW + timedelta(days=60))
    assert [p.name for p in folder.iterdir()] == ["jnprojects-20261128-110000-manual.db"]


def test_keep_set_of_nothing_is_empty():
    assert keep_set([], RetentionPolicy(), NOW) == set()


# --- restore -------------------------------------------------------------------------------------


def test_restore_brings_back_the_earlier_content_and_backs_up_the_current_first(db_path, tmp_path):
    folder = tmp_path / "backups"
    earlier = sql_dump(db_path)
    saved = create_backup(db_path, folder, "manual", now=datetime(2026, 11, 27, 9, 0))

    db = connect(db_path)
    with db.atomic():
        db.execute("DELETE FROM project_locations")
        db.execute("UPDATE projects SET notes = '改过了'")
        db.execute("INSERT INTO settings (key, value) VALUES ('after', 'backup')")
        db.execute("CREATE TABLE scratch (x)")
    db.close()
    current = sql_dump(db_path)
    assert current != earlier
    inode = db_path.stat().st_ino

    result = restore(saved.path, db_path, backup_folder=folder, now=datetime(2026, 11, 28, 9, 0))
    assert sql_dump(db_path) == earlier
    assert db_path.stat().st_ino == inode  # written into the live file, not a new one
    assert result.set_aside is None
    assert result.safety_backup.reason == "restore"
    assert sql_dump(result.safety_backup.path) == current
    assert integrity_check(sqlite3.connect(db_path)) == []
    assert not journal_path(db_path).exists()
    assert [b.reason for b in list_backups(folder)] == ["restore", "manual"]


def test_restore_refuses_bad_backups_and_changes_nothing(db_path, tmp_path, template):
    folder = tmp_path / "backups"
    before = sha256(db_path)
    damaged = create_backup(db_path, folder, "manual")
    damage(damaged.path)
    text = tmp_path / "notes.db"
    text.write_text("hello", encoding="utf-8")
    foreign = tmp_path / "foreign.db"
    sqlite3.connect(foreign).executescript("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
    newer = tmp_path / "newer.db"
    shutil.copyfile(template, newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    for bad, code in ((damaged.path, "corrupt"), (text, "not_a_database"), (foreign, "not_a_database"),
                      (newer, "newer_schema"), (tmp_path / "missing.db", "missing")):
        with pytest.raises(StoreError) as caught:
            restore(bad, db_path, backup_folder=folder)
        assert caught.value.code == code
    assert sha256(db_path) == before
    assert len(list_backups(folder)) == 1  # no safety backup was taken for a refused restore


def test_restore_over_a_damaged_database_sets_it_aside(db_path, tmp_path):
    folder = tmp_path / "backups"
    earlier = sql_dump(db_path)
    saved = create_backup(db_path, folder, "daily")
    damage(db_path)
    broken_bytes = sha256(db_path)
    result = restore(saved.path, db_path, backup_folder=folder, now=datetime(2026, 11, 28, 9, 30))
    assert result.safety_backup is None
    assert result.set_aside == tmp_path / "office.db.broken-20261128-093000"
    assert sha256(result.set_aside) == broken_bytes
    assert sql_dump(db_path) == earlier


def test_restore_into_a_missing_database_creates_it(db_path, tmp_path):
    saved = create_backup(db_path, tmp_path / "b", "manual")
    target = tmp_path / "new" / "office.db"
    target.parent.mkdir()
    result = restore(saved.path, target, backup_folder=tmp_path / "b")
    assert result.safety_backup is None and result.set_aside is None
    assert sql_dump(target) == sql_dump(db_path)
    assert sorted(p.name for p in target.parent.iterdir()) == ["office.db"]
