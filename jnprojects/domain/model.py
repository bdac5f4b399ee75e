"""Plain records of the office's data. No Qt, no SQL.

Dates are ``datetime.date``; money is ``Decimal`` in 万元; enumerations are ``StrEnum`` whose values
are the codes stored in the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum


class Stage(StrEnum):
    PLANNED = "planned"            # named in the plan, no work yet
    PREPARATION = "preparation"    # 前期: approvals under way
    CONSTRUCTION = "construction"  # 在建
    COMPLETED = "completed"        # 竣工
    SUSPENDED = "suspended"        # 暂停


class Level(StrEnum):
    PROVINCE = "province"
    CITY = "city"
    COUNTY = "county"


class Kind(StrEnum):
    NEW = "new"                # 新开工
    CONTINUING = "continuing"  # 续建


class Role(StrEnum):
    LEAD = "lead"  # 牵头单位
    COOP = "coop"  # 配合单位


class Origin(StrEnum):
    PLAN = "plan"
    USER = "user"
    LEDGER = "ledger"
    DEMO = "demo"


@dataclass(frozen=True)
class Category:
    code: str
    prefix: str
    name_zh: str
    name_en: str
    sort_order: int = 0


@dataclass(frozen=True)
class Location:
    code: str
    name: str
    short_name: str
    kind: str
    sort_order: int = 0


@dataclass
class Unit:
    name: str
    contact_person: str = ""
    phone: str = ""
    notes: str = ""
    id: int | None = None


@dataclass
class Assignment:
    """A responsible unit on a project (牵头 or 配合), with the project's contact there."""

    unit_name: str
    role: Role
    contact_person: str = ""
    phone: str = ""
    unit_id: int | None = None


@dataclass(slots=True)  # no per-instance dict: 100,000 are built per status load at province scale
class Milestone:
    name: str
    planned_date: date | None = None
    actual_date: date | None = None
    weight: float | None = None
    valid_until: date | None = None
    note: str = ""
    seq: int = 0
    id: int | None = None


@dataclass
class Project:
    code: str
    name: str
    category_code: str
    subcategory: str = ""
    national_code: str | None = None
    level: Level | None = None
    kind: Kind | None = None
    plan_source: str = ""
    plan_quote: str = ""
    plan_target: str = ""
    content: str = ""
    total_investment: Decimal | None = None
    planned_start: date | None = None
    planned_end: date | None = None
    actual_start: date | None = None
    actual_end: date | None = None
    stage: Stage = Stage.PLANNED
    notes: str = ""
    origin: Origin = Origin.USER
    locations: list[str] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)
    id: int | None = None
    updated_at: str = ""
    updated_by: str = ""

    @property
    def lead_units(self) -> list[str]:
        return [a.unit_name for a in self.assignments if a.role == Role.LEAD]


@dataclass(slots=True)  # not frozen: frozen __init__ was 3x slower, and 10,000 rows are built per load
class ProjectRow:
    """One line of the project list: what the list shows, already joined and flattened, plus the
    keys the list filters and sorts on without going back to the database. The store builds
    10,000 at a time with positional arguments: a new field goes last, with a default."""

    id: int
    code: str
    name: str
    category_code: str
    category_name: str
    locations: str
    lead_units: str
    planned_start: date | None
    planned_end: date | None
    stage: Stage
    progress_pct: float | None
    sort_key: str
    category_order: int = 0
    location_codes: frozenset[str] = frozenset()
    unit_ids: frozenset[int] = frozenset()
    haystack: str = ""  # lower-cased name, code, content, plan quote and pinyin keys, for search


@dataclass(frozen=True)
class ProgressReport:
    project_id: int
    period: str  # 'YYYY-MM'
    progress_text: str = ""
    progress_pct: float | None = None
    invest_month: Decimal | None = None
    invest_ytd: Decimal | None = None
    invest_since_start: Decimal | None = None
    problems: str = ""
    reported_by: str = ""
    reported_at: str = ""


@dataclass(frozen=True)
class Indicator:
    seq: int
    group_name: str
    name: str
    unit: str
    value_2021: str
    target_2025: str
    target_2035: str
    direction: str


@dataclass(frozen=True)
class ChangeRecord:
    """One field of one record changed, as the history shows it."""

    at: str
    user_name: str
    entity: str
    entity_id: str
    project_id: int | None
    action: str
    field: str
    old_value: str | None
    new_value: str | None
    batch_id: int | None = None
