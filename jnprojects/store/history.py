"""The change log: every edit to the office's data, written inside the edit's own transaction."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import sqlite_utils

from ..domain.model import ChangeRecord


@dataclass(frozen=True)
class Change:
    """One field of one record, before and after (``None`` for absent)."""

    entity: str
    entity_id: str
    project_id: int | None
    action: str
    field: str = ""
    old_value: str | None = None
    new_value: str | None = None


def record(
    db: sqlite_utils.Database, changes: Iterable[Change], user: str, batch_id: int | None = None
) -> None:
    """Append changes to the log. Callers run this inside the transaction that made them."""
    db.conn.executemany(
        "INSERT INTO change_log (user_name, entity, entity_id, project_id, action, field,"
        " old_value, new_value, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (user, c.entity, c.entity_id, c.project_id, c.action, c.field, c.old_value, c.new_value, batch_id)
            for c in changes
        ],
    )


def diff(entity: str, entity_id: str, project_id: int | None, old: dict, new: dict) -> list[Change]:
    """Field-level update records for the keys whose text differs."""
    changes = []
    for key, new_value in new.items():
        old_value = old.get(key)
        if _text(old_value) != _text(new_value):
            changes.append(
                Change(entity, entity_id, project_id, "update", key, _text(old_value), _text(new_value))
            )
    return changes


def _text(value: object) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


def project_history(db: sqlite_utils.Database, project_id: int, limit: int = 1000) -> list[ChangeRecord]:
    rows = db.execute(
        "SELECT at, user_name, entity, entity_id, project_id, action, field, old_value, new_value, batch_id"
        " FROM change_log WHERE project_id = ? ORDER BY id DESC LIMIT ?",
        [project_id, limit],
    ).fetchall()
    return [ChangeRecord(*row) for row in rows]
