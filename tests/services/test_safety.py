"""Opening the office database safely: one writer, refusals that touch nothing, read-only,
integrity checks, backups before migrations and once a day, restore."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import threading
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from jnprojects.services import safety
from jnprojects.services.safety import (
    SafeWorkspace,
    backup_now,
    list_backups,
    open_safely,
    restore_backup,
)
from jnprojects.services.user import computer_name
from jnprojects.services.workspace import Workspace
from jnprojects.store import backup as backupmod
from jnprojects.store import connection, database, location_check, migrations
from jnprojects.store.connection import StoreError, latest_version
from jnprojects.store.lock import LockedError, acquire, lock_path, read_lock

from ..helpers import sql_dump


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A real database created and seeded by the app (tests do not rely on what the seed holds)."""
    from jnprojects.services.workspace import open_workspace

    path = tmp_path_factory.mktemp("template") / "template.db"
    ws = open_workspace(path, user="tester")
    with ws.db.atomic():
        ws.db.execute("INSERT INTO units (name) VALUES ('济宁市测试局')")
    ws.close()
    return path


@pytest.fixture
def db_path(template, tmp_path) -> Path:
    path = tmp_path / "office.db"
    shutil.copyfile(template, path)  # closed, no journal: a faithful copy
    return path


def _mp_context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _open_and_die(path: str, user: str) -> None:
    open_safely(path, user=user)
    os._exit(0)  # no close(): the lock file stays behind, as after a crash


# --- one writer at a time ------------------------------------------------------------------------


def test_second_instance_is_refused_with_the_holders_name_but_can_read(db_path):
    first = open_safely(db_path, user="王工")
    assert isinstance(first, Workspace) and isinstance(first, SafeWorkspace)
    assert first.check == "quick" and not first.readonly
    with pytest.raises(LockedError) as caught:
        open_safely(db_path, user="李工")
    assert caught.value.code == "locked"
    assert caught.value.params["user"] == "王工"
    assert caught.value.params["computer"] == computer_name()
    assert caught.value.params["stale"] is False
    assert caught.value.params["since"]

    reader = open_safely(db_path, readonly=True, user="李工")
    assert reader.readonly and reader.lock is None
    assert reader.db.execute("SELECT count(*) FROM units WHERE name = '济宁市测试局'").fetchone()[0] == 1
    reader.close()
    assert read_lock(db_path).user == "王工"  # a reader never touches the writer's lock

    first.close()
    first.close()  # idempotent
    assert not lock_path(db_path).exists()
    second = open_safely(db_path, user="李工")
    second.close()


def test_lock_of_a_crashed_session_on_this_computer_is_taken_over_and_fully_checked(db_path):
    ctx = _mp_context()
    child = ctx.Process(target=_open_and_die, args=(str(db_path), "张工"))
    child.start()
    child.join()
    assert child.exitcode == 0
    assert read_lock(db_path).user == "张工"
    ws = open_safely(db_path, user="李工")
    assert ws.took_over is not None and ws.took_over.user == "张工"
    assert ws.check == "full"  # the dead session's lock means an unclean shutdown
    assert read_lock(db_path).user == "李工"
    ws.close()
    assert not lock_path(db_path).exists()


def test_lock_from_another_computer_is_not_stale_but_can_be_taken_over(db_path):
    theirs = acquire(db_path, "王工", "OTHER-PC")
    with pytest.raises(LockedError) as caught:
        open_safely(db_path, user="李工")
    assert (caught.value.params["user"], caught.value.params["computer"]) == ("王工", "OTHER-PC")
    assert caught.value.params["stale"] is False
    open_safely(db_path, readonly=True, user="李工").close()

    ws = open_safely(db_path, user="李工", take_over=True)
    assert ws.took_over.computer == "OTHER-PC"
    assert ws.check == "full"
    ws.close()
    assert not lock_path(db_path).exists()
    theirs.release()  # no longer theirs: leaves nothing behind
    assert not lock_path(db_path).exists()


def test_a_new_database_gets_a_lock_too(tmp_path):
    ws = open_safely(tmp_path / "sub" / "new.db", user="王工")
    assert ws.store.created and ws.check == "" and lock_path(ws.path).exists()
    ws.close()
    assert sorted(p.name for p in (tmp_path / "sub").iterdir()) == ["new.db"]


