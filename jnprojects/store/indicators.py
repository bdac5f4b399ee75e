"""The plan's 20 indicators (专栏2) and the values recorded for them year by year."""

from __future__ import annotations

from decimal import Decimal

from ..domain.model import Indicator
from . import history
from .connection import Database
from .history import Change


def all_indicators(db: Database) -> list[Indicator]:
    return [
        Indicator(*r)
        for r in db.execute(
            "SELECT seq, group_name, name, unit, value_2021, target_2025, target_2035, direction"
            " FROM indicators ORDER BY seq"
        )
    ]


def values_by_seq(db: Database) -> dict[int, list[tuple[int, Decimal]]]:
    result: dict[int, list[tuple[int, Decimal]]] = {}
    for seq, year, value in db.execute("SELECT indicator_seq, year, value FROM indicator_values ORDER BY year"):
        result.setdefault(seq, []).append((year, Decimal(value)))
    return result


def set_value(db: Database, seq: int, year: int, value: Decimal | None, user: str, note: str = "") -> None:
    """Record (or with ``None`` remove) one year's value, logged in the same transaction."""
    with db.atomic():
        old = db.execute("SELECT value FROM indicator_values WHERE indicator_seq = ? AND year = ?", [seq, year]).fetchone()
        old_text = old[0] if old else None
        new_text = None if value is None else format(value, "f")
        if old_text == new_text:
            return
        if new_text is None:
            db.execute("DELETE FROM indicator_values WHERE indicator_seq = ? AND year = ?", [seq, year])
        else:
            db.execute("INSERT INTO indicator_values (indicator_seq, year, value, note) VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (indicator_seq, year) DO UPDATE SET value = excluded.value, note = excluded.note",
                       [seq, year, new_text, note])
        action = "insert" if old is None else ("delete" if new_text is None else "update")
        history.record(db, [Change("indicator_value", f"{seq}:{year}", None, action, "value", old_text, new_text)], user)
