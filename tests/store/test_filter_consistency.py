"""The list's in-memory filter and the store's SQL filter give the same projects."""

from __future__ import annotations

import pytest

from jnprojects.domain.model import Stage
from jnprojects.domain.query import ProjectFilter, ProjectSort, SortColumn, filter_and_sort
from jnprojects.services.workspace import open_workspace
from jnprojects.store import projects
from tests.bench.generate import Size, generate


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = generate(tmp_path_factory.mktemp("bench") / "small.db", Size(600, 3000, 3000, 50))
    ws = open_workspace(path, user="t")
    yield ws.db
    ws.close()


FILTERS = [
    ProjectFilter(),
    ProjectFilter(category="transport"),
    ProjectFilter(location="zoucheng", stage=Stage.CONSTRUCTION),
    ProjectFilter(unit_id=3),
    ProjectFilter(text="道路"),
    ProjectFilter(text="ZC"),
    ProjectFilter(text="jxsgt"),
    ProjectFilter(category="environment", text="污水"),
    ProjectFilter(ids=frozenset({1, 5, 40, 41, 99999})),
    ProjectFilter(category="transport", ids=frozenset({1, 2, 3, 100})),
    ProjectFilter(ids=frozenset()),
]


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: repr(f)[:60])
@pytest.mark.parametrize("column", list(SortColumn))
def test_sql_and_cached_filters_agree(db, flt, column):
    everything = projects.list_rows(db)
    for descending in (False, True):
        sort = ProjectSort(column, descending)
        in_sql = [r.id for r in projects.list_rows(db, flt, sort)]
        cached = [r.id for r in filter_and_sort(everything, flt, sort)]
        assert in_sql == cached
