"""The leadership review deck (汇报模式) as plain data: which slides, in which order, with what on them.

:func:`build_deck` turns the projects as of a date (already filtered), the 专栏2 indicator
verdicts and, when a closed month exists, the comparison with it into a list of slides:

1. ``cover`` — as-of date, scope, number of projects and their status counts;
2. ``overview`` — status counts per category and investment progress per category;
3. ``category`` — one per category (in the plan's order) listing its projects, red first, then
   yellow, then the other lights in ``LIGHT_ORDER``, then by code;
4. ``attention`` — every red project with its reasons, lead unit and contact;
5. ``milestones`` — open milestones due in the next 60 days (the first 30 marked);
6. ``indicators`` — the 专栏2 indicators against their 2025/2035 targets;
7. ``changes`` — what changed since the latest closed month (``comparison`` is ``None`` when
   there is none: the slide then says so).

Lists never shrink to fit: a list longer than its slide kind's fixed number of rows
(``ROWS_PER_SLIDE``) continues on the next slide, each part numbered ``part``/``parts``. An empty
list still gets one slide (it says there is nothing to show), except categories: a category
without projects in scope has no slide. Pure: no Qt, no SQL, no clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from .dashboard_data import (
    CategoryCounts,
    DueItem,
    InvestmentTable,
    ProjectSnapshot,
    due_milestones,
    investment_by_category,
    status_counts,
)
from .indicator_verdicts import IndicatorVerdict
from .model import Milestone
from .monthly_compare import Comparison
from .status import LIGHT_ORDER, Light, MilestoneState
from .thresholds import Thresholds

__all__ = [
    "DUE_SOON_DAYS",
    "DUE_WINDOW_DAYS",
    "ROWS_PER_SLIDE",
    "Deck",
    "DeckProject",
    "Scope",
    "Slide",
    "SlideKind",
    "build_deck",
    "current_milestone",
    "investment_progress",
    "split",
]


class SlideKind(StrEnum):
    COVER = "cover"
    OVERVIEW = "overview"
    CATEGORY = "category"
    ATTENTION = "attention"
    MILESTONES = "milestones"
    INDICATORS = "indicators"
    CHANGES = "changes"


#: The most rows one slide of a kind shows; longer lists continue on further slides.
ROWS_PER_SLIDE: dict[SlideKind, int] = {
    SlideKind.CATEGORY: 7,
    SlideKind.ATTENTION: 5,
    SlideKind.MILESTONES: 10,
    SlideKind.INDICATORS: 10,
}

DUE_SOON_DAYS = 30
DUE_WINDOW_DAYS = 60


@dataclass(frozen=True)
class DeckProject:
    """One project as the deck shows it: its status snapshot plus the people and problems.

    ``lead_units``, ``coop_units``, ``contact`` and ``locations`` are display text ('、'-joined
    names, as the sheets write them); ``problems`` are the open problem ledger entries as of the
    deck's date.
    """

    snapshot: ProjectSnapshot
    stage: str = ""
    locations: str = ""
    lead_units: str = ""
    coop_units: str = ""
    contact: str = ""
    progress_text: str = ""
    problems: tuple[str, ...] = ()

    @property
    def id(self) -> int:
        return self.snapshot.id

    @property
    def code(self) -> str:
        return self.snapshot.code

    @property
    def name(self) -> str:
        return self.snapshot.name

    @property
    def light(self) -> Light:
        return self.snapshot.status.light

    @property
    def current(self) -> tuple[Milestone, MilestoneState] | None:
        return current_milestone(self.snapshot)


@dataclass(frozen=True)
class Scope:
    """What the deck covers, by name (empty: not narrowed)."""

    category: str = ""
    location: str = ""
    unit: str = ""

    @property
    def everything(self) -> bool:
        return not (self.category or self.location or self.unit)


@dataclass(frozen=True)
class Slide:
    """One slide. Which fields are used depends on ``kind``:

    * cover: ``counts`` (every light of ``LIGHT_ORDER``) and ``total``;
    * overview: ``categories`` and ``investment``;
    * category: ``title`` (the category's name), ``category_code``, ``counts`` of the whole
      category, ``total`` and this part's ``projects``;
    * attention: this part's ``projects`` (all red) and ``total`` (red projects in all parts);
    * milestones: this part's ``due`` and ``total``;
    * indicators: this part's ``indicators`` and ``total``;
    * changes: ``comparison`` (``None`` when no closed month exists).

    ``part`` and ``parts`` number the slides one list was split into (1/1 when it fits).
    """

    kind: SlideKind
    title: str = ""
    category_code: str = ""
    part: int = 1
    parts: int = 1
    total: int = 0
    counts: tuple[tuple[Light, int], ...] = ()
    projects: tuple[DeckProject, ...] = ()
    due: tuple[DueItem, ...] = ()
    indicators: tuple[IndicatorVerdict, ...] = ()
    categories: tuple[CategoryCounts, ...] = ()
    investment: InvestmentTable | None = None
    comparison: Comparison | None = None

    def count(self, light: Light) -> int:
        return dict(self.counts).get(light, 0)


@dataclass(frozen=True)
class Deck:
    """The slides and what they were built from (date, scope, the projects by id for details)."""

    as_of: date
    scope: Scope
    slides: tuple[Slide, ...]
    projects: dict[int, DeckProject] = field(default_factory=dict)
    demo: bool = False  # built from a demo database: every slide says so

    def __len__(self) -> int:
        return len(self.slides)


T = TypeVar("T")


def split(items: Sequence[T], size: int) -> list[tuple[T, ...]]:
    """``items`` in consecutive chunks of at most ``size`` (one empty chunk for no items)."""
    if size < 1:
        raise ValueError("size must be at least 1")
    if not items:
        return [()]
    return [tuple(items[i:i + size]) for i in range(0, len(items), size)]


def current_milestone(snap: ProjectSnapshot) -> tuple[Milestone, MilestoneState] | None:
    """The first milestone not yet done (in the project's order), with its state; ``None`` when
    all are done or there are none."""
    for milestone, state in zip(snap.milestones, snap.status.milestone_states):
        if state != MilestoneState.DONE:
            return milestone, state
    return None


_LIGHT_INDEX = {light: i for i, light in enumerate(LIGHT_ORDER)}


def _problem_order(project: DeckProject) -> tuple[int, str]:
    return (_LIGHT_INDEX[project.light], project.code)


def _counts(projects: Sequence[DeckProject]) -> tuple[tuple[Light, int], ...]:
    return tuple((light, sum(1 for p in projects if p.light == light)) for light in LIGHT_ORDER)


def _parts(kind: SlideKind, items: Sequence[T], **fields: object) -> list[tuple[Slide, tuple[T, ...]]]:
    chunks = split(items, ROWS_PER_SLIDE[kind])
    return [(Slide(kind, part=i + 1, parts=len(chunks), total=len(items), **fields), chunk)  # type: ignore[arg-type]
            for i, chunk in enumerate(chunks)]


def _with(slide: Slide, **changes: object) -> Slide:
    return replace(slide, **changes)  # type: ignore[arg-type]


def build_deck(
    as_of: date,
    projects: Sequence[DeckProject],
    indicators: Sequence[IndicatorVerdict],
    comparison: Comparison | None,
    categories_in_order: Sequence[str] = (),
    scope: Scope = Scope(),
    th: Thresholds = Thresholds(),
) -> Deck:
    """The deck for ``projects`` (already filtered to the scope) as of ``as_of``; see the module."""
    snaps = [p.snapshot for p in projects]
    slides: list[Slide] = [Slide(SlideKind.COVER, counts=_counts(projects), total=len(projects))]
    slides.append(Slide(SlideKind.OVERVIEW, categories=tuple(status_counts(snaps, categories_in_order)),
                        investment=investment_by_category(snaps, categories_in_order), total=len(projects)))

    by_category: dict[str, list[DeckProject]] = {}
    for project in projects:
        by_category.setdefault(project.snapshot.category_code, []).append(project)
    order = {code: i for i, code in enumerate(categories_in_order)}
    for code in sorted(by_category, key=lambda c: (order.get(c, len(order)), c)):
        members = sorted(by_category[code], key=_problem_order)
        name = members[0].snapshot.category_name
        for slide, chunk in _parts(SlideKind.CATEGORY, members, title=name, category_code=code,
                                   counts=_counts(members)):
            slides.append(_with(slide, projects=chunk))

    reds = sorted((p for p in projects if p.light == Light.RED), key=lambda p: p.code)
    slides += [_with(slide, projects=chunk) for slide, chunk in _parts(SlideKind.ATTENTION, reds)]

    due = due_milestones(snaps, as_of, DUE_WINDOW_DAYS, th=th)
    slides += [_with(slide, due=chunk) for slide, chunk in _parts(SlideKind.MILESTONES, due)]

    slides += [_with(slide, indicators=chunk) for slide, chunk in _parts(SlideKind.INDICATORS, list(indicators))]

    slides.append(Slide(SlideKind.CHANGES, comparison=comparison))
    return Deck(as_of, scope, tuple(slides), {p.id: p for p in projects})


def investment_progress(completed: Decimal | None, plan: Decimal | None) -> float | None:
    """Completed as a percentage of plan (0 when nothing completed yet), ``None`` without a plan."""
    if plan is None or plan <= 0:
        return None
    return float((completed or Decimal(0)) / plan * 100)
