"""The project list as a user drives it: filter boxes, search box, count, header sort."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt

from jnprojects.domain.model import Assignment, Role, Stage, Unit
from jnprojects.services import projects as project_service
from jnprojects.ui.main_window import MainWindow
from jnprojects.ui.models.project_table import COLUMNS
from jnprojects.ui.views.project_list import ProjectListView
from jnprojects.ui.settings import UiSettings
from jnprojects.domain.query import ProjectFilter, SortColumn
from jnprojects.services.changes import Changes


@pytest.fixture
def window(workspace, qtbot, tmp_path):
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    win = MainWindow(workspace, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def shown_names(view) -> list[str]:
    model = view.model
    return [model.index(r, COLUMNS.index(SortColumn.NAME)).data() for r in range(model.rowCount())]


def test_list_shows_every_seeded_project_with_count(window, workspace):
    view = window.project_list
    total = project_service.count_projects(workspace)
    assert total > 100
    assert view.model.rowCount() == total
    assert view.count_label.text().endswith(str(total)) or str(total) in view.count_label.text()


def test_search_box_finds_chinese_substring_and_pinyin_initials(window, qtbot):
    view = window.project_list
    view.search_edit.insert("京雄商")  # what an input method commits; QTest cannot type CJK keys
    qtbot.waitUntil(lambda: view.model.rowCount() < 50)
    assert shown_names(view) == ["京雄商高铁济宁段"]
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "jxsgt")
    qtbot.waitUntil(lambda: view.model.rowCount() < 50)
    assert shown_names(view) == ["京雄商高铁济宁段"]
    assert "1" in view.count_label.text()


def test_category_and_location_filters_narrow_the_list(window, workspace, qtbot):
    view = window.project_list
    energy = view.category_box.findData("energy")
    view.category_box.setCurrentIndex(energy)
    rows = view.model.rows()
    assert rows and {r.category_code for r in rows} == {"energy"}
    zoucheng = view.location_box.findData("zoucheng")
    view.location_box.setCurrentIndex(zoucheng)
    names = shown_names(view)
    assert "邹城鲁西电厂" in names[0] or any("鲁西电厂" in n for n in names)
    assert all("邹城" in r.locations for r in view.model.rows())
    view.category_box.setCurrentIndex(0)
    view.location_box.setCurrentIndex(0)
    assert view.model.rowCount() == project_service.count_projects(workspace)


def test_stage_and_unit_filters(window, workspace, qtbot):
    _, _ = project_service.add_unit(workspace, Unit("测试单位"))
    row = project_service.list_projects(workspace)[0]
    project = project_service.get_project(workspace, row.id)
    project.stage = Stage.CONSTRUCTION
    project.assignments = [Assignment("测试单位", Role.LEAD)]
    changes = project_service.save_project(workspace, project)
    window.sig_changed.emit(Changes(projects=changes.projects, units=True))
    view = window.project_list
    view.stage_box.setCurrentIndex(view.stage_box.findData(Stage.CONSTRUCTION))
    assert [r.id for r in view.model.rows()] == [row.id]
    view.stage_box.setCurrentIndex(0)
    view.unit_box.showPopup()  # as the user opens it
    view.unit_box.hidePopup()
    view.unit_box.setCurrentIndex(view.unit_box.findText("测试单位"))
    assert [r.id for r in view.model.rows()] == [row.id]
    assert view.model.rows()[0].lead_units == "测试单位"


def test_clicking_the_name_header_sorts_by_pinyin(window, qtbot):
    view = window.project_list
    header = view.table.horizontalHeader()
    column = COLUMNS.index(SortColumn.NAME)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(column) + 10, 5))
    keys = [r.sort_key for r in view.model.rows()]
    assert view.model.current_sort.column == SortColumn.NAME
    assert keys == sorted(keys) or keys == sorted(keys, reverse=True)
    assert keys != [r.sort_key for r in sorted(view.model.rows(), key=lambda r: r.code)]


def test_column_layout_is_remembered(qtbot, workspace, tmp_path):
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    first = MainWindow(workspace, settings)
    qtbot.addWidget(first)
    first.project_list.table.setColumnWidth(1, 444)
    first.close()
    second = MainWindow(workspace, settings)
    qtbot.addWidget(second)
    assert second.project_list.table.columnWidth(1) == 444


def test_undo_and_redo_of_a_saved_edit(window, workspace):
    import copy

    row = project_service.list_projects(workspace)[0]
    before = project_service.get_project(workspace, row.id)
    after = copy.deepcopy(before)
    after.name = "撤销测试名称"
    changes = project_service.save_project(workspace, after)
    window._on_project_saved(before, project_service.get_project(workspace, row.id), changes)
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert project_service.get_project(workspace, row.id).name == before.name
    assert any(r.name == before.name for r in window.project_list.model.rows())
    window.redo_action.trigger()
    assert project_service.get_project(workspace, row.id).name == "撤销测试名称"
    assert any(r.name == "撤销测试名称" for r in window.project_list.model.rows())


def test_delete_asks_for_confirmation(window, workspace, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    view = window.project_list
    total = project_service.count_projects(workspace)
    view.table.selectRow(0)
    project_id = view.selected_project_id()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.delete_action.trigger()
    assert project_service.count_projects(workspace) == total
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert project_service.count_projects(workspace) == total - 1
    assert view.model.row_of(project_id) is None


def test_cells_paint_what_the_model_says(window):
    """What the delegate paints: each column's text as the model gives it, the stage by its
    (cached) translated name, the progress column aligned right."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    view = window.project_list
    model, delegate = view.model, view.table.itemDelegate()
    for column in range(model.columnCount()):
        index = model.index(0, column)
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, index)
        assert option.text == (index.data() or "")
        assert option.text == model.data(index)
    progress = model.index(0, COLUMNS.index(SortColumn.PROGRESS))
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, progress)
    assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
    stage = model.index(0, COLUMNS.index(SortColumn.STAGE)).data()
    assert stage and stage != str(model.rows()[0].stage)  # a translated name, not the code


