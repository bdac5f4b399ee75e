"""Use cases of the plan's 20 indicators (专栏2): list them, read and record yearly values.

Error codes raised by :func:`set_indicator_value` (``ValidationError``, field in brackets):

* ``readonly`` (``DomainError``) — the database is open read-only;
* ``indicator_not_found`` [``seq``] (param ``seq``);
* ``indicator_bad_year`` [``year``] (params ``value``, ``min``, ``max``);
* ``indicator_bad_value`` [``value``] (param ``value``) — not a plain number.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ..domain.errors import DomainError, ValidationError
from ..domain.model import Indicator
from ..store import indicators as indicator_store
from .changes import Changes
from .workspace import Workspace

#: Years a value may be recorded for (the table allows 2000–2100; the plan runs 2021–2035, and a
#: few years either side leave room for late statistics and back data).
FIRST_YEAR = 2015
LAST_YEAR = 2040


def list_indicators(ws: Workspace) -> list[Indicator]:
    """The indicators in the plan's order."""
    return indicator_store.all_indicators(ws.db)


def values(ws: Workspace) -> dict[int, list[tuple[int, Decimal]]]:
    """Recorded values per indicator seq, as (year, value) sorted by year."""
    return indicator_store.values_by_seq(ws.db)


def parse_value(text: str | Decimal | float | int | None) -> Decimal | None:
    """A recorded value from user input: a plain number (thousands commas allowed); ``None`` or
    blank means "remove". Raises ``ValidationError("indicator_bad_value")``."""
    if text is None:
        return None
    if isinstance(text, Decimal):
        value = text
    elif isinstance(text, (int, float)):
        value = Decimal(str(text))
    else:
        cleaned = str(text).strip().replace(",", "").replace("，", "").rstrip("%").strip()
        if not cleaned:
            return None
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise ValidationError("indicator_bad_value", "value", {"value": str(text)}) from None
    if not value.is_finite():
        raise ValidationError("indicator_bad_value", "value", {"value": str(text)})
    return value


def set_indicator_value(ws: Workspace, seq: int, year: int, value: Decimal | str | None,
                        note: str = "") -> Changes:
    """Record one year's value of indicator ``seq`` (``None``/blank removes it), logged.

    Returns ``Changes(indicators=True)``; nothing is written when the value is unchanged.
    """
    if ws.readonly:
        raise DomainError("readonly")
    if seq not in {ind.seq for ind in indicator_store.all_indicators(ws.db)}:
        raise ValidationError("indicator_not_found", "seq", {"seq": seq})
    if not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError("indicator_bad_year", "year", {"value": year, "min": FIRST_YEAR, "max": LAST_YEAR})
    number = parse_value(value)
    indicator_store.set_value(ws.db, seq, year, number, ws.user, (note or "").strip())
    return Changes(indicators=True)
