"""The frozen month (月调度结账): one project's figures at the end of a closed month, and the JSON
form of its status reasons. Pure: no Qt, no SQL."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from .model import Stage
from .monthly import period_end, planned_to_date
from .status import Light, Reason

JUDGED: frozenset[Light] = frozenset({Light.GREEN, Light.YELLOW, Light.RED})
"""Lights that judge a schedule; the others say why there is no judgement."""


@dataclass(frozen=True)
class PeriodSnapshot:
    """One project as it stood at the end of a closed month (money in 万元, lists in order)."""

    period: str
    project_id: int
    code: str
    name: str
    category_code: str
    category_name: str = ""
    stage: Stage = Stage.PLANNED
    location_codes: tuple[str, ...] = ()
    location_names: tuple[str, ...] = ()
    lead_units: tuple[str, ...] = ()
    light: Light = Light.NO_SCHEDULE
    computed_light: Light = Light.NO_SCHEDULE
    overridden: bool = False
    reasons: tuple[Reason, ...] = ()
    reasons_text: str = ""
    schedule_pct: float | None = None
    actual_pct: float | None = None
    basis: str | None = None
    progress_pct: float | None = None
    progress_text: str = ""
    report_due: bool = False
    reported: bool = False
    invest_month: Decimal | None = None
    invest_ytd: Decimal | None = None
    invest_since_start: Decimal | None = None
    annual_plan: Decimal | None = None
    total_investment: Decimal | None = None
    milestones_total: int = 0
    milestones_done: int = 0
    milestones_done_names: tuple[str, ...] = field(default_factory=tuple)
    problems_raised: int = 0
    problems_resolved: int = 0
    open_problems: int = 0
    overdue_problems: int = 0
    # The name's stored pinyin sort key, carried for the rankings' tie-break (computing it takes
    # ~0.4 ms a name); empty when not known. Derived from ``name``: not a figure, not compared.
    name_key: str = field(default="", compare=False, repr=False)

    @property
    def judged(self) -> bool:
        return self.light in JUDGED

    @property
    def planned_to_date(self) -> Decimal | None:
        return planned_to_date(self.annual_plan, period_end(self.period))


def _encode(value: object) -> object:
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"decimal": format(value, "f")}
    if isinstance(value, StrEnum):
        return str(value)
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def _decode(value: Any) -> object:
    if isinstance(value, dict) and "date" in value:
        return date.fromisoformat(value["date"])
    if isinstance(value, dict) and "decimal" in value:
        return Decimal(value["decimal"])
    return value


def reasons_to_json(reasons: Iterable[Reason]) -> str:
    """Reasons as JSON text (dates and amounts tagged so they read back as they were)."""
    return json.dumps(
        [{"code": r.code, "severity": str(r.severity), "params": [[k, _encode(v)] for k, v in r.params]}
         for r in reasons],
        ensure_ascii=False,
    )


def reasons_from_json(text: str) -> tuple[Reason, ...]:
    return tuple(
        Reason(item["code"], tuple((k, _decode(v)) for k, v in item.get("params", [])), Light(item["severity"]))
        for item in json.loads(text or "[]")
    )
