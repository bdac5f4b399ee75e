"""Shared test helpers."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def sql_dump(path: Path) -> str:
    """The whole content of a database as SQL, to compare before and after."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()
