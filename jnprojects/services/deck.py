"""The review deck (汇报模式) of a workspace as of a date for the projects a filter shows.

Only reads: works on a read-only workspace (the deck window and the exports build it on their own
read-only connection). "What changed" compares the projects as of the date with the latest month
closed on or before it (its frozen snapshot); with no closed month the deck says so.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from ..domain.dashboard_data import ProjectSnapshot
from ..domain.indicator_verdicts import indicator_verdicts
from ..domain.deck import Deck, DeckProject, Scope, build_deck
from ..domain.monthly import period_of
from ..domain.monthly_compare import Comparison, compare
from ..domain.monthly_problems import ProblemCounts, counts_as_of
from ..domain.monthly_snapshot import PeriodSnapshot
from ..domain.query import ProjectFilter
from ..domain.status import MilestoneState
from ..domain.status_text import reason_text
from ..store import imports as import_store
from ..store import indicators as indicator_store
from ..store import periods, reference
from ..store import problems as problem_store
from . import status as status_service
from .workspace import Workspace


def build(ws: Workspace, as_of: date, flt: ProjectFilter = ProjectFilter()) -> Deck:
    """Every slide of the deck for ``flt`` as of ``as_of`` (see ``domain.deck``)."""
    th = status_service.thresholds(ws)
    loaded = status_service.facts(ws, as_of, flt)  # loaded once: the snapshots reuse it
    snaps = status_service.snapshots_of(ws, loaded, as_of, th)
    facts = {f.id: f for f in loaded}
    extras = import_store.project_extras(ws.db)
    problems = problem_store.descriptions(ws.db, as_of)
    projects = []
    for snap in snaps:
        fact, extra = facts[snap.id], extras[snap.id]
        projects.append(DeckProject(
            snapshot=snap, stage=str(fact.stage), locations=extra.locations, lead_units=extra.lead,
            coop_units=extra.coop, contact=extra.contact, progress_text=fact.progress_text,
            problems=tuple(problems.get(snap.id, ())),
        ))
    verdicts = indicator_verdicts(indicator_store.all_indicators(ws.db), indicator_store.values_by_seq(ws.db),
                                  as_of.year)
    categories = [c.code for c in reference.categories(ws.db)]
    deck = build_deck(as_of, projects, verdicts, changes_since_closed(ws, as_of, snaps), categories,
                      scope(ws, flt), th)
    return replace(deck, demo=ws.is_demo)


def scope(ws: Workspace, flt: ProjectFilter) -> Scope:
    """The filter's category, place and unit by name."""
    category = location = unit = ""
    if flt.category:
        category = next((c.name_zh for c in reference.categories(ws.db) if c.code == flt.category), flt.category)
    if flt.location:
        location = next((loc.name for loc in reference.locations(ws.db) if loc.code == flt.location), flt.location)
    if flt.unit_id is not None:
        unit = next((u.name for u in reference.units(ws.db) if u.id == flt.unit_id), str(flt.unit_id))
    return Scope(category, location, unit)


def changes_since_closed(ws: Workspace, as_of: date, snaps: list[ProjectSnapshot]) -> Comparison | None:
    """The projects of ``snaps`` as of ``as_of`` against the latest month closed by then (a month
    counts once its last day is on or before ``as_of``); ``None`` when no month is closed."""
    previous = periods.previous_closed(ws.db, period_of(as_of + timedelta(days=1)))
    if previous is None:
        return None
    ids = {s.id for s in snaps}
    before = [s for s in periods.snapshot(ws.db, previous) if s.project_id in ids]
    counts = counts_as_of(problem_store.raised_by(ws.db, as_of), as_of)
    period = period_of(as_of)
    current = [_live_row(period, snap, counts.get(snap.id, ProblemCounts())) for snap in snaps]
    return compare(current, before, period, previous)


def _live_row(period: str, snap: ProjectSnapshot, problems: ProblemCounts) -> PeriodSnapshot:
    """What the comparison looks at, as of the deck's date (not frozen, not stored)."""
    st = snap.status
    done = tuple(m.name for m, s in zip(snap.milestones, st.milestone_states) if s == MilestoneState.DONE)
    return PeriodSnapshot(
        period=period, project_id=snap.id, code=snap.code, name=snap.name, category_code=snap.category_code,
        category_name=snap.category_name, light=st.light, computed_light=st.computed_light,
        overridden=st.overridden, reasons=st.reasons, reasons_text="；".join(reason_text(r) for r in st.reasons),
        invest_since_start=snap.invest_since_start, total_investment=snap.total_investment,
        milestones_total=len(snap.milestones), milestones_done=len(done), milestones_done_names=done,
        problems_raised=problems.raised, problems_resolved=problems.resolved, open_problems=problems.open,
        overdue_problems=problems.overdue,
    )