def test_search_box_keeps_its_place_while_the_count_changes(window, qtbot):
    """A keystroke that changes the count does not shift the filter bar (nor repaint the window)."""
    view = window.project_list
    qtbot.waitUntil(lambda: view.search_edit.width() > 0)
    before = view.search_edit.geometry()
    view.search_edit.insert("京雄商")
    qtbot.waitUntil(lambda: view.model.rowCount() < 50)
    qtbot.wait(20)  # let the layout settle
    assert view.count_label.text().startswith(view.tr("Showing %1 of %2").split("%1")[0])
    assert view.search_edit.geometry() == before
    assert view.count_label.width() >= view.count_label.sizeHint().width()


def test_an_edit_rereads_only_its_rows_and_the_list_matches_a_full_reload(window, workspace, qtbot):
    """After saving, creating or deleting a project the list shows it at once, in its sorted place,
    exactly as a full re-read would, but reads only the projects the change names."""
    import copy

    view = window.project_list
    qtbot.waitUntil(lambda: not view.model.texts_missing)  # read once the window has painted
    view.model.sort(COLUMNS.index(SortColumn.NAME))  # an order the edit moves the project in
    first, last = view.model.rows()[0], view.model.rows()[-1]
    view.table.selectRow(view.model.row_of(first.id))
    asked: list[object] = []
    loader = view.model._loader
    view.model._loader = lambda flt, sort, texts: asked.append(flt.ids) or loader(flt, sort, texts)

    edited = copy.deepcopy(project_service.get_project(workspace, first.id))
    edited.name = "峄山文旅综合体"  # pinyin "yi…": from the first rows to the last ones
    created = project_service.new_project(workspace, "transport")
    created.name = "阿里巴巴数据中心配套道路"
    changes = project_service.save_project(workspace, edited)
    window.sig_changed.emit(changes)
    window.sig_changed.emit(project_service.save_project(workspace, created))
    window.sig_changed.emit(project_service.delete_project(workspace, last.id))

    assert asked[0] == changes.projects and len(asked[1]) == 1 and len(asked) == 2  # no full re-read
    shown = view.model.rows()
    assert shown == sorted(project_service.list_projects(workspace), key=lambda r: (r.sort_key, r.code))
    assert [r.id for r in shown] == [r.id for r in loader(view.model.current_filter, view.model.current_sort, True)]
    assert any(r.name == "阿里巴巴数据中心配套道路" for r in shown) and view.model.row_of(last.id) is None
    assert shown[view.model.row_of(first.id)].name == "峄山文旅综合体"
    assert view.selected_project_id() == first.id  # the selection follows the edited project
    assert view.model.total() == project_service.count_projects(workspace)


def test_a_full_read_leaves_the_search_texts_until_the_list_has_painted(workspace, qtbot):
    """They were a seventh of the read the window waits for at start. Once read, the rows equal
    rows read with them."""
    read: list[str] = []
    workspace.db.conn.set_trace_callback(read.append)
    try:
        view = ProjectListView(workspace)
        qtbot.addWidget(view)
        qtbot.wait(50)
        before_shown = list(read)
        view.show()
        qtbot.waitUntil(lambda: all(r.haystack for r in view.model.rows()))
    finally:
        workspace.db.conn.set_trace_callback(None)
    assert view.model.rowCount() > 0 and not any("lower(" in s for s in before_shown)
    assert any("lower(" in s for s in read)
    assert view.model.rows() == project_service.list_projects(workspace, sort=view.model.current_sort)


def test_a_search_before_the_texts_arrive_reads_them_first(workspace, qtbot):
    view = ProjectListView(workspace)
    qtbot.addWidget(view)
    view.model.set_filter(ProjectFilter(text="jxsgt"))  # no event processed since the full read
    assert shown_names(view) == ["京雄商高铁济宁段"]


def test_the_unit_box_reads_its_choices_when_first_reached_for(workspace, qtbot, monkeypatch):
    """Filling 5,000 units took 40-50 ms of every start; the box reads them when the user first
    opens, focuses or scrolls on it, and then lists every unit."""
    reads: list[int] = []
    read = project_service.unit_choices
    monkeypatch.setattr(project_service, "unit_choices", lambda ws: reads.append(1) or read(ws))
    view = ProjectListView(workspace)
    qtbot.addWidget(view)
    at_start = len(reads)
    view.unit_box.showPopup()
    view.unit_box.hidePopup()
    units = read(workspace)
    assert at_start == 0 and len(reads) == 1
    assert [view.unit_box.itemText(i) for i in range(view.unit_box.count())] == ["All", *[n for _, n in units]]


def test_a_full_read_while_a_search_is_shown_reads_the_texts_with_the_rows(window, workspace, qtbot):
    view = window.project_list
    view.model.set_filter(ProjectFilter(text="jxsgt"))
    read: list[str] = []
    workspace.db.conn.set_trace_callback(read.append)
    try:
        window.sig_changed.emit(Changes(everything=True))
    finally:
        workspace.db.conn.set_trace_callback(None)
    texts_read = [s for s in read if "lower(" in s]
    assert len(texts_read) == 1 and "progress_reports" in texts_read[0]  # in the rows' query, not after it
    assert shown_names(view) == ["京雄商高铁济宁段"]
