"""What a month shows: its figures per project, the comparison with the previous closed month, and
the rankings. Each panel is handed plain values (snapshots, a comparison); none queries."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain.monthly_snapshot import PeriodSnapshot
from ...domain.monthly_compare import Comparison, LightChange
from ...domain.monthly_rank import Measure, Ranking, Score
from ...domain.status import Light
from ...services.monthly_close import Rankings
from ..tables import list_table
from .labels import light_colours, light_name, money, month_text, pct
from .table import RowsModel


def _light_cell(light: Light | None):  # noqa: ANN202
    return light_colours(light) if light is not None else None


class MonthTable(QWidget):
    """Every project's figures for the month (frozen when the month is closed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.model = RowsModel([
            (self.tr("Code"), lambda s: s.code),
            (self.tr("Project"), lambda s: s.name),
            (self.tr("Location"), lambda s: "、".join(s.location_names)),
            (self.tr("Lead unit"), lambda s: "、".join(s.lead_units)),
            (self.tr("Light"), lambda s: light_name(s.light)),
            (self.tr("Reasons"), lambda s: s.reasons_text),
            (self.tr("Progress %"), lambda s: "" if s.progress_pct is None else f"{s.progress_pct:g}"),
            (self.tr("Invested this month"), lambda s: money(s.invest_month)),
            (self.tr("Year to date"), lambda s: money(s.invest_ytd)),
            (self.tr("Annual plan"), lambda s: money(s.annual_plan)),
            (self.tr("Since start"), lambda s: money(s.invest_since_start)),
            (self.tr("Open problems"), lambda s: s.open_problems or ""),
        ], colours=lambda s, c: _light_cell(s.light) if c == 4 else None, numeric=(6, 7, 8, 9, 10, 11), parent=self)
        self.table = list_table(self.model, (64, 190, 64, 120, 90, 290, 70, 96, 84, 84, 84, 74))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def set_month(self, snaps: Sequence[PeriodSnapshot], frozen: bool, period: str) -> None:
        self.model.set_rows(sorted(snaps, key=lambda s: s.code))
        if frozen:
            self.note.setText(self.tr("Frozen figures of %1 as closed; later edits do not change them. Amounts in "
                                      "10k yuan.")
                              .replace("%1", month_text(period)))
        else:
            self.note.setText(self.tr("%1 is not closed: these figures are computed live and change with every "
                                      "edit until the month is closed. Amounts in 10k yuan.")
                              .replace("%1", month_text(period)))


