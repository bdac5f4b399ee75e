"""Filling a database from the plan's seed files under ``resources/seed``.

Idempotent and respectful of the office's work: rows are matched by their stable codes and only
missing ones are added, so a second run changes nothing and never overwrites a user's edit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from ..domain.model import Origin, Project
from ..domain.text_keys import search_text, sort_key
from ..paths import seed_dir
from . import history
from .history import Change


@dataclass
class SeedResult:
    """How many rows of each kind the run added (zero everywhere on a re-run)."""

    added: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.added.values())


def _load(directory: Path, name: str) -> list[dict]:
    return json.loads((directory / name).read_text(encoding="utf-8"))


def seed(db: sqlite_utils.Database, user: str = "", directory: Path | None = None) -> SeedResult:
    """Add every category, location, indicator and plan project that is not there yet."""
    directory = directory or seed_dir()
    result = SeedResult()
    with db.atomic():
        result.added["categories"] = _insert_missing(
            db, "categories", "code", _load(directory, "categories.json"),
            ("code", "prefix", "name_zh", "name_en", "sort_order"),
        )
        result.added["locations"] = _insert_missing(
            db, "locations", "code", _load(directory, "locations.json"),
            ("code", "name", "short_name", "kind", "sort_order"),
        )
        result.added["indicators"] = _insert_missing(
            db, "indicators", "seq", _load(directory, "indicators.json"),
            ("seq", "group_name", "name", "unit", "value_2021", "target_2025", "target_2035", "direction"),
            rename={"group": "group_name"},
        )
        result.added["projects"] = _seed_projects(db, _load(directory, "projects.json"), user)
    return result


def _insert_missing(
    db: sqlite_utils.Database, table: str, key: str, records: list[dict], columns: tuple[str, ...],
    rename: dict[str, str] | None = None,
) -> int:
    rename = rename or {}
    existing = {r[0] for r in db.execute(f"SELECT {key} FROM {table}")} | _applied(db, table)
    rows = []
    for record in records:
        row = {rename.get(k, k): v for k, v in record.items()}
        if row[key] not in existing:
            rows.append({c: row.get(c) for c in columns if c in row})
    if rows:
        db[table].insert_all(rows)
        _mark_applied(db, table, [str(r[key]) for r in rows])
    return len(rows)


def _applied(db: sqlite_utils.Database, kind: str) -> set[str]:
    return {r[0] for r in db.execute("SELECT key FROM seed_applied WHERE kind = ?", [kind])}


def _mark_applied(db: sqlite_utils.Database, kind: str, keys: list[str]) -> None:
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


def _seed_projects(db: sqlite_utils.Database, records: list[dict], user: str) -> int:
    existing = {r[0] for r in db.execute("SELECT code FROM projects")} | _applied(db, "projects")
    added = 0
    for record in records:
        if record["code"] in existing:
            continue
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
        added += 1
    return added
