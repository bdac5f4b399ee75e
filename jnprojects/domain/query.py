"""What the project list asks for: a filter and a sort, as plain values the store turns into SQL."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .model import Stage


class SortColumn(StrEnum):
    CODE = "code"
    NAME = "name"  # by pinyin, not by code point
    CATEGORY = "category"
    LOCATION = "location"
    LEAD_UNIT = "lead_unit"
    PLANNED_START = "planned_start"
    PLANNED_END = "planned_end"
    STAGE = "stage"
    PROGRESS = "progress"


@dataclass(frozen=True)
class ProjectFilter:
    """Every field narrows the list; ``None``/empty means 'any'. ``text`` matches Chinese
    substrings of name, content and code, and pinyin initials or full pinyin of the name."""

    category: str | None = None
    location: str | None = None
    stage: Stage | None = None
    unit_id: int | None = None
    text: str = ""


@dataclass(frozen=True)
class ProjectSort:
    """Default: by category (in the plan's order), then code — how offices list their projects."""

    column: SortColumn = SortColumn.CATEGORY
    descending: bool = False
