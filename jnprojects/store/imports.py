"""SQL for the Excel exchange: import batches, the database identity, remembered ledger mappings,
units and annual plans written by an import, and the joined facts the sheets show.

Writes here take an optional ``batch_id`` so every change an import makes lands in the change log
with its ``import_batches`` row; callers run them inside the import's single transaction (the
``db.atomic()`` blocks here nest as savepoints).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from ..bulk import records
from ..domain.errors import ConflictError, ValidationError
from ..domain.model import ProgressReport
from ..domain.values import date_from_db, money_from_db
from . import history
from .connection import Database
from .history import Change
from .reports import REPORT_FIELDS
from .sql_text import IN_LIST, json_list

DATABASE_ID_KEY = "database.id"
MAPPING_PREFIX = "ledger.mapping."


# --- settings that belong to the exchange ---------------------------------------------------

def get_setting(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def put_setting(db: Database, key: str, value: str) -> None:
    """Store a bookkeeping setting (identity, remembered mapping).

    Not written to the change log: these describe the file and the office's habits, not its data,
    and logging them would put noise into every audit export.
    """
    db.execute("INSERT INTO settings (key, value) VALUES (?, ?)"
               " ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])


def remembered_mapping(db: Database, header_set: str) -> dict[str, str] | None:
    text = get_setting(db, MAPPING_PREFIX + header_set)
    try:
        return dict(json.loads(text)) if text else None
    except (ValueError, TypeError):
        return None  # a damaged memory is only a lost convenience


def remember_mapping(db: Database, header_set: str, mapping: dict[str, str]) -> None:
    put_setting(db, MAPPING_PREFIX + header_set, json.dumps(mapping, ensure_ascii=False, sort_keys=True))


# --- import batches ---------------------------------------------------------------------------

def insert_batch(db: Database, kind: str, file_name: str, sha256: str, user: str,
                 counts: dict[str, int] | None = None) -> int:
    cursor = db.execute(
        "INSERT INTO import_batches (kind, file_name, sha256, user_name, counts) VALUES (?, ?, ?, ?, ?)",
        [kind, file_name, sha256, user, json.dumps(counts or {}, sort_keys=True)],
    )
    return int(cursor.lastrowid)


def set_batch_counts(db: Database, batch_id: int, counts: dict[str, int]) -> None:
    db.execute("UPDATE import_batches SET counts = ? WHERE id = ?", [json.dumps(counts, sort_keys=True), batch_id])


# --- units and annual plans written by imports -----------------------------------------------

def unit_ids(db: Database) -> dict[str, int]:
    return {r[1]: r[0] for r in db.execute("SELECT id, name FROM units")}


def add_unit(db: Database, name: str, user: str, batch_id: int | None) -> int:
    """A new responsible unit, logged with the import batch that brought it."""
    name = name.strip()
    if not name:
        raise ValidationError("required", "unit_name")
    try:
        with db.atomic():
            unit_id = int(db.execute("INSERT INTO units (name) VALUES (?)", [name]).lastrowid)
            history.record(db, [Change("unit", str(unit_id), None, "insert", "name", None, name)], user, batch_id)
    except sqlite3.IntegrityError as exc:
        raise ConflictError("duplicate_unit", "unit_name", {"unit": name}) from exc
    return unit_id


def annual_plan(db: Database, project_id: int, year: int) -> Decimal | None:
    row = db.execute("SELECT planned_investment FROM annual_plans WHERE project_id = ? AND year = ?",
                     [project_id, year]).fetchone()
    return money_from_db(row[0]) if row else None


def set_annual_plan(db: Database, project_id: int, year: int, amount: str, user: str,
                    batch_id: int | None) -> bool:
    """Insert or update one year's planned investment (万元 decimal text); True when it changed."""
    with db.atomic():
        old = db.execute("SELECT planned_investment FROM annual_plans WHERE project_id = ? AND year = ?",
                         [project_id, year]).fetchone()
        if old and Decimal(old[0]) == Decimal(amount):
            return False
        db.execute("INSERT INTO annual_plans (project_id, year, planned_investment) VALUES (?, ?, ?)"
                   " ON CONFLICT (project_id, year) DO UPDATE SET planned_investment = excluded.planned_investment",
                   [project_id, year, amount])
        history.record(db, [Change("annual_plan", f"{project_id}:{year}", project_id, "update" if old else "insert",
                                   "planned_investment", old[0] if old else None, amount)], user, batch_id)
    return True