class ComparisonPanel(QWidget):
    """This month against the latest closed month before it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model = RowsModel([
            (self.tr("Change"), lambda r: r[0]),
            (self.tr("Code"), lambda r: r[1].code),
            (self.tr("Project"), lambda r: r[1].name),
            (self.tr("Before"), lambda r: light_name(r[1].before) if r[1].before else self.tr("(new in the list)")),
            (self.tr("Now"), lambda r: light_name(r[1].after)),
            (self.tr("Reasons now"), lambda r: r[1].reasons_text),
        ], colours=self._colours, parent=self)
        self.table = list_table(self.model, (110, 70, 260, 110, 80, 400))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    @staticmethod
    def _colours(row: tuple[str, LightChange], column: int):  # noqa: ANN205
        if column == 3 and row[1].before is not None:
            return _light_cell(row[1].before)
        if column == 4:
            return _light_cell(row[1].after)
        return None

    def set_comparison(self, comparison: Comparison) -> None:
        if comparison.previous is None:
            self.summary.setText(self.tr("No month before %1 has been closed yet, so there is nothing to compare "
                                         "with. Close a month to start the comparison.")
                                 .replace("%1", month_text(comparison.period)))
            self.model.set_rows([])
            return
        lines = [
            self.tr("%1 compared with %2 (the latest closed month before it):")
            .replace("%1", month_text(comparison.period)).replace("%2", month_text(comparison.previous)),
            self.tr("Red %1 (was %2), yellow %3 (was %4), green %5 (was %6).")
            .replace("%1", str(comparison.count(Light.RED))).replace("%2", str(comparison.count(Light.RED, True)))
            .replace("%3", str(comparison.count(Light.YELLOW)))
            .replace("%4", str(comparison.count(Light.YELLOW, True)))
            .replace("%5", str(comparison.count(Light.GREEN))).replace("%6", str(comparison.count(Light.GREEN, True))),
            self.tr("New red %1, new yellow %2, red to yellow %3, back to normal %4; milestones completed %5; "
                    "problems raised %6, solved %7; investment added %8 (10k yuan).")
            .replace("%1", str(len(comparison.new_reds))).replace("%2", str(len(comparison.new_yellows)))
            .replace("%3", str(len(comparison.eased))).replace("%4", str(len(comparison.recovered)))
            .replace("%5", str(comparison.milestones_completed)).replace("%6", str(comparison.problems_raised))
            .replace("%7", str(comparison.problems_solved)).replace("%8", money(comparison.investment_added) or "0"),
        ]
        self.summary.setText("\n".join(lines))
        rows = ([(self.tr("New red"), c) for c in comparison.new_reds]
                + [(self.tr("New yellow"), c) for c in comparison.new_yellows]
                + [(self.tr("Red to yellow"), c) for c in comparison.eased]
                + [(self.tr("Back to normal"), c) for c in comparison.recovered])
        self.model.set_rows(rows)


class RankingPanel(QWidget):
    """Places, lead units or projects, ranked by either measure, with the formulas beside them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rankings: Rankings | None = None
        self.group_box = QComboBox()
        self.group_box.addItem(self.tr("Counties, districts and zones"), "locations")
        self.group_box.addItem(self.tr("Lead units"), "units")
        self.group_box.addItem(self.tr("Projects (monthly contest)"), "projects")
        self.measure_box = QComboBox()
        self.measure_box.addItem(self.tr("On-schedule rate"), str(Measure.SCHEDULE))
        self.measure_box.addItem(self.tr("Investment against schedule"), str(Measure.INVESTMENT))
        self.named = QLabel()
        self.named.setWordWrap(True)
        self.formulas = QLabel(self.tr(
            "On-schedule rate = green ÷ (green + yellow + red); completed projects, projects before their planned "
            "start, projects without planned dates and suspended projects are left out. Investment against "
            "schedule = invested this year ÷ (annual plan × share of the year elapsed at the month end); every "
            "project with an annual plan counts, a missing figure as 0. Ties: the other measure, then the name."))
        self.formulas.setWordWrap(True)
        self.formulas.setStyleSheet("color: #475569;")
        self.model = RowsModel([
            (self.tr("Rank"), lambda r: r.rank if r.rank is not None else self.tr("not ranked")),
            (self.tr("Name"), lambda r: r.name),
            (self.tr("Judged"), lambda r: r.judged),
            (self.tr("Green"), lambda r: r.green),
            (self.tr("Yellow"), lambda r: r.yellow),
            (self.tr("Red"), lambda r: r.red),
            (self.tr("On-schedule rate"), lambda r: pct(r.on_schedule_rate)),
            (self.tr("Annual plan (10k yuan)"), lambda r: money(r.annual_plan) if r.has_plan else ""),
            (self.tr("Planned to date (10k yuan)"), lambda r: money(r.planned_to_date) if r.has_plan else ""),
            (self.tr("Invested this year (10k yuan)"), lambda r: money(r.completed_ytd) if r.has_plan else ""),
            (self.tr("Investment against schedule"), lambda r: pct(r.investment_rate)),
        ], colours=self._colours, numeric=(0, 2, 3, 4, 5, 6, 7, 8, 9, 10), parent=self)
        self.table = list_table(self.model, (60, 260, 60, 50, 50, 50, 100, 110, 120, 120, 110))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Rank")))
        bar.addWidget(self.group_box)
        bar.addWidget(QLabel(self.tr("by")))
        bar.addWidget(self.measure_box)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.named)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.formulas)
        self.group_box.currentIndexChanged.connect(self._show)
        self.measure_box.currentIndexChanged.connect(self._show)

    def _colours(self, row: Score, column: int):  # noqa: ANN202
        ranking = self.current_ranking()
        if ranking is None or column not in (0, 1) or row.rank is None:
            return None
        if row in ranking.top:
            return (QColor("#E2EFDA"), None)
        if row in ranking.bottom:
            return (QColor("#FDE2E1"), None)
        return None

    def set_rankings(self, rankings: Rankings) -> None:
        self._rankings = rankings
        self._show()

    def current_ranking(self) -> Ranking | None:
        if self._rankings is None:
            return None
        group = self.group_box.currentData()
        by_investment = self.measure_box.currentData() == str(Measure.INVESTMENT)
        name = group + ("_by_investment" if by_investment else "")
        return getattr(self._rankings, name)

    def _show(self) -> None:
        ranking = self.current_ranking()
        if ranking is None:
            return
        self.model.set_rows(ranking.rows)

        def names(rows: Sequence[Score]) -> str:
            return "、".join(f"{r.name}（{pct(r.measure(ranking.measure))}）" for r in rows) or self.tr("none")

        self.named.setText(self.tr("Top three: %1.   Bottom three: %2.").replace("%1", names(ranking.top))
                           .replace("%2", names(ranking.bottom)))
