"""The project list: filter bar, search box, count and the sortable table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...domain.model import Stage
from ...domain.query import ProjectFilter, SortColumn
from ...services import projects as project_service
from ...services.changes import Changes
from ...services.workspace import Workspace
from ..choices import LazyChoices, compact, fill_choices
from ..labels import stage_name
from ..models.project_table import COLUMNS, ProjectTableModel
from ..tables import list_table

SEARCH_DELAY_MS = 150  # long enough to skip the keystrokes of one word, short enough to feel live


class ProjectListView(QWidget):
    """Finds projects. The model filters and sorts its cached rows (the store's rules, not SQL per keystroke)."""

    sig_open_project = Signal(int)
    """A project was activated (double-click or Enter); carries its id."""

    sig_filter_changed = Signal(object)
    """The filter changed; carries the new ``ProjectFilter`` (the dashboard follows it)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.model = ProjectTableModel(
            lambda flt, sort, texts: project_service.list_projects(self._ws, flt, sort, search_texts=texts),
            lambda: project_service.search_texts(self._ws), self)

        self.category_box = QComboBox()
        self.location_box = QComboBox()
        self.stage_box = QComboBox()
        self.unit_box = LazyChoices(self.tr("All"), lambda: project_service.unit_choices(self._ws))
        for box, chars in ((self.category_box, 8), (self.location_box, 7), (self.stage_box, 5), (self.unit_box, 10)):
            compact(box, chars)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search name, content or pinyin initials (e.g. jxsgt)"))
        self.search_edit.setMinimumWidth(260)
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A dashboard segment (e.g. the red projects of a category as of a date) narrows the list
        # until the chip is cleared; its light is not a column, so it shows as text.
        self._segment: frozenset[int] | None = None
        self.segment_label = QLabel()
        self.segment_label.setObjectName("segmentChip")
        self.segment_label.setStyleSheet("QLabel#segmentChip { background: #e8eefb; color: #0b2e6b;"
                                         " border-radius: 4px; padding: 2px 6px; }")
        self.segment_clear = QPushButton(self.tr("Show all"))
        self.segment_clear.clicked.connect(self.clear_segment)
        for widget in (self.segment_label, self.segment_clear):
            widget.hide()

        bar = QHBoxLayout()
        for label, box in (
            (self.tr("Category"), self.category_box),
            (self.tr("Location"), self.location_box),
            (self.tr("Stage"), self.stage_box),
            (self.tr("Unit"), self.unit_box),
        ):
            bar.addWidget(QLabel(label))
            bar.addWidget(box)
        bar.addSpacing(12)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.segment_label)
        bar.addWidget(self.segment_clear)
        bar.addWidget(self.count_label)

        self.table = list_table(self.model, (70, 320, 110, 90, 150, 95, 95, 80, 60), single_selection=True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index(SortColumn.CATEGORY), Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.viewport().installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer)
        self.search_edit.textChanged.connect(self._search_timer.start)
        for box in (self.category_box, self.location_box, self.stage_box, self.unit_box):
            box.currentIndexChanged.connect(self._on_box_changed)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.activated.connect(self._on_double_clicked)
        self.model.sig_reloaded.connect(self._update_count)

        self._fill_filters()
        self.refresh()

    # --- filters -----------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        any_text = self.tr("All")
        fill_choices(self.category_box, any_text, [(c.code, c.name_zh) for c in project_service.categories(self._ws)])
        fill_choices(self.location_box, any_text, [(l.code, l.name) for l in project_service.locations(self._ws)])
        fill_choices(self.stage_box, any_text, [(s, stage_name(s)) for s in Stage])
        self.unit_box.refill()

    def current_filter(self) -> ProjectFilter:
        stage = self.stage_box.currentData()
        return ProjectFilter(
            category=self.category_box.currentData(),
            location=self.location_box.currentData(),
            stage=Stage(stage) if stage else None,
            unit_id=self.unit_box.currentData(),
            text=self.search_edit.text().strip(),
            ids=self._segment,
        )

    def set_category(self, code: str | None) -> None:
        """Select a category in the filter bar (used by the dashboard's click-to-filter)."""
        index = self.category_box.findData(code)
        self.category_box.setCurrentIndex(index if index >= 0 else 0)

    def show_segment(self, category_code: str | None, ids: frozenset[int], description: str) -> None:
        """List only ``ids`` (in ``category_code``), with ``description`` on a chip until cleared."""
        self._segment = frozenset(ids)
        self.segment_label.setText(description)
        for widget in (self.segment_label, self.segment_clear):
            widget.show()
        index = self.category_box.findData(category_code)
        self.category_box.blockSignals(True)
        self.category_box.setCurrentIndex(index if index >= 0 else 0)
        self.category_box.blockSignals(False)
        self._apply_filter()

    def clear_segment(self) -> None:
        if self._segment is None:
            return
        self._segment = None
        for widget in (self.segment_label, self.segment_clear):
            widget.hide()
        self._apply_filter()

    def _apply_filter(self) -> None:
        flt = self.current_filter()
        self.model.set_filter(flt)
        self.sig_filter_changed.emit(flt)

    def _on_box_changed(self) -> None:
        # Picking another category or place leaves the dashboard's segment behind.
        if self._segment is not None:
            self.clear_segment()
        else:
            self._apply_filter()

    def _on_search_timer(self) -> None:
        if self.isVisible():  # a closed window's database may already be closed
            self._apply_filter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # The rows' search texts wait until the rows are on screen: a paint of the table schedules
        # their read for right after it (the model reads them itself for a search that comes first).
        if event.type() == QEvent.Type.Paint and self.model.texts_missing:
            QTimer.singleShot(0, self.model.read_texts)
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._search_timer.stop()  # a search typed just before closing must not outlive the window
        super().hideEvent(event)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # --- data --------------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace) -> None:
        """Point at a reopened database (after a restore) and reload everything."""
        self._ws = workspace
        self._fill_filters()
        self.refresh()

    def refresh(self, changes: Changes | None = None) -> None:
        """Re-query after a change; the shared lists are refilled only when they changed."""
        if changes is not None and (changes.units or changes.everything):
            self._fill_filters()
        selected = self.selected_project_id()
        if changes is not None and changes.few_projects():
            self.model.reload_projects(changes.projects, changes.deleted)
        else:
            self.model.reload()
        if selected is not None:
            self.select_project(selected)

    def _update_count(self) -> None:
        template = self.tr("Showing %1 of %2")
        total = str(self.model.total())
        # A fixed size, that of the longest count for this total: a new count then neither shifts
        # the search box nor makes Qt re-lay out every parent up to the window (which it does for
        # a label whose size may change, repainting the filter bar and more on each keystroke).
        widest = template.replace("%1", total).replace("%2", total)
        if self.count_label.property("widest") != widest:
            self.count_label.setText(widest)
            self.count_label.setFixedSize(self.count_label.sizeHint())
            self.count_label.setProperty("widest", widest)
        self.count_label.setText(template.replace("%1", str(self.model.rowCount())).replace("%2", total))

    def selected_project_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.project_id(rows[0].row()) if rows else None

    def select_project(self, project_id: int) -> None:
        row = self.model.row_of(project_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sig_open_project.emit(self.model.project_id(index.row()))

