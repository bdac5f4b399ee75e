"""The measured operations, each with its floor: the same work done by the bare library.

Each ``op_*`` function takes the database path and returns ``(ours, floor)`` callables; the runner
times them (median of several runs) in a fresh process per operation, so peak memory is per
operation too. The smoke test runs every op once on a small database.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

Op = tuple[Callable[[], object], Callable[[], object]]
AS_OF = date(2026, 11, 28)


def _app():
    from jnprojects.app import make_app

    return make_app("zh_CN")


def _window(db: Path):
    from PySide6.QtCore import QSettings

    from jnprojects.services.workspace import open_workspace
    from jnprojects.ui.main_window import MainWindow
    from jnprojects.ui.settings import UiSettings

    app = _app()
    settings = UiSettings(QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat))
    window = MainWindow(open_workspace(db, readonly=True), settings)
    window.resize(1400, 860)
    window.show()
    app.processEvents()
    return app, window


def op_list_filter(db: Path) -> Op:
    from jnprojects.domain.model import Stage
    from jnprojects.domain.query import ProjectFilter

    app, window = _window(db)
    model = window.project_list.model
    narrow = ProjectFilter(category="transport", location="zoucheng", stage=Stage.CONSTRUCTION)
    conn = sqlite3.connect(db)

    def ours() -> object:
        model.set_filter(ProjectFilter())
        model.set_filter(narrow)
        app.processEvents()
        return model.rowCount()

    def floor() -> object:
        return conn.execute(
            "SELECT p.id, p.code, p.name FROM projects p WHERE p.category_code = 'transport' AND p.stage = 'construction'"
            " AND p.id IN (SELECT project_id FROM project_locations WHERE location_code = 'zoucheng')"
            " ORDER BY p.code").fetchall()

    return ours, floor


def op_list_search(db: Path) -> Op:
    from jnprojects.domain.query import ProjectFilter

    app, window = _window(db)
    view = window.project_list
    conn = sqlite3.connect(db)

    def ours() -> object:
        view.model.set_filter(ProjectFilter())
        view.search_edit.setText("道路")
        view._apply_filter()  # what the debounce timer calls
        app.processEvents()
        return view.model.rowCount()

    def floor() -> object:
        return conn.execute("SELECT id, code, name FROM projects WHERE name LIKE '%道路%' OR content LIKE '%道路%'"
                            " ORDER BY code").fetchall()

    return ours, floor


def op_list_sort(db: Path) -> Op:
    from PySide6.QtCore import Qt

    from jnprojects.domain.query import SortColumn
    from jnprojects.ui.models.project_table import COLUMNS

    app, window = _window(db)
    model = window.project_list.model
    column = COLUMNS.index(SortColumn.NAME)
    order = [Qt.SortOrder.AscendingOrder]
    rows = sqlite3.connect(db).execute("SELECT id, code, name, sort_key FROM projects").fetchall()

    def ours() -> object:
        order[0] = (Qt.SortOrder.DescendingOrder if order[0] == Qt.SortOrder.AscendingOrder
                    else Qt.SortOrder.AscendingOrder)
        model.sort(column, order[0])
        app.processEvents()
        return model.rowCount()

    def floor() -> object:
        return sorted(rows, key=lambda r: r[3])

    return ours, floor


def op_status(db: Path) -> Op:
    from jnprojects.services import status
    from jnprojects.services.workspace import open_workspace

    ws = open_workspace(db, readonly=True)
    conn = sqlite3.connect(db)

    def ours() -> object:
        return len(status.snapshots(ws, AS_OF))

    def floor() -> object:
        return conn.execute("SELECT project_id, planned_date, actual_date, weight FROM milestones").fetchall()

    return ours, floor


def op_startup(db: Path) -> Op:
    import subprocess

    ours_cmd = [sys.executable, "-c", (
        "import sys, os; os.environ['QT_QPA_PLATFORM']='offscreen';"
        "from tests.bench.ops import _window; app, w = _window(sys.argv[1]);"
        "assert w.project_list.model.rowCount() > 0"), str(db)]
    floor_cmd = [sys.executable, "-c", (
        "import os; os.environ['QT_QPA_PLATFORM']='offscreen';"
        "from PySide6.QtWidgets import QApplication, QMainWindow; app = QApplication([]);"
        "w = QMainWindow(); w.show(); app.processEvents()")]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}

    def run(cmd: list[str]) -> Callable[[], object]:
        return lambda: subprocess.run(cmd, check=True, env=env, capture_output=True)

    return run(ours_cmd), run(floor_cmd)


OPS: dict[str, Callable[[Path], Op]] = {
    "startup": op_startup,
    "list_filter": op_list_filter,
    "list_search": op_list_search,
    "list_sort": op_list_sort,
    "status": op_status,
}
