"""Backups of the database: taken safely, verified, listed, thinned out, restored.

Taken with SQLite's online backup API, never by copying the file
------------------------------------------------------------------
A file copy taken while a transaction was being written (or while its rollback journal was still
hot after a crash) holds a half-applied transaction: it looks like a database and is silently
wrong. ``sqlite3.Connection.backup`` copies the pages through SQLite under a read lock, so the
copy is exactly the last committed state. Each backup is written under a ``.part`` name, checked
with ``PRAGMA integrity_check`` on the file as written, and only then renamed to its final name;
a backup that fails its check is deleted and ``StoreError('backup_failed')`` raised.

Files
-----
``<folder>/jnprojects-20261128-174501-import.db`` (local time of the backup and its reason; a
``-2`` suffix when two fall in the same second) plus ``….db.json`` beside it with the metadata
(time, reason, size, project count, schema version, source, app version). The sidecar only saves
opening every backup when listing; a backup whose sidecar is lost is still listed from its name
and a query of the backup itself.

Reasons: ``manual``, ``auto``, ``import``, ``migration``, ``restore``, ``daily`` (any lower-case
word is accepted so other use cases can add theirs).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from ..version import VERSION
from .connection import Database, StoreError, inspect_file
from .integrity import check_file, corrupt_error, integrity_check, journal_path

REASONS = ("manual", "auto", "import", "migration", "restore", "daily")
PROTECTED_REASONS = frozenset({"migration", "restore"})
NAME_PREFIX = "jnprojects-"
_NAME = re.compile(r"^jnprojects-(\d{8})-(\d{6})-([a-z][a-z0-9_]*?)(?:-(\d+))?\.db$")
_REASON = re.compile(r"^[a-z][a-z0-9_]*$")
SIDECAR_SUFFIX = ".json"
PART_SUFFIX = ".part"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and what it holds."""

    path: Path
    created: datetime
    reason: str
    size: int
    project_count: int | None = None
    schema_version: int | None = None
    source: str = ""

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class RetentionPolicy:
    """Which backups :func:`rotate` keeps (the union of all tiers).

    ``recent`` newest backups; the newest of each of the last ``daily`` calendar days, of the
    last ``weekly`` weeks (Monday to Sunday) and of the last ``monthly`` calendar months; every
    ``migration``/``restore`` backup younger than ``protect_days``; and always the newest one.
    """

    recent: int = 10
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    protect_days: int = 30


@dataclass(frozen=True)
class RestoreResult:
    """What :func:`restore` did besides replacing the content."""

    safety_backup: BackupInfo | None  # the database as it was, backed up with reason "restore"
    set_aside: Path | None  # a damaged database that could not be backed up, renamed instead


def default_folder(db_path: Path | str) -> Path:
    """``<db folder>/backups``."""
    return Path(db_path).parent / "backups"


def backup_name(created: datetime, reason: str, serial: int = 1) -> str:
    suffix = f"-{serial}" if serial > 1 else ""
    return f"{NAME_PREFIX}{created:%Y%m%d-%H%M%S}-{reason}{suffix}.db"


def parse_name(name: str) -> tuple[datetime, str] | None:
    """``(created, reason)`` from a backup's file name, or ``None`` for any other file."""
    match = _NAME.match(name)
    if not match:
        return None
    day, clock = match.group(1), match.group(2)
    try:  # not strptime: its first call compiles its patterns, 2 ms of every start's backup check
        created = datetime(int(day[:4]), int(day[4:6]), int(day[6:]), int(clock[:2]), int(clock[2:4]), int(clock[4:]))
    except ValueError:  # no such day or time, e.g. month 13
        return None
    return created, match.group(3)


def _order(info: BackupInfo) -> tuple[datetime, int, int]:
    """Sort key: time; within one second the serial (``-2``, ``-3`` …), then the file's mtime."""
    match = _NAME.match(info.path.name)
    serial = int(match.group(4) or 1) if match else 1
    try:
        written = info.path.stat().st_mtime_ns
    except OSError:
        written = 0
    return info.created, serial, written


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


