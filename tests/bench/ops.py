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
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

Op = tuple[Callable[[], object], Callable[[], object]]


class Elapsed(float):
    """Seconds an operation measured itself (the runner times the call otherwise)."""

AS_OF = date(2026, 11, 28)


def _app():
    from jnprojects.app import make_app

    return make_app("zh_CN")


def _window(db: Path):
    from PySide6.QtCore import QSettings

    from jnprojects.services.workspace import open_workspace
    from jnprojects.ui.main_window import WARM_UP_DELAY_MS, MainWindow
    from jnprojects.ui.settings import UiSettings
    from jnprojects.ui.warm_up import wait_for_warm_ups

    app = _app()
    settings = UiSettings(QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat))
    window = MainWindow(open_workspace(db), settings)  # writable, as the app opens it
    window.resize(1400, 860)
    window.show()
    # Settled, as a user finds it a moment after the start: the list's search texts read and the
    # chart libraries' background import over (meanwhile it takes the interpreter from the window).
    settled = time.monotonic() + (WARM_UP_DELAY_MS + 200) / 1000
    while time.monotonic() < settled:
        app.processEvents()
        time.sleep(0.01)
    wait_for_warm_ups()
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
    # A column not sorted by since the rows were loaded each time (the list keeps each column's
    # order once computed): the first click on a header, the slow case. Eight columns, so the
    # warm-up and up to seven timed runs each sort afresh.
    fresh = [COLUMNS.index(c) for c in COLUMNS if c != SortColumn.CATEGORY]
    rows = sqlite3.connect(db).execute("SELECT id, code, name, sort_key FROM projects").fetchall()

    def ours() -> object:
        column = fresh.pop(0) if fresh else COLUMNS.index(SortColumn.NAME)
        model.sort(column, Qt.SortOrder.DescendingOrder)
        app.processEvents()
        return model.rowCount()

    def floor() -> object:
        return sorted(rows, key=lambda r: r[3])

    return ours, floor


def op_edit(db: Path) -> Op:
    """Saving an edited project until the list shows it in its sorted place, against SQLite
    updating the same row."""
    from dataclasses import replace

    from jnprojects.services import projects as project_service

    app, window = _window(db)
    ws = window.ws
    project_id = window.project_list.model.project_id(0)
    names = iter(f"编辑后的项目名称{n}" for n in range(1_000_000))
    conn = sqlite3.connect(db)

    def ours() -> object:
        project = replace(project_service.get_project(ws, project_id), name=next(names))
        window.sig_changed.emit(project_service.save_project(ws, project))
        app.processEvents()
        return window.project_list.model.row_of(project_id)

    def floor() -> object:
        with conn:
            return conn.execute("UPDATE projects SET name = ? WHERE id = ?", (next(names), project_id)).rowcount

    return ours, floor


def op_status(db: Path) -> Op:
    from jnprojects.services import status
    from jnprojects.services.workspace import open_workspace

    ws = open_workspace(db, readonly=True)

    def ours() -> object:
        return len(status.snapshots(ws, AS_OF))

    return ours, _milestone_floor(db)


def _milestone_floor(db: Path) -> Callable[[], object]:
    conn = sqlite3.connect(db)
    return lambda: conn.execute("SELECT project_id, planned_date, actual_date, weight FROM milestones").fetchall()


def _dashboard(db: Path):  # noqa: ANN202 - DashboardView
    """The dashboard shown, with its first figures on screen (computed on a worker at this size)."""
    from jnprojects.services.workspace import open_workspace
    from jnprojects.ui.dashboard.view import DashboardView

    _app()
    view = DashboardView(open_workspace(db, readonly=True), today=AS_OF)
    view.resize(1400, 860)
    view.show()
    view.wait_for_figures()
    return view


