"""The project editor (项目详情), driven as a user would: typing, clicking, editing cells.

Every test works on its own database file and checks what was written by closing the workspace and
opening the file again.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QTranslator
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QLineEdit, QMessageBox, QPlainTextEdit

from jnprojects.domain.errors import ValidationError
from jnprojects.domain.model import Milestone, Project, Role
from jnprojects.paths import resources_dir
from jnprojects.services import projects as project_service
from jnprojects.services.workspace import Workspace, open_workspace
from jnprojects.ui.dialogs.project_editor import ProjectEditor
from jnprojects.ui.dialogs.unit_dialog import UnitDialog
from jnprojects.ui.messages import error_text
from jnprojects.ui.models.assignment_table import COLUMNS as UNIT_COLUMNS
from jnprojects.ui.models.milestone_table import COLUMNS as MILESTONE_COLUMNS

SEED_FILES = ("categories.json", "locations.json", "indicators.json", "projects.json")
QM_FILE = resources_dir() / "i18n" / "jnprojects_zh_CN.qm"
CJK = re.compile(r"[\u4e00-\u9fff]")

pytestmark = pytest.mark.skipif(
    not all((resources_dir() / "seed" / name).exists() for name in SEED_FILES),
    reason="resources/seed/*.json are missing: a workspace cannot be created without categories and locations",
)


# --- fixtures --------------------------------------------------------------------------------
@pytest.fixture
def translated(qapp: QApplication):
    """Install the Chinese translation when it has been built; yield whether it was."""
    translator = QTranslator()
    loaded = QM_FILE.exists() and translator.load(str(QM_FILE))
    if loaded:
        QCoreApplication.installTranslator(translator)
    yield loaded
    if loaded:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes never block: each is recorded as (kind, text) and answered "discard"."""
    shown: list[tuple[str, str]] = []

    def static(kind: str):  # noqa: ANN202
        def answer(_parent, _title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok
        return staticmethod(answer)

    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, static(kind))

    def exec_(box: QMessageBox) -> int:
        shown.append(("question", box.text()))
        return QMessageBox.StandardButton.Discard.value

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "t.db"


@pytest.fixture
def ws(db_path: Path):
    workspace = open_workspace(db_path, user="tester")
    yield workspace
    workspace.close()


@pytest.fixture
def project_id(ws: Workspace) -> int:
    """A project of our own: planned 2025-01-01 … 2026-12-31, milestones A, B, C, no units."""
    category = project_service.categories(ws)[0].code
    project = project_service.new_project(ws, category)
    project.name = "测试道路工程"
    project.planned_start, project.planned_end = date(2025, 1, 1), date(2026, 12, 31)
    project.locations = [project_service.locations(ws)[0].code]
    project.milestones = [Milestone("A"), Milestone("B", planned_date=date(2025, 6, 1)), Milestone("C")]
    changes = project_service.save_project(ws, project)
    return next(iter(changes.projects))


def open_editor(qtbot, ws: Workspace, project_id: int | None, **kwargs) -> ProjectEditor:  # noqa: ANN001
    editor = ProjectEditor(ws, project_id, **kwargs)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def reopened(ws: Workspace, db_path: Path, project_id: int) -> Project:
    """The project as stored in the file, read through a fresh workspace."""
    ws.close()
    again = open_workspace(db_path, user="tester")
    try:
        return project_service.get_project(again, project_id)
    finally:
        again.close()


def set_cell(model, row: int, column: str, value: str, columns=MILESTONE_COLUMNS) -> None:  # noqa: ANN001
    assert model.setData(model.index(row, columns.index(column)), value, Qt.ItemDataRole.EditRole)


