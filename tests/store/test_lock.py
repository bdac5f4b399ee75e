"""The one-writer lock file: atomic creation, holder named, stale detection, take-over, release."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from jnprojects.store import lock as lockmod
from jnprojects.store.connection import StoreError
from jnprojects.store.lock import LockedError, acquire, lock_path, pid_alive, read_lock, take_over

REPO = Path(__file__).resolve().parents[2]
HERE = "THIS-PC"


def _dead_pid() -> int:
    """The id of a child process that has finished (and been reaped)."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


def _lock_left_by_dead_process(db: Path, user: str, computer: str) -> int:
    """A child takes the lock with the real code and dies without releasing it."""
    code = (
        "import os, sys\n"
        "from jnprojects.store.lock import acquire\n"
        "acquire(sys.argv[1], sys.argv[2], sys.argv[3])\n"
        "print(os.getpid(), flush=True)\n"
        "os._exit(0)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-c", code, str(db), user, computer],
                          capture_output=True, text=True, check=True, env=env, cwd=REPO)
    return int(done.stdout)


def test_lock_file_is_beside_the_database_and_names_its_holder(tmp_path):
    db = tmp_path / "office.db"
    with acquire(db, "王工", HERE) as held:
        assert lock_path(db) == tmp_path / "office.db.lock"
        data = json.loads(lock_path(db).read_text(encoding="utf-8"))
        assert set(data) == {"user", "computer", "pid", "started", "version", "token"}
        assert (data["user"], data["computer"], data["pid"]) == ("王工", HERE, os.getpid())
        assert data["started"][:4].isdigit() and "T" in data["started"]
        assert held.held
    assert not lock_path(db).exists()
    assert not held.held


def test_second_acquire_is_refused_with_the_holders_name(tmp_path):
    db = tmp_path / "office.db"
    first = acquire(db, "王工", HERE)
    with pytest.raises(LockedError) as caught:
        acquire(db, "李工", HERE)
    error = caught.value
    assert isinstance(error, StoreError) and error.code == "locked"
    assert error.params["user"] == "王工"
    assert error.params["computer"] == HERE
    assert error.params["since"] == first.info.started
    assert error.params["stale"] is False  # its process (this one) is alive
    first.release()
    acquire(db, "李工", HERE).release()


def test_only_one_of_many_racing_acquirers_wins(tmp_path):
    db = tmp_path / "office.db"
    winners, losers = [], []
    start = threading.Barrier(12)

    def attempt(n: int) -> None:
        start.wait()
        try:
            winners.append(acquire(db, f"user{n}", HERE))
        except LockedError:
            losers.append(n)

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(winners) == 1 and len(losers) == 11
    assert read_lock(db).token == winners[0].info.token


def test_lock_of_a_dead_process_on_this_computer_is_stale_and_can_be_taken_over(tmp_path):
    db = tmp_path / "office.db"
    pid = _lock_left_by_dead_process(db, "张工", HERE)
    assert not pid_alive(pid)
    with pytest.raises(LockedError) as caught:
        acquire(db, "李工", HERE)
    assert caught.value.params["stale"] is True
    assert caught.value.params["user"] == "张工"
    mine = take_over(db, "李工", HERE)
    assert mine.took_over is not None and mine.took_over.pid == pid
    assert read_lock(db).user == "李工" and mine.held
    mine.release()
    assert not lock_path(db).exists()


def test_computer_names_compare_without_case(tmp_path):
    db = tmp_path / "office.db"
    _lock_left_by_dead_process(db, "张工", "office-pc")
    with pytest.raises(LockedError) as caught:
        acquire(db, "李工", "OFFICE-PC")
    assert caught.value.params["stale"] is True


def test_lock_from_another_computer_is_never_stale_but_can_be_taken_over(tmp_path):
    db = tmp_path / "office.db"
    _lock_left_by_dead_process(db, "王工", "OTHER-PC")  # its pid means nothing here
    with pytest.raises(LockedError) as caught:
        acquire(db, "李工", HERE)
    assert caught.value.params == {
        "path": str(db), "user": "王工", "computer": "OTHER-PC",
        "since": caught.value.params["since"], "stale": False,
    }
    mine = take_over(db, "李工", HERE)
    assert mine.took_over.computer == "OTHER-PC"
    assert read_lock(db).computer == HERE
    assert not list(tmp_path.glob("*.tmp"))  # the temporary file was renamed over the lock
    mine.release()


def test_garbage_lock_is_stale_once_it_is_not_being_written(tmp_path):
    db = tmp_path / "office.db"
    lock_path(db).write_bytes(b"\x00\xffnot json")
    # Freshly written: may be a racing process's half-written lock, so not yet stale.
    with pytest.raises(LockedError) as caught:
        acquire(db, "李工", HERE)
    assert caught.value.params["stale"] is False
    old = time.time() - lockmod.GARBAGE_GRACE_SECONDS - 1
    os.utime(lock_path(db), (old, old))
    with pytest.raises(LockedError) as caught:
        acquire(db, "李工", HERE)
    assert caught.value.params["stale"] is True
    take_over(db, "李工", HERE).release()


def test_release_leaves_a_lock_that_someone_else_took_over(tmp_path):
    db = tmp_path / "office.db"
    mine = acquire(db, "王工", HERE)
    theirs = take_over(db, "李工", "OTHER-PC")
    assert not mine.held
    mine.release()
    assert read_lock(db).token == theirs.info.token
    theirs.release()
    assert not lock_path(db).exists()


def test_release_is_idempotent_and_context_manager_releases_on_error(tmp_path):
    db = tmp_path / "office.db"
    with pytest.raises(RuntimeError):
        with acquire(db, "王工", HERE) as held:
            raise RuntimeError("boom")
    assert not lock_path(db).exists()
    held.release()
    held.release()


def test_pid_alive():
    assert pid_alive(os.getpid())
    assert not pid_alive(_dead_pid())
    assert not pid_alive(0)


def test_lock_that_cannot_be_created_is_unwritable(tmp_path):
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        acquire(not_a_folder / "office.db", "王工", HERE)
    assert caught.value.code == "unwritable"
