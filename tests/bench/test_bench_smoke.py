"""The benchmark's generator and every measured operation run (small, untimed), so it cannot rot."""

from __future__ import annotations

import sqlite3

import pytest

from tests.bench.generate import Size, generate
from tests.bench.ops import OPS


@pytest.fixture(scope="module", autouse=True)
def english_after():
    """The operations start the app in Chinese, as a user sees it; the tests after these expect
    the source language, whatever order they run in."""
    yield
    from PySide6.QtCore import QCoreApplication

    from jnprojects.ui.i18n import install_language

    if QCoreApplication.instance() is not None:
        install_language("en")


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    return generate(tmp_path_factory.mktemp("bench") / "small.db", Size(400, 2000, 2400, 40))


def test_generator_makes_the_requested_amounts(small_db):
    conn = sqlite3.connect(small_db)
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("projects", "milestones", "progress_reports", "units")}
    assert counts == {"projects": 400, "milestones": 2000, "progress_reports": 2400, "units": 40}


@pytest.mark.parametrize("name", [n for n in OPS if n != "startup"])
def test_each_operation_runs(small_db, name, qapp):
    ours, floor = OPS[name](small_db)
    assert ours() is not None
    assert floor() is not None


def test_startup_operation_runs(small_db):
    ours, floor = OPS["startup"](small_db)
    ours()
    floor()


@pytest.mark.parametrize("name", ["status", "dashboard", "export", "import"])
def test_whole_database_operations_cover_every_project(small_db, name, qapp):
    ours, _ = OPS[name](small_db)
    assert ours() == 400  # every generated project computed, drawn, written or read back
