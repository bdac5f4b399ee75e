"""The 月调度 tab: close a month through the UI, add a problem through the ledger, fill a report."""

from __future__ import annotations

import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, timedelta  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QDate, Qt  # noqa: E402
from PySide6.QtWidgets import QInputDialog, QMessageBox  # noqa: E402

from jnprojects.domain.monthly import shift_period  # noqa: E402
from jnprojects.services import monthly, monthly_close  # noqa: E402
from jnprojects.store import periods  # noqa: E402
from jnprojects.ui.monthly.labels import OVERDUE_BACKGROUND  # noqa: E402
from jnprojects.ui.monthly.problem_dialog import ProblemDialog  # noqa: E402
from jnprojects.ui.monthly.view import MonthlyView  # noqa: E402

LAST = shift_period(monthly.current_period(), -1)

DEMO_USER = "办公室"


@pytest.fixture
def ws(demo_ws):
    with demo_ws.db.atomic():
        demo_ws.db.execute("DELETE FROM problems")  # these tests build the ledger they count
    return demo_ws


@pytest.fixture
def view(ws, qtbot):
    widget = MonthlyView(ws)
    qtbot.addWidget(widget)
    widget.resize(1400, 860)
    return widget


def test_close_a_month_through_the_ui_and_see_the_snapshot(view, ws, monkeypatch):
    view.period_box.setCurrentIndex(view.period_box.findData(LAST))
    assert view.period == LAST and view.close_button.isEnabled() and not view.reopen_button.isEnabled()
    asked = []

    def confirm(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    view.close_button.click()
    assert asked and "frozen" in asked[0]
    closure = periods.closure(ws.db, LAST)
    assert closure is not None and closure.closed and closure.closed_by == "办公室"
    assert view.tabs.currentWidget() is view.month_table
    frozen = monthly_close.frozen_snapshot(ws, LAST)
    assert view.month_table.model.rowCount() == len(frozen) > 0
    assert "Frozen" in view.month_table.note.text()
    assert {view.month_table.model.row(i).code for i in range(len(frozen))} == {s.code for s in frozen}
    assert not view.close_button.isEnabled() and view.reopen_button.isEnabled()
    assert "(closed)" in view.period_box.currentText()
    assert "Closed on" in view.state_label.text()

    # Reopening asks for a reason and records it.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("数据更正", True))
    view.reopen_button.click()
    assert periods.closure(ws.db, LAST).state == "reopened"
    assert ws.db.execute("SELECT count(*) FROM change_log WHERE entity = 'period' AND field = 'reopen_reason'"
                         " AND new_value = '数据更正'").fetchone()[0] == 1
    assert view.close_button.isEnabled()


def test_cancelled_confirmation_closes_nothing(view, ws, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    view.close_button.click()
    assert periods.closures(ws.db) == []


def test_add_a_problem_in_the_ledger_and_see_it_overdue(view, ws, monkeypatch):
    ledger = view.ledger
    view.tabs.setCurrentWidget(ledger)
    today = date.today()
    ledger.set_as_of(today)

    def fill_and_save(dialog: ProblemDialog) -> int:
        dialog.project_box.setCurrentIndex(3)
        dialog.description_edit.setPlainText("施工许可办理滞后")
        dialog.raised_edit.setDate(QDate(today.year, today.month, today.day).addDays(-40))
        dialog.unit_box.setCurrentIndex(1)
        dialog.person_edit.setText("王五")
        dialog.deadline_check.setChecked(True)
        dialog.deadline_edit.setDate(QDate(today.year, today.month, today.day).addDays(-3))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ProblemDialog, "exec", fill_and_save)
    changed = []
    view.sig_changed.connect(changed.append)
    ledger.add_button.click()
    assert changed and changed[0].projects
    model = ledger.model
    row = next(i for i in range(model.rowCount()) if model.index(i, 2).data() == "施工许可办理滞后")
    assert model.index(row, 9).data() == "3 days"
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() == OVERDUE_BACKGROUND.lower()
    assert "1 overdue" in ledger.count_label.text()
    # As of the day of its time limit it is not overdue yet.
    ledger.set_as_of(today - timedelta(days=3))
    row = next(i for i in range(model.rowCount()) if model.index(i, 2).data() == "施工许可办理滞后")
    assert model.index(row, 9).data() == ""
    ledger.set_as_of(today)
    ledger.overdue_box.setChecked(True)
    assert model.rowCount() == 1
    assert "overdue 1" in view.summary_label.text() or view.period != monthly.current_period()


def test_fill_a_report_in_place(view, ws):
    reporting = view.reporting
    row = next(r for r in reporting.model.rows() if r.due)
    assert reporting.select_project(row.project_id)
    reporting.copy_last_month()
    assert reporting.text_edit.toPlainText() == (monthly.last_month_text(ws, row.project_id, view.period) or "")
    reporting.text_edit.setPlainText("主体结构完成80%")
    reporting.pct_edit.setText("80")
    reporting.month_edit.setText("1,234")
    reporting.ytd_edit.clear()
    reporting.since_edit.clear()
    assert reporting.ytd_edit.placeholderText().startswith("Derived")
    assert reporting.save()
    stored = periods.report(ws.db, row.project_id, view.period)
    assert (stored.progress_text, stored.progress_pct, str(stored.invest_month)) == ("主体结构完成80%", 80.0, "1234")
    assert stored.invest_ytd is None and stored.invest_since_start is None
    reporting.pct_edit.setText("120")
    assert not reporting.save() and reporting.error_label.text()


def test_a_province_sized_month_is_computed_off_the_gui_thread(view, ws, qtbot, monkeypatch):
    """Beyond BACKGROUND_FROM projects the month's figures are computed on a worker (seconds at
    province scale): the state and buttons follow the new month at once, the previous figures stay
    with a note saying which month is coming, and what finally shows is the LAST month asked for."""
    from jnprojects.ui.dialogs import export_worker
    from jnprojects.ui.monthly.labels import month_text

    monkeypatch.setattr(export_worker, "BACKGROUND_FROM", 0)
    on_gui_thread = []
    figures = monthly_close.month_figures

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return figures(*args, **kwargs)

    monkeypatch.setattr(monthly_close, "month_figures", spy)
    current = view.period
    before = view.summary_label.text()
    earlier = shift_period(LAST, -2)
    view.period_box.setCurrentIndex(view.period_box.findData(LAST))
    assert view.is_computing() and not view.busy_label.isHidden() and month_text(LAST) in view.busy_label.text()
    assert view.summary_label.text() == before and view.close_button.isEnabled()  # old figures, new state
    view.period_box.setCurrentIndex(view.period_box.findData(earlier))  # changed again meanwhile
    qtbot.waitUntil(lambda: not view.is_computing(), timeout=20000)
    assert view.busy_label.isHidden() and on_gui_thread == [False, False]
    shown = view.summary_label.text()
    monkeypatch.setattr(export_worker, "BACKGROUND_FROM", 10**9)  # the same month, computed in place
    view.period_box.setCurrentIndex(view.period_box.findData(current))
    view.period_box.setCurrentIndex(view.period_box.findData(earlier))
    assert shown == view.summary_label.text() != before


def _read_spy(monkeypatch):  # noqa: ANN202 - the list of (filter, on the GUI thread) per read
    reads = []
    read = monthly.reporting_status

    def spy(ws, period, flt=monthly.ReportingFilter(), *args):  # noqa: ANN001, ANN002, ANN202
        reads.append((flt, threading.current_thread() is threading.main_thread()))
        return read(ws, period, flt, *args)

    monkeypatch.setattr(monthly, "reporting_status", spy)
    return reads


def _as_shown(rows):  # noqa: ANN001, ANN202 - the table's order: missing ones first, then by code
    return sorted(rows, key=lambda r: (not r.missing, r.code))


def test_a_saved_report_re_reads_its_own_row_and_the_filters_read_nothing(view, ws, monkeypatch):
    reporting = view.reporting
    view.period_box.setCurrentIndex(view.period_box.findData(LAST))  # the demo's month with reports missing
    missing = [r for r in reporting.model.rows() if r.missing]
    row = missing[0]
    reads = _read_spy(monkeypatch)
    assert reporting.select_project(row.project_id)
    reporting.text_edit.setPlainText("完成主体")
    assert reporting.save()
    assert [flt for flt, _ in reads] == [monthly.ReportingFilter(ids=frozenset({row.project_id}))]
    due = [r for r in monthly.reporting_status(ws, LAST) if r.due]
    assert reporting.model.rows() == _as_shown(due)  # as a full re-read shows it
    shown = next(r for r in reporting.model.rows() if r.project_id == row.project_id)
    assert shown.reported and not shown.missing and reporting._state_text(shown) == "Reported"
    assert f"missing {len(missing) - 1} " in reporting.count_label.text()
    assert reporting.editor.title().endswith(row.name)  # still on the project just saved

    reads.clear()
    reporting.show_box.setCurrentIndex(reporting.show_box.findData("missing"))
    assert [r.project_id for r in reporting.model.rows()] == [r.project_id for r in _as_shown(missing[1:])]
    place = next(code for r in missing[1:] for code in r.location_codes)
    reporting.location_box.setCurrentIndex(reporting.location_box.findData(place))
    assert reporting.model.rows() and all(place in r.location_codes and r.missing for r in reporting.model.rows())
    assert reads == []  # cut from the month's rows already read


def test_a_province_sized_month_reads_its_reports_off_the_gui_thread(view, ws, qtbot, monkeypatch):
    """Beyond BACKGROUND_FROM projects the reporting rows (seconds at province scale) are read on a
    worker: the table empties at once for another month, since its rows are not that month's, says
    which month is coming, and then shows exactly what an in-place read shows."""
    from jnprojects.services.changes import Changes
    from jnprojects.ui.dialogs import export_worker
    from jnprojects.ui.monthly.labels import month_text

    monkeypatch.setattr(export_worker, "BACKGROUND_FROM", 0)
    reporting = view.reporting
    reporting.show_box.setCurrentIndex(reporting.show_box.findData("all"))
    assert reporting.select_project(reporting.model.rows()[0].project_id)
    assert reporting.since_edit.placeholderText()  # its derived total
    reads = _read_spy(monkeypatch)
    view.period_box.setCurrentIndex(view.period_box.findData(LAST))
    assert reporting.is_reading() and view.is_computing()
    assert reporting.model.rowCount() == 0 and month_text(LAST) in reporting.count_label.text()
    assert not reporting.save_button.isEnabled() and not reporting.since_edit.placeholderText()
    reporting.refresh(Changes(projects=frozenset({1})))  # a save meanwhile: the rows are read afresh
    qtbot.waitUntil(lambda: not view.is_computing(), timeout=20000)
    assert [(flt.ids, on_gui) for flt, on_gui in reads] == [(None, False), (None, False)]
    assert reporting.model.rows() == _as_shown(monthly.reporting_status(ws, LAST))
    assert "Due" in reporting.count_label.text()


def test_a_long_unit_name_does_not_widen_the_unit_filters(view, ws):
    """The unit boxes are sized for a few characters, not their longest name: sizing a box to
    5,000 unit names cost over 100 ms at each layout, and one long name widened the window."""
    from jnprojects.domain.model import Unit
    from jnprojects.services import projects as project_service
    from jnprojects.services.changes import Changes

    boxes = (view.reporting.unit_box, view.ledger.unit_box)
    before = [box.sizeHint().width() for box in boxes]
    project_service.add_unit(ws, Unit(name="济宁市" + "城乡建设与综合行政执法协调推进" * 4 + "办公室"))
    view.refresh(Changes(units=True))
    assert all(box.count() > 2 for box in boxes)
    assert [box.sizeHint().width() for box in boxes] == before


def test_a_failed_read_is_said_and_the_month_is_read_again_next_time(view, ws, qtbot, monkeypatch):
    from jnprojects.store.connection import StoreError
    from jnprojects.ui.dialogs import export_worker
    from jnprojects.ui.messages import error_text

    monkeypatch.setattr(export_worker, "BACKGROUND_FROM", 0)
    reporting = view.reporting
    read = monthly.reporting_status
    failure = StoreError("corrupt", params={"path": str(ws.path), "detail": "disk I/O error"})
    fails = [failure]

    def flaky(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        if fails:
            raise fails.pop()
        return read(*args, **kwargs)

    monkeypatch.setattr(monthly, "reporting_status", flaky)
    view.period_box.setCurrentIndex(view.period_box.findData(LAST))
    qtbot.waitUntil(lambda: not view.is_computing(), timeout=20000)
    assert reporting.count_label.text() == error_text(failure) and reporting.model.rowCount() == 0
    view.refresh()  # the month's next refresh (any change, or coming back to the tab)
    qtbot.waitUntil(lambda: not view.is_computing(), timeout=20000)
    assert reporting.model.rows() == _as_shown(r for r in read(ws, LAST) if r.due)


def test_closing_and_the_circular_run_off_the_gui_thread_and_a_cancel_leaves_nothing(view, ws, tmp_path,
                                                                                      monkeypatch):
    """Both take seconds at province scale: each runs on a worker behind a progress dialog, and
    Cancel stores no closing and writes no file."""
    from PySide6.QtWidgets import QFileDialog

    from jnprojects.services import monthly_circular

    on_gui_thread, told = [], []
    close, export = monthly_close.close_period, monthly_circular.export_circular
    cancel_next = [True]

    def spied(real, *args):  # noqa: ANN001, ANN002, ANN202
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        cancelled = cancel_next.pop() if cancel_next else False
        return real(*args[:-1], (lambda: True) if cancelled else args[-1])

    monkeypatch.setattr(monthly_close, "close_period", lambda *a: spied(close, *a))
    monkeypatch.setattr(monthly_circular, "export_circular", lambda *a: spied(export, *a))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    view.period_box.setCurrentIndex(view.period_box.findData(LAST))

    assert not view.close_month()  # cancelled
    assert periods.closures(ws.db) == [] and "was not closed" in told[-1]
    assert view.close_month()
    assert periods.closure(ws.db, LAST).closed

    out = tmp_path / "通报.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    cancel_next.append(True)
    assert view.export_circular() is None and not out.exists() and "cancelled" in told[-1]
    assert view.export_circular() == out and out.exists() and str(out) in told[-1]
    assert on_gui_thread == [False] * 4


def test_projects_created_edited_and_deleted_elsewhere_reach_the_reporting_list(view, ws, monkeypatch):
    """The project list's edits arrive as Changes: only the named rows are read again, and the
    list then equals a full read (a deleted project gone, a new one added, an edited one updated)."""
    from dataclasses import replace

    from jnprojects.domain.model import Stage
    from jnprojects.services import projects as project_service

    reporting = view.reporting
    reporting.show_box.setCurrentIndex(reporting.show_box.findData("all"))
    first, second = reporting.model.rows()[:2]
    gone = project_service.delete_project(ws, first.project_id)
    edited = project_service.get_project(ws, second.project_id)
    changed = project_service.save_project(ws, replace(edited, name="改名后的项目", stage=Stage.SUSPENDED))
    fresh = replace(project_service.new_project(ws, "transport"), name="新建的项目", stage=Stage.CONSTRUCTION)
    created = project_service.save_project(ws, fresh)
    reads = _read_spy(monkeypatch)
    view.refresh(gone.merged(changed).merged(created))
    assert [flt.ids for flt, _ in reads] == [gone.deleted | changed.projects | created.projects]
    assert reporting.model.rows() == _as_shown(monthly.reporting_status(ws, view.period))
    names = {r.project_id: r.name for r in reporting.model.rows()}
    assert first.project_id not in names and names[second.project_id] == "改名后的项目"
    assert "新建的项目" in names.values()
