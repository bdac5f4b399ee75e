"""What a returned sheet is compared with, read in a few set-based queries: each project's latest
report around a month (with gaps between reports), and only the projects, reports, ledger entries
and milestones asked for."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jnprojects.domain.model import ProgressReport
from jnprojects.domain.monthly_problems import Problem
from jnprojects.store import imports, problems, reports


def _seed(db) -> tuple[int, int]:  # noqa: ANN001
    first, second = (r[0] for r in db.execute("SELECT id FROM projects ORDER BY code LIMIT 2"))
    reports.upsert(db, [ProgressReport(first, "2026-01", "一月"), ProgressReport(first, "2026-03", "三月"),
                        ProgressReport(second, "2026-02", "二月")], "tester")
    return first, second


def test_latest_reports_skip_the_months_without_one(workspace):
    first, second = _seed(workspace.db)

    def latest(period: str, before: bool = False) -> dict[int, str]:
        return {pid: r.period for pid, r in imports.latest_reports(workspace.db, period, before=before).items()}

    assert latest("2026-02") == {first: "2026-01", second: "2026-02"}
    assert latest("2026-03") == {first: "2026-03", second: "2026-02"}
    assert latest("2026-03", before=True) == {first: "2026-01", second: "2026-02"}
    assert latest("2025-12") == {}
    # Only the projects asked for:
    assert imports.latest_texts(workspace.db, "2026-02", [first]) == {first: "一月"}
    assert list(imports.reports_for_period(workspace.db, "2026-03", [first, second])) == [first]
    assert imports.reports_for_period(workspace.db, "2026-03", [second]) == {}
    problems.add(workspace.db, Problem(first, "资金未到位", date(2026, 1, 5)), "tester")
    problems.add(workspace.db, Problem(second, "征地未完成", date(2026, 1, 5)), "tester")
    assert problems.descriptions(workspace.db, date(2026, 2, 1), [second]) == {second: ["征地未完成"]}
    assert problems.descriptions(workspace.db, project_ids=[first]) == {first: ["资金未到位"]}


def test_targets_are_the_named_projects_with_typed_values(workspace):
    db = workspace.db
    (pid, code), (other, _code) = db.execute("SELECT id, code FROM projects ORDER BY code LIMIT 2").fetchall()
    db.execute("UPDATE projects SET total_investment = '1234.5', planned_start = '2026-01-15' WHERE id = ?", [pid])
    db.execute("INSERT INTO milestones (project_id, seq, name, planned_date) VALUES (?, 1, '立项', '2026-02-01'),"
               " (?, 2, '开工', NULL), (?, 1, '别的项目的节点', NULL)", [pid, pid, other])
    targets = imports.import_targets(db, [code, "ZZ-999"])
    assert list(targets) == [code]  # an unknown code is left out
    assert (targets[code].id, targets[code].total_investment, targets[code].planned_start) == (
        pid, Decimal("1234.5"), date(2026, 1, 15))
    found = imports.milestone_targets(db, [pid])
    assert [(seq, name, planned) for _id, seq, name, planned, _done in found[pid]] == [
        (1, "立项", date(2026, 2, 1)), (2, "开工", None)]
    assert list(found) == [pid]


def test_a_target_is_the_first_fields_of_what_the_file_is_compared_with():
    # The import service builds each ProjectNow from an ImportTarget by position.
    from jnprojects.exchange.progress_import import ProjectNow

    assert ProjectNow._fields[:len(imports.ImportTarget._fields)] == imports.ImportTarget._fields


def test_targets_are_the_named_projects_whether_a_file_names_few_or_most_of_them(workspace):
    db = workspace.db
    every = [code for (code,) in db.execute("SELECT code FROM projects ORDER BY code")]
    assert len(every) >= 4
    most = every[1:] + ["ZZ-999"]  # read in one pass over the table, the others dropped
    assert sorted(imports.import_targets(db, most)) == every[1:]
    few = [every[0], "ZZ-999"]  # checked against the list in SQL
    assert list(imports.import_targets(db, few)) == [every[0]]
    assert imports.import_targets(db, []) == {}