def type_text(qtbot, widget, text: str) -> None:  # noqa: ANN001
    """Type ``text`` into ``widget``: keys for ASCII, an input-method commit for Chinese (as a
    Pinyin IME delivers it; QTest cannot press keys for non-ASCII characters)."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    if widget.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled):  # as the platform checks
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)


def retype(qtbot, widget: QLineEdit, text: str) -> None:  # noqa: ANN001
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def click(qtbot, button) -> None:  # noqa: ANN001
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# --- (a) a milestone's actual date survives saving and reopening -----------------------------
def test_milestone_actual_date_saved_and_reopened(qtbot, ws, db_path, project_id) -> None:  # noqa: ANN001
    editor = open_editor(qtbot, ws, project_id)
    assert not editor.is_modified()
    set_cell(editor.milestone_model(), 1, "actual_date", "2025年6月30日")
    assert editor.is_modified() and editor.windowTitle().endswith("[*]")
    with qtbot.waitSignal(editor.sig_saved) as saved:
        click(qtbot, editor.button("ok"))
    assert editor.result() == QDialog.DialogCode.Accepted
    before, after, changes = saved.args
    assert before.milestones[1].actual_date is None
    assert after.milestones[1].actual_date == date(2025, 6, 30)
    assert project_id in changes.projects

    stored = reopened(ws, db_path, project_id)
    assert [m.name for m in stored.milestones] == ["A", "B", "C"]
    assert stored.milestones[1].actual_date == date(2025, 6, 30)
    assert stored.milestones[1].planned_date == date(2025, 6, 1)
    assert stored.milestones[0].actual_date is None  # empty stays empty


# --- (b) end before start: refused, the sentence next to the end field, nothing written -------
def test_end_before_start_refused_next_to_field(qtbot, ws, db_path, project_id, translated) -> None:  # noqa: ANN001
    editor = open_editor(qtbot, ws, project_id)
    editor.tabs.setCurrentIndex(2)
    history_before = len(project_service.project_history(ws, project_id))
    retype(qtbot, editor.field_widget("planned_end"), "2024/1/1")
    click(qtbot, editor.button("save"))

    label = editor.error_label("planned_end")
    expected = error_text(ValidationError("end_before_start", "planned_end",
                                          {"start": "2025-01-01", "end": "2024-01-01"}))
    assert label.isVisible() and label.text() == expected
    if translated:
        assert CJK.search(label.text()), label.text()
    else:
        assert label.text() == "Planned end (2024-01-01) is before the start (2025-01-01)."
    assert "border" in editor.field_widget("planned_end").styleSheet()
    assert editor.tabs.currentIndex() == 0
    assert editor.error_label("planned_start").isHidden()
    assert editor.is_modified()
    assert len(project_service.project_history(ws, project_id)) == history_before
    assert reopened(ws, db_path, project_id).planned_end == date(2026, 12, 31)


# --- (c) malformed dates: in a field and in a milestone cell ----------------------------------
def test_malformed_dates_refused(qtbot, ws, db_path, project_id) -> None:  # noqa: ANN001
    editor = open_editor(qtbot, ws, project_id)
    type_text(qtbot, editor.field_widget("actual_start"), "2025-02-30")
    set_cell(editor.milestone_model(), 1, "actual_date", "明天")
    model = editor.milestone_model()
    cell = model.index(1, MILESTONE_COLUMNS.index("actual_date"))
    assert cell.data() == "明天" and cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    click(qtbot, editor.button("ok"))

    assert editor.isVisible()  # not closed
    assert editor.error_label("actual_start").text() == error_text(
        ValidationError("bad_date", "actual_start", {"value": "2025-02-30"}))
    assert "Row 2" in editor.error_label("milestones").text() or CJK.search(editor.error_label("milestones").text())
    assert "明天" in editor.error_label("milestones").text()
    assert editor.tabs.currentIndex() == 0  # the first problem is on the first tab
    stored = reopened(ws, db_path, project_id)
    assert stored.actual_start is None and stored.milestones[1].actual_date is None


# --- (d) a unit that does not exist is refused ----------------------------------------------
def test_unknown_unit_refused(qtbot, ws, db_path, project_id) -> None:  # noqa: ANN001
    editor = open_editor(qtbot, ws, project_id)
    click(qtbot, editor.button("add_assignment"))
    editor.assignment_view().closePersistentEditor(editor.assignment_view().currentIndex())
    set_cell(editor.assignment_model(), 0, "unit_name", "不存在的单位", UNIT_COLUMNS)
    click(qtbot, editor.button("save"))

    expected = error_text(ValidationError("unknown_unit", "assignments", {"value": "不存在的单位"}))
    assert editor.error_label("assignments").text() == expected
    assert editor.tabs.currentIndex() == 2
    assert reopened(ws, db_path, project_id).assignments == []


# --- (e) a new unit, assigned as lead, is stored ----------------------------------------------
def test_new_unit_assigned_as_lead(qtbot, ws, db_path, project_id) -> None:  # noqa: ANN001
    editor = open_editor(qtbot, ws, project_id)
    editor.tabs.setCurrentIndex(2)

    def fill_unit_dialog() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, UnitDialog) and w.isVisible()]
        if not shown:  # not on screen yet: look again shortly (never raise inside the dialog's loop)
            QTimer.singleShot(10, fill_unit_dialog)
            return
        dialog = shown[0]
        type_text(qtbot, dialog.name_edit, "济宁市测试局")
        type_text(qtbot, dialog.contact_edit, "李四")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    with qtbot.waitSignal(editor.sig_units_changed):
        QTimer.singleShot(0, fill_unit_dialog)
        click(qtbot, editor.button("new_unit"))
    model = editor.assignment_model()
    assert model.rowCount() == 1
    set_cell(model, 0, "role", "lead", UNIT_COLUMNS)
    set_cell(model, 0, "phone", "0537-2345678", UNIT_COLUMNS)
    click(qtbot, editor.button("ok"))
    assert editor.result() == QDialog.DialogCode.Accepted

    stored = reopened(ws, db_path, project_id)
    assert [(a.unit_name, a.role, a.phone) for a in stored.assignments] == [("济宁市测试局", Role.LEAD, "0537-2345678")]
    assert stored.lead_units == ["济宁市测试局"]


# --- (f) reordering milestones with 上移 is saved -----------------------------------------------
def test_move_up_keeps_order_after_save(qtbot, ws, db_path, project_id) -> None:  # noqa: ANN001
    editor = open_editor(qtbot, ws, project_id)
    editor.tabs.setCurrentIndex(1)
    editor.milestone_view().selectRow(2)
    click(qtbot, editor.button("move_up"))
    assert editor.milestone_model().names() == ["A", "C", "B"]
    assert editor.milestone_view().currentIndex().row() == 1  # the moved row stays selected
    click(qtbot, editor.button("move_down"))
    click(qtbot, editor.button("move_up"))
    click(qtbot, editor.button("ok"))

    stored = reopened(ws, db_path, project_id)
    assert [m.name for m in stored.milestones] == ["A", "C", "B"]
    assert [m.seq for m in stored.milestones] == [1, 2, 3]
    assert stored.milestones[2].planned_date == date(2025, 6, 1)  # B kept its date


# --- (g) read-only: nothing can be edited or saved --------------------------------------------
def test_readonly_disables_editing(qtbot, ws, db_path, project_id) -> None:  # noqa: ANN001
    editor = open_editor(qtbot, ws, project_id, readonly=True)
    assert editor.is_readonly()
    for name in ("code", "name", "national_code", "subcategory", "total_investment", "planned_start",
                 "planned_end", "actual_start", "actual_end", "content", "notes"):
        widget = editor.field_widget(name)
        assert isinstance(widget, (QLineEdit, QPlainTextEdit)) and widget.isReadOnly(), name
    for name in ("category_code", "level", "kind", "stage"):
        widget = editor.field_widget(name)
        assert isinstance(widget, QComboBox) and not widget.isEnabled(), name
    places = editor.field_widget("locations")
    assert not places.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    for model in (editor.milestone_model(), editor.assignment_model()):
        assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable or model.rowCount() == 0
    assert not editor.milestone_model().setData(editor.milestone_model().index(0, 0), "X")
    for name in ("add_milestone", "remove_milestone", "move_up", "move_down", "apply_template",
                 "add_assignment", "remove_assignment", "new_unit"):
        assert not editor.button(name).isEnabled(), name
    with pytest.raises(KeyError):
        editor.button("save")
    type_text(qtbot, editor.field_widget("name"), "X")
    type_text(qtbot, editor.field_widget("name"), "改")
    assert editor.field_widget("name").text() == "测试道路工程"
    assert editor.save() is False

    # A read-only database forces read-only even when the caller did not ask for it.
    ws.close()
    readonly_ws = open_workspace(db_path, readonly=True)
    try:
        forced = open_editor(qtbot, readonly_ws, project_id)
        assert forced.is_readonly() and forced.field_widget("name").isReadOnly()
    finally:
        forced.close()
        readonly_ws.close()


# --- (h) cancel with unsaved changes asks first ----------------------------------------------
def test_cancel_with_changes_asks(qtbot, ws, db_path, project_id, message_boxes, monkeypatch) -> None:  # noqa: ANN001
    editor = open_editor(qtbot, ws, project_id)
    click(qtbot, editor.button("cancel"))  # unchanged: closes without a question
    assert not message_boxes and editor.result() == QDialog.DialogCode.Rejected

    editor = open_editor(qtbot, ws, project_id)
    type_text(qtbot, editor.field_widget("name"), "（二期）")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: message_boxes.append(("question", box.text()))
                        or QMessageBox.StandardButton.Cancel.value)  # 继续编辑
    click(qtbot, editor.button("cancel"))
    assert len(message_boxes) == 1 and editor.isVisible()

    monkeypatch.setattr(QMessageBox, "exec", lambda box: message_boxes.append(("question", box.text()))
                        or QMessageBox.StandardButton.Discard.value)  # 放弃修改
    click(qtbot, editor.button("cancel"))
    assert len(message_boxes) == 2 and not editor.isVisible()
    assert editor.result() == QDialog.DialogCode.Rejected
    assert reopened(ws, db_path, project_id).name == "测试道路工程"


# --- more behaviour --------------------------------------------------------------------------
def test_new_project_saved_with_money_and_template(qtbot, ws, db_path) -> None:  # noqa: ANN001
    category = project_service.categories(ws)[0].code
    editor = open_editor(qtbot, ws, None, category_code=category)
    code = editor.field_widget("code").text()
    assert re.match(r"^[A-Z]{2,4}-\d{3,6}$", code) and not editor.field_widget("code").isReadOnly()
    type_text(qtbot, editor.field_widget("name"), "新建测试项目")
    type_text(qtbot, editor.field_widget("total_investment"), "1.2亿")
    click(qtbot, editor.button("apply_template"))
    assert editor.milestone_model().rowCount() > 0
    with qtbot.waitSignal(editor.sig_saved) as saved:
        click(qtbot, editor.button("ok"))
    before, after, _changes = saved.args
    assert before is None and after.id is not None

    stored = reopened(ws, db_path, after.id)
    assert stored.code == code and stored.name == "新建测试项目"
    assert str(stored.total_investment) == "12000"
    assert stored.planned_start is None and stored.planned_end is None
    assert sum(m.weight or 0 for m in stored.milestones) == pytest.approx(100)


def test_duplicate_code_shown_in_message_box(qtbot, ws, db_path, project_id, message_boxes) -> None:  # noqa: ANN001
    taken = project_service.get_project(ws, project_id).code
    editor = open_editor(qtbot, ws, None)
    retype(qtbot, editor.field_widget("code"), taken)
    type_text(qtbot, editor.field_widget("name"), "重复编号的项目")
    click(qtbot, editor.button("ok"))
    assert editor.isVisible()
    assert ("warning", error_text(ValidationError("duplicate_code", "code", {"value": taken}))) in message_boxes
    assert editor.error_label("code").isVisible()
    ws.close()
    again = open_workspace(db_path)
    try:
        assert [r.name for r in project_service.list_projects(again) if r.code == taken] == ["测试道路工程"]
    finally:
        again.close()


def test_ctrl_s_saves_and_history_shows_change(qtbot, ws, db_path, project_id) -> None:  # noqa: ANN001
    editor = open_editor(qtbot, ws, project_id)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    editor.field_widget("notes").setFocus()
    type_text(qtbot, editor.field_widget("notes"), "已开工")
    with qtbot.waitSignal(editor.sig_saved, timeout=2000):
        qtbot.keyClick(editor.field_widget("notes"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible() and not editor.is_modified()

    # A cell still open for editing is saved too.
    editor.tabs.setCurrentIndex(1)
    view = editor.milestone_view()
    view.setCurrentIndex(editor.milestone_model().index(0, MILESTONE_COLUMNS.index("note")))
    view.edit(view.currentIndex())
    cell_editor = view.indexWidget(view.currentIndex())
    assert cell_editor is not None
    type_text(qtbot, cell_editor, "ok")
    with qtbot.waitSignal(editor.sig_saved, timeout=2000):
        qtbot.keyClick(cell_editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    history = editor.history
    cells = [history.item(r, 3).text() for r in range(history.rowCount())]
    assert any("已开工" in text for text in cells)
    stored = reopened(ws, db_path, project_id)
    assert stored.notes == "已开工" and stored.milestones[0].note == "ok"


def test_the_projects_open_problems_are_shown_with_overdue_days(qtbot, ws, project_id) -> None:  # noqa: ANN001
    from datetime import timedelta

    from jnprojects.domain.monthly_problems import Problem
    from jnprojects.services import monthly_problems

    today = date.today()
    monthly_problems.add_problem(ws, Problem(project_id, "征地拆迁未完成", today - timedelta(days=30),
                                             deadline=today - timedelta(days=5)))
    monthly_problems.add_problem(ws, Problem(project_id, "资金缺口", today - timedelta(days=3)))
    editor = open_editor(qtbot, ws, project_id)
    panel = editor.problems
    assert editor.tabs.tabText(editor.tabs.indexOf(panel)) == "Problems (2 open)"
    rows = {panel.item(r, 0).text(): panel.item(r, 6).text() for r in range(panel.rowCount())}
    assert rows == {"征地拆迁未完成": "5 days", "资金缺口": ""}
