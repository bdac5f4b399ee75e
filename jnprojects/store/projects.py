"""Projects with their locations, responsible units and milestones: the only SQL for them.

Every write runs in one ``db.atomic()`` transaction together with its change-log rows; a
constraint violation rolls the whole write back and surfaces as a domain error.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date

from ..bulk import gc_paused
from ..domain.errors import ConflictError, NotFoundError, ValidationError
from ..domain.model import Assignment, Kind, Level, Milestone, Origin, Project, ProjectRow, Role, Stage
from ..domain.query import ProjectFilter, ProjectSort, sort_rows
from ..domain.text_keys import search_text, sort_key
from ..domain.validation import check_project
from ..domain.values import date_from_db as _date
from ..domain.values import money_from_db, money_to_db
from . import history
from .connection import Database
from .history import Change
from .sql_text import IN_LIST, json_list, like_pattern

PROJECT_FIELDS = (
    "code", "national_code", "name", "category_code", "subcategory", "level", "kind", "plan_source",
    "plan_quote", "plan_target", "content", "total_investment", "planned_start", "planned_end",
    "actual_start", "actual_end", "stage", "notes", "origin",
)
MILESTONE_FIELDS = ("seq", "name", "planned_date", "actual_date", "weight", "valid_until", "note")

def _where(flt: ProjectFilter) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if flt.category:
        clauses.append("p.category_code = ?")
        params.append(flt.category)
    if flt.stage:
        clauses.append("p.stage = ?")
        params.append(str(flt.stage))
    if flt.location:
        clauses.append("p.id IN (SELECT project_id FROM project_locations WHERE location_code = ?)")
        params.append(flt.location)
    if flt.unit_id is not None:
        clauses.append("p.id IN (SELECT project_id FROM project_units WHERE unit_id = ?)")
        params.append(flt.unit_id)
    if flt.ids is not None:
        clauses.append(f"p.id IN {IN_LIST}")
        params.append(json_list(flt.ids))
    text = flt.text.strip()
    if text:
        pattern = like_pattern(text)
        # Plain LIKE: an FTS5 trigram index cannot find two-character words such as 道路.
        clauses.append(
            "(p.name LIKE ? ESCAPE '\\' OR p.content LIKE ? ESCAPE '\\' OR p.code LIKE ? ESCAPE '\\'"
            " OR p.search_text LIKE ? ESCAPE '\\' OR p.plan_quote LIKE ? ESCAPE '\\')"
        )
        params.extend([pattern, pattern, pattern, like_pattern(text.lower()), pattern])
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


# What the search box looks in (a row's ``haystack``): the same columns as the filter's LIKE.
_SEARCH_TEXT = "lower(p.name || ' ' || p.code || ' ' || p.content || ' ' || p.plan_quote || ' ' || p.search_text)"


def list_rows(
    db: Database, flt: ProjectFilter = ProjectFilter(), sort: ProjectSort = ProjectSort(), *,
    search_texts: bool = True,
) -> list[ProjectRow]:
    """The project list, filtered in SQL and sorted by the shared column orders; without
    ``search_texts`` every row's ``haystack`` is left empty, for :func:`search_texts` to fill.

    The joined facts come from one plain query per table, joined in Python: the small tables
    (categories, locations) as dictionaries, a project's locations from one covering-index scan of
    their link table, its units with their names from one pass over theirs, and the latest progress
    by one index seek per project.
    Per-row ``group_concat`` subqueries, SQL joins with ``ORDER BY`` and a ``GROUP BY`` over every
    report (which reads all 120,000 report rows) were each several times slower at 10,000 projects.
    """
    where, params = _where(flt)
    search_column = _SEARCH_TEXT if search_texts else "''"
    categories = {r[0]: (r[1], r[2]) for r in db.execute("SELECT code, name_zh, sort_order FROM categories")}
    places = {r[0]: (r[1], r[2]) for r in db.execute("SELECT code, short_name, sort_order FROM locations")}
    # The rows of a few projects (re-read after an edit) need only their own links.
    links, link_params = ((f" WHERE project_id IN {IN_LIST}", [json_list(flt.ids)]) if flt.ids is not None
                          else ("", []))
    with gc_paused():  # 10,000 rows of frozensets and strings, all kept
        locations: dict[int, list[str]] = {}
        for project_id, code in db.execute("SELECT project_id, location_code FROM project_locations" + links,
                                           link_params):
            if project_id in locations:  # a test and a store: setdefault built a list per row
                locations[project_id].append(code)
            else:
                locations[project_id] = [code]
        units: dict[int, list[int]] = {}
        leads: dict[int, list[str]] = {}
        for project_id, unit_id, lead_name in db.execute(
                "SELECT project_id, unit_id, CASE role WHEN 'lead' THEN u.name END"
                " FROM project_units JOIN units u ON u.id = unit_id" + links, link_params):
            if project_id in units:
                units[project_id].append(unit_id)
            else:
                units[project_id] = [unit_id]
            if lead_name is not None:
                if project_id in leads:
                    leads[project_id].append(lead_name)
                else:
                    leads[project_id] = [lead_name]
        # Most projects have one place and one unit: their texts and key sets are built once per
        # place or unit and shared (immutable), not once per row.
        one_place = {code: (short_name, frozenset((code,))) for code, (short_name, _) in places.items()}
        one_unit: dict[int, frozenset[int]] = {}
        rows = []
        for pid, code, name, category, start, end, stage, key, haystack, progress in db.execute(
            "SELECT p.id, p.code, p.name, p.category_code, p.planned_start, p.planned_end, p.stage, p.sort_key,"
            f" {search_column},"
            # The latest report's figure: one seek per project on idx_progress_latest, which holds it.
            " (SELECT r.progress_pct FROM progress_reports r WHERE r.project_id = p.id ORDER BY r.period DESC LIMIT 1)"
            " FROM projects p" + where,
            params,
        ):
            codes = locations.get(pid)
            if codes is None:
                place_text, place_codes = _NO_PLACE
            elif len(codes) == 1:
                place_text, place_codes = one_place[codes[0]]
            else:  # in the places' own order, as the filter box lists them
                codes = sorted(codes, key=lambda c: (places[c][1], c))
                place_text, place_codes = "、".join([places[c][0] for c in codes]), frozenset(codes)
            ids = units.get(pid, _NONE)
            if len(ids) == 1:
                unit_ids = one_unit.get(ids[0])
                if unit_ids is None:
                    unit_ids = one_unit[ids[0]] = frozenset(ids)
            else:
                unit_ids = frozenset(ids)
            names = leads.get(pid, _NONE)
            category_name, category_order = categories[category]
            # In field order, unnamed: keyword arguments took a fifth of this loop at 10,000 rows.
            rows.append(ProjectRow(
                pid, code, name, category, category_name, place_text,
                "、".join(sorted(names) if len(names) > 1 else names), _date(start), _date(end), _STAGES[stage],
                progress, key, category_order, place_codes, unit_ids, haystack,
            ))
    return sort_rows(rows, sort)


_NONE: list = []  # a project without locations or units (never mutated)
_NO_PLACE: tuple[str, frozenset[str]] = ("", frozenset())


def search_texts(db: Database) -> dict[int, str]:
    """Every project's search text (a list row's ``haystack``), by id."""
    return dict(db.execute(f"SELECT p.id, {_SEARCH_TEXT} FROM projects p").fetchall())


def count(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM projects").fetchone()[0])


_STAGES = {str(stage): stage for stage in Stage}  # Stage(text) per row cost more than the row


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _project_columns(project: Project) -> dict[str, object]:
    return {
        "code": project.code.strip(),
        "national_code": (project.national_code or "").strip() or None,
        "name": project.name.strip(),
        "category_code": project.category_code,
        "subcategory": project.subcategory,
        "level": str(project.level) if project.level else None,
        "kind": str(project.kind) if project.kind else None,
        "plan_source": project.plan_source,
        "plan_quote": project.plan_quote,
        "plan_target": project.plan_target,
        "content": project.content,
        "total_investment": money_to_db(project.total_investment),
        "planned_start": _iso(project.planned_start),
        "planned_end": _iso(project.planned_end),
        "actual_start": _iso(project.actual_start),
        "actual_end": _iso(project.actual_end),
        "stage": str(project.stage),
        "notes": project.notes,
        "origin": str(project.origin),
    }


def _milestone_columns(milestone: Milestone, seq: int) -> dict[str, object]:
    return {
        "seq": seq,
        "name": milestone.name.strip(),
        "planned_date": _iso(milestone.planned_date),
        "actual_date": _iso(milestone.actual_date),
        "weight": milestone.weight,
        "valid_until": _iso(milestone.valid_until),
        "note": milestone.note,
    }


def get(db: Database, project_id: int) -> Project:
    found = get_many(db, [project_id])
    if project_id not in found:
        raise NotFoundError("project_not_found", params={"id": project_id})
    return found[project_id]


def get_many(db: Database, project_ids: Iterable[int]) -> dict[int, Project]:
    """Projects by id (unknown ids are left out), each complete as :func:`get` returns it, in four
    queries whatever their number: an import compares 10,000 projects, and four queries per
    project took seconds."""
    ids = json_list(project_ids)
    projects = {
        row[0]: _project(row)
        for row in db.execute(
            f"SELECT id, {', '.join(PROJECT_FIELDS)}, updated_at, updated_by FROM projects WHERE id IN {IN_LIST}", [ids]
        )
    }
    for project_id, code in db.execute(
        "SELECT pl.project_id, pl.location_code FROM project_locations pl JOIN locations l ON l.code = pl.location_code"
        f" WHERE pl.project_id IN {IN_LIST} ORDER BY pl.project_id, l.sort_order", [ids]
    ):
        projects[project_id].locations.append(code)
    for project_id, *r in db.execute(
        "SELECT pu.project_id, u.name, pu.role, pu.contact_person, pu.phone, u.id FROM project_units pu"
        f" JOIN units u ON u.id = pu.unit_id WHERE pu.project_id IN {IN_LIST}"
        " ORDER BY pu.project_id, pu.role = 'coop', u.name", [ids]
    ):
        projects[project_id].assignments.append(
            Assignment(unit_name=r[0], role=Role(r[1]), contact_person=r[2], phone=r[3], unit_id=r[4])
        )
    with gc_paused():
        for project_id, *r in db.execute(
            f"SELECT project_id, id, {', '.join(MILESTONE_FIELDS)} FROM milestones WHERE project_id IN {IN_LIST}"
            " ORDER BY project_id, seq, id", [ids]
        ):
            projects[project_id].milestones.append(Milestone(
                id=r[0], seq=r[1], name=r[2], planned_date=_date(r[3]), actual_date=_date(r[4]), weight=r[5],
                valid_until=_date(r[6]), note=r[7],
            ))
    return projects


def _project(row: tuple) -> Project:
    values = dict(zip(("id", *PROJECT_FIELDS, "updated_at", "updated_by"), row))
    return Project(
        id=values["id"], code=values["code"], national_code=values["national_code"], name=values["name"],
        category_code=values["category_code"], subcategory=values["subcategory"],
        level=Level(values["level"]) if values["level"] else None,
        kind=Kind(values["kind"]) if values["kind"] else None,
        plan_source=values["plan_source"], plan_quote=values["plan_quote"], plan_target=values["plan_target"],
        content=values["content"], total_investment=money_from_db(values["total_investment"]),
        planned_start=_date(values["planned_start"]), planned_end=_date(values["planned_end"]),
        actual_start=_date(values["actual_start"]), actual_end=_date(values["actual_end"]),
        stage=Stage(values["stage"]), notes=values["notes"], origin=Origin(values["origin"]),
        updated_at=values["updated_at"], updated_by=values["updated_by"],
    )


def id_for_code(db: Database, code: str) -> int | None:
    row = db.execute("SELECT id FROM projects WHERE code = ?", [code]).fetchone()
    return row[0] if row else None


def next_code(db: Database, category_code: str) -> str:
    """The next free code in the category (prefix + number), never reusing a deleted number's
    neighbours' numbers: one more than the highest in use."""
    row = db.execute("SELECT prefix FROM categories WHERE code = ?", [category_code]).fetchone()
    if row is None:
        raise ValidationError("unknown_category", "category_code", {"value": category_code})
    prefix = row[0]
    highest = db.execute(
        "SELECT max(CAST(substr(code, length(?) + 2) AS INTEGER)) FROM projects WHERE code LIKE ? || '-%'",
        [prefix, prefix],
    ).fetchone()[0]
    return f"{prefix}-{(highest or 0) + 1:03d}"


