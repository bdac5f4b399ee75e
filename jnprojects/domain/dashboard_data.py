"""Chart data for the dashboard, as plain values: the UI only draws.

Every function here is a pure function of plain dataclasses (:class:`ProjectSnapshot`, model
records) and an as-of date; nothing reads the clock or the database. Money is ``Decimal`` in 万元
throughout (the store converts on the way in), so sums never mix units; a sum over no figures is
``None`` rather than 0, so the UI can say "no figures" instead of showing a false zero.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from .model import Category, Milestone
from .status import LIGHT_ORDER, Light, MilestoneState, ProjectStatus, milestone_state
from .thresholds import Thresholds

__all__ = [
    "CategoryCounts",
    "DueItem",
    "GanttRow",
    "InvestmentRow",
    "InvestmentTable",
    "MilestoneMarker",
    "ProjectSnapshot",
    "due_milestones",
    "gantt_markers",
    "gantt_rows",
    "investment_by_category",
    "overdue_milestones",
    "status_counts",
]


@dataclass(slots=True)  # not frozen: built for every project on each status load (see ProjectRow)
class ProjectSnapshot:
    """One project as the dashboard needs it, already joined.

    Invariant: ``status`` was computed from this snapshot's dates and ``milestones`` (so
    ``status.milestone_states`` is aligned with ``milestones``). ``milestones`` are all of the
    project's, or only the open ones within a horizon when the status came from a tally
    (``services.status.snapshots``): enough for the due and overdue lists, not for a list of
    every milestone. Money in 万元; ``annual_plan`` and ``invest_ytd`` are for the as-of date's year.
    """

    id: int
    code: str
    name: str
    category_code: str
    category_name: str
    planned_start: date | None
    planned_end: date | None
    actual_start: date | None
    actual_end: date | None
    status: ProjectStatus
    milestones: tuple[Milestone, ...] = ()
    total_investment: Decimal | None = None
    annual_plan: Decimal | None = None
    invest_ytd: Decimal | None = None
    invest_since_start: Decimal | None = None


CategoryOrder = Sequence[str | Category]


def _order_index(categories_in_order: CategoryOrder) -> dict[str, int]:
    codes = [c.code if isinstance(c, Category) else c for c in categories_in_order]
    return {code: i for i, code in enumerate(codes)}


def _category_keys(codes: Iterable[str], categories_in_order: CategoryOrder) -> dict[str, tuple[int, str]]:
    """The sort key of each of ``codes`` (computed once per call of a chart function, not per project).

    Categories the caller did not list still appear (after the listed ones, by code): a project
    must never vanish from a chart because its category is missing from a list.
    """
    index = _order_index(categories_in_order)
    return {code: (index.get(code, len(index)), code) for code in set(codes)}


def _states_on(snap: ProjectSnapshot, as_of: date, th: Thresholds) -> tuple[MilestoneState, ...]:
    """Milestone states of a snapshot on ``as_of``: the status's own when aligned, else recomputed."""
    states = snap.status.milestone_states
    if len(states) == len(snap.milestones):
        return states
    return tuple(milestone_state(m, as_of, th.warn_days) for m in snap.milestones)


# --------------------------------------------------------------------------------------------
# Status counts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CategoryCounts:
    """Projects of one category counted per light; ``counts`` follows ``LIGHT_ORDER`` exactly."""

    category_code: str
    category_name: str
    counts: tuple[tuple[Light, int], ...]

    def count(self, light: Light) -> int:
        return dict(self.counts)[light]

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


def status_counts(snaps: Iterable[ProjectSnapshot], categories_in_order: CategoryOrder) -> list[CategoryCounts]:
    """Per category (in the given order; unlisted categories after, by code) the number of
    projects per light, every light of ``LIGHT_ORDER`` present (zeros included). Categories
    without projects are omitted. The light counted is the shown one (an active override wins).
    """
    per_cat: dict[str, dict[Light, int]] = {}
    names: dict[str, str] = {}
    for snap in snaps:
        counts = per_cat.setdefault(snap.category_code, {light: 0 for light in LIGHT_ORDER})
        counts[snap.status.light] += 1
        names.setdefault(snap.category_code, snap.category_name)
    return [
        CategoryCounts(code, names[code], tuple((light, per_cat[code][light]) for light in LIGHT_ORDER))
        for code in sorted(per_cat, key=_category_keys(per_cat, categories_in_order).__getitem__)
    ]


# --------------------------------------------------------------------------------------------
# Gantt
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MilestoneMarker:
    """A milestone on the Gantt chart: at its actual date when done, else its planned date."""

    date: date
    name: str
    state: MilestoneState
    planned_date: date | None = None