# --- facts the sheets show ---------------------------------------------------------------------

@dataclass(frozen=True)
class ProjectExtras:
    """What a sheet shows beside the status facts: text fields, place names and units."""

    content: str
    national_code: str
    locations: str
    lead: str
    coop: str
    contact: str


def project_extras(db: Database) -> dict[int, ProjectExtras]:
    """For every project (a few queries, not one per project)."""
    places: dict[int, list[str]] = {}
    for pid, name in db.execute("SELECT pl.project_id, l.name FROM project_locations pl"
                                " JOIN locations l ON l.code = pl.location_code ORDER BY l.sort_order"):
        places.setdefault(pid, []).append(name)
    units: dict[int, dict[str, list[str]]] = {}
    contacts: dict[int, list[str]] = {}
    for pid, name, role, person, phone in db.execute(
            "SELECT pu.project_id, u.name, pu.role, pu.contact_person, pu.phone FROM project_units pu"
            " JOIN units u ON u.id = pu.unit_id ORDER BY pu.role = 'coop', u.name"):
        units.setdefault(pid, {"lead": [], "coop": []})[role].append(name)
        contact = " ".join(part for part in (person.strip(), phone.strip()) if part)
        if contact:
            contacts.setdefault(pid, []).append(contact)
    result = {}
    for pid, content, national in db.execute("SELECT id, content, coalesce(national_code, '') FROM projects"):
        roles = units.get(pid, {"lead": [], "coop": []})
        result[pid] = ProjectExtras(content, national, "、".join(places.get(pid, [])), "、".join(roles["lead"]),
                                    "、".join(roles["coop"]), "；".join(dict.fromkeys(contacts.get(pid, []))))
    return result


def _report(row: tuple) -> ProgressReport:
    return ProgressReport(row[0], row[1], row[2], row[3], money_from_db(row[4]), money_from_db(row[5]),
                          money_from_db(row[6]), row[7], row[8], row[9])


_REPORT_SELECT = f"SELECT project_id, period, {', '.join(REPORT_FIELDS)}, reported_by, reported_at FROM progress_reports"


def reports_for_period(db: Database, period: str,
                       project_ids: Iterable[int] | None = None) -> dict[int, ProgressReport]:
    """The period's reports by project (of ``project_ids`` only, when given)."""
    if project_ids is None:
        rows = db.execute(f"{_REPORT_SELECT} WHERE period = ?", [period])
    else:  # +project_id: the period's rows by their index, each checked against the list (no probe per id)
        rows = db.execute(f"{_REPORT_SELECT} WHERE period = ? AND +project_id IN {IN_LIST}",
                          [period, json_list(project_ids)])
    return {r[0]: _report(r) for r in rows}


def _latest(before: bool) -> str:
    """Each project's latest period up to ``?`` (strictly before it with ``before``): one grouped
    pass over the (project_id, period) index, not a subquery per report."""
    op = "<" if before else "<="
    return f"(SELECT project_id, max(period) AS period FROM progress_reports WHERE period {op} ? GROUP BY project_id)"


def latest_reports(db: Database, period: str, *, before: bool = False) -> dict[int, ProgressReport]:
    """Each project's latest report up to ``period`` (strictly before it with ``before=True``)."""
    return {r[0]: _report(r) for r in db.execute(
        f"{_REPORT_SELECT} r JOIN {_latest(before)} m USING (project_id, period)", [period])}