def save(db: Database, project: Project, user: str, batch_id: int | None = None) -> int:
    """Insert or update a project and its children in one transaction; return its id.

    Children are matched by identity: milestones by id (new ones have none), units by name,
    locations by code. Everything that differs is written to the change log.
    """
    check_project(project)
    try:
        with db.atomic():
            project_id = _write_project(db, project, user, batch_id)
    except sqlite3.IntegrityError as exc:
        raise _integrity_error(exc, project) from exc
    return project_id


def _integrity_error(exc: sqlite3.IntegrityError, project: Project) -> ConflictError | ValidationError:
    message = str(exc)
    if "projects.code" in message:
        return ConflictError("duplicate_code", "code", {"value": project.code})
    if "projects.national_code" in message:
        return ConflictError("duplicate_national_code", "national_code", {"value": project.national_code})
    if "FOREIGN KEY" in message:
        return ValidationError("unknown_reference", "", {"detail": message})
    return ValidationError("constraint", "", {"detail": message})


def _write_project(db: Database, project: Project, user: str, batch_id: int | None) -> int:
    columns = _project_columns(project)
    keys = {"sort_key": sort_key(project.name.strip()), "search_text": search_text(project.name.strip())}
    stamp = {"updated_by": user, "updated_at": _now(db)}
    if project.id is None:
        project_id = db["projects"].insert({**columns, **keys, **stamp}).last_pk
        changes = [Change("project", str(project_id), project_id, "insert", "code", None, columns["code"])]
        old_project = None
    else:
        project_id = project.id
        old_project = get(db, project_id)
        old_columns = _project_columns(old_project)
        changes = history.diff("project", str(project_id), project_id, old_columns, columns)
        if changes:
            db["projects"].update(project_id, {**columns, **keys, **stamp})
    changes += _write_locations(db, project_id, old_project, project.locations)
    changes += _write_assignments(db, project_id, old_project, project.assignments)
    changes += _write_milestones(db, project_id, old_project, project.milestones)
    if changes and project.id is not None:
        db["projects"].update(project_id, stamp)
    history.record(db, changes, user, batch_id)
    return int(project_id)