def op_dashboard(db: Path) -> Op:
    """Refresh of the whole dashboard as of a date: status, chart data, charts and Gantt drawn."""
    import numpy as np
    import pyqtgraph as pg


    app = _app()
    view = _dashboard(db)
    fetch = _milestone_floor(db)
    plot = pg.PlotWidget()
    plot.resize(1400, 400)
    plot.show()
    n = int(sqlite3.connect(db).execute("SELECT count(*) FROM projects").fetchone()[0])

    def ours() -> object:
        view.recompute()
        app.processEvents()
        return len(view.snapshots)

    def floor() -> object:  # the bare work: fetch the milestones, draw one bar per project
        rows = fetch()
        plot.clear()
        plot.addItem(pg.BarGraphItem(x0=np.zeros(n), y=np.arange(n), width=np.arange(n) % 700 + 1, height=0.8,
                                     brush="#2E7D32"))
        plot.repaint()
        return len(rows)

    return ours, floor


def op_redraw(db: Path) -> Op:
    """Redraw of the dashboard without new data: the Gantt panned by a year and scrolled by a
    screen (new rows' markers fetched), then every chart painted; against pyqtgraph repainting
    one bar per project."""
    import numpy as np
    import pyqtgraph as pg


    app = _app()
    view = _dashboard(db)
    gantt = view.gantt
    n = gantt.row_count()
    plot = pg.PlotWidget()
    plot.resize(1400, 400)
    plot.show()
    plot.addItem(pg.BarGraphItem(x0=np.zeros(n), y=np.arange(n), width=np.arange(n) % 700 + 1, height=0.8,
                                 brush="#2E7D32"))
    step = {"n": 0}

    def ours() -> object:
        step["n"] += 1
        gantt.pan(1 if step["n"] % 2 else -1)
        gantt.scrollbar.setValue((step["n"] * gantt.visible_rows()) % max(1, n))
        app.processEvents()
        view.grab()  # every chart painted, as on screen
        return n

    def floor() -> object:
        plot.grab()
        return n

    return ours, floor


def op_export(db: Path) -> Op:
    """The full styled progress sheet (projects, milestones, indicators) against XlsxWriter writing
    the same cells, typed and bordered, from data already in memory."""
    from dataclasses import fields

    from jnprojects.services.excel_export import build_data, export_progress_sheet
    from jnprojects.services.workspace import open_workspace

    ws = open_workspace(db, readonly=True)
    folder = Path(tempfile.mkdtemp(prefix="jnprojects-bench-"))
    sheets: dict[str, list[list[object]]] = {}

    def ours() -> object:
        return export_progress_sheet(ws, folder / "ours.xlsx", AS_OF).projects

    def floor() -> object:
        if not sheets:  # built in the floor's own process only, so our peak memory is ours alone
            data = build_data(ws, AS_OF)
            sheets.update({
                "推进情况表": [[getattr(r, f.name) for f in fields(r)] for g in data.groups for r in g.rows],
                "里程碑": [[getattr(r, f.name) for f in fields(r)] for r in data.milestones],
                "规划指标": [[getattr(r, f.name) for f in fields(r)] for r in data.indicators],
            })
        return _xlsxwriter_floor(folder / "floor.xlsx", sheets)

    return ours, floor


def _xlsxwriter_floor(out: Path, sheets: dict[str, list[list[object]]]) -> int:
    from decimal import Decimal

    import xlsxwriter

    book = xlsxwriter.Workbook(str(out))
    cell = {"border": 1, "valign": "top", "font_size": 10}
    text = book.add_format({**cell, "text_wrap": True})
    day = book.add_format({**cell, "num_format": "yyyy-mm-dd"})
    number = book.add_format({**cell, "num_format": "#,##0.##"})
    written = 0
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                if value is None or value == "":
                    sheet.write_blank(r, c, None, text)
                elif isinstance(value, date):
                    sheet.write_datetime(r, c, value, day)
                elif isinstance(value, (int, float, Decimal)):
                    sheet.write_number(r, c, float(value), number)
                else:
                    sheet.write_string(r, c, str(value), text)
            written += 1
    book.close()
    return written