@dataclass(slots=True)  # not frozen: one per project per recompute (see ProjectSnapshot)
class GanttRow:
    """One project's row. ``planned``/``actual`` are (start, end) bars or ``None`` (no bar).

    ``actual_open`` is true when the actual bar ends at the as-of date because work is under way.
    """

    project_id: int
    code: str
    name: str
    category_code: str
    category_name: str
    planned: tuple[date, date] | None
    actual: tuple[date, date] | None
    actual_open: bool
    light: Light


def gantt_rows(
    snaps: Iterable[ProjectSnapshot],
    as_of: date,
    categories_in_order: CategoryOrder = (),
    th: Thresholds = Thresholds(),
) -> list[GanttRow]:
    """One row per project (none dropped), sorted by category order, then planned start
    (projects without one last in their category), then code.

    Bars: planned needs both planned dates; actual runs from the actual start to the actual end,
    or to ``as_of`` while under way; an actual start after ``as_of`` is not shown (not yet true).
    Markers are not part of a row: :func:`gantt_markers` builds them for the rows in view, since
    a province's ~100,000 markers took longer to build than everything else on the dashboard.
    """
    snaps = list(snaps)
    category_key = _category_keys((s.category_code for s in snaps), categories_in_order)

    def key(s: ProjectSnapshot) -> tuple[tuple[int, str], int, date, str]:
        return (category_key[s.category_code], s.planned_start is None, s.planned_start or date.max, s.code)

    rows: list[GanttRow] = []
    for snap in sorted(snaps, key=key):
        planned = (snap.planned_start, snap.planned_end) if snap.planned_start and snap.planned_end else None
        actual: tuple[date, date] | None = None
        actual_open = False
        if snap.actual_start is not None and snap.actual_start <= as_of:
            if snap.actual_end is not None and snap.actual_end <= as_of:
                actual = (snap.actual_start, snap.actual_end)
            else:
                actual, actual_open = (snap.actual_start, as_of), True
        rows.append(GanttRow(
            snap.id, snap.code, snap.name, snap.category_code, snap.category_name,
            planned, actual, actual_open, snap.status.light,
        ))
    return rows


def gantt_markers(milestones: Iterable[Milestone], as_of: date, th: Thresholds = Thresholds()
                  ) -> tuple[MilestoneMarker, ...]:
    """The markers of one project's (complete) milestones, sorted by date: a done milestone at its
    actual date, any other at its planned date; a milestone without either gets none."""
    markers: list[MilestoneMarker] = []
    for m in milestones:
        state = milestone_state(m, as_of, th.warn_days)
        when = m.actual_date if state == MilestoneState.DONE else m.planned_date
        if when is not None:
            markers.append(MilestoneMarker(when, m.name, state, m.planned_date))
    markers.sort(key=lambda mk: mk.date)
    return tuple(markers)


# --------------------------------------------------------------------------------------------
# Due and overdue milestones
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)  # not frozen: tens of thousands per recompute at province scale
class DueItem:
    """A milestone not yet done. ``days_until`` is negative when overdue (0 = due today)."""

    project_id: int
    project_code: str
    project_name: str
    milestone: Milestone
    planned_date: date
    days_until: int
    state: MilestoneState

    @property
    def milestone_name(self) -> str:
        return self.milestone.name


# Completed and suspended projects are not chased for milestones: the status rules do not judge
# them either, and an unticked node of a finished project is bookkeeping, not a deadline.
_NOT_CHASED = (Light.COMPLETED, Light.SUSPENDED)


def _open_items(snaps: Iterable[ProjectSnapshot], as_of: date, th: Thresholds,
                first: date, last: date) -> list[DueItem]:
    """Open milestones planned from ``first`` to ``last`` inclusive, sorted by date.

    The window is applied before an item is built: a province has ~100,000 milestones, most of
    them done or far off, and each list needs only a few thousand of them.
    """
    skipped = (MilestoneState.DONE, MilestoneState.NO_DATE)
    items: list[DueItem] = []
    for snap in snaps:
        if snap.status.computed_light in _NOT_CHASED:
            continue
        for m, state in zip(snap.milestones, _states_on(snap, as_of, th)):
            planned = m.planned_date
            if planned is None or not first <= planned <= last or state in skipped:
                continue
            items.append(DueItem(snap.id, snap.code, snap.name, m, planned, (planned - as_of).days, state))
    items.sort(key=lambda it: (it.planned_date, it.project_code, it.milestone.seq, it.milestone.name))
    return items


