"""The whole change log: filter it, and export it for audits."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ..exchange.change_log_sheet import write_change_log
from ..store import history
from ..store.history import LogFilter, LogRow
from .workspace import Workspace


def change_log(ws: Workspace, flt: LogFilter = LogFilter()) -> list[LogRow]:
    return history.query_log(ws.db, flt)


def users(ws: Workspace) -> list[str]:
    return history.log_users(ws.db)


def export_change_log(ws: Workspace, out_path: Path, flt: LogFilter = LogFilter()) -> int:
    """Write the filtered log to ``out_path`` (.xlsx); return the number of rows written."""
    rows = history.query_log(ws.db, LogFilter(**{**flt.__dict__, "limit": 1_000_000}))
    title = f"变更记录（{ws.path.name}，导出于{datetime.now():%Y-%m-%d %H:%M}）"
    write_change_log(rows, Path(out_path), title)
    return len(rows)
