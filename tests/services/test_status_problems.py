"""A project's open problems show with its status (the ledger replaces the free-text problems)."""

from __future__ import annotations

from datetime import date, timedelta

from jnprojects.domain.monthly_problems import Problem, ProblemState
from jnprojects.domain.status_text import reason_text
from jnprojects.services import monthly_problems, status
from jnprojects.services import projects as project_service


def texts_of(ws, project_id: int, as_of: date) -> list[str]:  # noqa: ANN001
    snap = next(s for s in status.snapshots(ws, as_of) if s.id == project_id)
    return [reason_text(r) for r in snap.status.reasons]


def test_open_and_overdue_problems_are_among_the_reasons_until_solved(workspace):
    today = date.today()
    pid = project_service.list_projects(workspace)[0].id
    problem_id, _ = monthly_problems.add_problem(
        workspace, Problem(pid, "用地指标未落实", today - timedelta(days=20), deadline=today - timedelta(days=2)))
    monthly_problems.add_problem(workspace, Problem(pid, "资金缺口", today - timedelta(days=1)))
    assert "存在未解决问题2个，其中逾期1个" in texts_of(workspace, pid, today)
    # As of a day before either was raised, there was nothing to show.
    assert not any("未解决问题" in t for t in texts_of(workspace, pid, today - timedelta(days=30)))
    monthly_problems.resolve_problem(workspace, problem_id, ProblemState.SOLVED, "已落实", today)
    assert "存在未解决问题1个" in texts_of(workspace, pid, today + timedelta(days=1))
