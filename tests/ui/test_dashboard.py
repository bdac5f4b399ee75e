"""The dashboard tab offscreen: built on the demo database, following filters and the as-of date,
clickable, and exporting every chart to PNG at the size asked for."""

from __future__ import annotations

import os
import sqlite3
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, timedelta  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402

from jnprojects.domain.dashboard_data import status_counts  # noqa: E402
from jnprojects.domain.query import ProjectFilter  # noqa: E402
from jnprojects.domain.status import Light  # noqa: E402
from jnprojects.services import dashboard as dashboard_service  # noqa: E402
from jnprojects.services import overrides, projects, status  # noqa: E402
from jnprojects.services.workspace import open_workspace  # noqa: E402
from jnprojects.ui.dashboard.milestone_lists import OVERDUE  # noqa: E402
from jnprojects.ui.dashboard.view import DashboardView  # noqa: E402
from jnprojects.ui.dialogs import export_worker  # noqa: E402
from jnprojects.ui.screens import render_view  # noqa: E402
from tests.services.small_db import D, EARLIER, make_small  # noqa: E402


def _view(ws, qtbot, today: date | None = None) -> DashboardView:
    view = DashboardView(ws, today=today)
    qtbot.addWidget(view)
    view.resize(1400, 1000)
    view.show()
    return view


@pytest.fixture
def small_view(workspace, qtbot):
    ids = make_small(workspace)
    view = _view(workspace, qtbot, today=D)
    return view, ids


def _chart_counts(view) -> dict[tuple[str, Light], int]:
    return {(c.category_code, light): n for c in view.status_chart.counts() for light, n in c.counts if n}


def test_builds_on_the_demo_database(demo_ws, qtbot):
    view = _view(demo_ws, qtbot)
    total = projects.count_projects(demo_ws)
    snaps = status.snapshots(demo_ws, date.today())
    assert view.status_chart.counts() == status_counts(snaps, projects.categories(demo_ws))
    assert view.gantt.row_count() == total == len(snaps)
    assert view.cards.value("projects") == str(total)
    assert not view.investment_chart.is_empty_state()
    assert "%" in view.cards.value("investment")  # real figures on the demo database
    assert view.indicators.model.rowCount() == 20
    assert any(text != "—" for text in view.indicators.model.column_texts(4))  # latest values recorded


def test_gantt_has_one_row_per_shown_project(demo_ws, qtbot):
    view = _view(demo_ws, qtbot)
    flt = ProjectFilter(category="transport")
    view.set_filter(flt)
    shown = projects.list_projects(demo_ws, flt)
    assert view.gantt.row_count() == len(shown) > 0
    assert {r.project_id for r in view.gantt.rows()} == {p.id for p in shown}
    assert "交通基础设施" in view.filter_label.text()
    assert [c.category_code for c in view.status_chart.counts()] == ["transport"]


def test_as_of_date_changes_the_counts_as_the_rules_say(small_view, qtbot):
    view, _ = small_view
    assert _chart_counts(view) == {("transport", Light.RED): 1, ("transport", Light.YELLOW): 1,
                                   ("data_center", Light.NO_SCHEDULE): 1, ("data_center", Light.COMPLETED): 1}
    assert (view.cards.value("red"), view.cards.value("yellow")) == ("1", "1")
    view.as_of_edit.setDate(EARLIER)  # as a user picks it: recomputed after a short pause
    qtbot.waitUntil(lambda: view.cards.value("red") == "0", timeout=3000)
    assert _chart_counts(view) == {("transport", Light.YELLOW): 1, ("transport", Light.NOT_STARTED): 1,
                                   ("data_center", Light.NO_SCHEDULE): 1, ("data_center", Light.COMPLETED): 1}
    assert view.gantt.as_of_line.value() == EARLIER.toordinal()


