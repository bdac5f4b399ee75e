"""Manual status lights (table ``status_overrides``): the only SQL for them.

At most one override per project. Every write runs in one ``db.atomic()`` transaction with its
change-log rows (entity ``override``, entity id = the project id), so the log always
says who set which light, why and until when — and who removed it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.errors import NotFoundError
from . import history
from .connection import Database
from .history import Change

ENTITY = "override"  # the change log view shows it as "Manual light"
FIELDS = ("light", "justification", "expires_on")


@dataclass(frozen=True)
class OverrideRow:
    """One stored override, as the table holds it."""

    project_id: int
    light: str
    justification: str
    expires_on: date
    set_by: str
    set_at: str


def get(db: Database, project_id: int) -> OverrideRow | None:
    """The project's override, or ``None``."""
    row = db.execute(
        "SELECT project_id, light, justification, expires_on, set_by, set_at FROM status_overrides"
        " WHERE project_id = ?",
        [project_id],
    ).fetchone()
    if row is None:
        return None
    return OverrideRow(row[0], row[1], row[2], date.fromisoformat(row[3]), row[4], row[5])


def put(db: Database, project_id: int, light: str, justification: str, expires_on: date,
        user: str) -> None:
    """Insert or replace the project's override, logging each changed field.

    Raises ``NotFoundError("project_not_found")`` when the project does not exist. The caller
    validates the values (the table's CHECK constraints are the last line of defence).
    """
    with db.atomic():
        if db.execute("SELECT 1 FROM projects WHERE id = ?", [project_id]).fetchone() is None:
            raise NotFoundError("project_not_found", "project_id", {"id": project_id})
        old = get(db, project_id)
        new = {"light": light, "justification": justification, "expires_on": expires_on.isoformat()}
        if old is None:
            db.execute(
                "INSERT INTO status_overrides (project_id, light, justification, expires_on, set_by)"
                " VALUES (?, ?, ?, ?, ?)",
                [project_id, light, justification, expires_on.isoformat(), user],
            )
            changes = [Change(ENTITY, str(project_id), project_id, "insert", name, None, value)
                       for name, value in new.items()]
        else:
            before = {"light": old.light, "justification": old.justification,
                      "expires_on": old.expires_on.isoformat()}
            changes = history.diff(ENTITY, str(project_id), project_id, before, new)
            if not changes:
                return
            db.execute(
                "UPDATE status_overrides SET light = ?, justification = ?, expires_on = ?, set_by = ?,"
                " set_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') WHERE project_id = ?",
                [light, justification, expires_on.isoformat(), user, project_id],
            )
        history.record(db, changes, user)


def delete(db: Database, project_id: int, user: str) -> bool:
    """Remove the project's override (logged); ``False`` when there was none."""
    with db.atomic():
        old = get(db, project_id)
        if old is None:
            return False
        db.execute("DELETE FROM status_overrides WHERE project_id = ?", [project_id])
        before = {"light": old.light, "justification": old.justification, "expires_on": old.expires_on.isoformat()}
        history.record(db, [Change(ENTITY, str(project_id), project_id, "delete", name, value, None)
                            for name, value in before.items()], user)
        return True
