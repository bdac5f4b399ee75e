"""The rankings break ties by the pinyin key stored with each project, not one computed per refresh,
and order exactly as if it were computed from the name (frozen months included)."""

from __future__ import annotations

from dataclasses import replace

from jnprojects.domain.monthly import shift_period
from jnprojects.domain.text_keys import sort_key
from jnprojects.services import monthly, monthly_close
from jnprojects.store import periods

LAST = shift_period(monthly.current_period(), -1)


def _orders(snaps) -> list[list[str]]:
    ranks = monthly_close.rankings(snaps)
    return [[r.key for r in ranking.rows] for ranking in vars(ranks).values()]


def _computed(snaps) -> list[list[str]]:
    return _orders([replace(s, name_key="") for s in snaps])


def test_live_month_carries_the_stored_key_and_ranks_as_by_the_name(demo_ws):
    snaps = monthly_close.month(demo_ws, LAST).snapshots
    assert snaps and all(s.name_key and s.name_key == sort_key(s.name) for s in snaps)
    assert _orders(snaps) == _computed(snaps)


def test_frozen_month_uses_the_key_only_while_the_name_is_unchanged(demo_ws):
    monthly_close.close_period(demo_ws, LAST)
    renamed = demo_ws.db.execute("SELECT id FROM projects ORDER BY id LIMIT 1").fetchone()[0]
    # The frozen name stays the old one: the project's key is of the new name, so it is not taken.
    demo_ws.db.execute("UPDATE projects SET name = '改名后的项目', sort_key = 'gai ming' WHERE id = ?", [renamed])
    demo_ws.db.conn.commit()
    frozen = periods.snapshot(demo_ws.db, LAST)
    by_id = {s.project_id: s for s in frozen}
    assert by_id[renamed].name_key == ""
    assert all(s.name_key == sort_key(s.name) for s in frozen if s.project_id != renamed)
    assert _orders(frozen) == _computed(frozen)