def test_a_province_sized_list_is_computed_off_the_gui_thread(small_view, qtbot, monkeypatch):
    """Beyond BACKGROUND_FROM projects a new date is computed on a worker: the old figures stay
    with a "computing" note, and what finally shows answers the LAST date asked for."""
    view, _ = small_view
    monkeypatch.setattr(export_worker, "BACKGROUND_FROM", 0)
    on_gui_thread = []
    compute = dashboard_service.compute

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return compute(*args, **kwargs)

    monkeypatch.setattr(dashboard_service, "compute", spy)
    later = EARLIER + timedelta(days=400)
    view.set_as_of(later)
    assert view.busy_label.isVisible() and later.isoformat() in view.busy_label.text()
    assert view.cards.value("red") == "1" and view.data.as_of == D  # shown until the new ones arrive
    assert D.isoformat() in view.segment_text("transport", "red")  # a click lists what is on screen
    view.set_as_of(EARLIER)  # changed again while the first date is being computed
    qtbot.waitUntil(lambda: not view.busy_label.isVisible(), timeout=20000)
    assert view.data.as_of == EARLIER
    assert view.cards.value("red") == "0"
    assert on_gui_thread == [False, False]


def test_a_failed_background_computation_keeps_the_figures_and_says_why(small_view, qtbot, monkeypatch):
    view, _ = small_view
    monkeypatch.setattr(export_worker, "BACKGROUND_FROM", 0)

    def fail(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(dashboard_service, "compute", fail)
    view.set_as_of(EARLIER)
    qtbot.waitUntil(lambda: not view.is_computing(), timeout=20000)
    assert not view.busy_label.isVisible()
    assert view.warning_label.isVisible() and "disk I/O error" in view.warning_label.text()
    assert view.data.as_of == D and view.cards.value("red") == "1"


def test_milestone_lists_overdue_and_due_sortable(small_view):
    view, _ = small_view
    panel = view.milestones
    panel.show_window(OVERDUE)
    assert panel.model.column_texts(2) == ["主体完工"]
    panel.show_window(30)
    assert panel.model.column_texts(2) == ["施工许可"]
    panel.show_window(90)
    panel.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert panel.model.column_texts(0) == sorted(panel.model.column_texts(0), reverse=True)


def test_plan_only_database_says_what_is_missing(tmp_path, qtbot):
    ws = open_workspace(tmp_path / "plan.db", user="t")
    try:
        view = _view(ws, qtbot)
        assert view.investment_chart.is_empty_state()
        text = view.investment_chart.empty_label.text()
        assert str(projects.count_projects(ws)) in text and str(date.today().year) in text
        view.close()
    finally:
        ws.close()


def test_click_on_a_segment_asks_to_filter(small_view, qtbot):
    view, _ = small_view
    chart = view.status_chart
    pos = chart.widget_pos(chart.segment_center("transport", Light.RED)).toPoint()
    with qtbot.waitSignal(view.sig_filter_requested, timeout=2000) as blocker:
        qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == ["transport", "red"]


def test_gantt_double_click_opens_and_hover_explains(small_view, qtbot):
    view, ids = small_view
    gantt = view.gantt
    row = [r.code for r in gantt.rows()].index("JT-901")
    view_box = gantt.plot.getPlotItem().getViewBox()
    (x0, x1), _ = view_box.viewRange()
    pos = gantt.plot.mapFromScene(view_box.mapViewToScene(QPointF(x0 + (x1 - x0) * 0.1, row)))
    with qtbot.waitSignal(view.sig_open_project, timeout=2000) as blocker:
        # A real double click: press, release, double-click, release (pyqtgraph acts on the last).
        at, left = QPoint(pos.x(), pos.y()), Qt.MouseButton.LeftButton
        qtbot.mouseClick(gantt.plot.viewport(), left, pos=at)
        qtbot.mouseDClick(gantt.plot.viewport(), left, pos=at)
        qtbot.mouseRelease(gantt.plot.viewport(), left, pos=at)
    assert blocker.args == [ids["JT-901"]]
    text = gantt.project_text(gantt.rows()[row])
    assert "JT-901 测试快速路" in text and "2026-01-01" in text and "2026-12-31" in text
    assert "主体完工" in text  # the reason for the light


def test_override_shown_on_the_dashboard(small_view):
    view, ids = small_view
    changes = overrides.set_override(view._ws, ids["JT-901"], Light.GREEN, "调度会已协调", date(2026, 12, 31), today=D)
    view.refresh(changes)
    assert _chart_counts(view)[("transport", Light.GREEN)] == 1
    manual = view.status_chart.tr(", %1 with a manual light").replace("%1", "1")
    assert manual in view.status_chart.legend.text()
    row = next(r for r in view.gantt.rows() if r.code == "JT-901")
    text = view.gantt.project_text(row)
    assert "调度会已协调" in text and "tester" in text  # who and why, where the light is shown


@pytest.mark.parametrize("frame", ["status_chart", "investment_chart", "gantt", "milestones", "indicators"])
def test_every_chart_exports_png_of_the_requested_size(small_view, qtbot, tmp_path, frame):
    view, _ = small_view
    chart = getattr(view, frame)
    texts = [a.text() for a in chart.context_menu().actions()]
    assert chart.tr("Export image…") in texts
    size_before = chart.size()
    out = tmp_path / f"{frame}.png"
    with qtbot.waitSignal(view.sig_exported, timeout=2000) as blocker:
        chart.export_png(out, 1200, 700)
    assert blocker.args == [str(out)]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 700)
    colours = {image.pixel(x, y) for x in range(0, 1200, 37) for y in range(0, 700, 23)}
    assert len(colours) > 3  # drawn, not a blank page
    assert chart.size() == size_before  # the screen layout is put back


