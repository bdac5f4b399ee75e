"""A comparable description of a database's schema: columns, keys, indexes and version.

Raw ``CREATE`` text differs between a fresh table and one grown by ``ALTER TABLE``, so migrated
and fresh databases are compared by what SQLite reports about them instead.
"""

from __future__ import annotations

import sqlite3


def schema_shape(conn: sqlite3.Connection) -> dict:
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    shape: dict = {"user_version": conn.execute("PRAGMA user_version").fetchone()[0],
                   "application_id": conn.execute("PRAGMA application_id").fetchone()[0]}
    for table in tables:
        shape[table] = {
            "columns": [tuple(r[1:]) for r in conn.execute(f"PRAGMA table_info('{table}')")],
            "foreign_keys": sorted(tuple(r[2:]) for r in conn.execute(f"PRAGMA foreign_key_list('{table}')")),
            "indexes": sorted(
                (r[1], r[2], tuple(c[2] for c in conn.execute(f"PRAGMA index_info('{r[1]}')")))
                for r in conn.execute(f"PRAGMA index_list('{table}')")
            ),
            "checks": sorted(_checks(conn, table)),
        }
    return shape


def _checks(conn: sqlite3.Connection, table: str) -> list[str]:
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    return [" ".join(part.split()) for part in sql.split("CHECK")[1:]]
