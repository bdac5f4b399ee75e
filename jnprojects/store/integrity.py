"""Is the database file sound? SQLite's own checks, and when to run the thorough one.

``PRAGMA quick_check`` reads every page and checks the b-tree structure (milliseconds for an
office-sized database); ``PRAGMA integrity_check`` also checks that every index matches its table
and is run after an *unclean shutdown*. There is no separate marker file for that: the lock file
already is one. A session removes its ``<db>.lock`` on a normal close, so a lock left behind by a
process that no longer exists (or one we took over from another computer) means the last writer
did not finish cleanly; so does a non-empty ``<db>-journal`` (a transaction cut off midway, which
SQLite rolls back on the next writable open).

A failed check raises ``StoreError('corrupt', params={'path', 'detail'})``. The checks only read:
the file is opened read-only, except when a hot journal must be rolled back first, which is
SQLite's own crash recovery and happens on any writable open.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .connection import Database, StoreError
from .lock import is_stale, read_lock

SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CORRUPT, SQLITE_NOTADB = 5, 6, 11, 26
SQLITE_READONLY_ROLLBACK = 776
MAX_DETAIL = 5  # problems quoted in an error's detail

Connectionish = sqlite3.Connection | Database


def _conn(db: Connectionish) -> sqlite3.Connection:
    return db.conn if isinstance(db, Database) else db


def _is_corruption(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def _run(db: Connectionish, pragma: str) -> list[str]:
    try:
        rows = _conn(db).execute(pragma).fetchall()
    except sqlite3.DatabaseError as exc:
        if _is_corruption(exc):
            return [str(exc)]
        raise
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


def quick_check(db: Connectionish) -> list[str]:
    """Problems found by ``PRAGMA quick_check``; empty when the file is sound."""
    return _run(db, "PRAGMA quick_check")


def integrity_check(db: Connectionish) -> list[str]:
    """Problems found by ``PRAGMA integrity_check`` (structure and every index); empty = sound."""
    return _run(db, "PRAGMA integrity_check")


def journal_path(db_path: Path | str) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + "-journal")


def has_hot_journal(db_path: Path | str) -> bool:
    """A rollback journal beside the database that SQLite would roll back: a transaction did not
    finish. (Like SQLite, a journal whose first byte is zero does not count: its header was never
    written, so the database file was not touched yet.) A journal that belongs to a transaction
    running right now in another process looks the same; callers hold the lock or accept that.
    """
    try:
        with journal_path(db_path).open("rb") as handle:
            first = handle.read(1)
    except OSError:
        return False
    return first not in (b"", b"\x00")


def unclean_shutdown(db_path: Path | str, computer: str) -> bool:
    """Whether the last writer ended without closing properly (see the module notes).

    Call it before taking the lock over: afterwards the lock file is our own.
    """
    info = read_lock(db_path)
    if info is not None and is_stale(db_path, info, computer):
        return True
    return has_hot_journal(db_path)


def corrupt_error(path: Path | str, problems: list[str]) -> StoreError:
    detail = "; ".join(problems[:MAX_DETAIL])
    if len(problems) > MAX_DETAIL:
        detail += f" (+{len(problems) - MAX_DETAIL})"
    return StoreError("corrupt", params={"path": str(path), "detail": detail})


def verify(db: Connectionish, path: Path | str, *, full: bool = False) -> None:
    """Run the quick (or, with ``full``, the complete) check on an open connection; raise if bad."""
    problems = integrity_check(db) if full else quick_check(db)
    if problems:
        raise corrupt_error(path, problems)


def check_file(path: Path | str, *, full: bool = False, readonly: bool = False) -> None:
    """Open ``path`` on its own connection, check it, close it. Raises on any problem:

    ``corrupt`` (path, detail) — the check failed or SQLite reports a malformed file;
    ``needs_recovery`` (path) — a hot journal must be rolled back, which a read-only open cannot;
    ``busy`` (path) — another program kept the file locked for longer than the busy timeout;
    ``unwritable`` (path, detail) — the file cannot be opened at all.
    """
    path = Path(path)
    # Read-only unless a crashed transaction must be rolled back (SQLite does that on open).
    mode = "rw" if has_hot_journal(path) and not readonly else "ro"
    conn = None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True)
        conn.execute("PRAGMA busy_timeout = 5000")
        if mode == "ro":
            conn.execute("PRAGMA query_only = ON")
        verify(conn, path, full=full)
    except sqlite3.DatabaseError as exc:
        raise _open_error(path, exc) from exc
    finally:
        if conn is not None:
            conn.close()


def _open_error(path: Path, exc: sqlite3.Error) -> StoreError:
    code = getattr(exc, "sqlite_errorcode", 0) or 0
    if _is_corruption(exc):
        return corrupt_error(path, [str(exc)])
    if code == SQLITE_READONLY_ROLLBACK:
        return StoreError("needs_recovery", params={"path": str(path)})
    if code & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED):
        return StoreError("busy", params={"path": str(path)})
    return StoreError("unwritable", params={"path": str(path), "detail": str(exc)})
