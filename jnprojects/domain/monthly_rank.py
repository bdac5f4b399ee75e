"""Rankings of a month (月度排名 and 项目比拼). Pure.

Two measures, computed from one month's snapshots (the shown light; money in 万元):

**按期推进率 (on-schedule rate)** of a group = green ÷ (green + yellow + red) × 100.
Only projects whose schedule is judged take part. Completed projects (their schedule is over),
projects before their planned start (nothing can be late yet), projects without planned dates
(cannot be judged; counting them either way would reward or punish missing data, not work) and
suspended projects (paused by decision) are left out of both numerator and denominator. A group
with no judged project has no rate.

**投资序时完成率 (investment completion against 序时进度)** of a group = Σ 本年累计完成投资 ÷
Σ 序时计划投资 × 100, where a project's 序时计划投资 = its annual plan × annual 序时进度 at the
month end (day of year ÷ days in the year). Every project with an annual plan above 0 takes part,
whatever its light; a missing 本年累计 counts as 0 (nothing reported against a plan). A group
without any annual plan has no rate.

A project counts in each of its places (建设地点) and in each of its lead units (牵头单位).

Order: by the chosen measure, high first; ties broken by the other measure (high first), then by
name in pinyin order. Groups without the chosen measure come last, unranked. The top three and
the bottom three ranked groups are named (the bottom three never repeat one of the top three).

项目比拼 ranks judged projects the same way, each project being a group of one: its on-schedule
rate is 100 when green and 0 when yellow or red.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum

from .monthly import percent
from .monthly_snapshot import PeriodSnapshot
from .status import Light
from .text_keys import sort_key

TOP = 3

FORMULA_NOTES: tuple[str, ...] = (
    "按期推进率＝绿灯项目数÷（绿灯＋黄灯＋红灯项目数）×100%。已竣工、未到计划开工时间、无计划起止日期、暂停的项目不参与计算。",
    "投资序时完成率＝本年累计完成投资÷序时计划投资×100%；序时计划投资＝年度计划投资×年度序时进度，"
    "年度序时进度＝截至月末已过天数÷全年天数。有年度计划投资的项目均参与计算，未填报本年累计的按0计。",
    "排名先按所选指标从高到低，相同时按另一指标从高到低，再相同时按名称拼音排序；无法计算该指标的不参与排名。"
    "一个项目涉及多个县（市、区）或多个牵头单位的，分别计入。",
    "项目比拼：参与计算的项目（绿灯、黄灯、红灯）按同样规则排名，绿灯项目的按期推进率记为100%，黄灯、红灯记为0。",
    "本年累计、开工累计未填报的，由各月本月完成投资逐月累加推算（1月重新起算）；填报了累计数的以填报为准。",
    "新增红灯：本期红灯且上期不是红灯；新增黄灯：本期黄灯且上期既非红灯也非黄灯；恢复正常：上期红灯或黄灯，本期均不是。",
)


class Measure(StrEnum):
    SCHEDULE = "schedule"      # 按期推进率
    INVESTMENT = "investment"  # 投资序时完成率


@dataclass(frozen=True)
class Score:
    """One group's (or project's) figures; ``rank`` is set by :func:`rank`."""

    key: str
    name: str
    projects: int = 0
    green: int = 0
    yellow: int = 0
    red: int = 0
    annual_plan: Decimal = Decimal(0)
    planned_to_date: Decimal = Decimal(0)
    completed_ytd: Decimal = Decimal(0)
    has_plan: bool = False
    rank: int | None = None
    name_key: str = field(default="", compare=False, repr=False)  # pinyin of the name, if known

    @property
    def pinyin(self) -> str:
        return self.name_key or sort_key(self.name)

    @property
    def judged(self) -> int:
        return self.green + self.yellow + self.red

    @property
    def on_schedule_rate(self) -> float | None:
        return self.green / self.judged * 100 if self.judged else None

    @property
    def investment_rate(self) -> float | None:
        return percent(self.completed_ytd, self.planned_to_date) if self.has_plan else None

    def measure(self, which: Measure) -> float | None:
        return self.on_schedule_rate if which == Measure.SCHEDULE else self.investment_rate


@dataclass(frozen=True)
class Ranking:
    measure: Measure
    rows: tuple[Score, ...]

    @property
    def ranked(self) -> tuple[Score, ...]:
        return tuple(r for r in self.rows if r.rank is not None)

    @property
    def top(self) -> tuple[Score, ...]:
        return self.ranked[:TOP]

    @property
    def bottom(self) -> tuple[Score, ...]:
        ranked = self.ranked
        room = max(0, len(ranked) - len(self.top))
        return ranked[len(ranked) - min(TOP, room):] if room else ()


def _share(snap: PeriodSnapshot) -> tuple:
    """What one snapshot adds to each of its groups: green, yellow, red, annual plan, planned to
    date, completed this year, has a plan."""
    plan = snap.annual_plan
    with_plan = plan is not None and plan > 0
    return (snap.light == Light.GREEN, snap.light == Light.YELLOW, snap.light == Light.RED,
            plan if with_plan else 0, (snap.planned_to_date or 0) if with_plan else 0,
            (snap.invest_ytd or 0) if with_plan else 0, with_plan)


Group = tuple[str, str, str]
"""A group a snapshot counts in: (key, name, the name's pinyin key or "" when not stored)."""


def scores(snaps: Iterable[PeriodSnapshot], groups: Callable[[PeriodSnapshot], Iterable[Group]]) -> list[Score]:
    """One score per group key; ``groups`` gives each snapshot's groups.

    The sums are kept in plain lists and each Score built once (a Score per snapshot and group
    took a second at province scale). Amounts are added in snapshot order, 0s included, exactly
    as Decimal arithmetic on Scores would: the same sums, exponents too."""
    table: dict[str, list] = {}
    for snap in snaps:
        its_groups = {key: (name, name_key) for key, name, name_key in groups(snap)}  # each group once
        if not its_groups:
            continue
        green, yellow, red, plan, planned, completed, with_plan = _share(snap)
        for key, (name, name_key) in its_groups.items():
            sums = table.get(key)
            if sums is None:
                sums = table[key] = [name, name_key, 0, 0, 0, 0, Decimal(0), Decimal(0), Decimal(0), False]
            sums[2] += 1
            sums[3] += green
            sums[4] += yellow
            sums[5] += red
            sums[6] += plan
            sums[7] += planned
            sums[8] += completed
            sums[9] = sums[9] or with_plan
    return [Score(key, name, projects, green, yellow, red, plan, planned, completed, has_plan, name_key=name_key)
            for key, (name, name_key, projects, green, yellow, red, plan, planned, completed, has_plan)
            in table.items()]


def _order(row: Score, by: Measure) -> tuple:
    other = Measure.INVESTMENT if by == Measure.SCHEDULE else Measure.SCHEDULE
    first, second = row.measure(by), row.measure(other)
    return (first is None, -(first or 0.0), second is None, -(second or 0.0), row.pinyin, row.name)


def rank(rows: Sequence[Score], by: Measure) -> Ranking:
    # Each row's key is computed once and kept: its first item tells whether the row is ranked.
    ordered = sorted(((_order(r, by), r) for r in rows), key=lambda keyed: keyed[0])
    result: list[Score] = []
    position = 0
    for (unranked, *_), row in ordered:
        if unranked:
            result.append(row if row.rank is None else replace(row, rank=None))
        else:
            position += 1
            result.append(replace(row, rank=position))
    return Ranking(by, tuple(result))


def by_location(snap: PeriodSnapshot) -> list[Group]:
    """Counties, cities, districts and zones (县市区及功能区)."""
    return [(code, name, "") for code, name in zip(snap.location_codes, snap.location_names or snap.location_codes)]


def by_lead_unit(snap: PeriodSnapshot) -> list[Group]:
    """Lead units (牵头单位)."""
    return [(name, name, "") for name in snap.lead_units]


def by_project(snap: PeriodSnapshot) -> list[Group]:
    """The monthly contest (项目比拼): judged projects only."""
    return [(snap.code, snap.name, snap.name_key)] if snap.judged else []


def rank_groups(snaps: Sequence[PeriodSnapshot], groups: Callable[[PeriodSnapshot], Iterable[Group]]
                ) -> tuple[Ranking, Ranking]:
    """The groups ranked by on-schedule rate and by investment rate (summed once for both)."""
    rows = scores(snaps, groups)
    return rank(rows, Measure.SCHEDULE), rank(rows, Measure.INVESTMENT)