# --- read-only -----------------------------------------------------------------------------------

WRITES = [
    "INSERT INTO units (name) VALUES ('新单位')",
    "UPDATE projects SET notes = 'x'",
    "DELETE FROM project_locations",
    "CREATE TABLE scratch (x)",
    "CREATE INDEX idx_scratch ON units(phone)",
    "DROP TABLE settings",
    "PRAGMA user_version = 99",
]


@pytest.mark.parametrize("sql", WRITES)
def test_every_write_on_a_read_only_workspace_fails_in_sqlite(db_path, sql):
    holder = open_safely(db_path, user="王工")
    reader = open_safely(db_path, readonly=True, user="李工")
    before = sql_dump(db_path)
    with pytest.raises(sqlite3.OperationalError, match="readonly|attempt to write"):
        reader.db.execute(sql)
    # Not just the query_only pragma: the connection itself is read-only (mode=ro).
    reader.db.execute("PRAGMA query_only = OFF")
    with pytest.raises(sqlite3.OperationalError, match="readonly|attempt to write"):
        reader.db.execute(sql)
    reader.close()
    holder.close()
    assert sql_dump(db_path) == before


# --- refusals: nothing is touched ----------------------------------------------------------------


def _text(path: Path, template: Path) -> str:
    path.write_text("项目名称,总投资\n济宁大道,1200\n", encoding="utf-8")
    return "not_a_database"


def _xlsx(path: Path, template: Path) -> str:
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        book.writestr("xl/workbook.xml", "<workbook/>")
        book.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    return "not_a_database"


def _truncated(path: Path, template: Path) -> str:
    path.write_bytes(template.read_bytes()[:2048])
    return "corrupt"


def _random(path: Path, template: Path) -> str:
    path.write_bytes(os.urandom(64 * 1024))
    return "not_a_database"


