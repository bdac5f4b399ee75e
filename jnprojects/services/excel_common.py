"""What the Excel use cases share: the database identity, the backup hook and scope sentences."""

from __future__ import annotations

import logging
import uuid
from datetime import date

from ..domain.monthly import period_end
from ..domain.query import ProjectFilter
from ..store import imports as import_store
from ..store import reference
from .workspace import Workspace

log = logging.getLogger(__name__)


def database_id(ws: Workspace) -> str:
    """The database's stable identity ('' when it has none yet and cannot get one: read-only)."""
    return import_store.get_setting(ws.db, import_store.DATABASE_ID_KEY) or ""


def ensure_database_id(ws: Workspace) -> str:
    """The identity written into every template and export key, created once at random.

    Random rather than derived from the path: a database copied to another PC is the same
    database, and two offices' databases at the same path are not. A read-only workspace without
    an identity returns '' (its files then carry no identity and import anywhere with a check of
    codes only).
    """
    existing = database_id(ws)
    if existing or ws.readonly:
        return existing
    new_id = uuid.uuid4().hex
    with ws.db.atomic():
        import_store.put_setting(ws.db, import_store.DATABASE_ID_KEY, new_id)
    return new_id


def backup_before_import(ws: Workspace) -> None:
    """Take a verified backup before an import writes anything, when the safety layer offers one.

    The backup function lives in ``services.safety`` (another module's concern); it is imported
    lazily so this module works without it. Demo databases are never backed up, as in
    ``safety.open_safely``. A failed backup stops the import (the error propagates): importing a
    file without a way back is what the backup exists to prevent.
    """
    if ws.is_demo:
        return
    try:
        from .safety import backup_now
    except ImportError:  # pragma: no cover - the safety layer is absent in some builds
        log.info("no backup function available; importing without a backup")
        return
    backup_now(ws, "import")


def period_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def zh_period(period: str) -> str:
    return f"{int(period[:4])}年{int(period[5:7])}月"


def scope_text(ws: Workspace, flt: ProjectFilter) -> str:
    """'全部项目' or '类别：交通基础设施；建设地点：任城区 …' for titles and keys."""
    parts = []
    if flt.category:
        names = {c.code: c.name_zh for c in reference.categories(ws.db)}
        parts.append(f"类别：{names.get(flt.category, flt.category)}")
    if flt.location:
        names = {loc.code: loc.name for loc in reference.locations(ws.db)}
        parts.append(f"建设地点：{names.get(flt.location, flt.location)}")
    if flt.unit_id is not None:
        names = {u.id: u.name for u in reference.units(ws.db)}
        parts.append(f"责任单位：{names.get(flt.unit_id, flt.unit_id)}")
    if flt.stage:
        stages = {"planned": "规划", "preparation": "前期", "construction": "在建", "completed": "竣工",
                  "suspended": "暂停"}
        parts.append(f"阶段：{stages.get(str(flt.stage), str(flt.stage))}")
    if flt.text.strip():
        parts.append(f"含“{flt.text.strip()}”")
    return "；".join(parts) if parts else "全部项目"


def problems_as_of(period: str, today: date | None = None) -> date:
    """The day whose open ledger entries a template for ``period`` lists: the month's end, or
    today while the month is still running."""
    return min(period_end(period), today or date.today())