def _returned_template(db: Path) -> Path:
    """A fill-in template for every project, filled in as an office returns it: one row per project
    with this month's progress (10,000 rows at full size; milestones are not part of it, since the
    import guard refuses sheets over 100,000 rows)."""
    from decimal import Decimal

    from jnprojects import __version__
    from jnprojects.exchange.layout import FORMAT_VERSION, KIND_TEMPLATE
    from jnprojects.exchange.templates import TemplateData, TemplateProject, write_template
    from jnprojects.services.excel_common import ensure_database_id, period_of
    from jnprojects.services.workspace import open_workspace

    ws = open_workspace(db, user="bench")
    period = period_of(AS_OF)
    projects = [
        TemplateProject(code, name, category, date.fromisoformat(start) if start else None,
                        date.fromisoformat(end) if end else None, "", f"完成第{i % 12 + 1}批工程量",
                        float(i % 100), Decimal(i % 500))
        for i, (code, name, category, start, end) in enumerate(ws.db.execute(
            "SELECT p.code, p.name, c.name_zh, p.planned_start, p.planned_end FROM projects p"
            " JOIN categories c ON c.code = p.category_code ORDER BY p.code"))
    ]
    key = {"format_version": str(FORMAT_VERSION), "kind": KIND_TEMPLATE, "database_id": ensure_database_id(ws),
           "period": period, "scope": "全市", "scope_kind": "location", "created_at": "2026-11-28T09:00:00",
           "app_version": __version__}
    out = Path(tempfile.mkdtemp(prefix="jnprojects-bench-")) / "returned.xlsx"
    write_template(TemplateData("全市", "location", period, projects, [], key), out)
    ws.close()
    return out


def op_import(db: Path) -> Op:
    """Preview (read, validate, diff against the database) of a returned sheet of every project,
    against python-calamine reading every sheet of the same file."""
    import python_calamine

    from jnprojects.services.excel_import import preview_import
    from jnprojects.services.workspace import open_workspace

    path = _returned_template(db)
    ws = open_workspace(db, readonly=True)

    def ours() -> object:
        return len(preview_import(ws, path, today=AS_OF).snapshot)

    def floor() -> object:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        return sum(len(book.get_sheet_by_name(name).to_python()) for name in book.sheet_names)

    return ours, floor


def op_startup(db: Path) -> Op:
    import compileall
    import subprocess

    # The installed app starts from compiled modules (the bundle holds them); a checkout run with
    # PYTHONDONTWRITEBYTECODE would compile ours from source on every start (about 60 ms here).
    compileall.compile_dir(Path(__file__).resolve().parents[2] / "jnprojects", quiet=1)

    # Each child prints the wall-clock time at which its window is shown (and, for ours, populated);
    # the figure is from just before the process is spawned to that moment. What the process does
    # after (tearing down, the final collection) is not part of a start the user waits for. Ours is
    # the app's own start (start_app.py), with its settings and log in a folder of the benchmark's.
    ours_cmd = [sys.executable, str(Path(__file__).with_name("start_app.py")), str(db)]
    floor_cmd = [sys.executable, "-c", (
        "import os, time; os.environ['QT_QPA_PLATFORM']='offscreen';"
        "from PySide6.QtWidgets import QApplication, QMainWindow; app = QApplication([]);"
        "w = QMainWindow(); w.show(); app.processEvents(); print(time.time())")]
    home = tempfile.mkdtemp(prefix="jnprojects-bench-home-")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2]), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home}

    def run(cmd: list[str]) -> Callable[[], object]:
        def shown() -> Elapsed:
            start = time.time()
            done = subprocess.run(cmd, check=True, env=env, capture_output=True, text=True)
            return Elapsed(float(done.stdout.split()[-1]) - start)

        return shown

    return run(ours_cmd), run(floor_cmd)


OPS: dict[str, Callable[[Path], Op]] = {
    "startup": op_startup,
    "list_filter": op_list_filter,
    "list_search": op_list_search,
    "list_sort": op_list_sort,
    "edit": op_edit,
    "status": op_status,
    "dashboard": op_dashboard,
    "redraw": op_redraw,
    "export": op_export,
    "import": op_import,
}
