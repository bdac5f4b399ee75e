"""Use cases of the month's reporting (月度填报): who owes a report, who sent one, filling it in.

Investment totals that were not typed are derived, never stored: a report keeps exactly what the
unit typed (``None`` for a total left blank), and :func:`jnprojects.domain.monthly.derive_investment`
computes 本年累计 and 开工累计 from the months before whenever they are shown or frozen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..bulk import gc_paused
from ..domain.errors import ValidationError
from ..domain.model import ProgressReport, Stage
from ..domain.monthly import (
    Cycle,
    Investment,
    covering_periods,
    derive_investment,
    period_end,
    period_of,
    preview_investment,
    report_due,
    reporting_cycle,
)
from ..domain.query import ProjectFilter
from ..domain.values import money_to_db
from ..store import periods, reports
from ..store import projects as project_store
from ..store import problems as problem_store
from . import status as status_service
from .changes import Changes
from .workspace import Workspace

def current_period(today: date | None = None) -> str:
    """The month being reported: the current calendar month."""
    return period_of(today or date.today())


@dataclass(frozen=True)
class ReportingRow:
    """One project on the reporting screen for a month."""

    project_id: int
    code: str
    name: str
    stage: Stage
    cycle: Cycle
    due: bool                  # owes a report for this month
    reported: bool             # sent one for this month (quarterly: in this quarter, up to the month)
    report: ProgressReport | None  # the report of this very month, if any
    investment: Investment
    location_codes: tuple[str, ...] = ()
    location_names: tuple[str, ...] = ()
    lead_units: tuple[str, ...] = ()
    lead_unit_ids: tuple[int, ...] = ()
    open_problems: int = 0
    overdue_problems: int = 0

    @property
    def missing(self) -> bool:
        return self.due and not self.reported


@dataclass(frozen=True)
class ReportingFilter:
    location: str | None = None
    unit_id: int | None = None  # lead unit
    missing_only: bool = False
    due_only: bool = False
    ids: frozenset[int] | None = None  # only these projects (rows re-read after a report is saved)

    def matches_place(self, item: ReportingRow | periods.ProjectContext) -> bool:
        """Whether a row (or a project's context) is in the chosen place and has the chosen lead unit."""
        return ((not self.location or self.location in item.location_codes)
                and (self.unit_id is None or self.unit_id in item.lead_unit_ids))

    def keeps(self, row: ReportingRow) -> bool:
        """Whether ``row`` passes every criterion but ``ids`` (which the query applies)."""
        return (self.matches_place(row) and not (self.missing_only and not row.missing)
                and not (self.due_only and not row.due))


@gc_paused()  # hundreds of thousands of kept objects at province scale: collector passes freed nothing
def reporting_status(ws: Workspace, period: str, flt: ReportingFilter = ReportingFilter(),
                     as_of: date | None = None) -> list[ReportingRow]:
    """Every project (or those the filter keeps) with its duty, report and figures for ``period``.

    Problem counts are as of ``as_of`` (default: the month end, or today when that is later than
    today — an open month is judged as it stands).
    """
    end = period_end(period)
    if as_of is None:
        as_of = min(end, date.today())
    # The duty and the figures need no milestone.
    facts = status_service.facts(ws, end, ProjectFilter(ids=flt.ids), every_milestone=False)
    context = periods.project_context(ws.db, flt.ids)
    history = periods.report_history(ws.db, period, flt.ids)
    this_month = periods.reports_of_month(ws.db, period, flt.ids)
    counts = problem_store.open_counts(ws.db, as_of)
    rows: list[ReportingRow] = []
    for f in facts:
        ctx = context.get(f.id) or periods.ProjectContext()
        if not flt.matches_place(ctx):
            continue
        own = history.get(f.id, [])
        covering = covering_periods(f, period)
        row = ReportingRow(
            project_id=f.id, code=f.code, name=f.name, stage=f.stage, cycle=reporting_cycle(f.stage),
            due=report_due(f, period), reported=any(r.period in covering for r in own), report=this_month.get(f.id),
            investment=derive_investment(own, period, f.annual_plan, f.total_investment),
            location_codes=ctx.location_codes, location_names=ctx.location_names, lead_units=ctx.lead_units,
            lead_unit_ids=ctx.lead_unit_ids, open_problems=counts.get(f.id, (0, 0))[0],
            overdue_problems=counts.get(f.id, (0, 0))[1],
        )
        if flt.keeps(row):
            rows.append(row)
    return rows


def missing_reports(ws: Workspace, period: str, flt: ReportingFilter = ReportingFilter()) -> list[ReportingRow]:
    """Projects that owe a report for ``period`` and have not sent one."""
    return reporting_status(ws, period, ReportingFilter(flt.location, flt.unit_id, missing_only=True))


def _check_pct(value: float | None) -> None:
    if value is not None and not 0 <= value <= 100:
        raise ValidationError("percent_range", "progress_pct", {"value": str(value)})


def save_report(ws: Workspace, project_id: int, period: str, progress_text: str, progress_pct: float | None,
                invest_month: Decimal | None, invest_ytd: Decimal | None = None,
                invest_since_start: Decimal | None = None) -> Changes:
    """Write the month's report as typed (blank totals stay blank and are derived when shown).

    The unit's free-text note (``problems``) of an existing report is kept as it was. A report
    with nothing in it is refused (``empty_report``): it would mark the project as reported.
    """
    period_end(period)  # validates the month
    if not progress_text.strip() and progress_pct is None and invest_month is None and invest_ytd is None \
            and invest_since_start is None:
        raise ValidationError("empty_report", "progress_text")
    _check_pct(progress_pct)
    for name, amount in (("invest_month", invest_month), ("invest_ytd", invest_ytd),
                         ("invest_since_start", invest_since_start)):
        if amount is not None and amount < 0:
            raise ValidationError("negative_money", name, {"value": str(amount)})
    old = periods.report(ws.db, project_id, period)
    report = ProgressReport(project_id, period, progress_text.strip(), progress_pct, invest_month, invest_ytd,
                            invest_since_start, problems=old.problems if old else "")
    changed = reports.upsert(ws.db, [report], ws.user)
    return Changes(projects=frozenset({project_id}), reports=True) if changed else Changes()


def last_month_text(ws: Workspace, project_id: int, period: str) -> str | None:
    """The 形象进度 text of the latest report before ``period`` (复制上月内容), or ``None``."""
    earlier = periods.latest_report_before(ws.db, project_id, period)
    return earlier.progress_text if earlier else None


def investment(ws: Workspace, project_id: int, period: str) -> Investment:
    year = int(period[:4])
    history = periods.report_history(ws.db, period, [project_id]).get(project_id, [])
    plan = periods.annual_plans(ws.db, year).get(project_id)
    return derive_investment(history, period, plan, project_store.get(ws.db, project_id).total_investment)


def investment_preview(ws: Workspace, project_id: int, period: str, invest_month: Decimal | None,
                       invest_ytd: Decimal | None = None, invest_since_start: Decimal | None = None) -> Investment:
    """What the month would show with these typed figures (the editor's live 推算 values)."""
    current = investment(ws, project_id, period)
    history = periods.report_history(ws.db, period, [project_id]).get(project_id, [])
    return preview_investment(history, period, invest_month, invest_ytd, invest_since_start, current.annual_plan,
                              current.total_investment)


def annual_plan(ws: Workspace, project_id: int, year: int) -> Decimal | None:
    return periods.annual_plans(ws.db, year).get(project_id)


def set_annual_plan(ws: Workspace, project_id: int, year: int, amount: Decimal) -> Changes:
    """Set (or change, mid-year included) a project's annual investment plan, logged."""
    if amount < 0:
        raise ValidationError("negative_money", "annual_plan", {"value": str(amount)})
    reports.set_annual_plans(ws.db, [(project_id, year, money_to_db(amount) or "0")], ws.user)
    return Changes(projects=frozenset({project_id}), reports=True)
