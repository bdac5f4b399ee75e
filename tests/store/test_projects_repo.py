"""Create, update and delete of projects, milestones and unit assignments through the store."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

import pytest

from jnprojects.domain.errors import ConflictError, ValidationError, ValidationErrors
from jnprojects.domain.model import Assignment, Milestone, Project, Role, Stage, Unit
from jnprojects.domain.query import ProjectFilter, ProjectSort, SortColumn
from jnprojects.store import projects, reference


def _dump(db) -> list[str]:
    return list(db.conn.iterdump())


@pytest.fixture
def db(workspace):
    return workspace.db


def _new(db, name: str = "测试道路工程", category: str = "transport") -> Project:
    return Project(code=projects.next_code(db, category), name=name, category_code=category)


def test_create_update_delete_project_with_children(db):
    reference.add_unit(db, Unit("济宁市交通运输局"), "tester")
    reference.add_unit(db, Unit("任城区人民政府"), "tester")
    project = _new(db)
    project.total_investment = Decimal("125000.5")
    project.planned_start, project.planned_end = date(2026, 3, 1), date(2028, 12, 31)
    project.locations = ["rencheng"]
    project.assignments = [Assignment("济宁市交通运输局", Role.LEAD, "王工", "0537-1234567"),
                           Assignment("任城区人民政府", Role.COOP)]
    project.milestones = [Milestone("开工", date(2026, 3, 1)), Milestone("主体完工", date(2027, 12, 31), weight=60)]
    project_id = projects.save(db, project, "tester")

    stored = projects.get(db, project_id)
    assert stored.total_investment == Decimal("125000.5")
    assert [m.name for m in stored.milestones] == ["开工", "主体完工"]
    assert stored.lead_units == ["济宁市交通运输局"]
    assert stored.locations == ["rencheng"]

    stored.milestones[0].actual_date = date(2026, 3, 15)
    del stored.milestones[1]
    stored.assignments = [a for a in stored.assignments if a.role == Role.LEAD]
    stored.assignments[0].phone = "0537-7654321"
    projects.save(db, stored, "tester")
    again = projects.get(db, project_id)
    assert [(m.name, m.actual_date) for m in again.milestones] == [("开工", date(2026, 3, 15))]
    assert [(a.unit_name, a.phone) for a in again.assignments] == [("济宁市交通运输局", "0537-7654321")]

    projects.delete(db, project_id, "tester")
    assert projects.id_for_code(db, project.code) is None
    assert db.execute("SELECT count(*) FROM milestones WHERE project_id = ?", [project_id]).fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM project_units WHERE project_id = ?", [project_id]).fetchone()[0] == 0


def test_every_field_change_is_logged_with_user(db):
    project = _new(db)
    project_id = projects.save(db, project, "alice")
    stored = projects.get(db, project_id)
    stored.stage = Stage.CONSTRUCTION
    stored.milestones = [Milestone("开工", date(2026, 5, 1))]
    projects.save(db, stored, "bob")
    rows = db.execute(
        "SELECT user_name, entity, action, field, old_value, new_value FROM change_log WHERE project_id = ?"
        " ORDER BY id", [project_id]
    ).fetchall()
    assert ("alice", "project", "insert", "code", None, project.code) in rows
    assert ("bob", "project", "update", "stage", "planned", "construction") in rows
    assert ("bob", "milestone", "insert", "name", None, "开工") in rows


def test_end_before_start_is_refused_and_nothing_changes(db):
    project_id = projects.save(db, _new(db), "tester")
    before = _dump(db)
    stored = projects.get(db, project_id)
    stored.planned_start, stored.planned_end = date(2027, 1, 1), date(2026, 1, 1)
    with pytest.raises(ValidationErrors) as caught:
        projects.save(db, stored, "tester")
    assert [(e.code, e.field) for e in caught.value.errors] == [("end_before_start", "planned_end")]
    assert _dump(db) == before


def test_unknown_unit_is_refused_and_nothing_changes(db):
    project_id = projects.save(db, _new(db), "tester")
    before = _dump(db)
    stored = projects.get(db, project_id)
    stored.name = "改了名字"
    stored.assignments = [Assignment("不存在的单位", Role.LEAD)]
    with pytest.raises(ValidationError) as caught:
        projects.save(db, stored, "tester")
    assert caught.value.code == "unknown_unit"
    assert _dump(db) == before  # the rename in the same save was rolled back too


def test_duplicate_code_is_a_conflict_and_nothing_changes(db):
    first = _new(db)
    projects.save(db, first, "tester")
    before = _dump(db)
    clash = Project(code=first.code, name="另一个项目", category_code="transport")
    with pytest.raises(ConflictError) as caught:
        projects.save(db, clash, "tester")
    assert caught.value.code == "duplicate_code"
    assert _dump(db) == before


def test_database_constraints_hold_even_without_domain_checks(db):
    with pytest.raises(sqlite3.IntegrityError):
        with db.atomic():
            db.execute("INSERT INTO projects (code, name, category_code, planned_start, planned_end)"
                       " VALUES ('JT-999', 'x', 'transport', '2027-01-01', '2026-01-01')")
    with pytest.raises(sqlite3.IntegrityError):
        with db.atomic():
            db.execute("INSERT INTO projects (code, name, category_code, total_investment)"
                       " VALUES ('JT-998', 'x', 'transport', '-5')")
    with pytest.raises(sqlite3.IntegrityError):
        with db.atomic():
            db.execute("INSERT INTO projects (code, name, category_code, planned_start)"
                       " VALUES ('JT-997', 'x', 'transport', '2026-02-30')")
    with pytest.raises(sqlite3.IntegrityError):
        with db.atomic():
            db.execute("INSERT INTO projects (code, name, category_code) VALUES ('JT-996', 'x', 'nope')")


def test_filters_and_search_in_sql(db):
    reference.add_unit(db, Unit("邹城市人民政府"), "tester")
    road = _new(db, "测试快速路改造工程")
    road.locations = ["zoucheng"]
    road.content = "新建城市道路10公里"
    road.stage = Stage.CONSTRUCTION
    road.assignments = [Assignment("邹城市人民政府", Role.LEAD)]
    road_id = projects.save(db, road, "tester")

    def ids(**kwargs) -> set[int]:
        return {r.id for r in projects.list_rows(db, ProjectFilter(**kwargs))}

    assert road_id in ids(text="道路")           # two-character word in the content
    assert road_id in ids(text="csksl")          # pinyin initials of 测试快速路
    assert road_id in ids(text="CSKSL")          # initials typed in capitals
    assert ids(location="zoucheng", stage=Stage.CONSTRUCTION) == {road_id}
    unit_id = db.execute("SELECT id FROM units WHERE name = '邹城市人民政府'").fetchone()[0]
    assert ids(unit_id=unit_id) == {road_id}
    assert road_id not in ids(category="energy")
    assert ids(text="100%") == set()            # LIKE wildcards are taken literally


def test_name_sort_is_by_pinyin(db):
    for name in ("阿城测试", "中山测试", "北京测试"):
        projects.save(db, _new(db, name), "tester")
    rows = projects.list_rows(db, ProjectFilter(text="测试"), ProjectSort(SortColumn.NAME))
    assert [r.name for r in rows] == ["阿城测试", "北京测试", "中山测试"]  # a, b, z — not code-point order
    rows = projects.list_rows(db, ProjectFilter(text="测试"), ProjectSort(SortColumn.NAME, descending=True))
    assert [r.name for r in rows] == ["中山测试", "北京测试", "阿城测试"]


def test_list_row_joins_places_in_their_order_and_lead_units_by_name(db):
    for name in ("邹城市人民政府", "济宁市交通运输局", "任城区人民政府"):
        reference.add_unit(db, Unit(name), "tester")
    project = _new(db, "测试多地项目")
    project.locations = ["zoucheng", "rencheng"]  # entered out of the places' own order
    project.assignments = [Assignment("邹城市人民政府", Role.LEAD), Assignment("任城区人民政府", Role.COOP),
                           Assignment("济宁市交通运输局", Role.LEAD)]
    project_id = projects.save(db, project, "tester")
    db.execute("INSERT INTO progress_reports (project_id, period, progress_pct) VALUES (?, '2026-01', 20),"
               " (?, '2026-03', 45), (?, '2026-02', 30)", [project_id] * 3)
    row = next(r for r in projects.list_rows(db) if r.id == project_id)
    assert row.locations == "任城、邹城"
    assert row.location_codes == frozenset({"rencheng", "zoucheng"})
    assert row.lead_units == "济宁市交通运输局、邹城市人民政府"  # by name; the cooperating unit is not a lead
    assert len(row.unit_ids) == 3
    assert row.progress_pct == 45  # the latest period's figure, not the last one written
    assert row.category_name == db.execute("SELECT name_zh FROM categories WHERE code = 'transport'").fetchone()[0]


def test_unit_choices_are_the_units_in_picker_order(db):
    for name in ("邹城市人民政府", "济宁市交通运输局", "任城区人民政府"):
        reference.add_unit(db, Unit(name), "tester")
    assert reference.unit_choices(db) == [(u.id, u.name) for u in reference.units(db)]


def test_the_list_reads_each_latest_progress_from_an_index_alone(db):
    """Reading the report rows for their 形象进度 was a third of the list's load at 10,000 projects."""
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        projects.list_rows(db)
    finally:
        db.conn.set_trace_callback(None)
    query = next(s for s in statements if "progress_reports" in s)
    plan = " ".join(step[3] for step in db.conn.execute("EXPLAIN QUERY PLAN " + query))
    assert "COVERING INDEX idx_progress_latest" in plan
