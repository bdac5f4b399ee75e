"""The monthly dispatch cycle (月调度) in plain values: months, who owes a report, the investment
arithmetic and the frozen month snapshot. Pure: no Qt, no SQL, no clock.

Investment arithmetic (all money ``Decimal`` in 万元)
-------------------------------------------------
Units type what they have: some send 本月完成投资, some only 本年累计 or 开工以来累计. Per project, the
reports are walked in month order and every figure that was not typed is derived:

* **本年累计 (ytd)** = previous ytd of the same calendar year (0 in the first reported month of a
  year — January resets it) + this month's investment; a typed ytd wins and anchors later months;
* **开工累计 (since start)** = previous since-start (0 before the first report) + this month; a
  typed since-start wins and anchors later months (the first report of an old project should type
  it, or the years before the first report are missing);
* **本月完成 (month)** = typed month, else typed ytd − previous ytd of the year, else typed
  since-start − previous since-start — derived only when the previous month was reported (or, for
  ytd, in January), so a first report's totals are not taken for one month's work — else nothing
  (a report without figures adds 0);
* **% of the annual plan** = ytd ÷ that year's annual plan × 100 (the plan in force when computed:
  a plan changed mid-year applies to the whole year, while closed months keep the plan they were
  closed with in their snapshot); **% of the total investment** = since-start ÷ total × 100;
* **序时计划投资 (planned to date)** = annual plan × annual 序时进度 of the period end (day of year ÷
  days in year, see ``status.annual_schedule_pct``); **序时完成率** = ytd ÷ planned to date × 100.

Reporting duty
--------------
Projects under construction report every month; projects in 前期 (preparation) and projects still
only planned report quarterly, in March, June, September and December (a report in any month of
the quarter covers it). Completed projects report up to their completion month; suspended
projects owe nothing (they may still report). The stage used is the current one: stage history is
not kept.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple, Protocol

from .errors import ValidationError
from .model import Stage

# --------------------------------------------------------------------------------------------
# Months
# --------------------------------------------------------------------------------------------


def period_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _split(period: str) -> tuple[int, int]:
    try:
        year, month = int(period[:4]), int(period[5:7])
    except (TypeError, ValueError):
        raise ValidationError("bad_period", "period", {"value": str(period)}) from None
    if len(period) != 7 or period[4] != "-" or not 1 <= month <= 12:
        raise ValidationError("bad_period", "period", {"value": str(period)})
    return year, month


def period_start(period: str) -> date:
    year, month = _split(period)
    return date(year, month, 1)


def period_end(period: str) -> date:
    """The last day of the month: the as-of date of a month's figures."""
    year, month = _split(period)
    return date(year, month, calendar.monthrange(year, month)[1])


def shift_period(period: str, months: int) -> str:
    year, month = _split(period)
    index = year * 12 + month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


@lru_cache(maxsize=1024)  # asked once per report walked, of a few dozen distinct months
def previous_period(period: str) -> str:
    return shift_period(period, -1)


def period_label(period: str) -> str:
    """'2026年11月'."""
    year, month = _split(period)
    return f"{year}年{month}月"


def quarter_months(period: str) -> tuple[str, str, str]:
    """The three months of the quarter ``period`` lies in."""
    year, month = _split(period)
    first = (month - 1) // 3 * 3 + 1
    return tuple(f"{year:04d}-{m:02d}" for m in range(first, first + 3))  # type: ignore[return-value]


# --------------------------------------------------------------------------------------------
# Reporting duty
# --------------------------------------------------------------------------------------------


class Cycle(StrEnum):
    MONTHLY = "monthly"      # 月报
    QUARTERLY = "quarterly"  # 季报
    NONE = "none"            # 无需填报


class Reporter(Protocol):
    """What the duty depends on (``Project`` and ``StatusFacts`` both fit)."""

    stage: Stage
    actual_end: date | None


def reporting_cycle(stage: Stage | str) -> Cycle:
    stage = Stage(stage)
    if stage in (Stage.PLANNED, Stage.PREPARATION):
        return Cycle.QUARTERLY
    if stage in (Stage.CONSTRUCTION, Stage.COMPLETED):
        return Cycle.MONTHLY
    return Cycle.NONE


def expected_periods(project: Reporter, period: str) -> list[str]:
    """The months of ``period``'s year, up to and including ``period``, in which ``project`` owes a
    report: every month for a monthly reporter (a completed one up to its completion month), the
    quarter-end months for a quarterly one, none for a suspended one."""
    year, month = _split(period)
    cycle = reporting_cycle(project.stage)
    if cycle == Cycle.NONE:
        return []
    last = month
    if Stage(project.stage) == Stage.COMPLETED:
        end = project.actual_end
        if end is None or end.year < year:
            return []
        if end.year == year:
            last = min(month, end.month)
    months = range(1, last + 1)
    if cycle == Cycle.QUARTERLY:
        months = range(3, last + 1, 3)
    return [f"{year:04d}-{m:02d}" for m in months]


def report_due(project: Reporter, period: str) -> bool:
    return period in expected_periods(project, period)


def covering_periods(project: Reporter, period: str) -> tuple[str, ...]:
    """The months whose report satisfies the duty of ``period`` (the quarter for quarterly ones)."""
    if reporting_cycle(project.stage) == Cycle.QUARTERLY:
        return tuple(m for m in quarter_months(period) if m <= period)
    return (period,)