def _ro_uri(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _facts(conn: sqlite3.Connection) -> tuple[int | None, int | None]:
    """(project count, schema version) of an open backup; ``None`` where unreadable."""
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error:
        version = None
    try:
        projects = int(conn.execute("SELECT count(*) FROM projects").fetchone()[0])
    except sqlite3.Error:
        projects = None
    return projects, version


def _source_connection(source: Path | str | sqlite3.Connection | Database):
    """(connection, path text, whether we opened it and must close it)."""
    if isinstance(source, Database):
        source = source.conn
    if isinstance(source, sqlite3.Connection):
        row = source.execute("PRAGMA database_list").fetchone()
        return source, (row[2] if row else ""), False
    path = Path(source)
    conn = sqlite3.connect(_ro_uri(path), uri=True)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn, str(path.resolve()), True


def create_backup(
    source: Path | str | sqlite3.Connection | Database,
    folder: Path | str,
    reason: str,
    *,
    now: datetime | None = None,
) -> BackupInfo:
    """Back ``source`` (a database path or an open connection) up into ``folder``; verified.

    A connection with an open transaction is refused: its uncommitted changes would be copied.
    """
    if not _REASON.match(reason):
        raise ValueError(f"backup reason must be a lower-case word, not {reason!r}")
    folder = Path(folder)
    created = (now or datetime.now()).replace(microsecond=0)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError("backup_failed", params={"path": str(folder), "detail": exc.strerror or str(exc)}) from exc
    serial = 1
    while (folder / backup_name(created, reason, serial)).exists():
        serial += 1
    final = folder / backup_name(created, reason, serial)
    part = final.with_name(final.name + PART_SUFFIX)

    def fail(detail: str) -> StoreError:
        for leftover in (part, journal_path(part)):
            with contextlib.suppress(OSError):
                leftover.unlink()
        return StoreError("backup_failed", params={"path": str(final), "detail": detail})

    try:
        src, source_text, close_src = _source_connection(source)
    except sqlite3.Error as exc:
        raise fail(str(exc)) from exc
    try:
        if src.in_transaction:
            raise fail("a transaction is open on the source connection")
        dest = sqlite3.connect(str(part))
        try:
            src.backup(dest)  # all pages in one step: one consistent, committed snapshot
        finally:
            dest.close()
    except sqlite3.Error as exc:
        raise fail(str(exc)) from exc
    except OSError as exc:
        raise fail(exc.strerror or str(exc)) from exc
    finally:
        if close_src:
            src.close()

    # Verify the file as written, through a fresh read-only connection.
    try:
        check = sqlite3.connect(_ro_uri(part), uri=True)
        try:
            problems = integrity_check(check)
            projects, version = _facts(check)
        finally:
            check.close()
    except sqlite3.Error as exc:
        problems, projects, version = [str(exc)], None, None
    if problems:
        raise fail("; ".join(problems[:5]))
    try:
        _fsync_file(part)
        os.replace(part, final)
        _fsync_dir(folder)
    except OSError as exc:
        raise fail(exc.strerror or str(exc)) from exc
    info = BackupInfo(final, created, reason, final.stat().st_size, projects, version, source_text)
    _write_sidecar(info)
    return info


def _write_sidecar(info: BackupInfo) -> None:
    data = {
        "created": info.created.isoformat(timespec="seconds"), "reason": info.reason, "size": info.size,
        "project_count": info.project_count, "schema_version": info.schema_version,
        "source": info.source, "app_version": VERSION,
    }
    target = _sidecar(info.path)
    temp = target.with_name(target.name + ".tmp")
    with contextlib.suppress(OSError):  # the sidecar is a convenience; the backup stands without it
        temp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(temp, target)


def read_info(path: Path | str) -> BackupInfo | None:
    """A backup's metadata from its sidecar, else from its name and the backup itself."""
    path = Path(path)
    parsed = parse_name(path.name)
    if parsed is None or not path.is_file():
        return None
    created, reason = parsed
    size = path.stat().st_size
    try:
        data = json.loads(_sidecar(path).read_text(encoding="utf-8"))
        return BackupInfo(
            path, datetime.fromisoformat(data["created"]), str(data["reason"]), size,
            data.get("project_count"), data.get("schema_version"), str(data.get("source", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        pass
    projects = version = None
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            projects, version = _facts(conn)
        finally:
            conn.close()
    return BackupInfo(path, created, reason, size, projects, version)


def list_backups(folder: Path | str) -> list[BackupInfo]:
    """Every backup in ``folder``, newest first (an absent folder has none)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = [info for p in folder.glob(f"{NAME_PREFIX}*.db") if (info := read_info(p)) is not None]
    return sorted(found, key=_order, reverse=True)


def verify_backup(path: Path | str) -> list[str]:
    """Problems that make ``path`` unfit to restore from; empty when it is a sound jnprojects database."""
    path = Path(path)
    try:
        if not inspect_file(path).exists:
            return ["missing"]
    except StoreError as exc:
        return [exc.code]
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            return integrity_check(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return [str(exc)]


def newest_good_backup(folder: Path | str) -> BackupInfo | None:
    """The newest backup that passes :func:`verify_backup` (for "restore from a backup?" offers)."""
    for info in list_backups(folder):
        if not verify_backup(info.path):
            return info
    return None


# --- rotation ----------------------------------------------------------------------------------


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def keep_set(backups: list[BackupInfo], policy: RetentionPolicy, now: datetime) -> set[Path]:
    """The paths :func:`rotate` keeps (see :class:`RetentionPolicy`). Pure: no file is touched."""
    ordered = sorted(backups, key=_order, reverse=True)
    if not ordered:
        return set()
    keep = {ordered[0].path}
    keep.update(b.path for b in ordered[: max(policy.recent, 0)])
    today = now.date()

    def newest_per_bucket(bucket_of) -> None:  # noqa: ANN001 - date -> key or None (outside)
        seen: set[object] = set()
        for b in ordered:
            key = bucket_of(b.created.date())
            if key is not None and key not in seen:
                seen.add(key)
                keep.add(b.path)

    newest_per_bucket(lambda d: d if (today - d).days < policy.daily else None)
    newest_per_bucket(
        lambda d: _monday(d) if (_monday(today) - _monday(d)).days // 7 < policy.weekly else None
    )
    newest_per_bucket(
        lambda d: (d.year, d.month)
        if (today.year * 12 + today.month) - (d.year * 12 + d.month) < policy.monthly else None
    )
    protect = timedelta(days=policy.protect_days)
    keep.update(b.path for b in ordered if b.reason in PROTECTED_REASONS and now - b.created < protect)
    return keep


def delete_backup(path: Path | str) -> None:
    path = Path(path)
    for victim in (path, _sidecar(path)):
        with contextlib.suppress(FileNotFoundError):
            victim.unlink()


def rotate(folder: Path | str, policy: RetentionPolicy | None = None, *, now: datetime | None = None) -> list[Path]:
    """Delete the backups the policy does not keep; return their paths (oldest first).

    Also removes ``.part`` files left by a backup interrupted more than a day ago.
    """
    folder = Path(folder)
    policy = policy or RetentionPolicy()
    now = now or datetime.now()
    backups = list_backups(folder)
    keep = keep_set(backups, policy, now)
    deleted = []
    for info in reversed(backups):
        if info.path not in keep:
            delete_backup(info.path)
            deleted.append(info.path)
    if folder.is_dir():
        for part in folder.glob(f"{NAME_PREFIX}*.db{PART_SUFFIX}"):
            with contextlib.suppress(OSError):
                if time.time() - part.stat().st_mtime > 86400:
                    part.unlink()
    return deleted


# --- restore -----------------------------------------------------------------------------------


def restore(
    backup_path: Path | str,
    db_path: Path | str,
    *,
    backup_folder: Path | str | None = None,
    now: datetime | None = None,
) -> RestoreResult:
    """Replace the database at ``db_path`` by the content of ``backup_path``.

    1. The backup must be a sound jnprojects database (``inspect_file`` + ``integrity_check``),
       else ``StoreError('corrupt' | 'not_a_database' | 'newer_schema')`` and nothing changes.
    2. The current database is backed up first (reason ``restore``); if that fails, nothing
       changes. Only a current database that itself fails its integrity check is renamed aside
       (``<db>.broken-YYYYmmdd-HHMMSS``, with its journal) instead, keeping its bytes as evidence.
    3. The content is written with SQLite's backup API *into the live database path*: it runs as
       one transaction through the database's own rollback journal, so a crash midway leaves the
       old content; the file keeps its identity (permissions, ACLs, hard links, a handle another
       reader has open); and it works on Windows while another process has the file open, where
       replacing the file would fail. Only a missing or set-aside database gets a new file (temp
       file in the same folder + ``os.replace``).
    4. The result is checked with ``integrity_check``.

    Callers hold the database's lock and have no write transaction open on it.
    """
    backup_path, db_path = Path(backup_path), Path(db_path)
    if not inspect_file(backup_path).exists:
        raise StoreError("missing", params={"path": str(backup_path)})
    problems = verify_backup(backup_path)
    if problems:
        raise corrupt_error(backup_path, problems)
    folder = Path(backup_folder) if backup_folder is not None else default_folder(db_path)
    now = now or datetime.now()

    safety = set_aside = None
    if inspect_file(db_path).exists:
        try:
            check_file(db_path, full=True)
            broken = False
        except StoreError as exc:
            if exc.code != "corrupt":
                raise
            broken = True
        if broken:
            set_aside = _set_aside(db_path, now)
        else:
            safety = create_backup(db_path, folder, "restore", now=now)

    try:
        if db_path.exists():
            _copy_into(backup_path, db_path)
        else:
            _copy_to_new_file(backup_path, db_path)
    except sqlite3.Error as exc:
        raise StoreError("restore_failed", params={"path": str(db_path), "detail": str(exc)}) from exc
    check_file(db_path, full=True)
    return RestoreResult(safety, set_aside)


def _set_aside(db_path: Path, now: datetime) -> Path:
    target = db_path.with_name(f"{db_path.name}.broken-{now:%Y%m%d-%H%M%S}")
    os.replace(db_path, target)
    journal = journal_path(db_path)
    if journal.exists():
        os.replace(journal, journal_path(target))
    return target


def _copy_into(backup_path: Path, db_path: Path) -> None:
    src = sqlite3.connect(_ro_uri(backup_path), uri=True)
    try:
        dest = sqlite3.connect(str(db_path))
        try:
            dest.execute("PRAGMA busy_timeout = 5000")
            dest.execute("PRAGMA synchronous = FULL")
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()


def _copy_to_new_file(backup_path: Path, db_path: Path) -> None:
    temp = db_path.with_name(f".{db_path.name}.restore-{os.urandom(4).hex()}.tmp")
    try:
        _copy_into(backup_path, temp)
        _fsync_file(temp)
        os.replace(temp, db_path)
        _fsync_dir(db_path.parent)
    finally:
        for leftover in (temp, journal_path(temp)):
            with contextlib.suppress(OSError):
                leftover.unlink()
