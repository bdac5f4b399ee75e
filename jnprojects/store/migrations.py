"""Numbered schema steps driven by ``PRAGMA user_version`` (calibre's way).

``db/schema.sql`` always describes the newest schema and creates fresh databases. A database made
by an older release is brought forward by the steps below, one transaction per step, so a step
that fails leaves schema, data and ``user_version`` exactly as they were. Every step must make an
old database equal to a fresh one (``tests/store/test_migrations.py`` compares them), and each
release that adds a step keeps a fixture of the schema before it under ``tests/store/fixtures``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import sqlite_utils

from .connection import StoreError, latest_version, schema_version

# Step N takes a database from version N-1 to N. Steps receive the open transaction's connection
# and must not commit. (Version 1 is the first release: there is nothing to migrate from yet.)
Step = Callable[[sqlite3.Connection], None]
STEPS: dict[int, Step] = {}


def pending_steps(current: int, steps: dict[int, Step] | None = None) -> list[int]:
    steps = STEPS if steps is None else steps
    return [n for n in sorted(steps) if n > current]


def migrate(db: sqlite_utils.Database, steps: dict[int, Step] | None = None) -> list[int]:
    """Apply every pending step; return the versions applied.

    Each step runs in its own transaction together with its ``user_version`` bump. A failure
    rolls that step back and raises ``StoreError('migration_failed')`` naming the step.
    """
    steps = STEPS if steps is None else steps
    applied: list[int] = []
    target = latest_version() if steps is STEPS else max(steps, default=0)
    for number in pending_steps(schema_version(db), steps):
        conn = db.conn
        if conn.in_transaction:
            conn.commit()
        try:
            # foreign_keys cannot change inside a transaction; steps that rebuild tables need
            # it off, and the check below catches any reference they broke.
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.execute("BEGIN IMMEDIATE")
            steps[number](conn)
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise sqlite3.IntegrityError(f"foreign keys broken by step {number}: {broken[:3]}")
            conn.execute(f"PRAGMA user_version = {int(number)}")
            conn.execute("COMMIT")
        except Exception as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(
                "migration_failed", params={"step": number, "detail": str(exc)}
            ) from exc
        finally:
            conn.execute("PRAGMA foreign_keys = ON")
        applied.append(number)
    if steps is STEPS and schema_version(db) != target:
        raise StoreError("migration_failed", params={"step": target, "detail": "no step reaches it"})
    return applied