# --------------------------------------------------------------------------------------------
# Investment arithmetic
# --------------------------------------------------------------------------------------------


class Figures(Protocol):
    """One month's typed figures (``ProgressReport`` fits)."""

    period: str
    invest_month: Decimal | None
    invest_ytd: Decimal | None
    invest_since_start: Decimal | None


class TypedFigures(NamedTuple):
    """Just the figures of one month's report: what the investment arithmetic reads (a tuple, as
    the store loads a province's whole report history for every month shown)."""

    period: str
    invest_month: Decimal | None
    invest_ytd: Decimal | None
    invest_since_start: Decimal | None


@dataclass(frozen=True)
class Investment:
    """A project's investment figures for one month; ``*_typed`` say which were typed."""

    period: str
    month: Decimal | None = None
    ytd: Decimal | None = None
    since_start: Decimal | None = None
    annual_plan: Decimal | None = None
    total_investment: Decimal | None = None
    month_typed: bool = False
    ytd_typed: bool = False
    since_start_typed: bool = False

    @property
    def pct_of_annual_plan(self) -> float | None:
        return percent(self.ytd, self.annual_plan)

    @property
    def pct_of_total(self) -> float | None:
        return percent(self.since_start, self.total_investment)

    @property
    def planned_to_date(self) -> Decimal | None:
        return planned_to_date(self.annual_plan, period_end(self.period))

    @property
    def pct_of_planned_to_date(self) -> float | None:
        return percent(self.ytd, self.planned_to_date)


def percent(part: Decimal | None, whole: Decimal | None) -> float | None:
    """part ÷ whole × 100, or ``None`` when either is unknown or the whole is not positive."""
    if part is None or whole is None or whole <= 0:
        return None
    return float(part / whole * 100)


def planned_to_date(annual_plan: Decimal | None, as_of: date) -> Decimal | None:
    """序时计划投资 = annual plan × annual 序时进度 (``status.annual_schedule_pct``: day of year ÷
    days in the year), computed in Decimal: plan × day of year ÷ days in year."""
    if annual_plan is None:
        return None
    days = 366 if calendar.isleap(as_of.year) else 365
    return annual_plan * as_of.timetuple().tm_yday / Decimal(days)


class _Month(NamedTuple):
    period: str
    month: Decimal | None
    ytd: Decimal
    since: Decimal
    typed: Figures  # the report itself: which of its figures were typed


def _walk(reports: Iterable[Figures], period: str) -> _Month | None:
    """The last month reported up to ``period``, with its derived figures (see module doc).

    Only running totals are kept, no record per month: a province walks 120,000 reports on every
    refresh of the month."""
    last: Figures | None = None
    month: Decimal | None = None
    ytd, since, year = Decimal(0), Decimal(0), None
    for r in sorted((r for r in reports if r.period <= period), key=lambda r: r.period):
        if r.period[:4] != year:
            year, ytd = r.period[:4], Decimal(0)
        # A month is derived from a typed total only when the total before it is known: the
        # previous month was reported (or, for the year's total, this is January).
        follows = last is not None and last.period == previous_period(r.period)
        month = r.invest_month
        if month is None and r.invest_ytd is not None and (follows or r.period.endswith("-01")):
            month = r.invest_ytd - ytd
        elif month is None and r.invest_since_start is not None and follows:
            month = r.invest_since_start - since
        if month is not None and month < 0:
            month = None  # a correction of earlier months, not negative work this month
        added = month or Decimal(0)
        ytd = r.invest_ytd if r.invest_ytd is not None else ytd + added
        since = r.invest_since_start if r.invest_since_start is not None else since + added
        last = r
    return None if last is None else _Month(last.period, month, ytd, since, last)


def derive_investment(reports: Iterable[Figures], period: str, annual_plan: Decimal | None = None,
                      total_investment: Decimal | None = None) -> Investment:
    """The month, ytd and since-start figures of ``period`` from a project's reports (see module doc).

    ``month`` is ``None`` without a report in ``period`` itself; ``ytd`` is ``None`` without any
    report in ``period``'s year up to it; ``since_start`` is ``None`` without any report up to it.
    """
    _split(period)
    last = _walk(reports, period)
    if last is None:
        return Investment(period, annual_plan=annual_plan, total_investment=total_investment)
    this = last if last.period == period else None
    same_year = last.period[:4] == period[:4]
    return Investment(
        period,
        month=this.month if this else None,
        ytd=last.ytd if same_year else None,
        since_start=last.since,
        annual_plan=annual_plan,
        total_investment=total_investment,
        month_typed=bool(this and this.typed.invest_month is not None),
        ytd_typed=bool(this and this.typed.invest_ytd is not None),
        since_start_typed=bool(this and this.typed.invest_since_start is not None),
    )


def preview_investment(reports: Iterable[Figures], period: str, month: Decimal | None,
                       ytd: Decimal | None = None, since_start: Decimal | None = None,
                       annual_plan: Decimal | None = None,
                       total_investment: Decimal | None = None) -> Investment:
    """What ``period`` would show if its report had these typed figures (the editor's live preview)."""
    others = [r for r in reports if r.period != period]
    return derive_investment([*others, TypedFigures(period, month, ytd, since_start)], period, annual_plan,
                             total_investment)
