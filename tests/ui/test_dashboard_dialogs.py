"""The manual-light, thresholds and indicator dialogs, driven as a user would."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date  # noqa: E402
from decimal import Decimal  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QDate, Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox  # noqa: E402

from jnprojects.domain.status import Light  # noqa: E402
from jnprojects.domain.thresholds import Thresholds  # noqa: E402
from jnprojects.services import indicators, overrides, projects, status  # noqa: E402
from jnprojects.store.history import LogFilter, query_log  # noqa: E402
from jnprojects.ui.dialogs.indicator_editor import IndicatorEditor  # noqa: E402
from jnprojects.ui.dialogs.project_editor_tabs import HistoryPanel  # noqa: E402
from jnprojects.ui.dashboard.labels import light_name  # noqa: E402
from jnprojects.ui.messages import field_name  # noqa: E402
from jnprojects.ui.dialogs.override_dialog import OverrideDialog  # noqa: E402
from jnprojects.ui.dialogs.thresholds_dialog import ThresholdsDialog  # noqa: E402
from tests.services.small_db import D, make_small  # noqa: E402


@pytest.fixture
def ids(workspace):
    return make_small(workspace)


def _override_dialog(ws, project_id, qtbot) -> OverrideDialog:
    snap = next(s for s in status.snapshots(ws, D) if s.id == project_id)
    dialog = OverrideDialog(ws, project_id, status=snap.status, today=D)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_override_set_then_cleared_through_the_dialog(workspace, ids, qtbot, monkeypatch):
    pid = ids["JT-901"]
    dialog = _override_dialog(workspace, pid, qtbot)
    assert not dialog.clear_button.isEnabled()  # nothing to clear yet
    qtbot.mouseClick(dialog.light_buttons[Light.YELLOW], Qt.MouseButton.LeftButton)
    dialog.justification_edit.insertPlainText("业主已承诺8月底前完成")
    dialog.expiry_edit.setDate(QDate(2026, 9, 30))
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.changes.projects == {pid}
    snap = next(s for s in status.snapshots(workspace, D) if s.id == pid)
    assert (snap.status.light, snap.status.computed_light) == (Light.YELLOW, Light.RED)

    again = _override_dialog(workspace, pid, qtbot)
    assert "业主已承诺8月底前完成" in again.current_label.text() and "tester" in again.current_label.text()
    assert again.chosen_light() == Light.YELLOW
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(again.clear_button, Qt.MouseButton.LeftButton)
    assert overrides.get_override(workspace, pid) is None
    history = [(r.entity, r.action, r.field) for r in projects.project_history(workspace, pid)]
    assert ("override", "insert", "justification") in history and ("override", "delete", "light") in history

    # The project's history tab names the manual light and its fields, with the light's name.
    panel = HistoryPanel()
    qtbot.addWidget(panel)
    panel.load(workspace, pid)
    rows = [(panel.item(r, 2).text(), panel.item(r, 3).text()) for r in range(panel.rowCount())]
    light = [text for field, text in rows if field == f"{panel.tr('Manual light')} · {field_name('light')}"]
    yellow = light_name(Light.YELLOW)
    assert light == [panel.tr("Removed: %1").replace("%1", yellow), panel.tr("Added: %1").replace("%1", yellow)]


def test_override_dialog_requires_a_justification(workspace, ids, qtbot):
    dialog = _override_dialog(workspace, ids["JT-901"], qtbot)
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert not dialog.error_label.isHidden() and dialog.error_label.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert overrides.get_override(workspace, ids["JT-901"]) is None


def test_thresholds_dialog_saves(workspace, qtbot):
    dialog = ThresholdsDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.yellow_gap.value() == 10 and dialog.red_overdue_days.value() == 30
    assert "50%" in dialog.formula.text() and "16.39%" in dialog.formula.text()  # worked cases
    dialog.yellow_gap.setValue(15)
    dialog.red_overdue_days.setValue(45)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.changes.settings
    assert status.thresholds(workspace) == Thresholds(yellow_gap=15, red_overdue_days=45)
    assert any(r.field == "status.yellow_gap" for r in query_log(workspace.db, LogFilter(entity="setting")))


def test_thresholds_dialog_refuses_red_below_yellow(workspace, qtbot):
    dialog = ThresholdsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.yellow_gap.setValue(40)
    dialog.red_gap.setValue(20)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.error_label.isHidden()
    assert status.thresholds(workspace) == Thresholds()
    dialog.defaults_button.click()
    assert dialog.thresholds() == Thresholds()


def test_indicator_editor_saves_a_value(workspace, qtbot):
    dialog = IndicatorEditor(workspace, today=date(2026, 7, 1))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 20 and 2026 in dialog.years
    dialog.cell(3, 2024).setText("61.5")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.changes.indicators
    assert indicators.values(workspace)[3] == [(2024, Decimal("61.5"))]

    reopened = IndicatorEditor(workspace, today=date(2026, 7, 1))
    qtbot.addWidget(reopened)
    assert reopened.cell(3, 2024).text() == "61.5"


def test_indicator_editor_refuses_text_and_writes_nothing(workspace, qtbot):
    dialog = IndicatorEditor(workspace, today=date(2026, 7, 1))
    qtbot.addWidget(dialog)
    dialog.cell(1, 2023).setText("12")
    dialog.cell(2, 2023).setText("很多")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.error_label.isHidden() and "很多" in dialog.error_label.text()
    assert indicators.values(workspace) == {}  # checked first, so the good cell was not written either
