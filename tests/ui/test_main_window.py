"""The window shell: lazy tabs, the Excel menu and one view's writes reaching the others."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from jnprojects.services.workspace import open_workspace
from jnprojects.ui.main_window import MainWindow
from jnprojects.ui.settings import UiSettings


@pytest.fixture
def window(workspace, qtbot, tmp_path):
    win = MainWindow(workspace, UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    return win


def tab_titles(win: MainWindow) -> list[str]:
    return [win.tabs.tabText(i) for i in range(win.tabs.count())]


def test_monthly_and_log_tabs_are_built_when_first_opened(window):
    assert tab_titles(window) == ["Projects", "Dashboard", "Monthly dispatch", "Change log"]
    assert window.lazy.existing("monthly") is None and window.lazy.existing("change_log") is None
    window.tabs.setCurrentIndex(2)
    assert window.lazy.existing("monthly") is window.monthly
    assert window.lazy.existing("change_log") is None


def test_a_report_saved_in_the_monthly_tab_reaches_the_change_log(window):
    log = window.change_log
    before = log.model.rowCount()
    reporting = window.monthly.reporting
    reporting.show_box.setCurrentIndex(reporting.show_box.findData("all"))
    row = reporting.model.rows()[0]  # a plan project reports quarterly but may report any month
    assert reporting.select_project(row.project_id)
    reporting.text_edit.setPlainText("桩基完成")
    reporting.pct_edit.setText("20")
    assert reporting.save()
    window.lazy.show("change_log")  # a hidden tab catches up when the user opens it
    assert log.model.rowCount() > before
    assert any(log.model.index(r, 2).data() == "Monthly report" for r in range(log.model.rowCount()))


def test_a_hidden_tab_refreshes_once_when_shown_with_every_change_it_missed(window, workspace, monkeypatch):
    """At province scale the monthly tab took seconds per refresh: an edit made in the project list
    must not refresh the tabs the user is not looking at, and they must not miss it either."""
    import copy

    from jnprojects.services import projects as project_service

    monthly, log = window.monthly, window.change_log
    window.tabs.setCurrentIndex(0)  # the project list
    calls: dict[str, list] = {"monthly": [], "log": []}
    monkeypatch.setattr(monthly, "refresh", lambda changes=None: calls["monthly"].append(changes))
    monkeypatch.setattr(log, "refresh", lambda changes=None: calls["log"].append(changes))
    rows = project_service.list_projects(workspace)[:2]
    for row, name in zip(rows, ("第一处修改", "第二处修改")):
        project = copy.deepcopy(project_service.get_project(workspace, row.id))
        project.name = name
        window.sig_changed.emit(project_service.save_project(workspace, project))
    assert calls == {"monthly": [], "log": []}
    assert {r.name for r in window.project_list.model.rows()} >= {"第一处修改", "第二处修改"}  # the list at once
    window.lazy.show("monthly")
    assert [c.projects for c in calls["monthly"]] == [frozenset(r.id for r in rows)] and calls["log"] == []
    window.lazy.show("monthly")  # nothing new: no second refresh
    window.lazy.show("change_log")
    assert len(calls["monthly"]) == 1 and [c.projects for c in calls["log"]] == [frozenset(r.id for r in rows)]


def test_excel_menu_offers_the_four_actions(window):
    file_menu = window.menuBar().actions()[0].menu()
    excel = next(a.menu() for a in file_menu.actions() if a.menu() is not None)
    texts = [a.text() for a in excel.actions() if not a.isSeparator()]
    assert texts == ["Export progress sheet…", "Make fill-in templates…", "Import Excel…", "Import project ledger…"]
    assert all(a.isEnabled() for a in excel.actions())


def test_imports_are_disabled_read_only(workspace, qtbot, tmp_path):
    path = workspace.path
    workspace.close()
    readonly = open_workspace(path, readonly=True)
    try:
        win = MainWindow(readonly, UiSettings(QSettings(str(tmp_path / "ui2.ini"), QSettings.Format.IniFormat)))
        qtbot.addWidget(win)
        assert win.excel.export_action.isEnabled()
        assert not win.excel.import_action.isEnabled() and not win.excel.ledger_action.isEnabled()
    finally:
        readonly.close()


def test_dashboard_tab_follows_the_list_and_a_segment_click_lists_that_category(window):
    assert window.lazy.existing("dashboard") is None  # pyqtgraph is not loaded at start
    window.project_list.set_category("energy")
    dashboard = window.lazy.show("dashboard")
    assert dashboard.project_filter.category == "energy"
    window.project_list.set_category(None)
    assert dashboard.project_filter.category is None


def test_a_segment_click_lists_exactly_that_categorys_projects_of_that_light(demo_ws, qtbot, tmp_path):
    window = MainWindow(demo_ws, UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    dashboard = window.lazy.show("dashboard")
    dashboard.show()
    dashboard.recompute()
    reds = {s.id for s in dashboard.snapshots.values() if s.category_code == "transport" and s.status.light == "red"}
    assert reds  # the demo database has red transport projects
    dashboard.status_chart.sig_segment_clicked.emit("transport", "red")
    listed = window.project_list
    assert window.tabs.currentWidget() is listed
    assert {listed.model.project_id(r) for r in range(listed.model.rowCount())} == reds
    assert listed.segment_label.isVisibleTo(window) and "as of" in listed.segment_label.text()
    assert dashboard.project_filter.ids == frozenset(reds)  # the dashboard follows the list
    listed.segment_clear.click()  # back to the whole category
    assert listed.model.rowCount() == 56 and not listed.segment_label.isVisibleTo(window)


def test_status_menu_holds_light_thresholds_and_indicators(window):
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    texts = [a.text() for a in menus["&Status"].actions()]
    assert texts == ["&Manual light…", "Status &thresholds…", "Plan &indicators…"]


def test_review_mode_is_in_the_view_menu_and_follows_the_dashboards_date(window):
    from datetime import date

    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    actions = {a.text(): a for a in menus["&View"].actions()}
    assert actions["Review mode"].shortcut().toString() == "F5"
    assert "Export briefing pack…" in actions
    assert window._review_as_of() == date.today()
    window.lazy.show("dashboard").set_as_of(date(2026, 6, 30))
    assert window._review_as_of() == date(2026, 6, 30)


def test_an_import_from_the_monthly_tab_refreshes_it_once(window, monkeypatch):
    from jnprojects.services import monthly as monthly_service
    from jnprojects.ui.dialogs import import_preview
    from jnprojects.ui.monthly.reporting_view import ReportingView

    reporting = window.lazy.show("monthly").reporting  # the user is on the monthly tab
    reporting.show_box.setCurrentIndex(reporting.show_box.findData("all"))
    row = reporting.model.rows()[0]
    assert not row.reported

    def fake_import(parent, ws):  # noqa: ANN001 - stands in for file dialog, preview and apply
        return monthly_service.save_report(ws, row.project_id, window.monthly.period, "导入的形象进度", 10.0, None)

    refreshes = []
    original = ReportingView.refresh
    monkeypatch.setattr(ReportingView, "refresh", lambda view, changes=None: refreshes.append(1) or original(view, changes))
    monkeypatch.setattr(import_preview, "run_import", fake_import)
    reporting.import_button.click()
    assert len(refreshes) == 1
    assert next(r for r in reporting.model.rows() if r.project_id == row.project_id).reported
