"""Schedule status of a project: the red/yellow/green light (红黄绿灯) and the reasons behind it.

Everything here is a pure function of a :class:`StatusInput`, an as-of date ``D`` and the
:class:`Thresholds`; nothing reads the clock, so a dashboard "as of" any past date is reproducible.

How a light is decided (see :func:`compute_status` for the full rules):

* suspended and completed projects short-circuit every other rule;
* otherwise each rule that finds a problem adds a :class:`Reason` whose ``severity`` is the light it
  pushes towards (red or yellow); the worst one wins (red > yellow);
* when no rule finds a problem the light is the *base* light: green while the project is within its
  planned period, ``not_started`` before the planned start and ``no_schedule`` when planned dates
  are missing, so a project we cannot judge is never silently green;
* a manual override, while not expired, replaces the light but the computed one is kept beside it.

Reasons are codes with parameters; ``status_text.reason_text`` turns them into the sentences the
office writes (Chinese) or English; ``schedule`` holds the 序时进度 date arithmetic.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from typing import Literal, NamedTuple

from .model import Milestone, Stage
from .schedule import add_months, months_elapsed, schedule_pct
from .thresholds import Thresholds

__all__ = [
    "Basis",
    "Light",
    "MilestoneState",
    "Override",
    "ProjectStatus",
    "Reason",
    "StatusInput",
    "LIGHT_ORDER",
    "MilestoneTally",
    "compute_status",
    "light_rank",
    "milestone_state",
]


class MilestoneState(StrEnum):
    """Where one milestone stands on the as-of date ``D``."""

    DONE = "done"          # actual date set (and not after D)
    OVERDUE = "overdue"    # planned date < D and not done
    DUE_SOON = "due_soon"  # D <= planned date <= D + warn_days (planned ON D is due soon)
    UPCOMING = "upcoming"  # planned date later than the warning window
    NO_DATE = "no_date"    # neither done nor planned


class Light(StrEnum):
    """The status light. Only green/yellow/red are judgements; the others say why there is none."""

    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    COMPLETED = "completed"
    NOT_STARTED = "not_started"  # before the planned start
    SUSPENDED = "suspended"
    NO_SCHEDULE = "no_schedule"  # no planned dates: cannot be judged, never silently green


#: Fixed display order of the lights (charts and legends use it): problems first.
LIGHT_ORDER: tuple[Light, ...] = (
    Light.RED,
    Light.YELLOW,
    Light.GREEN,
    Light.NOT_STARTED,
    Light.NO_SCHEDULE,
    Light.SUSPENDED,
    Light.COMPLETED,
)

# Sorting rank of a reason's severity: lower is worse. Red and yellow are problems; the
# "state" lights (completed, suspended, no schedule, not started) describe the project; green
# marks purely informational reasons that never worsen a light.
_RANK: dict[Light, int] = {
    Light.RED: 0,
    Light.YELLOW: 1,
    Light.SUSPENDED: 2,
    Light.COMPLETED: 2,
    Light.NO_SCHEDULE: 2,
    Light.NOT_STARTED: 2,
    Light.GREEN: 3,
}


# The members the rules read, bound to module names: on Python 3.11 ``Light.RED`` goes through
# ``EnumType.__getattr__`` and costs ten times a global name, and the rules read some twenty per
# project and three per open milestone (a province's status: 200,000 reads, a tenth of its time).
_RED, _YELLOW, _GREEN = Light.RED, Light.YELLOW, Light.GREEN
_DONE, _OVERDUE, _DUE_SOON = MilestoneState.DONE, MilestoneState.OVERDUE, MilestoneState.DUE_SOON
_NO_DATE, _UPCOMING = MilestoneState.NO_DATE, MilestoneState.UPCOMING
_STAGE_SUSPENDED, _STAGE_COMPLETED = Stage.SUSPENDED, Stage.COMPLETED
_STARTED_STAGES = (Stage.CONSTRUCTION, Stage.COMPLETED)  # taken as started whatever the dates say


def light_rank(light: Light) -> int:
    """Severity rank of a light, 0 = worst (red). Used to sort reasons and pick the worst light."""
    return _RANK[light]


Basis = Literal["weights", "reported", "investment"]

# --------------------------------------------------------------------------------------------
# Reasons
# --------------------------------------------------------------------------------------------


class Reason(NamedTuple):
    """One finding behind a light: a ``code`` with ``params`` (never a sentence).

    ``params`` is a tuple of (name, value) pairs so a Reason stays hashable; ``severity`` is the
    light the finding pushes towards (green = informational only). A named tuple, not a frozen
    dataclass: as immutable, and built five times faster (a province's status makes 30,000).
    """

    code: str
    params: tuple[tuple[str, object], ...] = ()
    severity: Light = Light.GREEN

    @classmethod
    def of(cls, code: str, severity: Light, **params: object) -> Reason:
        return cls(code, tuple(params.items()), severity)

    def param(self, name: str, default: object = None) -> object:
        for key, value in self.params:
            if key == name:
                return value
        return default

    @property
    def param_dict(self) -> dict[str, object]:
        return dict(self.params)


# --------------------------------------------------------------------------------------------
# Input and output records
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Override:
    """A manual light set by a person with a justification; applies while ``as_of <= expires_on``."""

    light: Light
    justification: str
    expires_on: date
    set_by: str = ""


@dataclass(slots=True)  # not frozen: one per project per status load (see StatusInput)
class MilestoneTally:
    """Weights of ALL of a project's milestones as of a date: the total and the part done.

    Summed where the milestones are stored, so the status of a whole province (100,000
    milestones) need not bring every milestone into Python, only those that can raise a reason.
    """

    weight: float = 0.0
    weight_done: float = 0.0


@dataclass(slots=True)  # not frozen: one per project per status load (see model.ProjectRow)
class StatusInput:
    """What the rules look at for one project.

    ``reported_pct`` is the latest reported 形象进度 (0–100) as of the as-of date;
    ``invest_since_start`` is investment completed since the start of construction and
    ``total_investment`` the project's total, both in 万元.

    ``milestones`` are all of the project's milestones, unless ``tally`` is given: then they need
    only be the ones that can raise a reason (not done and planned by ``D + warn_days``, and every
    one with a validity date) and the progress by milestone weights comes from the tally.
    """

    planned_start: date | None = None
    planned_end: date | None = None
    actual_start: date | None = None
    actual_end: date | None = None
    stage: Stage = Stage.PLANNED
    milestones: tuple[Milestone, ...] = ()
    reported_pct: float | None = None
    invest_since_start: Decimal | None = None
    total_investment: Decimal | None = None
    override: Override | None = None
    open_problems: int = 0      # ledger entries open on the as-of date …
    overdue_problems: int = 0   # … and how many of them are past their deadline
    tally: MilestoneTally | None = None


@dataclass(slots=True)  # not frozen, for the same reason as StatusInput
class ProjectStatus:
    """The result of :func:`compute_status`.

    Invariants: ``computed_light`` is the light from the rules; ``light`` equals it unless
    ``overridden``; ``reasons`` are sorted worst first (an active override's reason first);
    ``milestone_states[i]`` is the state of the input's ``milestones[i]``; ``schedule_pct`` is
    ``None`` exactly when the planned dates are incomplete; ``actual_pct`` and ``basis`` are both
    ``None`` or both set.
    """

    light: Light
    computed_light: Light
    reasons: tuple[Reason, ...] = ()
    schedule_pct: float | None = None
    actual_pct: float | None = None
    basis: Basis | None = None
    milestone_states: tuple[MilestoneState, ...] = ()
    overridden: bool = False


# --------------------------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------------------------


def milestone_state(milestone: Milestone, as_of: date, warn_days: int = 30) -> MilestoneState:
    """State of one milestone on ``as_of``.

    A milestone counts as done only when its actual date is not after ``as_of``: a status "as of"
    a past date must not see later work, and a future actual date is a typo to be noticed.
    """
    return _state(milestone, as_of, _days_after(as_of, warn_days))


@lru_cache(maxsize=64)
def _days_after(day: date, days: int) -> date:
    # Every project of a load asks for the same few window ends; building the timedelta and the
    # date each time cost more than the rest of a project without milestones.
    return day + timedelta(days=days)


def _state(milestone: Milestone, as_of: date, warn_until: date) -> MilestoneState:
    # The rule of milestone_state with the warning window's end computed once per project: this
    # runs for every milestone of every project (100,000 at province scale).
    actual = milestone.actual_date
    if actual is not None and actual <= as_of:
        return _DONE
    planned = milestone.planned_date
    if planned is None:
        return _NO_DATE
    if planned < as_of:
        return _OVERDUE
    if planned <= warn_until:
        return _DUE_SOON
    return _UPCOMING


def _actual_progress(
    inp: StatusInput, states: tuple[MilestoneState, ...]
) -> tuple[float | None, Basis | None]:
    """Actual progress % and which measure gave it, in order of preference.

    Milestone weights are preferred because they are the most objective (dates, not estimates);
    then the reported 形象进度; then investment completion, the weakest proxy (money can be spent
    ahead of or behind the physical work).
    """
    if inp.tally is not None:
        total_weight, done = inp.tally.weight, inp.tally.weight_done
    else:
        total_weight = done = 0.0
        for m, state in zip(inp.milestones, states):  # one pass: this runs for every milestone
            if m.weight:
                total_weight += m.weight
                if state is _DONE:
                    done += m.weight
    if total_weight > 0:
        return done / total_weight * 100.0, "weights"
    if inp.reported_pct is not None:
        return float(inp.reported_pct), "reported"
    if inp.invest_since_start is not None and inp.total_investment is not None and inp.total_investment > 0:
        return float(inp.invest_since_start / inp.total_investment * 100), "investment"
    return None, None


def _overdue_severity(days: int, th: Thresholds) -> Light:
    return _RED if days > th.red_overdue_days else _YELLOW


def _milestone_reasons(
    inp: StatusInput, states: tuple[MilestoneState, ...], as_of: date, th: Thresholds
) -> list[Reason]:
    # Reasons built directly, not through Reason.of: this runs for every open milestone of a
    # province (tens of thousands) and the keyword packing was a third of the status's time.
    reasons: list[Reason] = []
    red_after = th.red_overdue_days
    for m, state in zip(inp.milestones, states):
        if state is _OVERDUE and m.planned_date is not None:
            days = (as_of - m.planned_date).days
            severity = _RED if days > red_after else _YELLOW
            reasons.append(Reason("milestone_overdue", (("name", m.name), ("days", days)), severity))
        elif state is _DUE_SOON and m.planned_date is not None:
            days = (m.planned_date - as_of).days
            reasons.append(Reason("milestone_due_soon", (("name", m.name), ("days", days)), _YELLOW))
    return reasons


def _validity_reasons(inp: StatusInput, as_of: date, th: Thresholds) -> list[Reason]:
    """Approvals that lapsed or are about to lapse.

    Only while work has not started: the approvals offices track with a validity (施工许可 3
    months, 环评 5 years, 用地预审 3 years) lapse when construction does not start in time, so once
    work is under way their expiry no longer threatens the project and flagging it would be a
    permanent false alarm.
    """
    if inp.actual_start is not None and inp.actual_start <= as_of:
        return []
    if inp.stage in _STARTED_STAGES:
        return []
    reasons: list[Reason] = []
    for m in inp.milestones:
        if m.valid_until is None:
            continue
        if m.valid_until < as_of:
            days = (as_of - m.valid_until).days
            reasons.append(Reason.of("approval_expired", _YELLOW, name=m.name, date=m.valid_until, days=days))
        elif m.valid_until <= _days_after(as_of, th.validity_warn_days):
            days = (m.valid_until - as_of).days
            reasons.append(Reason.of("approval_expiring", _YELLOW, name=m.name, date=m.valid_until, days=days))
    return reasons


def _start_reasons(inp: StatusInput, as_of: date, th: Thresholds) -> list[Reason]:
    """Not started although planned: yellow once the planned-start month is over, red once more
    than ``red_start_delay_months`` months have passed since the planned start.

    A project in the construction stage without an actual start date is taken as started: the
    stage is the office's word, a missing date only missing data.
    """
    start = inp.planned_start
    if start is None or (inp.actual_start is not None and inp.actual_start <= as_of):
        return []
    if inp.stage in _STARTED_STAGES:
        return []
    if as_of > add_months(start, th.red_start_delay_months):
        return [Reason("not_started_late", (("months", months_elapsed(start, as_of)),), _RED)]
    if (as_of.year, as_of.month) > (start.year, start.month):
        return [Reason.of("not_started_in_month", _YELLOW, planned_start=start)]
    return []


# Float noise (e.g. 58.333… − 48.333… = 10.000000000000004) must not turn "exactly at the
# threshold" into "behind": gaps are compared after rounding to this many decimals.
_GAP_DECIMALS = 6


def _worst(reasons: list[Reason], base: Light) -> Light:
    """Red if any reason is red, else yellow if any is yellow, else ``base``."""
    worst = base
    for r in reasons:
        if r.severity is _RED:
            return _RED
        if r.severity is _YELLOW:
            worst = _YELLOW
    return worst


def _sorted(reasons: list[Reason]) -> tuple[Reason, ...]:
    # Stable sort: within a severity, the rule order (milestones, progress, start …) is kept.
    if len(reasons) < 2:
        return tuple(reasons)
    return tuple(sorted(reasons, key=lambda r: _RANK[r.severity]))


def compute_status(inp: StatusInput, as_of: date, th: Thresholds = Thresholds()) -> ProjectStatus:
    """The light of one project on ``as_of`` and every reason for it.

    Rules, in order:

    1. ``stage == suspended`` → **suspended** (nothing else is judged: a paused project is not late).
    2. ``stage == completed`` or ``actual_end <= as_of`` → **completed**, with a ``completed``
       reason and, when ``actual_end > planned_end``, a ``completed_late`` reason (days late).
       An ``actual_end`` after ``as_of`` is ignored (not yet true as of that date).
    3. Otherwise the problem rules run and each adds red/yellow reasons:

       * milestones: overdue by more than ``red_overdue_days`` → red; overdue by at most that
         many days, or due within ``warn_days`` (planned ON ``as_of`` is due soon) → yellow;
       * approvals (milestones with ``valid_until``), only while work has not started: lapsed or
         lapsing within ``validity_warn_days`` → yellow;
       * start: not started (no actual start, stage not construction/completed) after the
         planned-start month has ended → yellow; more than ``red_start_delay_months`` months
         after the planned start → red;
       * progress (only within the planned period, i.e. ``as_of >= planned_start``, both dates
         known): ``gap = schedule_pct − actual`` where actual is the milestone-weight progress,
         else the reported 形象进度, else investment completed / total investment; ``gap >
         red_gap`` → red, ``gap > yellow_gap`` → yellow (strictly: exactly at a threshold is not
         behind). No measure at all → an informational ``no_progress_data`` reason only;
       * past the planned end and not completed → ``past_planned_end`` (yellow, red when more
         than ``red_overdue_days`` days), so a project without progress data cannot stay green
         after its deadline.

    4. The light is the worst problem (red > yellow). Without problems it is the base light:
       **no_schedule** when either planned date is missing (with a ``no_schedule`` reason),
       **not_started** before the planned start (with a ``before_start`` reason), else **green**.
       Decision: problems win over ``no_schedule`` and ``not_started`` alike (the base reason is
       kept), because an overdue approval before the start, or an overdue milestone on a project
       whose dates were never entered, is exactly what the office must see.
    5. An override applies while ``as_of <= expires_on``: ``light`` becomes the override's light,
       ``computed_light`` keeps the rules' light and the ``override`` reason comes first.
    """
    # Reasons are built directly, not through Reason.of: the keyword packing cost more than the rule
    # (see _milestone_reasons); params keep the order Reason.of would give them.
    milestones = inp.milestones
    warn_until = _days_after(as_of, th.warn_days)
    states = tuple([_state(m, as_of, warn_until) for m in milestones]) if milestones else ()
    sched: float | None = None
    if inp.planned_start is not None and inp.planned_end is not None:
        sched = schedule_pct(inp.planned_start, inp.planned_end, as_of)
    actual, basis = _actual_progress(inp, states)

    reasons: list[Reason] = []
    stage = inp.stage
    if stage == _STAGE_SUSPENDED:
        computed = Light.SUSPENDED
        reasons.append(Reason("suspended", (), computed))
    elif stage == _STAGE_COMPLETED or (inp.actual_end is not None and inp.actual_end <= as_of):
        computed = Light.COMPLETED
        end = inp.actual_end if inp.actual_end is not None and inp.actual_end <= as_of else None
        reasons.append(Reason("completed", (("date", end),) if end is not None else (), computed))
        if end is not None and inp.planned_end is not None and end > inp.planned_end:
            reasons.append(Reason.of("completed_late", computed, days=(end - inp.planned_end).days))
    else:
        if milestones:  # without any, neither rule has work (a third of a province's projects)
            reasons += _milestone_reasons(inp, states, as_of, th)
            reasons += _validity_reasons(inp, as_of, th)
        reasons += _start_reasons(inp, as_of, th)
        if sched is None:
            base = Light.NO_SCHEDULE
            reasons.append(Reason("no_schedule", (), base))
        elif as_of < inp.planned_start:  # type: ignore[operator]
            base = Light.NOT_STARTED
            reasons.append(Reason("before_start", (("planned_start", inp.planned_start),), base))
        else:
            base = _GREEN
            assert sched is not None
            if actual is None:
                reasons.append(Reason("no_progress_data", (), _GREEN))
            else:
                gap = round(sched - actual, _GAP_DECIMALS)
                if gap > th.yellow_gap:
                    reasons.append(Reason("progress_behind", (
                        ("basis", basis), ("gap", round(gap, 2)), ("actual", round(actual, 2)),
                        ("expected", round(sched, 2)),
                    ), _RED if gap > th.red_gap else _YELLOW))
            if inp.planned_end is not None and as_of > inp.planned_end:
                days = (as_of - inp.planned_end).days
                reasons.append(Reason("past_planned_end", (("days", days),), _overdue_severity(days, th)))
        computed = _worst(reasons, base)

    if inp.open_problems:
        # Shown with the light, not judged by it: the ledger has its own deadlines and escalation.
        reasons.append(Reason("open_problems", (("count", inp.open_problems), ("overdue", inp.overdue_problems)),
                              _GREEN))
    ordered = _sorted(reasons)
    light = computed
    overridden = False
    ov = inp.override
    if ov is not None and as_of <= ov.expires_on:
        light = Light(ov.light)
        overridden = True
        ordered = (Reason.of("override", light, light=light, justification=ov.justification,
                             by=ov.set_by, expires=ov.expires_on),) + ordered
    return ProjectStatus(light, computed, ordered, sched, actual, basis, states, overridden)
