"""Settings that belong to the data (status thresholds …), logged like any other change."""

from __future__ import annotations

from . import history
from .connection import Database
from .history import Change


def put_many(db: Database, values: dict[str, str], user: str) -> None:
    with db.atomic():
        for key, value in values.items():
            old = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
            if old and old[0] == value:
                continue
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                       [key, value])
            history.record(db, [Change("setting", key, None, "update" if old else "insert", key,
                                       old[0] if old else None, value)], user)
