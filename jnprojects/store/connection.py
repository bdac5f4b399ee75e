"""Opening a jnprojects database: checks before touching the file, pragmas, schema and migrations.

Journal mode and durability
---------------------------
We use the rollback journal (``journal_mode=DELETE``) with ``synchronous=FULL``:

* the office's record is one ``.db`` file that people copy to a USB stick or mail to a colleague;
  in WAL mode the latest commits can sit in a ``-wal`` file beside it and a copy of the ``.db``
  alone silently misses them;
* read-only connections (leaders' laptops, a database opened while another PC holds the lock)
  work on a read-only folder, which WAL cannot guarantee because readers must write ``-shm``;
* there is one writer, editing by hand or importing a sheet: FULL's extra fsync per commit costs
  milliseconds, and in exchange a power cut never loses a committed edit.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import DomainError
from ..import_guard import IMPORT_GUARD
from ..paths import schema_path

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.db import Table

APPLICATION_ID = int.from_bytes(b"JNPR", "big")
SQLITE_HEADER = b"SQLite format 3\x00"


class StoreError(DomainError):
    """The database file cannot be used as asked. Codes:

    ``not_a_database`` (path), ``newer_schema`` (path, found, supported), ``unwritable`` (path,
    detail), ``corrupt`` (path, detail), ``missing``, ``needs_migration``, ``migration_failed`` (step,
    detail); from the data-safety layer: ``locked`` (path, user, computer, since, stale),
    ``network_path``, ``needs_recovery``, ``busy``, ``backup_failed``, ``restore_failed``.
    """


def latest_version() -> int:
    """The schema version that ``db/schema.sql`` creates (its ``PRAGMA user_version``)."""
    for line in reversed(schema_path().read_text(encoding="utf-8").splitlines()):
        if line.strip().upper().startswith("PRAGMA USER_VERSION"):
            return int(line.split("=")[1].strip().rstrip(";"))
    raise RuntimeError("db/schema.sql sets no user_version")


@dataclass(frozen=True)
class FileInfo:
    """What we know about a path before opening it for real."""

    path: Path
    exists: bool
    version: int


def inspect_file(path: Path) -> FileInfo:
    """Check that ``path`` is absent or a jnprojects database, without changing a byte of it.

    Raises ``StoreError('not_a_database')`` for anything else (a spreadsheet, random bytes, a
    truncated file, another program's SQLite database) and ``StoreError('newer_schema')`` for a
    database written by a newer version of the app.
    """
    path = Path(path)
    if not path.exists():
        return FileInfo(path, False, 0)
    if path.is_dir():
        raise StoreError("not_a_database", params={"path": str(path)})
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise StoreError("unwritable", params={"path": str(path), "detail": str(exc)}) from exc
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise StoreError("not_a_database", params={"path": str(path)})
    # The header stores user_version at offset 60 and application_id at 68 (big-endian); reading
    # them here avoids opening a connection, which could create a journal beside a foreign file.
    version = int.from_bytes(header[60:64], "big")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise StoreError("not_a_database", params={"path": str(path)})
    supported = latest_version()
    if version > supported:
        raise StoreError(
            "newer_schema", params={"path": str(path), "found": version, "supported": supported}
        )
    return FileInfo(path, True, version)


class Database:
    """The open connection, with the part of sqlite-utils' ``Database`` API the store uses.

    Reads (``SELECT`` and ``PRAGMA``) go straight to the connection, as sqlite-utils itself would
    send them. Everything else (writes with their commit semantics, ``atomic()``, the table API)
    goes to a sqlite-utils ``Database`` over the same connection, made on first use: importing
    sqlite-utils (click, dateutil, pluggy) took 0.18-0.28 s of a cold start whose first screen only reads.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: sqlite_utils.Database | None = None

    @property
    def utils(self) -> sqlite_utils.Database:
        if self._utils is None:
            self._utils = _import_sqlite_utils().Database(self.conn, execute_plugins=False)
        return self._utils

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        if sql.lstrip()[:6].upper() in _READS:
            return self.conn.execute(sql, () if parameters is None else parameters)
        return self.utils.execute(sql, parameters)

    def atomic(self) -> AbstractContextManager[sqlite_utils.Database]:
        """One transaction (a savepoint inside another): commits at the end, rolls back on error."""
        return self.utils.atomic()

    def __getitem__(self, table: str) -> Table:
        return self.utils[table]  # type: ignore[return-value]  # our names are tables, never views

    def close(self) -> None:
        self.conn.close()


# Statements that never open a transaction, so sqlite-utils has nothing to commit or roll back.
_READS = frozenset({"SELECT", "PRAGMA"})


def _import_sqlite_utils():  # noqa: ANN202 - the sqlite_utils module
    """sqlite-utils imports numpy and pandas when it finds them, only to map their scalar types to
    column types; the store never writes numpy or pandas values, and numpy alone takes longer to
    import than the empty window takes to show. Both are hidden while sqlite-utils loads; a module
    that needs numpy later (the charts) imports it as usual, and the window's background import of
    it never runs meanwhile (``IMPORT_GUARD``)."""
    with IMPORT_GUARD:
        hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
        for name in hidden:
            sys.modules[name] = None  # type: ignore[assignment]  # makes `import name` raise ImportError
        try:
            import sqlite_utils
        finally:
            for name in hidden:
                if sys.modules.get(name, False) is None:
                    del sys.modules[name]
    return sqlite_utils


def connect(path: Path, *, readonly: bool = False) -> Database:
    """A connection with the project's pragmas. Read-only is enforced by SQLite itself."""
    path = Path(path)
    try:
        if readonly:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
            conn.execute("PRAGMA query_only = ON")
        else:
            conn = sqlite3.connect(str(path), check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it, before any write
        conn.execute("PRAGMA busy_timeout = 5000")
        if not readonly:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as exc:
        raise StoreError("unwritable", params={"path": str(path), "detail": str(exc)}) from exc
    return Database(conn)


def create_schema(db: Database) -> None:
    """Apply ``db/schema.sql`` to an empty database in one transaction."""
    script = schema_path().read_text(encoding="utf-8")
    run_script_atomically(db.conn, script)


def run_script_atomically(conn: sqlite3.Connection, script: str) -> None:
    """Run a multi-statement script so that it either fully applies or leaves nothing.

    ``executescript`` commits whatever is pending and runs statement by statement; wrapping the
    script in BEGIN/COMMIT ourselves and rolling back on error keeps it all-or-nothing (schema
    statements and ``PRAGMA user_version`` are transactional in SQLite).
    """
    if conn.in_transaction:
        conn.commit()
    try:
        conn.executescript("BEGIN;\n" + script + "\nCOMMIT;")
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])
