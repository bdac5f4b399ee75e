"""Everything the dashboard shows as of a date for a filter, computed in one go.

A plain function of a workspace, so the dashboard can run it on a worker thread with its own
read-only connection (seconds at province scale) while the window stays responsive.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..bulk import gc_paused
from ..domain.dashboard_data import (
    CategoryCounts,
    DueItem,
    GanttRow,
    InvestmentTable,
    ProjectSnapshot,
    due_milestones,
    gantt_rows,
    investment_by_category,
    overdue_milestones,
    status_counts,
)
from ..domain.errors import DomainError
from ..domain.indicator_verdicts import IndicatorVerdict, indicator_verdicts
from ..domain.model import Category
from ..domain.query import ProjectFilter
from ..domain.thresholds import Thresholds
from . import indicators as indicator_service
from . import projects as project_service
from . import status as status_service
from .workspace import Workspace


@dataclass(frozen=True)
class DashboardData:
    """The dashboard as of ``as_of``: ``due`` holds one list per window (days ahead).

    ``thresholds_error`` is set when the stored thresholds could not be read: the defaults were
    used instead, and the dashboard says so rather than going blank.
    """

    as_of: date
    thresholds: Thresholds
    thresholds_error: DomainError | None
    categories: list[Category]
    snapshots: list[ProjectSnapshot]
    counts: list[CategoryCounts]
    overridden_by_category: dict[str, int]
    gantt: list[GanttRow]
    overdue: list[DueItem]
    due: dict[int, list[DueItem]]
    investment: InvestmentTable
    verdicts: list[IndicatorVerdict]


def compute(ws: Workspace, as_of: date, flt: ProjectFilter, windows: Sequence[int]) -> DashboardData:
    """One status query for the projects ``flt`` shows, then every chart's data from it."""
    error = None
    try:
        th = status_service.thresholds(ws)
    except DomainError as exc:  # a damaged setting must not blank the dashboard
        th, error = Thresholds(), exc
    with gc_paused():  # tens of thousands of kept records: the collector's passes found nothing
        categories = project_service.categories(ws)
        snaps = status_service.snapshots(ws, as_of, flt, th, open_days=max(windows))
        manual: dict[str, int] = {}
        for s in snaps:
            if s.status.overridden:
                manual[s.category_code] = manual.get(s.category_code, 0) + 1
        longest = due_milestones(snaps, as_of, max(windows), th=th)
        return DashboardData(
            as_of=as_of, thresholds=th, thresholds_error=error, categories=categories,
            snapshots=snaps, counts=status_counts(snaps, categories), overridden_by_category=manual,
            gantt=gantt_rows(snaps, as_of, categories, th), overdue=overdue_milestones(snaps, as_of, th),
            due={days: [it for it in longest if it.days_until <= days] for days in windows},
            investment=investment_by_category(snaps, categories),
            verdicts=indicator_verdicts(indicator_service.list_indicators(ws), indicator_service.values(ws),
                                        as_of.year),
        )
