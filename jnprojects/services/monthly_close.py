"""Closing a month (月调度结账), reopening it, and what a month shows: snapshot, comparison, rankings.

A month's figures are those at its last day. Closing freezes them: every project's light and
reasons, progress, investment figures, milestones and problem counts are computed (with
``services.status.snapshots`` / ``facts`` as of the month end, the investment arithmetic of
``domain.monthly`` and the ledger's counts as of that day) and stored in one transaction with the
change-log rows. Later edits never touch a frozen month; reopening (with a reason, logged) and
closing again replaces it. A month that is not closed is shown live, computed the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..bulk import gc_paused
from ..domain.monthly import covering_periods, derive_investment, period_end, report_due
from ..domain.monthly_compare import Comparison, compare
from ..domain.monthly_problems import ProblemCounts, counts_as_of
from ..domain.monthly_rank import Ranking, by_lead_unit, by_location, by_project, rank_groups
from ..domain.monthly_snapshot import PeriodSnapshot
from ..domain.status import MilestoneState
from ..domain.status_text import reason_text
from ..exchange.problems import Cancelled
from ..exchange.progress_sheet import Cancel
from ..store import periods
from ..store import problems as problem_store
from ..store.periods import Closure
from . import status as status_service
from .changes import Changes
from .workspace import Workspace


@gc_paused()  # hundreds of thousands of kept objects at province scale: collector passes freed nothing
def build_snapshots(ws: Workspace, period: str) -> list[PeriodSnapshot]:
    """Every project's figures at the end of ``period``, computed now (nothing is stored)."""
    end = period_end(period)
    th = status_service.thresholds(ws)
    loaded = status_service.facts(ws, end)  # loaded once: the snapshots below reuse it
    facts = {f.id: f for f in loaded}
    context = periods.project_context(ws.db)
    history = periods.report_history(ws.db, period)
    problem_counts = counts_as_of(problem_store.raised_by(ws.db, end), end)
    result: list[PeriodSnapshot] = []
    for snap in status_service.snapshots_of(ws, loaded, end, th):
        f = facts[snap.id]
        ctx = context.get(snap.id) or periods.ProjectContext()
        own = history.get(snap.id, [])
        money = derive_investment(own, period, snap.annual_plan, snap.total_investment)
        covering = covering_periods(f, period)
        st = snap.status
        done = [m.name for m, state in zip(snap.milestones, st.milestone_states) if state == MilestoneState.DONE]
        counts = problem_counts.get(snap.id, ProblemCounts())
        result.append(PeriodSnapshot(
            period=period, project_id=snap.id, code=snap.code, name=snap.name, category_code=snap.category_code,
            category_name=snap.category_name, stage=f.stage, location_codes=ctx.location_codes,
            location_names=ctx.location_names, lead_units=ctx.lead_units, light=st.light,
            computed_light=st.computed_light, overridden=st.overridden, reasons=st.reasons,
            reasons_text="；".join(reason_text(r, "zh") for r in st.reasons),
            schedule_pct=_round(st.schedule_pct), actual_pct=_round(st.actual_pct), basis=st.basis,
            progress_pct=f.reported_pct, progress_text=f.progress_text, report_due=report_due(f, period),
            reported=any(r.period in covering for r in own), invest_month=money.month, invest_ytd=money.ytd,
            invest_since_start=money.since_start, annual_plan=snap.annual_plan,
            total_investment=snap.total_investment, milestones_total=len(snap.milestones),
            milestones_done=len(done), milestones_done_names=tuple(done), problems_raised=counts.raised,
            problems_resolved=counts.resolved, open_problems=counts.open, overdue_problems=counts.overdue,
            name_key=f.sort_key,
        ))
    return result


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def closure(ws: Workspace, period: str) -> Closure | None:
    return periods.closure(ws.db, period)


def closures(ws: Workspace) -> list[Closure]:
    return periods.closures(ws.db)


def close_period(ws: Workspace, period: str, cancel: Cancel | None = None) -> Changes:
    """Freeze ``period`` (refused with ``ConflictError('period_closed')`` when already closed).

    ``cancel()`` is polled once the month's rows are built, before anything is stored: ``Cancelled``
    then rolls the closing back (building them is most of the seconds a province's month takes)."""
    period_end(period)
    th = status_service.thresholds(ws)

    def built() -> list[PeriodSnapshot]:
        rows = build_snapshots(ws, period)
        if cancel is not None and cancel():
            raise Cancelled()
        return rows

    periods.close(ws.db, period, built, ws.user, th.to_settings())
    return Changes(reports=True)


def reopen_period(ws: Workspace, period: str, reason: str) -> Changes:
    """Reopen a closed month with a reason (required, logged); its snapshot stays until re-closed."""
    periods.reopen(ws.db, period, reason, ws.user)
    return Changes(reports=True)


@dataclass(frozen=True)
class Month:
    """What a month shows: frozen rows when closed, live ones otherwise."""

    period: str
    snapshots: list[PeriodSnapshot]
    closure: Closure | None

    @property
    def frozen(self) -> bool:
        return self.closure is not None and self.closure.closed


def month(ws: Workspace, period: str) -> Month:
    found = periods.closure(ws.db, period)
    if found is not None and found.closed:
        return Month(period, periods.snapshot(ws.db, period), found)
    return Month(period, build_snapshots(ws, period), found)


def frozen_snapshot(ws: Workspace, period: str) -> list[PeriodSnapshot]:
    """The stored rows of a closed (or reopened, until re-closed) month; empty if never closed."""
    return periods.snapshot(ws.db, period)


def previous_closed(ws: Workspace, period: str) -> str | None:
    return periods.previous_closed(ws.db, period)


def comparison(ws: Workspace, period: str, current: Month | None = None) -> Comparison:
    """``period`` (frozen or live) against the latest closed month before it."""
    current = current or month(ws, period)
    before = periods.previous_closed(ws.db, period)
    previous = periods.snapshot(ws.db, before) if before else None
    return compare(current.snapshots, previous, period, before)


@dataclass(frozen=True)
class Rankings:
    locations: Ranking
    locations_by_investment: Ranking
    units: Ranking
    units_by_investment: Ranking
    projects: Ranking
    projects_by_investment: Ranking


def rankings(snaps: list[PeriodSnapshot]) -> Rankings:
    return Rankings(*rank_groups(snaps, by_location), *rank_groups(snaps, by_lead_unit),
                    *rank_groups(snaps, by_project))


@dataclass(frozen=True)
class MonthFigures:
    """Everything the 月调度 tab shows of a month beside its reporting and ledger screens, computed
    in one go (on a worker thread at province scale, where it takes seconds)."""

    month: Month
    comparison: Comparison
    rankings: Rankings


def month_figures(ws: Workspace, period: str) -> MonthFigures:
    current = month(ws, period)
    return MonthFigures(current, comparison(ws, period, current), rankings(current.snapshots))
