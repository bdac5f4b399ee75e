"""Export the progress sheet 推进情况表 as of a date for the projects a filter shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from .. import __version__
from ..domain.model import Milestone
from ..domain.monthly_problems import problems_text
from ..domain.query import ProjectFilter
from ..domain.status import Light, MilestoneState
from ..domain.status_text import reason_text
from ..exchange.layout import FORMAT_VERSION, KIND_PROGRESS
from ..exchange.progress_sheet import (
    Cancel,
    CategoryGroup,
    IndicatorRow,
    MilestoneRow,
    Progress,
    ProgressRow,
    ProgressSheetData,
    write_progress_sheet,
)
from ..store import imports as import_store
from ..store import indicators as indicator_store
from ..store import problems as problem_store
from . import status as status_service
from .excel_common import database_id, period_of, scope_text
from .workspace import Workspace


@dataclass(frozen=True)
class ExportResult:
    path: Path
    projects: int
    milestones: int


def milestone_state_text(milestone: Milestone, state: MilestoneState, as_of: date) -> str:
    """'已完成（2025-06-25）', '逾期12天', '15天后到期', '今天到期', '未到期', '无计划日期'."""
    if state == MilestoneState.DONE:
        return f"已完成（{milestone.actual_date.isoformat()}）" if milestone.actual_date else "已完成"
    if state == MilestoneState.OVERDUE and milestone.planned_date:
        return f"逾期{(as_of - milestone.planned_date).days}天"
    if state == MilestoneState.DUE_SOON and milestone.planned_date:
        days = (milestone.planned_date - as_of).days
        return "今天到期" if days == 0 else f"{days}天后到期"
    if state == MilestoneState.UPCOMING:
        return "未到期"
    return "无计划日期"


def current_milestone(milestones: tuple[Milestone, ...], states: tuple[MilestoneState, ...]) -> str:
    """The first milestone not yet done, with its planned date; '全部完成' when all are done."""
    for milestone, state in zip(milestones, states):
        if state != MilestoneState.DONE:
            when = f"（计划{milestone.planned_date.isoformat()}）" if milestone.planned_date else ""
            return f"{milestone.name}{when}"
    return "全部完成" if milestones else ""


def build_data(ws: Workspace, as_of: date, flt: ProjectFilter = ProjectFilter()) -> ProgressSheetData:
    """Everything the workbook shows, read in a handful of queries."""
    loaded = status_service.facts(ws, as_of, flt)  # loaded once: the snapshots reuse it
    snaps = status_service.snapshots_of(ws, loaded, as_of)
    facts = {f.id: f for f in loaded}
    extras = import_store.project_extras(ws.db)
    open_problems = problem_store.descriptions(ws.db, as_of)
    groups: dict[str, CategoryGroup] = {}
    milestones: list[MilestoneRow] = []
    for snap in snaps:
        fact, extra = facts[snap.id], extras[snap.id]
        status = snap.status
        states = status.milestone_states
        # Informational reasons (green) still explain a light, so every reason is listed.
        reasons = "；".join(reason_text(r) for r in status.reasons)
        row = ProgressRow(
            code=snap.code, name=snap.name, category_name=snap.category_name, locations=extra.locations,
            content=extra.content, total_investment=snap.total_investment, planned_start=snap.planned_start,
            planned_end=snap.planned_end, actual_start=snap.actual_start, actual_end=snap.actual_end,
            milestone=current_milestone(snap.milestones, states), progress_text=fact.progress_text,
            light=str(Light(status.light)), reasons=reasons, problems=problems_text(open_problems.get(snap.id, [])), lead=extra.lead,
            coop=extra.coop, contact=extra.contact,
        )
        groups.setdefault(snap.category_code, CategoryGroup(snap.category_name, [])).rows.append(row)
        for milestone, state in zip(snap.milestones, states):
            milestones.append(MilestoneRow(snap.code, snap.name, milestone.seq, milestone.name, milestone.weight,
                                           milestone.planned_date, milestone.actual_date, str(state),
                                           milestone_state_text(milestone, state, as_of)))
    values = indicator_store.values_by_seq(ws.db)
    years = sorted({year for series in values.values() for year, _ in series if year <= as_of.year})
    indicators = [
        IndicatorRow(i.seq, i.group_name, i.name, i.unit, i.value_2021, i.target_2025, i.target_2035, i.direction,
                     {year: value for year, value in values.get(i.seq, [])})
        for i in indicator_store.all_indicators(ws.db)
    ]
    scope = scope_text(ws, flt)
    key = {"format_version": str(FORMAT_VERSION), "kind": KIND_PROGRESS, "database_id": database_id(ws),
           "period": period_of(as_of), "as_of": as_of.isoformat(), "scope": scope,
           "created_at": datetime.now().isoformat(timespec="seconds"), "app_version": __version__}
    return ProgressSheetData(as_of, scope, list(groups.values()), milestones, indicators, years, key)


def export_progress_sheet(ws: Workspace, out_path: Path | str, as_of: date, flt: ProjectFilter = ProjectFilter(),
                          progress: Progress | None = None, cancel: Cancel | None = None) -> ExportResult:
    """Write 推进情况表 (with 里程碑 and 规划指标) to ``out_path``.

    Works on a read-only workspace (the export worker opens its own read-only connection). The
    file appears only when complete; on error or cancel (``Cancelled``) an older file at
    ``out_path`` is left as it was. ``progress(done, total)`` is called as rows are written and
    ``cancel()`` polled as often.
    """
    data = build_data(ws, as_of, flt)
    write_progress_sheet(data, Path(out_path), progress, cancel)
    return ExportResult(Path(out_path), sum(len(g.rows) for g in data.groups), len(data.milestones))
