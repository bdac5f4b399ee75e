"""The change log: every edit to the office's data, written inside the edit's own transaction."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..domain.model import ChangeRecord
from .connection import Database
from .sql_text import like_pattern, where_clause


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
    db: Database, changes: Iterable[Change], user: str, batch_id: int | None = None
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


def project_history(db: Database, project_id: int, limit: int = 1000) -> list[ChangeRecord]:
    rows = db.execute(
        "SELECT at, user_name, entity, entity_id, project_id, action, field, old_value, new_value, batch_id"
        " FROM change_log WHERE project_id = ? ORDER BY id DESC LIMIT ?",
        [project_id, limit],
    ).fetchall()
    return [ChangeRecord(*row) for row in rows]


@dataclass(frozen=True)
class LogFilter:
    """Narrows the whole change log; empty fields mean 'any'. Dates are inclusive ISO days."""

    text: str = ""
    user: str = ""
    entity: str = ""
    date_from: str = ""
    date_to: str = ""
    batch_id: int | None = None
    limit: int = 5000


@dataclass(frozen=True)
class LogRow:
    """A change with the project's code and name joined in (blank for non-project records)."""

    id: int
    at: str
    user_name: str
    entity: str
    entity_id: str
    project_code: str
    project_name: str
    action: str
    field: str
    old_value: str | None
    new_value: str | None
    batch_id: int | None


def query_log(db: Database, flt: LogFilter = LogFilter()) -> list[LogRow]:
    """Newest first. Deleted projects keep their code/name through the log's own delete rows."""
    conditions: list[tuple[str, object]] = [
        ("l.user_name = ?", flt.user),
        ("l.entity = ?", flt.entity),
        ("l.at >= ?", flt.date_from),
        ("l.at < date(?, '+1 day')", flt.date_to),
        ("l.batch_id = ?", flt.batch_id),
    ]
    where, params = where_clause(conditions)
    if flt.text.strip():
        pattern = like_pattern(flt.text.strip())
        where += (" AND " if where else " WHERE ") + (
            "(p.name LIKE ? ESCAPE '\\' OR p.code LIKE ? ESCAPE '\\' OR l.old_value LIKE ? ESCAPE '\\'"
            " OR l.new_value LIKE ? ESCAPE '\\' OR l.field LIKE ? ESCAPE '\\')")
        params.extend([pattern] * 5)
    rows = db.execute(
        "SELECT l.id, l.at, l.user_name, l.entity, l.entity_id, coalesce(p.code, d.old_value, ''),"
        " coalesce(p.name, n.old_value, ''), l.action, l.field, l.old_value, l.new_value, l.batch_id"
        " FROM change_log l LEFT JOIN projects p ON p.id = l.project_id"
        " LEFT JOIN change_log d ON d.project_id = l.project_id AND d.entity = 'project' AND d.action = 'delete'"
        "   AND d.field = 'code'"
        " LEFT JOIN change_log n ON n.project_id = l.project_id AND n.entity = 'project' AND n.action = 'delete'"
        "   AND n.field = 'name'"
        f"{where} ORDER BY l.id DESC LIMIT ?",
        [*params, flt.limit],
    ).fetchall()
    return [LogRow(*r) for r in rows]


def log_users(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT user_name FROM change_log ORDER BY user_name")]
