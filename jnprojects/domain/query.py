"""What the project list asks for: a filter and a sort, as plain values the store turns into SQL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .model import ProjectRow, Stage


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

    def matches(self, row: ProjectRow) -> bool:
        """The same rule the store applies in SQL, on a row's cached keys (the list filters its
        cached rows with this: re-querying 10,000 rows costs more than filtering them)."""
        if self.category and row.category_code != self.category:
            return False
        if self.stage and row.stage != self.stage:
            return False
        if self.location and self.location not in row.location_codes:
            return False
        if self.unit_id is not None and self.unit_id not in row.unit_ids:
            return False
        needle = self.text.strip().lower()
        return not needle or needle in row.haystack


@dataclass(frozen=True)
class ProjectSort:
    """Default: by category (in the plan's order), then code — how offices list their projects."""

    column: SortColumn = SortColumn.CATEGORY
    descending: bool = False


_FAR = date.max


def _last(value: object) -> tuple[bool, object]:
    """Sort key that puts missing values last whichever way the column is sorted ascending."""
    return (value is None or value == "", value if value not in (None, "") else "")


SORT_KEYS: dict[SortColumn, Callable[[ProjectRow], object]] = {
    SortColumn.CODE: lambda r: r.code,
    SortColumn.NAME: lambda r: (r.sort_key, r.code),
    SortColumn.CATEGORY: lambda r: (r.category_order, r.code),
    SortColumn.LOCATION: lambda r: (_last(r.locations), r.code),
    SortColumn.LEAD_UNIT: lambda r: (_last(r.lead_units), r.code),
    SortColumn.PLANNED_START: lambda r: (r.planned_start is None, r.planned_start or _FAR, r.code),
    SortColumn.PLANNED_END: lambda r: (r.planned_end is None, r.planned_end or _FAR, r.code),
    SortColumn.STAGE: lambda r: (str(r.stage), r.code),
    SortColumn.PROGRESS: lambda r: (r.progress_pct is None, r.progress_pct or 0.0, r.code),
}


def filter_and_sort(rows: list[ProjectRow], flt: ProjectFilter, sort: ProjectSort) -> list[ProjectRow]:
    """What the list shows for ``flt`` and ``sort``, computed on cached rows."""
    shown = [row for row in rows if flt.matches(row)]
    shown.sort(key=SORT_KEYS[sort.column], reverse=sort.descending)
    return shown