def _newer(path: Path, template: Path) -> str:
    shutil.copyfile(template, path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.close()
    return "newer_schema"


def _foreign_sqlite(path: Path, template: Path) -> str:
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE notes (x); INSERT INTO notes VALUES ('another program');")
    conn.close()
    return "not_a_database"


@pytest.mark.parametrize("make", [_text, _xlsx, _truncated, _random, _newer, _foreign_sqlite],
                         ids=lambda f: f.__name__.strip("_"))
@pytest.mark.parametrize("readonly", [False, True], ids=["write", "readonly"])
def test_refused_files_are_left_exactly_as_they_were(tmp_path, template, make, readonly):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "office.db"
    code = make(path, template)
    before = sha256(path)
    with pytest.raises(StoreError) as caught:
        open_safely(path, user="王工", readonly=readonly)
    assert caught.value.code == code
    assert sha256(path) == before
    # no -journal, no .lock, no backups folder: nothing beside it either
    assert sorted(p.name for p in folder.iterdir()) == ["office.db"]


def test_database_on_a_network_mount_is_refused_untouched(tmp_path, template, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    path = share / "office.db"
    shutil.copyfile(template, path)
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\n//nas/office {share} cifs rw 0 0\n", encoding="utf-8")
    monkeypatch.setattr(location_check, "MOUNTS_FILE", mounts)
    before = sha256(path)
    for readonly in (False, True):
        with pytest.raises(StoreError) as caught:
            open_safely(path, user="王工", readonly=readonly)
        assert caught.value.code == "network_path" and caught.value.params["path"] == str(path)
    assert sha256(path) == before
    assert sorted(p.name for p in share.iterdir()) == ["office.db"]


@pytest.mark.parametrize("unc", [r"\\server\share\office.db", "//server/share/office.db"])
def test_unc_path_is_refused_before_anything_is_created(unc):
    with pytest.raises(StoreError) as caught:
        open_safely(unc, user="王工")
    assert caught.value.code == "network_path"
    assert not Path("/server").exists()


def test_corrupt_database_is_refused_with_the_newest_good_backup_offered(db_path, tmp_path):
    folder = tmp_path / "backups"
    older = backupmod.create_backup(db_path, folder, "daily", now=datetime(2026, 11, 20, 9, 0))
    newest = backupmod.create_backup(db_path, folder, "daily", now=datetime(2026, 11, 27, 9, 0))
    with open(newest.path, "r+b") as handle:  # the newest backup is damaged too
        handle.seek(20 * 4096)
        handle.write(b"\xa5" * 12 * 4096)
    with open(db_path, "r+b") as handle:
        handle.seek(20 * 4096)
        handle.write(b"\x5a" * 12 * 4096)
    before = sha256(db_path)
    with pytest.raises(StoreError) as caught:
        open_safely(db_path, user="王工")
    error = caught.value
    assert error.code == "corrupt" and error.params["path"] == str(db_path) and error.params["detail"]
    assert error.params["backup"] == str(older.path)
    assert error.params["backup_created"] == "2026-11-20T09:00:00"
    assert sha256(db_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "office.db"]


# --- backups on open -----------------------------------------------------------------------------


def test_daily_backup_is_taken_once_a_day(db_path, tmp_path):
    day1 = datetime(2026, 11, 27, 8, 30)
    for minutes in (0, 10, 300):
        open_safely(db_path, user="王工", now=day1 + timedelta(minutes=minutes)).close()
    backups = list_backups(db_path)
    assert [(b.reason, b.created) for b in backups] == [("daily", day1)]
    assert backups[0].path.parent == tmp_path / "backups"
    open_safely(db_path, user="王工", now=day1 + timedelta(days=1)).close()
    assert [b.reason for b in list_backups(db_path)] == ["daily", "daily"]
    open_safely(db_path, readonly=True, now=day1 + timedelta(days=2)).close()  # read-only: none
    assert len(list_backups(db_path)) == 2


def test_backup_folder_is_configurable_and_a_failed_daily_backup_only_warns(db_path, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    ws = open_safely(db_path, user="王工", backup_folder=elsewhere)
    assert [b.path.parent for b in list_backups(ws)] == [elsewhere]
    ws.close()
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    ws = open_safely(db_path, user="王工", backup_folder=blocked / "sub")
    assert [w.code for w in ws.warnings] == ["backup_failed"]
    ws.close()


@pytest.fixture
def one_more_version(monkeypatch):
    """Pretend this release adds a schema step (there is none yet in version 1)."""
    target = latest_version() + 1
    for module in (connection, database, migrations):
        monkeypatch.setattr(module, "latest_version", lambda: target)
    monkeypatch.setitem(
        migrations.STEPS, target,
        lambda conn: conn.execute("ALTER TABLE units ADD COLUMN fax TEXT NOT NULL DEFAULT ''"),
    )
    return target


def test_a_migration_is_preceded_by_a_verified_backup(db_path, one_more_version):
    before = sql_dump(db_path)
    old_version = sqlite3.connect(db_path).execute("PRAGMA user_version").fetchone()[0]
    ws = open_safely(db_path, user="王工")
    assert ws.store.version == one_more_version
    ws.close()
    [saved] = [b for b in list_backups(db_path) if b.reason == "migration"]
    assert saved.schema_version == old_version
    assert backupmod.verify_backup(saved.path) == []
    assert sql_dump(saved.path) == before


def test_a_failed_migration_backup_stops_the_migration(db_path, one_more_version, monkeypatch):
    real = backupmod.create_backup

    def failing(source, folder, reason, **kwargs):  # noqa: ANN001, ANN003
        if reason == "migration":
            raise StoreError("backup_failed", params={"path": str(folder), "detail": "disk full"})
        return real(source, folder, reason, **kwargs)

    monkeypatch.setattr(backupmod, "create_backup", failing)
    before = sql_dump(db_path)
    with pytest.raises(StoreError) as caught:
        open_safely(db_path, user="王工")
    assert caught.value.code == "backup_failed"
    assert sql_dump(db_path) == before
    assert not lock_path(db_path).exists()


# --- backup now, list, restore -------------------------------------------------------------------


def test_backup_now_and_restore_bring_back_the_earlier_content(db_path, tmp_path):
    ws = open_safely(db_path, user="王工", backup_folder=tmp_path / "b")
    saved = backup_now(ws, "manual")
    assert re.match(r"jnprojects-\d{8}-\d{6}-manual\.db$", saved.path.name)
    earlier = sql_dump(db_path)
    with ws.db.atomic():
        ws.db.execute("UPDATE projects SET notes = '误操作'")
        ws.db.execute("DELETE FROM units")
    changed = sql_dump(db_path)
    assert list_backups(ws)[0] == saved

    with pytest.raises(LockedError):  # still open in this session: close first
        restore_backup(db_path, saved, backup_folder=tmp_path / "b")
    ws.close()

    result = restore_backup(db_path, saved, user="王工", backup_folder=tmp_path / "b")
    assert sql_dump(db_path) == earlier
    assert result.safety_backup.reason == "restore"
    assert sql_dump(result.safety_backup.path) == changed
    assert not lock_path(db_path).exists()
    assert {b.reason for b in safety.list_backups(db_path, tmp_path / "b")} >= {"manual", "restore"}
    reopened = open_safely(db_path, user="王工", backup_folder=tmp_path / "b")
    assert reopened.db.execute("SELECT count(*) FROM units").fetchone()[0] > 0
    reopened.close()


def test_restore_is_refused_while_another_session_holds_the_database(db_path, tmp_path):
    saved = backupmod.create_backup(db_path, tmp_path / "b", "manual")
    other = acquire(db_path, "王工", "OTHER-PC")
    before = sha256(db_path)
    with pytest.raises(LockedError) as caught:
        restore_backup(db_path, saved.path, user="李工", backup_folder=tmp_path / "b")
    assert caught.value.params["user"] == "王工"
    assert sha256(db_path) == before
    other.release()


# --- the open in two halves (the window's start) ------------------------------------------------


def test_the_file_check_runs_while_the_caller_goes_on_and_finish_waits_for_it(db_path, monkeypatch):
    started, release = threading.Event(), threading.Event()
    real_check = safety.integrity.check_file

    def slow_check(*args, **kwargs):
        started.set()
        assert release.wait(10)
        return real_check(*args, **kwargs)

    monkeypatch.setattr(safety.integrity, "check_file", slow_check)
    opening = safety.begin_open(db_path, user="王工")  # returns with the check still running
    assert started.wait(10) and read_lock(db_path).user == "王工"
    release.set()
    ws = opening.finish()
    try:
        assert ws.check == "quick" and ws.db.execute("SELECT count(*) FROM units").fetchone()[0] >= 1
    finally:
        ws.close()
    assert not lock_path(db_path).exists()


def test_a_damaged_file_found_by_the_background_check_is_refused_at_finish_and_unlocked(db_path, tmp_path):
    older = backupmod.create_backup(db_path, tmp_path / "backups", "daily", now=datetime(2026, 11, 20, 9, 0))
    with open(db_path, "r+b") as handle:
        handle.seek(20 * 4096)
        handle.write(b"\x5a" * 12 * 4096)
    opening = safety.begin_open(db_path, user="王工")
    with pytest.raises(StoreError) as caught:
        opening.finish()
    assert caught.value.code == "corrupt" and caught.value.params["backup"] == str(older.path)
    assert not lock_path(db_path).exists()
    assert [b.path for b in list_backups(db_path)] == [older.path]  # no daily backup of a damaged file


def test_the_window_begins_the_safe_open_before_qt_is_loaded(db_path, tmp_path):
    """The start overlaps the file check with loading Qt: the check must begin before Qt does."""
    child = (
        "import sys\n"
        "import jnprojects.app as app_module\n"
        "import jnprojects.services.safety as safety\n"
        "begun = []\n"
        "real_begin = safety.begin_open\n"
        "def spy(*args, **kwargs):\n"
        "    begun.append(any(m.startswith('PySide6') for m in sys.modules))\n"
        "    return real_begin(*args, **kwargs)\n"
        "safety.begin_open = spy\n"
        "real_make = app_module.make_app\n"
        "def make(*args, **kwargs):\n"
        "    app = real_make(*args, **kwargs)\n"
        "    type(app).exec = lambda self: 0\n"
        "    return app\n"
        "app_module.make_app = make\n"
        "from jnprojects.cli import main\n"
        "code = main(['--db', sys.argv[1], '--lang', 'zh_CN'])\n"
        "print(code, begun)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", child, str(db_path)], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[-2] == "0 [False]"  # began once, with no Qt module loaded yet
    assert not lock_path(db_path).exists()
