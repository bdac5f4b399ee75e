"""Investment by category: this year's plan beside what was completed, with totals in the labels.

Drawing only: the sums come from ``domain.dashboard_data.investment_by_category``. Total
investment is an order of magnitude above a year's figures, so it is written in the row labels
and the summary line rather than drawn on the same scale. When no shown project has any figure
(the plan-only database) the plot gives way to a sentence that says what is missing and where to
enter it.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from ...domain.dashboard_data import InvestmentRow, InvestmentTable
from ...domain.values import WAN_PER_YI
from . import chart_style as cs
from .export import ChartFrame, chart_font
from .labels import figure_name, keep_together
from .plotting import RowAxis, TextPool, brush, pen, plot_widget, style_axis

#: The two figures drawn as bars, each row: (field, offset from the row centre).
BARS: tuple[tuple[str, float], ...] = (("annual_plan", -0.18), ("invest_ytd", 0.18))
BAR_HEIGHT = 0.34
MIN_ROWS = 6  # one category must not fill the plot with two giant bars


def yi(amount: Decimal | None) -> str:
    """万元 → "12.34" 亿元 (two decimals), or an em dash for no figure."""
    if amount is None:
        return "—"
    return f"{amount / WAN_PER_YI:,.2f}"


class InvestmentChart(ChartFrame):
    """Per category: this year's planned and completed investment (亿元), or an empty state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Investment by category"), self.tr("investment-by-category"), parent)
        self._table: InvestmentTable | None = None
        self._year = 0
        self.summary = QLabel()
        self.summary.setFont(chart_font())
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.axis = RowAxis(width=260)
        self.plot = plot_widget(self, {"left": self.axis})
        item = self.plot.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.getViewBox().invertY(True)
        style_axis(item.getAxis("bottom"), self.tr("100 million yuan (亿元)"))
        item.showGrid(x=True, y=False, alpha=0.18)
        self.bars: dict[str, pg.BarGraphItem] = {}
        for field, _offset in BARS:
            colour = cs.INVESTMENT_COLOURS[field]
            bar = pg.BarGraphItem(x0=[], y=[], width=[], height=BAR_HEIGHT, pen=pen(cs.INK, 0.6), brush=brush(colour))
            item.addItem(bar)
            self.bars[field] = bar
        self.texts = TextPool(item)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setFont(chart_font())
        self.empty_label.setStyleSheet(f"color: {cs.MUTED_INK}; padding: 24px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plot)
        self.stack.addWidget(self.empty_label)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.stack, 1)
        self.take_context_menu(self.plot)
        self.take_context_menu(self.empty_label)

    def set_table(self, table: InvestmentTable, year: int) -> None:
        """Show ``table`` (from ``investment_by_category``) for the as-of ``year``."""
        self._table = table
        self._year = year
        if table.empty:
            self.summary.setText("")
            self.empty_label.setText(self.empty_text(table, year))
            self.stack.setCurrentWidget(self.empty_label)
            return
        self.summary.setText(self._summary_html(table.total, year))
        if not any(table.total.known(field) for field, _ in BARS):  # totals only: no bar to draw
            self.empty_label.setText(self.tr(
                "None of the %1 projects shown has an annual investment plan or completed investment for %2, "
                "the two figures the bars compare. Enter them in the monthly reports (月调度) or import an "
                "office's project ledger (文件 ▸ Excel).").replace("%1", str(table.total.project_count))
                .replace("%2", str(year)))
            self.stack.setCurrentWidget(self.empty_label)
            return
        self.stack.setCurrentWidget(self.plot)
        self._draw(table.rows)

    def is_empty_state(self) -> bool:
        return self.stack.currentWidget() is self.empty_label

    def empty_text(self, table: InvestmentTable, year: int) -> str:
        n = table.total.project_count
        if n == 0:
            return self.tr("No project matches the current filter.")
        return self.tr(
            "No investment figures yet: none of the %1 projects shown has a total investment, an annual "
            "investment plan for %2 or a reported investment.\n\nEnter the total investment in the project "
            "editor, the annual plan and completed investment in the monthly reports (月调度), or import an "
            "office's project ledger (文件 ▸ Excel)."
        ).replace("%1", str(n)).replace("%2", str(year))

    def _summary_html(self, total: InvestmentRow, year: int) -> str:
        """Line 1: totals; line 2: the two figures drawn as bars (the legend) and the completion rate."""

        def figure(field: str) -> str:
            mark = ""
            if field in dict(BARS):
                mark = f'<span style="color:{cs.INVESTMENT_COLOURS[field]}; font-size:large">■</span>&nbsp;'
            text = f"{mark}{keep_together(escape(figure_name(field)))}&nbsp;<b>{yi(getattr(total, field))}</b>"
            known = total.known(field)
            if getattr(total, field) is not None and known < total.project_count:
                coverage = self.tr("(%1 of %2 projects)").replace("%1", str(known)).replace("%2", str(total.project_count))
                text += f'&nbsp;<span style="color:{cs.MUTED_INK}">{keep_together(escape(coverage))}</span>'
            return text

        unit = keep_together(escape(self.tr("Unit: 100 million yuan")))
        first = [figure("total_investment"), figure("invest_since_start"),
                 f'<span style="color:{cs.MUTED_INK}">{unit}</span>']
        second = [figure(field) for field, _ in BARS]
        rate = _rate(total)
        if rate is not None:
            label = self.tr("%1 plan completed:").replace("%1", str(year))
            second.append(f"{keep_together(escape(label))}&nbsp;<b>{rate:.1f}%</b>")
        return (f'<span style="color:{cs.INK}">' + " &nbsp;&nbsp; ".join(first) + "<br>"
                + " &nbsp;&nbsp; ".join(second) + "</span>")

    def _draw(self, rows: tuple[InvestmentRow, ...]) -> None:
        labels = []
        for row in rows:
            label = row.category_name
            if row.total_investment is not None:
                label += "  " + self.tr("total %1").replace("%1", yi(row.total_investment))
            labels.append(label)
        self.axis.set_labels(labels)
        widest = 0.0
        font = chart_font(9.5)
        self.texts.begin()
        for field, offset in BARS:
            values = [float(getattr(r, field) or 0) / float(WAN_PER_YI) for r in rows]
            self.bars[field].setOpts(x0=[0.0] * len(rows), y=[i + offset for i in range(len(rows))],
                                     width=values, height=BAR_HEIGHT)
            widest = max([widest, *values])
            for i, r in enumerate(rows):
                shown = yi(getattr(r, field))
                if field == "invest_ytd" and _rate(r) is not None:
                    shown += f" ({_rate(r):.0f}%)"
                self.texts.add(shown, cs.INK, values[i], i + offset, (-0.05, 0.5), font)
        self.texts.end()
        view = self.plot.getPlotItem().getViewBox()
        view.setRange(xRange=(0, max(widest, 0.01) * 1.28), yRange=(-0.6, max(MIN_ROWS, len(rows)) - 0.4),
                      padding=0)


def _rate(row: InvestmentRow) -> float | None:
    """Completed this year as a percentage of this year's plan, when both are known."""
    if row.annual_plan is None or row.invest_ytd is None or row.annual_plan <= 0:
        return None
    return float(row.invest_ytd / row.annual_plan * 100)
