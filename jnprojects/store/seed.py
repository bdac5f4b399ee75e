"""Filling a database from the plan's seed files under ``resources/seed``.

Idempotent and respectful of the office's work: rows are matched by their stable codes and only
missing ones are added, so a second run changes nothing and never overwrites a user's edit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.model import Origin, Project
from ..domain.text_keys import search_text, sort_key
from ..paths import seed_dir
from . import history
from .connection import Database
from .history import Change
from .sql_text import IN_LIST, json_list


@dataclass
class SeedResult:
    """How many rows of each kind the run added (zero everywhere on a re-run)."""

    added: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.added.values())


def _load(directory: Path, name: str) -> list[dict]:
    return json.loads((directory / name).read_text(encoding="utf-8"))


# (table, key column, seed file, columns stored, renamed fields); projects are added on their own.
_REFERENCE = (
    ("categories", "code", "categories.json", ("code", "prefix", "name_zh", "name_en", "sort_order"), {}),
    ("locations", "code", "locations.json", ("code", "name", "short_name", "kind", "sort_order"), {}),
    ("indicators", "seq", "indicators.json",
     ("seq", "group_name", "name", "unit", "value_2021", "target_2025", "target_2035", "direction"),
     {"group": "group_name"}),
)


def seed(db: Database, user: str = "", directory: Path | None = None) -> SeedResult:
    """Add every category, location, indicator and plan project that is not there yet.

    What is missing is found by reading first: the usual open has nothing to add and then writes
    nothing (no transaction, and the write machinery is not even loaded at start-up).
    """
    directory = directory or seed_dir()
    missing = {table: _missing(db, table, key, _load(directory, file)) for table, key, file, _, _ in _REFERENCE}
    projects = _missing(db, "projects", "code", _load(directory, "projects.json"))
    result = SeedResult({table: len(records) for table, records in missing.items()})
    result.added["projects"] = len(projects)
    if not result.total:
        return result
    with db.atomic():
        for table, key, _, columns, rename in _REFERENCE:
            _insert(db, table, key, missing[table], columns, rename)
        _seed_projects(db, projects, user)
    return result


def _missing(db: Database, table: str, key: str, records: list[dict]) -> list[dict]:
    """The seed ``records`` whose key is neither in ``table`` nor applied before (then deleted by the office)."""
    # Only the seed's own keys are looked up: reading every key made each start read all of a
    # province's 10,000 project codes to find the plan's hundred.
    keys = [record[key] for record in records]
    existing = {r[0] for r in db.execute(f"SELECT {key} FROM {table} WHERE {key} IN {IN_LIST}", [json_list(keys)])}
    existing |= _applied(db, table)
    return [record for record in records if record[key] not in existing]


def _insert(db: Database, table: str, key: str, records: list[dict], columns: tuple[str, ...],
            rename: dict[str, str]) -> None:
    if not records:
        return
    rows = []
    for record in records:
        row = {rename.get(k, k): v for k, v in record.items()}
        rows.append({c: row.get(c) for c in columns if c in row})
    db[table].insert_all(rows)
    _mark_applied(db, table, [str(r[key]) for r in rows])


def _applied(db: Database, kind: str) -> set[str]:
    return {r[0] for r in db.execute("SELECT key FROM seed_applied WHERE kind = ?", [kind])}


def _mark_applied(db: Database, kind: str, keys: list[str]) -> None:
    db.conn.executemany("INSERT OR IGNORE INTO seed_applied (kind, key) VALUES (?, ?)", [(kind, k) for k in keys])


def plan_project(record: dict) -> Project:
    """A seed record as a project: the plan's words, no invented dates, money or units."""
    target = record.get("target") or {}
    return Project(
        code=record["code"], name=record["name"], category_code=record["category"],
        subcategory=record.get("subcategory", ""), plan_source=record.get("source", ""),
        plan_quote=record.get("quote", ""), plan_target=target.get("text", "") if target else "",
        content=record.get("content", ""), locations=list(record.get("locations", [])), origin=Origin.PLAN,
    )


def _seed_projects(db: Database, records: list[dict], user: str) -> None:
    for record in records:
        project = plan_project(record)
        project_id = db["projects"].insert(
            {
                "code": project.code, "name": project.name, "category_code": project.category_code,
                "subcategory": project.subcategory, "plan_source": project.plan_source,
                "plan_quote": project.plan_quote, "plan_target": project.plan_target,
                "content": project.content, "origin": str(Origin.PLAN), "stage": str(project.stage),
                "sort_key": sort_key(project.name), "search_text": search_text(project.name),
                "updated_by": user,
            }
        ).last_pk
        if project.locations:
            db["project_locations"].insert_all(
                [{"project_id": project_id, "location_code": c} for c in project.locations]
            )
        history.record(db, [Change("project", str(project_id), project_id, "insert", "code", None, project.code)], user)
        _mark_applied(db, "projects", [project.code])
