"""Recording an indicator value leaves its history rows in the same transaction."""

from __future__ import annotations

from decimal import Decimal

from jnprojects.store import indicators


def test_indicator_update_is_logged(workspace):
    db = workspace.db
    indicators.set_value(db, 17, 2024, Decimal("63.5"), "alice")
    indicators.set_value(db, 17, 2024, Decimal("63.8"), "bob")
    indicators.set_value(db, 17, 2024, Decimal("63.8"), "bob")  # unchanged: nothing logged
    rows = db.execute("SELECT user_name, entity, entity_id, action, old_value, new_value FROM change_log"
                      " WHERE entity = 'indicator_value' ORDER BY id").fetchall()
    assert rows == [("alice", "indicator_value", "17:2024", "insert", None, "63.5"),
                    ("bob", "indicator_value", "17:2024", "update", "63.5", "63.8")]
    assert indicators.values_by_seq(db)[17] == [(2024, Decimal("63.8"))]
