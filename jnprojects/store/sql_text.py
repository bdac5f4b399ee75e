"""Small helpers for building SQL safely."""

from __future__ import annotations

import json
from collections.abc import Iterable

IN_LIST = "(SELECT value FROM json_each(?))"  # any number of values in one parameter: see json_list


def json_list(values: Iterable[object]) -> str:
    """The parameter of :data:`IN_LIST`: the distinct values as a JSON array."""
    return json.dumps(sorted(set(values)), ensure_ascii=False)


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