def test_screenshot_renders_the_dashboard(demo_ws, qtbot, monkeypatch):
    image = render_view(demo_ws, "dashboard", 1300, 700)
    assert (image.width(), image.height()) == (1300, 700)
    monkeypatch.setattr(export_worker, "BACKGROUND_FROM", 0)  # computed on a worker, as at province scale
    assert render_view(demo_ws, "dashboard", 1300, 700) == image  # the figures, not a dashboard still computing


def test_export_from_the_context_menu_at_a_chosen_size(small_view, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QFileDialog

    from jnprojects.ui.dashboard import export

    view, _ = small_view
    out = tmp_path / "timeline"  # the ".png" is added

    def choose(dialog):  # the user types 1600 × 500 and presses OK
        dialog.width_box.setValue(1600)
        dialog.height_box.setValue(500)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(export.ExportSizeDialog, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    menu = view.gantt.context_menu()
    next(a for a in menu.actions() if a.text() == view.gantt.tr("Export image…")).trigger()
    image = QImage(str(out) + ".png")
    assert (image.width(), image.height()) == (1600, 500)


def test_long_milestone_list_builds_texts_only_for_shown_rows(qtbot):
    from jnprojects.domain.dashboard_data import DueItem
    from jnprojects.domain.model import Milestone
    from jnprojects.domain.status import MilestoneState
    from jnprojects.ui.dashboard.milestone_lists import MilestoneListsPanel

    as_of = date(2026, 7, 2)
    items = [DueItem(n, f"JT-{n:04d}", f"项目{n}", Milestone(f"节点{n % 7}", as_of - timedelta(days=n % 400 + 1)),
                     as_of - timedelta(days=n % 400 + 1), -(n % 400 + 1), MilestoneState.OVERDUE)
             for n in range(3000)]
    panel = MilestoneListsPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 500)
    panel.show()
    panel.set_items(items, {}, {}, as_of)
    qtbot.waitExposed(panel)
    model = panel.model
    assert model.rowCount() == 3000
    assert sum(1 for r in model._rows if r.shown is not None) < 100  # only what the table painted
    assert model.data(model.index(0, 4)) == "400 days overdue"  # oldest first
    panel.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 4)) == "1 days overdue"
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert model.column_texts(0) == sorted(f"JT-{n:04d}" for n in range(3000))
    assert model.project_id(0) == 0


