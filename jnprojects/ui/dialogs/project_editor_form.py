"""The project editor's first tab (基本信息) and the field cell every editor tab uses.

Invariants: ``BasicForm.read`` turns the fields back into a project without losing anything it
does not show (plan text, origin, id …), reads every typed value with the domain parsers, and
reports each unreadable value as a ``ValidationError`` naming its field; an empty date is ``None``.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget,
)

from ...domain.errors import ValidationError
from ...domain.model import Category, Kind, Level, Location, Project, Stage
from ...domain.values import format_money, parse_date, parse_money
from ..labels import kind_name, level_name, stage_name
from ..messages import field_name
from ..models.milestone_table import DateLineEdit

ERROR_COLOR = "#c62828"
DATE_FIELDS = ("planned_start", "planned_end", "actual_start", "actual_end")
TEXT_FIELDS = ("code", "name", "national_code", "subcategory")
COMBO_FIELDS = ("category_code", "level", "kind", "stage")
# Fields that cannot be typed into look it (the code of a saved project, every field when read-only).
READONLY_STYLE = 'QLineEdit[readOnly="true"] { background: #f0f0f0; color: #444; }'


class TextBox(QPlainTextEdit):
    """A multi-line text field that asks for ``lines`` lines, so the form fits without scrolling
    and grows into the space there is."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(240, self._lines * self.fontMetrics().lineSpacing() + 14)


class FieldRegistry:
    """The editor's fields and their red error labels, by field name (``Project`` attribute names,
    plus ``milestones`` and ``assignments`` for the tables)."""

    def __init__(self) -> None:
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def cell(self, name: str, widget: QWidget, suffix: QWidget | None = None) -> QWidget:
        """``widget`` (with an optional suffix beside it) above its hidden error label."""
        widget.setObjectName(f"field_{name}")
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(f"color: {ERROR_COLOR};")
        error.setWordWrap(True)
        error.hide()
        self.widgets[name], self.errors[name] = widget, error
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if suffix is None:
            column.addWidget(widget)
        else:
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            row.addWidget(suffix)
            column.addLayout(row)
        column.addWidget(error)
        return cell

    def mark(self, name: str, sentences: list[str]) -> None:
        label = self.errors[name]
        label.setText("\n".join(dict.fromkeys(sentences)))
        label.show()
        widget = self.widgets[name]
        widget.setStyleSheet(f"#{widget.objectName()} {{ border: 2px solid {ERROR_COLOR}; }}")

    def clear(self) -> None:
        for name, label in self.errors.items():
            label.clear()
            label.hide()
            self.widgets[name].setStyleSheet("")


