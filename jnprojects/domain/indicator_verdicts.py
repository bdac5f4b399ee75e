"""Whether each 专栏2 indicator is met or on course for its 2025 and 2035 targets, as plain values.

The comparator and direction come from the plan's own target text (``indicator_targets``): “<1.98”
is met by lower values, “[7]” is cumulative over 2021–2025, “-” has no target.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from .indicator_targets import GE, GT, LE, LT, Target, is_met, parse_target
from .model import Indicator

MET = "met"
ON_COURSE = "on_course"
OFF_COURSE = "off_course"
NO_TARGET = "no_target"
NO_DATA = "no_data"
VERDICTS: tuple[str, ...] = (MET, ON_COURSE, OFF_COURSE, NO_TARGET, NO_DATA)

BASELINE_YEAR = 2021
TARGET_YEARS: tuple[int, ...] = (2025, 2035)


@dataclass(frozen=True)
class TargetVerdict:
    """The verdict on one target (2025 or 2035).

    ``value``/``value_year`` is what was judged: the latest value up to the target year, or for a
    cumulative target the sum over its period up to ``value_year``. ``expected`` is the value the
    linear path asks for in ``value_year`` (``None`` when no path was needed or possible).
    ``note`` explains a verdict further: "" or one of "unreadable_target", "no_baseline",
    "target_year_passed".
    """

    year: int
    text: str
    target: Target | None
    verdict: str
    value_year: int | None = None
    value: Decimal | None = None
    expected: Decimal | None = None
    note: str = ""


@dataclass(frozen=True)
class IndicatorVerdict:
    """One indicator with its baseline, latest recorded value and both verdicts."""

    seq: int
    name: str
    unit: str
    direction: str
    baseline_text: str
    baseline: Decimal | None
    latest: tuple[int, Decimal] | None
    target_2025: TargetVerdict
    target_2035: TargetVerdict

    @property
    def verdict_2025(self) -> str:
        return self.target_2025.verdict

    @property
    def verdict_2035(self) -> str:
        return self.target_2035.verdict


def _number(text: str) -> Decimal | None:
    """The number in a baseline cell ('31', '≥50', '-'), or ``None``."""
    try:
        return parse_target(text).value
    except ValueError:
        return None


def _better_direction(target: Target, direction: str) -> str:
    # An explicit comparator says which way is better by itself ("<1.98" is met by lower values);
    # a plain number relies on the indicator's direction.
    if target.comparator in (GE, GT):
        return "higher"
    if target.comparator in (LE, LT):
        return "lower"
    return direction


def _judge(
    indicator: Indicator,
    year: int,
    text: str,
    previous_target_year: int,
    baseline: Decimal | None,
    values: list[tuple[int, Decimal]],
    as_of_year: int,
) -> TargetVerdict:
    """Verdict on one target; see :func:`indicator_verdicts` for the rules."""
    try:
        target = parse_target(text)
    except ValueError:
        return TargetVerdict(year, text, None, NO_TARGET, note="unreadable_target")
    if not target.has_target or target.value is None:
        return TargetVerdict(year, text, target, NO_TARGET)
    last_year = min(year, as_of_year)

    if target.cumulative:
        first = previous_target_year + 1
        period = [(y, v) for y, v in values if first <= y <= last_year]
        if not period:
            return TargetVerdict(year, text, target, NO_DATA)
        value_year = max(y for y, _ in period)
        value = sum((v for _, v in period), Decimal(0))
        # The path runs from nothing before the period to the full target at its end.
        path_start: tuple[int, Decimal] | None = (first - 1, Decimal(0))
    else:
        known = [(y, v) for y, v in values if y <= last_year]
        if not known:
            return TargetVerdict(year, text, target, NO_DATA)
        value_year, value = max(known)
        if baseline is not None:
            path_start = (BASELINE_YEAR, baseline)
        else:
            # No 2021 figure in the plan ("-"): the earliest recorded value starts the path.
            earlier = [(y, v) for y, v in known if y < value_year]
            path_start = min(earlier) if earlier else None

    met = is_met(target, value, indicator.direction)
    if met:
        return TargetVerdict(year, text, target, MET, value_year, value)
    if as_of_year > year or value_year >= year:
        return TargetVerdict(year, text, target, OFF_COURSE, value_year, value, note="target_year_passed")
    if path_start is None or path_start[0] >= year:
        return TargetVerdict(year, text, target, NO_DATA, value_year, value, note="no_baseline")
    start_year, start_value = path_start
    expected = start_value + (target.value - start_value) * Decimal(value_year - start_year) / Decimal(year - start_year)
    if _better_direction(target, indicator.direction) == "higher":
        keeping = value >= expected
    else:
        keeping = value <= expected
    return TargetVerdict(year, text, target, ON_COURSE if keeping else OFF_COURSE, value_year, value, expected)


def indicator_verdicts(
    indicators: Iterable[Indicator],
    values_by_seq: dict[int, list[tuple[int, Decimal]]],
    as_of_year: int,
) -> list[IndicatorVerdict]:
    """Baseline, latest value and the 2025/2035 verdicts of each indicator, in the given order.

    Values after ``as_of_year`` are ignored (not yet known on that date). For each target:

    * ``no_target``: the cell is "-" (or unreadable, noted ``unreadable_target``);
    * ``no_data``: no recorded value to judge (up to the target year; for a cumulative target,
      none in its period), or not met and no path can be drawn (no baseline and only one value:
      noted ``no_baseline``);
    * ``met``: the judged value meets the target (``indicator_targets.is_met``). The judged value
      is the latest recorded one up to the target year; for a cumulative target ("[7]") it is the
      sum of the yearly values recorded over the period (2021–2025 for the 2025 target,
      2026–2035 for 2035), so the 2021 value must be recorded like any other year;
    * ``off_course``: not met and the target year has passed (or its value is in), or behind the
      linear path;
    * ``on_course``: not met yet, but the value is at least where the straight line from the 2021
      baseline (or the earliest recorded value when the plan gives none) to the target in the
      target year says it should be in the value's year. For a cumulative target the line runs
      from 0 before the period to the target at its end (e.g. [7] over 2021–2025: 2.8 by 2022).
    """
    verdicts: list[IndicatorVerdict] = []
    for ind in indicators:
        values = sorted((y, v) for y, v in values_by_seq.get(ind.seq, []) if y <= as_of_year)
        baseline = _number(ind.value_2021)
        verdicts.append(IndicatorVerdict(
            ind.seq, ind.name, ind.unit, ind.direction, ind.value_2021, baseline,
            values[-1] if values else None,
            _judge(ind, 2025, ind.target_2025, BASELINE_YEAR - 1, baseline, values, as_of_year),
            _judge(ind, 2035, ind.target_2035, 2025, baseline, values, as_of_year),
        ))
    return verdicts
