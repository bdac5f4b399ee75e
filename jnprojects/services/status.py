"""Schedule status of many projects as of a date, with the thresholds stored in the database."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from ..bulk import gc_paused
from ..domain.dashboard_data import ProjectSnapshot
from ..domain.model import Milestone
from ..domain.query import ProjectFilter
from ..domain.status import compute_status
from ..domain.thresholds import SETTINGS_PREFIX, Thresholds
from ..store import status_inputs
from ..store.status_inputs import StatusFacts
from .changes import Changes
from .workspace import Workspace


def thresholds(ws: Workspace) -> Thresholds:
    return Thresholds.from_settings(status_inputs.settings_with_prefix(ws.db, SETTINGS_PREFIX))


def save_thresholds(ws: Workspace, th: Thresholds) -> Changes:
    th.validate()
    from ..store import settings as settings_store

    settings_store.put_many(ws.db, th.to_settings(), ws.user)
    return Changes(settings=True)


def snapshots(ws: Workspace, as_of: date, flt: ProjectFilter = ProjectFilter(),
              th: Thresholds | None = None, open_days: int = 0) -> list[ProjectSnapshot]:
    """Every project the filter shows, with its status as of ``as_of``.

    The snapshots carry only the milestones still open and planned within ``open_days`` (at
    least the warning window) and those with a validity date; the rest are summed in the store.
    Callers that list every milestone load them with :func:`facts` or :func:`milestones_of`.
    """
    th = th or thresholds(ws)
    open_until = as_of + timedelta(days=max(th.warn_days, open_days))
    with gc_paused():  # one pause for load and rules: each resumption paid a full collection
        return snapshots_of(ws, status_inputs.load(ws.db, as_of, flt, open_until), as_of, th)


def milestones_of(ws: Workspace, project_ids: Iterable[int]) -> dict[int, tuple[Milestone, ...]]:
    """All milestones of the given projects, in order (the Gantt asks for the rows in view)."""
    return status_inputs.milestones_of(ws.db, project_ids)


def snapshots_of(ws: Workspace, facts: list[StatusFacts], as_of: date,
                 th: Thresholds | None = None) -> list[ProjectSnapshot]:
    """The status of projects whose facts were already loaded (callers that need both load once)."""
    th = th or thresholds(ws)
    with gc_paused():
        return [  # positional, in ProjectSnapshot's field order: 15 keywords took twice the build's time
            ProjectSnapshot(
                f.id, f.code, f.name, f.category_code, f.category_name, f.planned_start, f.planned_end,
                f.actual_start, f.actual_end, compute_status(f, as_of, th), f.milestones,
                f.total_investment, f.annual_plan, f.invest_ytd, f.invest_since_start,
            )
            for f in facts
        ]


def facts(ws: Workspace, as_of: date, flt: ProjectFilter = ProjectFilter(),
          every_milestone: bool = True) -> list[StatusFacts]:
    """The status facts of the projects the filter shows; without ``every_milestone`` only the
    open milestones of the warning window are loaded and the rest summed (see ``snapshots``)."""
    open_until = None if every_milestone else as_of + timedelta(days=thresholds(ws).warn_days)
    with gc_paused():
        return status_inputs.load(ws.db, as_of, flt, open_until)