class BasicForm(QScrollArea):
    """Code, name, classification, money, dates, locations, texts, and the plan's own words."""

    sig_category_changed = Signal(str)
    """The user picked another category; carries its code."""

    def __init__(self, registry: FieldRegistry, categories: list[Category], locations: list[Location],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self._loading = False
        chinese = QLocale().language() == QLocale.Language.Chinese
        not_set = self.tr("Not set")
        self.edits = {name: QLineEdit() for name in TEXT_FIELDS}
        self.edits["code"].setPlaceholderText(self.tr("e.g. JT-001"))
        self.edits["national_code"].setPlaceholderText(self.tr("Code on the national investment project platform"))
        self.combos = {
            "category_code": self._combo([(c.name_zh if chinese else c.name_en, c.code) for c in categories]),
            "level": self._combo([(not_set, "")] + [(level_name(v), str(v)) for v in Level]),
            "kind": self._combo([(not_set, "")] + [(kind_name(v), str(v)) for v in Kind]),
            "stage": self._combo([(stage_name(v), str(v)) for v in Stage]),
        }
        self.money = QLineEdit()
        self.money.setPlaceholderText(self.tr("e.g. 1200 or 1.2亿"))
        self.dates = {name: DateLineEdit() for name in DATE_FIELDS}
        self.places = self._location_list(locations)
        self.content, self.notes = TextBox(4), TextBox(2)
        self.content.setMinimumHeight(60)
        self.notes.setMinimumHeight(44)

        cell = registry.cell
        left, right, lower = QGridLayout(), QGridLayout(), QGridLayout()
        first_column: list[QLabel] = []  # labels of the left and lower grids share one width

        def row(grid: QGridLayout, name: str, widget: QWidget, r: int, span: int = 1) -> None:
            label = QLabel(field_name(name))
            label.setContentsMargins(0, 5, 0, 0)
            if grid is not right:
                first_column.append(label)
            grid.addWidget(label, r, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, r, 1, 1, span)

        for r, name in enumerate(("code", "name", "national_code", "category_code", "subcategory", "level", "kind")):
            row(left, name, cell(name, self.edits.get(name) or self.combos[name]), r)
        row(right, "stage", cell("stage", self.combos["stage"]), 0)
        row(right, "total_investment", cell("total_investment", self.money, QLabel(self.tr("10,000 yuan"))), 1)
        for r, name in enumerate(DATE_FIELDS, start=2):
            row(right, name, cell(name, self.dates[name]), r)
        left.setRowStretch(7, 1)
        right.setRowStretch(len(DATE_FIELDS) + 2, 1)
        for grid in (left, right, lower):
            grid.setColumnStretch(1, 1)
            grid.setHorizontalSpacing(8)
            grid.setVerticalSpacing(6)
        row(lower, "locations", cell("locations", self.places), 0, 2)
        row(lower, "content", cell("content", self.content), 1)
        row(lower, "notes", cell("notes", self.notes), 2)
        lower.addWidget(self._plan_box(), 1, 2, 2, 1)
        lower.setColumnMinimumWidth(2, 300)
        lower.setColumnStretch(1, 3)
        lower.setColumnStretch(2, 2)
        lower.setRowStretch(1, 2)
        lower.setRowStretch(2, 1)
        width = max(label.sizeHint().width() for label in first_column)
        for label in first_column:
            label.setMinimumWidth(width)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.setSpacing(18)
        top.addLayout(left, 3)
        top.addLayout(right, 2)
        grid = QVBoxLayout()
        grid.addLayout(top)
        grid.addLayout(lower, 1)
        page = QWidget()
        page.setLayout(grid)
        page.setStyleSheet(READONLY_STYLE)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidget(page)
        self.combos["category_code"].currentIndexChanged.connect(self._on_category_index_changed)

    @staticmethod
    def _combo(items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox()
        for text, data in items:
            box.addItem(text, data)
        return box

    @staticmethod
    def _location_list(locations: list[Location]) -> QListWidget:
        places = QListWidget()
        places.setFlow(QListWidget.Flow.LeftToRight)
        places.setWrapping(True)
        places.setResizeMode(QListWidget.ResizeMode.Adjust)
        places.setUniformItemSizes(True)
        metrics = places.fontMetrics()
        widest = max((metrics.horizontalAdvance(loc.name) for loc in locations), default=80)
        places.setGridSize(QSize(widest + 44, metrics.height() + 12))
        for location in locations:
            item = QListWidgetItem(location.name)
            item.setData(Qt.ItemDataRole.UserRole, location.code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            places.addItem(item)
        places.setFixedHeight(3 * (metrics.height() + 12) + 2 * places.frameWidth() + 8)
        return places

    def _plan_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("From the plan (the plan's own words, not editable)"))
        box.setObjectName("planBox")
        box.setStyleSheet("QGroupBox#planBox { background: #f6f1e3; border: 1px solid #d8cba6; border-radius: 4px;"
                          " margin-top: 16px; padding: 10px 6px 6px 6px; font-weight: bold; }"
                          "QGroupBox#planBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }"
                          "QGroupBox#planBox QLabel, QGroupBox#planBox QPlainTextEdit { font-weight: normal; }")
        self.plan_source, self.plan_target = QLabel(), QLabel()
        self.plan_quote = TextBox(3)
        self.plan_quote.setReadOnly(True)
        self.plan_quote.setStyleSheet("QPlainTextEdit { background: #fffdf5; border: 1px solid #e4dcc2; }")
        for label in (self.plan_source, self.plan_target):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout(box)
        form.addRow(self.tr("Source"), self.plan_source)
        form.addRow(self.tr("Target"), self.plan_target)
        form.addRow(self.tr("Original text"), self.plan_quote)
        return box

    # --- data --------------------------------------------------------------------------------
    def load(self, project: Project) -> None:
        self._loading = True
        try:
            for name, edit in self.edits.items():
                edit.setText(getattr(project, name) or "")
            for name, value in (("category_code", project.category_code), ("level", project.level or ""),
                                ("kind", project.kind or ""), ("stage", project.stage)):
                self.combos[name].setCurrentIndex(max(0, self.combos[name].findData(str(value))))
            self.money.setText(format_money(project.total_investment, "万元")[0])
            for name, edit in self.dates.items():
                edit.set_date(getattr(project, name))
            for row in range(self.places.count()):
                item = self.places.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in project.locations
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.content.setPlainText(project.content)
            self.notes.setPlainText(project.notes)
            self.plan_source.setText(project.plan_source or self.tr("Not from the plan"))
            self.plan_target.setText(project.plan_target or "—")
            self.plan_quote.setPlainText(project.plan_quote)
        finally:
            self._loading = False

    def read(self, project: Project) -> list[ValidationError]:
        """Write the fields into ``project``; return the values that could not be read."""
        errors: list[ValidationError] = []
        text = {name: edit.text().strip() for name, edit in self.edits.items()}
        project.code, project.name, project.subcategory = text["code"], text["name"], text["subcategory"]
        project.national_code = text["national_code"] or None
        data = {name: box.currentData() for name, box in self.combos.items()}
        project.category_code = data["category_code"] or ""
        project.level = Level(data["level"]) if data["level"] else None
        project.kind = Kind(data["kind"]) if data["kind"] else None
        project.stage = Stage(data["stage"])
        project.locations = [self.places.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.places.count())
                             if self.places.item(r).checkState() == Qt.CheckState.Checked]
        project.content = self.content.toPlainText()
        project.notes = self.notes.toPlainText()
        readers = [("total_investment", lambda: parse_money(self.money.text(), "total_investment"))]
        readers += [(name, lambda name=name: parse_date(self.dates[name].text(), name)) for name in DATE_FIELDS]
        for name, reader in readers:
            try:
                setattr(project, name, reader())
            except ValidationError as exc:
                errors.append(exc)
                setattr(project, name, None)
        return errors

    def set_code(self, code: str) -> None:
        self.edits["code"].setText(code)

    def set_readonly(self, readonly: bool, code_readonly: bool) -> None:
        for name, edit in self.edits.items():
            edit.setReadOnly(readonly or (name == "code" and code_readonly))
        for widget in (self.money, *self.dates.values(), self.content, self.notes):
            widget.setReadOnly(readonly)
        for widget in (*self.edits.values(), self.money, *self.dates.values()):
            widget.style().unpolish(widget)  # the read-only look depends on the property just set
            widget.style().polish(widget)
        for box in self.combos.values():
            box.setEnabled(not readonly)
        flags = Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.NoItemFlags if readonly else Qt.ItemFlag.ItemIsUserCheckable)
        for row in range(self.places.count()):
            self.places.item(row).setFlags(flags)

    def _on_category_index_changed(self, _index: int) -> None:
        if not self._loading:
            self.sig_category_changed.emit(self.combos["category_code"].currentData() or "")