def test_gantt_draws_the_markers_of_the_rows_in_view_only(qtbot):
    from jnprojects.domain.dashboard_data import GanttRow, MilestoneMarker
    from jnprojects.domain.status import MilestoneState
    from jnprojects.ui.dashboard.gantt import GanttChart

    gantt = GanttChart()
    qtbot.addWidget(gantt)
    gantt.resize(1200, 500)
    gantt.show()
    rows = [GanttRow(i, f"P-{i:04d}", f"项目{i}", "transport", "交通", (D - timedelta(days=200), D + timedelta(days=200)),
                     None, False, Light.GREEN) for i in range(2000)]
    asked: list[int] = []

    def source(ids):
        asked.extend(ids)
        return {pid: (MilestoneMarker(D - timedelta(days=30), f"节点{pid}", MilestoneState.OVERDUE, D),) for pid in ids}

    gantt.set_data(rows, {}, D, source)
    shown = gantt.visible_rows()
    assert 0 < len(asked) <= shown + 2  # not 2,000 projects' milestones
    overdue = gantt.marker_items[MilestoneState.OVERDUE]
    assert len(overdue.data) == len(asked)
    gantt.scrollbar.setValue(1000)  # scrolling asks for the rows that came into view
    assert 1000 in asked and len(asked) <= 2 * (shown + 2)
    assert sorted(overdue.data["y"]) == [float(y) for y in range(999, 999 + len(overdue.data))]
    x = (D - timedelta(days=30)).toordinal()
    assert "节点1000" in gantt.hover_text(x, 1000)  # the tooltip names the milestone under the mouse
    gantt.fit_all()  # the whole period: every row's markers count
    assert set(asked) == set(range(2000))


def test_charts_at_province_scale_keep_their_labels_readable(qtbot):
    from decimal import Decimal

    from jnprojects.domain.dashboard_data import CategoryCounts, investment_by_category
    from jnprojects.domain.status import LIGHT_ORDER
    from jnprojects.ui.dashboard.investment_chart import InvestmentChart
    from jnprojects.ui.dashboard.status_chart import StatusByCategoryChart

    chart = StatusByCategoryChart()
    qtbot.addWidget(chart)
    chart.resize(600, 420)
    chart.show()
    counts = [CategoryCounts(f"c{i}", f"类别{i}", tuple((light, 769 + i if light == Light.RED else 70)
                                                     for light in LIGHT_ORDER)) for i in range(9)]
    chart.set_counts(counts)
    qtbot.wait(50)
    view = chart.plot.getPlotItem().getViewBox()
    totals = [t for t in chart.texts._items if t.isVisible() and t.toPlainText() == str(counts[-1].total)]
    assert totals and all(view.sceneBoundingRect().contains(t.sceneBoundingRect()) for t in totals)

    investment = InvestmentChart()
    qtbot.addWidget(investment)
    snaps = [status_snap for status_snap in _totals_only_snapshots(Decimal(1200))]
    investment.set_table(investment_by_category(snaps), 2026)
    # Totals but neither an annual plan nor completed investment: say so instead of empty bars.
    assert investment.is_empty_state() and "2026" in investment.empty_label.text()
    assert "0.36" in investment.summary.text()  # 3 × 1,200 万元 = 0.36 亿元, still summed above the note
    assert not investment.plot.getPlotItem().getAxis("bottom").autoSIPrefix


def _totals_only_snapshots(total):
    from jnprojects.domain.dashboard_data import ProjectSnapshot
    from jnprojects.domain.status import ProjectStatus

    return [ProjectSnapshot(i, f"JT-{i}", "项目", "transport", "交通", None, None, None, None,
                            ProjectStatus(Light.GREEN, Light.GREEN), total_investment=total) for i in range(3)]


def test_quitting_while_a_worker_computes_exits_cleanly(demo_ws):
    """Closing the app mid-computation: the worker finishes first, no abort ("QThread: Destroyed
    while thread is still running") and a clean exit code."""
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import sys, time\n"
        "from jnprojects.app import make_app\n"
        "from jnprojects.services import dashboard as service\n"
        "from jnprojects.services.workspace import open_workspace\n"
        "from jnprojects.ui.dashboard import view as module\n"
        "compute = service.compute\n"
        "service.compute = lambda *a, **k: (time.sleep(1.5), compute(*a, **k))[1]\n"
        "from jnprojects.ui.dialogs import export_worker\n"
        "export_worker.BACKGROUND_FROM = 0\n"
        "app = make_app('en')\n"
        "view = module.DashboardView(open_workspace(sys.argv[1], readonly=True))\n"
        "view.show()\n"
        "assert view.is_computing()\n"
        "print('quitting while computing')\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script, str(demo_ws.path)], env=env, cwd=root,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "quitting while computing" in result.stdout and "Destroyed" not in result.stderr