def due_milestones(
    snaps: Iterable[ProjectSnapshot],
    as_of: date,
    days: int,
    include_overdue: bool = False,
    th: Thresholds = Thresholds(),
) -> list[DueItem]:
    """Open milestones planned from ``as_of`` to ``as_of + days`` inclusive (the 30/60/90-day
    lists), sorted by date. Overdue ones are added only with ``include_overdue`` (they have their
    own list, :func:`overdue_milestones`). ``state`` uses ``th.warn_days``, so in a 90-day list
    the first 30 days are ``due_soon`` and the rest ``upcoming``.
    """
    first = date.min if include_overdue else as_of
    return _open_items(snaps, as_of, th, first, as_of + timedelta(days=days))


def overdue_milestones(
    snaps: Iterable[ProjectSnapshot], as_of: date, th: Thresholds = Thresholds()
) -> list[DueItem]:
    """Open milestones planned before ``as_of``, oldest first."""
    return _open_items(snaps, as_of, th, date.min, as_of - timedelta(days=1))


# --------------------------------------------------------------------------------------------
# Investment
# --------------------------------------------------------------------------------------------

INVESTMENT_FIELDS: tuple[str, ...] = ("total_investment", "annual_plan", "invest_ytd", "invest_since_start")


@dataclass(frozen=True)
class InvestmentRow:
    """Investment sums of one category (or of all, in ``InvestmentTable.total``), in 万元.

    A sum is ``None`` when no project of the group has that figure (not 0: unknown is not zero).
    ``*_known`` count the projects that have the figure, so the UI can say "3 of 5 projects".
    """

    category_code: str
    category_name: str
    project_count: int
    total_investment: Decimal | None
    annual_plan: Decimal | None
    invest_ytd: Decimal | None
    invest_since_start: Decimal | None
    total_investment_known: int
    annual_plan_known: int
    invest_ytd_known: int
    invest_since_start_known: int
    with_figures: int  # projects with at least one figure
    without_figures: int  # projects with none

    def known(self, field: str) -> int:
        return int(getattr(self, field + "_known"))


@dataclass(frozen=True)
class InvestmentTable:
    """Rows per category, the grand total, and what is missing.

    ``empty`` is true when no project has any figure at all (the UI then shows an empty state);
    ``missing_fields`` names the figures (of ``INVESTMENT_FIELDS``) that no project has.
    """

    rows: tuple[InvestmentRow, ...]
    total: InvestmentRow
    empty: bool
    missing_fields: tuple[str, ...]


class _Sums:
    """Running sums of one group: each figure's total and how many projects have it."""

    __slots__ = ("count", "sums", "known", "with_figures")

    def __init__(self) -> None:
        self.count = 0
        self.sums: list[Decimal] = [Decimal(0)] * len(INVESTMENT_FIELDS)
        self.known = [0] * len(INVESTMENT_FIELDS)
        self.with_figures = 0

    def add(self, values: tuple[Decimal | None, ...]) -> None:
        self.count += 1
        seen = False
        for i, value in enumerate(values):
            if value is not None:
                self.sums[i] += value
                self.known[i] += 1
                seen = True
        self.with_figures += seen

    def row(self, code: str, name: str) -> InvestmentRow:
        # A sum over no figures is None, not 0: unknown is not zero.
        sums = [total if known else None for total, known in zip(self.sums, self.known)]
        return InvestmentRow(code, name, self.count, *sums, *self.known, self.with_figures,
                             self.count - self.with_figures)


def investment_by_category(
    snaps: Iterable[ProjectSnapshot], categories_in_order: CategoryOrder = ()
) -> InvestmentTable:
    """Investment sums per category (categories with projects only, in the given order) plus a
    grand total. All amounts are 万元 ``Decimal``; nothing is converted or rounded here."""
    groups: dict[str, _Sums] = {}
    names: dict[str, str] = {}
    everything = _Sums()
    for snap in snaps:  # one pass: a province has 10,000 projects
        values = (snap.total_investment, snap.annual_plan, snap.invest_ytd, snap.invest_since_start)  # INVESTMENT_FIELDS
        group = groups.get(snap.category_code)
        if group is None:
            group = groups[snap.category_code] = _Sums()
            names[snap.category_code] = snap.category_name
        group.add(values)
        everything.add(values)
    rows = tuple(
        groups[code].row(code, names[code])
        for code in sorted(groups, key=_category_keys(groups, categories_in_order).__getitem__)
    )
    total = everything.row("", "")
    missing = tuple(f for f in INVESTMENT_FIELDS if total.known(f) == 0)
    return InvestmentTable(rows, total, total.with_figures == 0, missing)
