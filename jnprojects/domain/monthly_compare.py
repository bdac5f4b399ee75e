"""Month-over-month comparison of two closed months (本月与上期对比). Pure.

Definitions, between the earlier snapshot ``P`` and the later one ``C`` (the light is the shown one,
an active manual light included):

* **新增红灯** — red in ``C`` and not red in ``P`` (yellow→red included), or red and new to the list;
* **新增黄灯** — yellow in ``C`` and neither red nor yellow in ``P`` (or new to the list);
* **由红转黄** — red in ``P``, yellow in ``C`` (eased, still a warning);
* **恢复正常** — red or yellow in ``P``, neither in ``C`` (green, completed …);
* **完成节点** — milestones done at ``C`` that were not done at ``P``, per project in both (a project
  new to the list has no earlier state, so its nodes are not counted);
* **新提问题 / 解决问题** — Σ over ``C``'s projects of (raised at ``C`` − raised at ``P``) and of
  (solved or closed at ``C`` − at ``P``), never negative per project; a project new to the list
  counts from 0;
* **新增完成投资** — Σ over projects in both of (开工累计 at ``C`` − 开工累计 at ``P``), an earlier
  missing figure counting as 0 (nothing reported yet); corrections may make a term negative.

Without an earlier closed month there is nothing to compare: only the counts are given.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from .monthly_snapshot import PeriodSnapshot
from .status import LIGHT_ORDER, Light

_WARN = (Light.RED, Light.YELLOW)


@dataclass(frozen=True)
class LightChange:
    project_id: int
    code: str
    name: str
    before: Light | None  # None: not in the earlier month's list
    after: Light
    reasons_text: str = ""


@dataclass(frozen=True)
class MilestoneGain:
    project_id: int
    code: str
    name: str
    milestones: tuple[str, ...]


@dataclass(frozen=True)
class Comparison:
    period: str
    previous: str | None
    counts: tuple[tuple[Light, int], ...]
    previous_counts: tuple[tuple[Light, int], ...] = ()
    new_reds: tuple[LightChange, ...] = ()
    new_yellows: tuple[LightChange, ...] = ()
    eased: tuple[LightChange, ...] = ()
    recovered: tuple[LightChange, ...] = ()
    milestones: tuple[MilestoneGain, ...] = ()
    problems_raised: int = 0
    problems_solved: int = 0
    investment_added: Decimal = Decimal(0)
    added_projects: tuple[str, ...] = ()
    removed_projects: tuple[str, ...] = ()

    @property
    def milestones_completed(self) -> int:
        return sum(len(g.milestones) for g in self.milestones)

    def count(self, light: Light, previous: bool = False) -> int:
        return dict(self.previous_counts if previous else self.counts).get(light, 0)


def light_counts(snaps: Sequence[PeriodSnapshot]) -> tuple[tuple[Light, int], ...]:
    tally = Counter(s.light for s in snaps)
    return tuple((light, tally.get(light, 0)) for light in LIGHT_ORDER)


def _change(snap: PeriodSnapshot, before: PeriodSnapshot | None) -> LightChange:
    return LightChange(snap.project_id, snap.code, snap.name, before.light if before else None, snap.light,
                       snap.reasons_text)


def compare(current: Sequence[PeriodSnapshot], previous: Sequence[PeriodSnapshot] | None,
            period: str = "", previous_period: str | None = None) -> Comparison:
    """What changed from ``previous`` to ``current`` (see the module's definitions). ``period`` and
    ``previous_period`` name the months when a list may be empty."""
    period = period or (current[0].period if current else "")
    if previous is None:
        return Comparison(period, None, light_counts(current))
    before = {s.project_id: s for s in previous}
    now_ids = {s.project_id for s in current}
    new_reds, new_yellows, eased, recovered = [], [], [], []
    gains: list[MilestoneGain] = []
    raised = solved = 0
    invested = Decimal(0)
    for snap in sorted(current, key=lambda s: s.code):
        old = before.get(snap.project_id)
        old_light = old.light if old else None
        if snap.light == Light.RED and old_light != Light.RED:
            new_reds.append(_change(snap, old))
        elif snap.light == Light.YELLOW and old_light not in _WARN:
            new_yellows.append(_change(snap, old))
        elif snap.light == Light.YELLOW and old_light == Light.RED:
            eased.append(_change(snap, old))
        elif old_light in _WARN and snap.light not in _WARN:
            recovered.append(_change(snap, old))
        raised += max(0, snap.problems_raised - (old.problems_raised if old else 0))
        solved += max(0, snap.problems_resolved - (old.problems_resolved if old else 0))
        if old is None:
            continue
        done = Counter(snap.milestones_done_names) - Counter(old.milestones_done_names)
        if done:
            names: list[str] = []
            for milestone in snap.milestones_done_names:  # in the project's order
                if done[milestone] > 0:
                    names.append(milestone)
                    done[milestone] -= 1
            gains.append(MilestoneGain(snap.project_id, snap.code, snap.name, tuple(names)))
        if snap.invest_since_start is not None:
            invested += snap.invest_since_start - (old.invest_since_start or Decimal(0))
    return Comparison(
        period=period,
        previous=previous_period or (previous[0].period if previous else None),
        counts=light_counts(current),
        previous_counts=light_counts(previous),
        new_reds=tuple(new_reds),
        new_yellows=tuple(new_yellows),
        eased=tuple(eased),
        recovered=tuple(recovered),
        milestones=tuple(gains),
        problems_raised=raised,
        problems_solved=solved,
        investment_added=invested,
        added_projects=tuple(sorted(s.code for s in current if s.project_id not in before)),
        removed_projects=tuple(sorted(s.code for s in previous if s.project_id not in now_ids)),
    )