def latest_texts(db: Database, period: str, project_ids: Iterable[int]) -> dict[int, str]:
    """The latest report's 形象进度 up to ``period`` of these projects (what a progress sheet shows)."""
    return dict(db.execute(
        f"SELECT r.project_id, r.progress_text FROM progress_reports r JOIN {_latest(False)} m"
        f" USING (project_id, period) WHERE r.project_id IN {IN_LIST}", [period, json_list(project_ids)]))


def lead_units(db: Database) -> list[tuple[int, str, list[int]]]:
    """(unit id, unit name, ids of the projects it leads), units leading nothing left out."""
    grouped: dict[int, tuple[str, list[int]]] = {}
    for unit_id, name, pid in db.execute(
            "SELECT u.id, u.name, pu.project_id FROM project_units pu JOIN units u ON u.id = pu.unit_id"
            " JOIN projects p ON p.id = pu.project_id WHERE pu.role = 'lead' ORDER BY u.name, p.code"):
        grouped.setdefault(unit_id, (name, []))[1].append(pid)
    return [(uid, name, pids) for uid, (name, pids) in grouped.items()]


def project_keys(db: Database) -> list[tuple[int, str, str, str | None, str]]:
    """(id, code, name, national code, category code) of every project, for matching rows."""
    return [tuple(r) for r in db.execute("SELECT id, code, name, national_code, category_code FROM projects ORDER BY code")]


# --- what a returned sheet is compared with ---------------------------------------------------

class ImportTarget(NamedTuple):
    """A project's fields that a returned sheet shows and may change (dates and money typed)."""

    id: int
    code: str
    name: str
    content: str
    total_investment: Decimal | None
    planned_start: date | None
    planned_end: date | None
    actual_start: date | None
    actual_end: date | None


def import_targets(db: Database, codes: Iterable[str]) -> dict[str, ImportTarget]:
    """The projects with these codes (unknown codes are left out), by code, in one query."""
    wanted = set(codes)
    day = date_from_db  # a file names up to every project: each date written out rather than a generator per row
    sql = ("SELECT id, code, name, content, total_investment, planned_start, planned_end, actual_start, actual_end"
           " FROM projects")
    # A file naming most of the projects (a returned sheet of all of them): a plain pass over the
    # table, the others dropped here, beats checking each row against a JSON list of the codes
    # (10,000 projects: 22 ms → 16). Both are one pass in rowid order.
    if 2 * len(wanted) >= db.execute("SELECT count(*) FROM projects").fetchone()[0]:
        rows = db.execute(sql)
    else:  # +code: one pass over the table, which beats an index probe per code once a file names
        # thousands of projects (and costs milliseconds when it names a few)
        rows = db.execute(f"{sql} WHERE +code IN {IN_LIST}", [json_list(wanted)])
    return {target.code: target for target in records(ImportTarget, (
        (pid, code, name, content, money_from_db(money), day(ps), day(pe), day(as_), day(ae))
        for pid, code, name, content, money, ps, pe, as_, ae in rows if code in wanted))}


def milestone_targets(db: Database,
                      project_ids: Iterable[int]) -> dict[int, list[tuple[int, int, str, date | None, date | None]]]:
    """(id, seq, name, planned date, actual date) of these projects' milestones in order, in one query."""
    found: dict[int, list[tuple[int, int, str, date | None, date | None]]] = {}
    current_id, current = None, []
    day = date_from_db
    # A returned sheet may show 100,000 milestones: a project's list is looked up once per project,
    # not once per row, as the rows come grouped by project.
    for project_id, milestone_id, seq, name, planned, actual in db.execute(
            "SELECT project_id, id, seq, name, planned_date, actual_date FROM milestones"
            f" WHERE project_id IN {IN_LIST} ORDER BY project_id, seq, id", [json_list(project_ids)]):
        if project_id != current_id:
            current_id, current = project_id, found.setdefault(project_id, [])
        current.append((milestone_id, seq, name, day(planned), day(actual)))
    return found
