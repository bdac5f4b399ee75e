"""The project list's column orders: each column sorts by its value, rows without one last where
the column says so, ties by code; descending is the exact reverse. Pinned against the tuple keys
the list used before it sorted by stable passes, on rows full of ties, blanks and missing values."""

from __future__ import annotations

import random
from datetime import date

import pytest

from jnprojects.domain.model import ProjectRow, Stage
from jnprojects.domain.query import ProjectFilter, ProjectSort, SortColumn, SortedRows, filter_and_sort, sort_rows

_FAR = date.max


def _last(value: object) -> tuple[bool, object]:
    return (value is None or value == "", value if value not in (None, "") else "")


REFERENCE = {  # the rules as the list stated them before (one tuple key per row)
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


def _rows(n: int = 400) -> list[ProjectRow]:
    rnd = random.Random(9)
    pick = rnd.choice
    return [
        ProjectRow(
            id=i, code=f"{pick('JT NY HB')}-{rnd.randrange(10_000):04d}-{i}", name=f"项目{i}",
            category_code="transport", category_name="交通", locations=pick(["", "任城", "邹城", "任城、邹城"]),
            lead_units=pick(["", "市交通局", "邹城市政府", "市住建局"]),
            planned_start=pick([None, date(2025, 1, 1), date(2026, 3, 1)]),
            planned_end=pick([None, date(2027, 1, 1), date(2026, 12, 31)]),
            stage=pick(list(Stage)), progress_pct=pick([None, 0.0, 35.0, 100.0]),
            sort_key=pick(["", "a cheng", "bei jing", "zhong shan"]), category_order=pick([0, 1, 2]),
        )
        for i in range(n)
    ]


@pytest.mark.parametrize("column", list(SortColumn))
def test_each_column_orders_as_the_tuple_keys_did(column):
    rows = _rows()
    rnd = random.Random(column.value)
    rnd.shuffle(rows)
    expected = [r.id for r in sorted(rows, key=REFERENCE[column])]
    assert [r.id for r in sort_rows(rows, ProjectSort(column))] == expected
    assert [r.id for r in sort_rows(rows, ProjectSort(column, descending=True))] == expected[::-1]
    cached = SortedRows(rows)
    for descending in (True, False, True):  # either direction first, then from the cache
        got = [r.id for r in cached.query(ProjectFilter(), ProjectSort(column, descending))]
        assert got == (expected[::-1] if descending else expected)


def test_rows_given_in_an_order_are_not_resorted_but_serve_both_directions():
    rows = sort_rows(_rows(), ProjectSort(SortColumn.NAME, descending=True))
    cached = SortedRows(rows, given=ProjectSort(SortColumn.NAME, descending=True))
    assert cached.ordered(ProjectSort(SortColumn.NAME, descending=True)) is rows
    assert cached.ordered(ProjectSort(SortColumn.NAME)) == rows[::-1]
    assert [r.id for r in filter_and_sort(rows, ProjectFilter(), ProjectSort(SortColumn.CODE))] == \
        [r.id for r in sorted(rows, key=lambda r: r.code)]
