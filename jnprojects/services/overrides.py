"""Use cases of the manual status light (人工认定): set it with a justification, or clear it.

An override replaces the computed light until its expiry date (inclusive; see
``domain.status.compute_status``); the computed light is kept beside it, and the status reason
of kind ``override`` says which light, why, who set it and until when. Both writes are logged in
the change log inside their own transaction (``store.overrides``).

Error codes (``DomainError.code``; the dialog turns them into sentences):

* ``readonly`` — the database is open read-only;
* ``override_bad_light`` (field ``light``, param ``value``) — only green, yellow or red can be set;
* ``override_justification_required`` (field ``justification``);
* ``override_expiry_not_future`` (field ``expires_on``, params ``expires_on``, ``today``) — the
  expiry must be later than today;
* ``project_not_found`` — from the store.
"""

from __future__ import annotations

from datetime import date

from ..domain.errors import DomainError, ValidationError, ValidationErrors
from ..domain.status import Light, Override
from ..store import overrides as override_store
from .changes import Changes
from .workspace import Workspace

#: The lights a person may set; the "state" lights (completed, suspended …) come from the data.
SETTABLE_LIGHTS: tuple[Light, ...] = (Light.RED, Light.YELLOW, Light.GREEN)


def validate_override(light: Light | str, justification: str, expires_on: date | None,
                      today: date) -> list[ValidationError]:
    """Every problem with the values, in field order (empty when they are fine)."""
    errors: list[ValidationError] = []
    if str(light) not in {str(x) for x in SETTABLE_LIGHTS}:
        errors.append(ValidationError("override_bad_light", "light", {"value": str(light)}))
    if not (justification or "").strip():
        errors.append(ValidationError("override_justification_required", "justification"))
    if expires_on is None or expires_on <= today:
        errors.append(ValidationError("override_expiry_not_future", "expires_on",
                                      {"expires_on": expires_on.isoformat() if expires_on else "",
                                       "today": today.isoformat()}))
    return errors


def get_override(ws: Workspace, project_id: int) -> Override | None:
    """The project's stored override (expired or not), or ``None``."""
    row = override_store.get(ws.db, project_id)
    if row is None:
        return None
    return Override(Light(row.light), row.justification, row.expires_on, row.set_by)


def set_override(ws: Workspace, project_id: int, light: Light | str, justification: str, expires_on: date,
                 today: date | None = None) -> Changes:
    """Set (or replace) the project's manual light until ``expires_on``.

    ``today`` is the date the expiry is checked against (the caller's clock; tests pass one).
    Raises ``ValidationErrors`` listing every bad field, ``DomainError("readonly")`` on a
    read-only database and ``NotFoundError("project_not_found")``.
    """
    if ws.readonly:
        raise DomainError("readonly")
    errors = validate_override(light, justification, expires_on, today or date.today())
    if errors:
        raise ValidationErrors(errors)
    override_store.put(ws.db, project_id, str(Light(light)), justification.strip(), expires_on, ws.user)
    return Changes(projects=frozenset({project_id}))


def clear_override(ws: Workspace, project_id: int) -> Changes:
    """Remove the project's manual light; the computed one shows again. No-op without one."""
    if ws.readonly:
        raise DomainError("readonly")
    removed = override_store.delete(ws.db, project_id, ws.user)
    return Changes(projects=frozenset({project_id})) if removed else Changes()
