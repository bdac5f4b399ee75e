"""The open database: one place that creates, checks, migrates and closes it."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .connection import Database, StoreError, connect, create_schema, inspect_file, latest_version, schema_version
from .migrations import migrate

# Called with (path, version found) before any migration step runs, e.g. to take a backup.
BeforeMigration = Callable[[Path, int], None]


@dataclass
class Store:
    """An open jnprojects database. ``readonly`` stores refuse every write at the SQLite level."""

    db: Database
    path: Path
    readonly: bool = False
    created: bool = False

    def close(self) -> None:
        self.db.close()

    def setting(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    @property
    def version(self) -> int:
        return schema_version(self.db)


def open_store(
    path: Path | str,
    *,
    readonly: bool = False,
    create: bool = True,
    before_migration: BeforeMigration | None = None,
) -> Store:
    """Open (or create) the database at ``path``.

    Nothing is written to a file that turns out not to be a jnprojects database or to come from
    a newer version: those are refused by reading the header only. A new file that fails to get
    its schema is removed again, so a failed ``init`` leaves no half-made database behind.
    """
    path = Path(path).expanduser()
    info = inspect_file(path)
    if not info.exists:
        if readonly or not create:
            raise StoreError("missing", params={"path": str(path)})
        return _create(path)
    store = Store(connect(path, readonly=readonly), path, readonly)
    try:
        if info.version < latest_version():
            if readonly:
                raise StoreError("needs_migration", params={"path": str(path), "found": info.version})
            if before_migration is not None:
                before_migration(path, info.version)
            migrate(store.db)
    except BaseException:
        store.close()
        raise
    return store


def _create(path: Path) -> Store:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        os.close(fd)
    except OSError as exc:
        raise StoreError("unwritable", params={"path": str(path), "detail": exc.strerror or str(exc)}) from exc
    try:
        db = connect(path)
        create_schema(db)
    except BaseException:
        try:
            db.close()  # type: ignore[possibly-undefined]
        except Exception:
            pass
        path.unlink(missing_ok=True)
        raise
    return Store(db, path, readonly=False, created=True)