def _now(db: Database) -> str:
    return db.execute("SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')").fetchone()[0]


def _write_locations(
    db: Database, project_id: int, old: Project | None, codes: list[str]
) -> list[Change]:
    before = old.locations if old else []
    if sorted(before) == sorted(codes):
        return []
    known = {r[0] for r in db.execute("SELECT code FROM locations")}
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise ValidationError("unknown_location", "locations", {"value": unknown[0]})
    db.execute("DELETE FROM project_locations WHERE project_id = ?", [project_id])
    db["project_locations"].insert_all(
        [{"project_id": project_id, "location_code": c} for c in dict.fromkeys(codes)]
    )
    return [Change("project", str(project_id), project_id, "update", "locations", "、".join(before) or None,
                   "、".join(codes) or None)]


def _write_assignments(
    db: Database, project_id: int, old: Project | None, assignments: list[Assignment]
) -> list[Change]:
    before = {a.unit_name: a for a in (old.assignments if old else [])}
    after: dict[str, Assignment] = {}
    for assignment in assignments:
        name = assignment.unit_name.strip()
        row = db.execute("SELECT id FROM units WHERE name = ?", [name]).fetchone()
        if row is None:
            raise ValidationError("unknown_unit", "assignments", {"value": name})
        after[name] = Assignment(name, Role(assignment.role), assignment.contact_person.strip(),
                                 assignment.phone.strip(), row[0])
    changes: list[Change] = []
    for name, gone in before.items():
        if name not in after:
            db.execute("DELETE FROM project_units WHERE project_id = ? AND unit_id = ?", [project_id, gone.unit_id])
            changes.append(Change("assignment", f"{project_id}:{gone.unit_id}", project_id, "delete", "unit", name, None))
    for name, new in after.items():
        values = {"role": str(new.role), "contact_person": new.contact_person, "phone": new.phone}
        if name not in before:
            db["project_units"].insert({"project_id": project_id, "unit_id": new.unit_id, **values})
            changes.append(Change("assignment", f"{project_id}:{new.unit_id}", project_id, "insert", "unit", None,
                                  f"{name}（{values['role']}）"))
            continue
        old_values = {"role": str(before[name].role), "contact_person": before[name].contact_person,
                      "phone": before[name].phone}
        delta = history.diff("assignment", f"{project_id}:{new.unit_id}", project_id, old_values, values)
        if delta:
            db.execute(
                "UPDATE project_units SET role = ?, contact_person = ?, phone = ? WHERE project_id = ? AND unit_id = ?",
                [values["role"], values["contact_person"], values["phone"], project_id, new.unit_id],
            )
            changes += delta
    return changes


