"""Small helpers for building SQL safely."""

from __future__ import annotations


def like_pattern(text: str) -> str:
    """A LIKE pattern (use with ESCAPE '\\') that matches ``text`` literally anywhere."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def where_clause(conditions: list[tuple[str, object]]) -> tuple[str, list[object]]:
    """' WHERE a AND b' and its parameters from (sql, value) pairs whose value is set."""
    used = [(sql, value) for sql, value in conditions if value not in (None, "")]
    if not used:
        return "", []
    return " WHERE " + " AND ".join(sql for sql, _ in used), [value for _, value in used]