def _write_milestones(
    db: Database, project_id: int, old: Project | None, milestones: list[Milestone]
) -> list[Change]:
    before = {m.id: m for m in (old.milestones if old else [])}
    kept_ids = {m.id for m in milestones if m.id is not None}
    foreign = kept_ids - set(before)
    if foreign:
        raise NotFoundError("milestone_not_found", "milestones", {"id": sorted(foreign)[0]})
    changes: list[Change] = []
    for milestone_id, gone in before.items():
        if milestone_id not in kept_ids:
            db.execute("DELETE FROM milestones WHERE id = ?", [milestone_id])
            changes.append(Change("milestone", str(milestone_id), project_id, "delete", "name", gone.name, None))
    for seq, milestone in enumerate(milestones, start=1):
        values = _milestone_columns(milestone, seq)
        if milestone.id is None:
            new_id = db["milestones"].insert({"project_id": project_id, **values}).last_pk
            milestone.id = new_id
            changes.append(Change("milestone", str(new_id), project_id, "insert", "name", None, values["name"]))
        else:
            old_values = _milestone_columns(before[milestone.id], before[milestone.id].seq)
            delta = history.diff("milestone", str(milestone.id), project_id, old_values, values)
            if delta:
                db["milestones"].update(milestone.id, values)
                changes += delta
    return changes


def delete(db: Database, project_id: int, user: str) -> None:
    """Delete a project with its children; the log keeps its code and name."""
    project = get(db, project_id)
    with db.atomic():
        db.execute("DELETE FROM projects WHERE id = ?", [project_id])
        history.record(
            db,
            [Change("project", str(project_id), project_id, "delete", "code", project.code, None),
             Change("project", str(project_id), project_id, "delete", "name", project.name, None)],
            user,
        )
