"""The monthly circular (月度调度通报): its figures, rankings, red list and overdue problems, as a file."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from ..domain.monthly import period_end, period_label
from ..domain.monthly_snapshot import PeriodSnapshot
from ..domain.monthly_compare import Comparison, LightChange
from ..domain.monthly_rank import FORMULA_NOTES, Score, scores
from ..domain.status import Light
from ..domain.values import format_money
from ..exchange.circular import WRITE_STEPS, CircularContent, Figure, RankTable, write_circular
from ..exchange.problems import Cancelled
from ..exchange.progress_sheet import Cancel, Progress
from . import monthly_close
from .monthly_problems import overdue_items
from .workspace import Workspace

TITLE = "济宁市新型城镇化重点项目{month}调度通报"


def _sum(values: Sequence[Decimal | None]) -> Decimal | None:
    known = [v for v in values if v is not None]
    return sum(known, Decimal(0)) if known else None


def _overall(snaps: Sequence[PeriodSnapshot]) -> Score:
    found = scores(snaps, lambda s: [("all", "全市", "")])
    return found[0] if found else Score("all", "全市")


def figures(snaps: Sequence[PeriodSnapshot], previous: Sequence[PeriodSnapshot] | None,
            comparison: Comparison) -> list[Figure]:
    """总体情况: this month and (when there is one) the previous closed month."""

    def both(measure) -> tuple[object, object]:  # noqa: ANN001
        return measure(snaps), (measure(previous) if previous is not None else None)

    def count(predicate):  # noqa: ANN001, ANN202
        return lambda rows: sum(1 for s in rows if predicate(s))

    lines: list[tuple[str, object, str]] = [
        ("纳入调度项目（个）", len, "int"),
        ("应报项目（个）", count(lambda s: s.report_due), "int"),
        ("已报项目（个）", count(lambda s: s.report_due and s.reported), "int"),
        ("未报项目（个）", count(lambda s: s.report_due and not s.reported), "int"),
        ("红灯项目（个）", count(lambda s: s.light == Light.RED), "int"),
        ("黄灯项目（个）", count(lambda s: s.light == Light.YELLOW), "int"),
        ("绿灯项目（个）", count(lambda s: s.light == Light.GREEN), "int"),
        ("按期推进率（%）", lambda rows: _overall(rows).on_schedule_rate, "percent"),
        ("本月完成投资（万元）", lambda rows: _sum([s.invest_month for s in rows]), "money"),
        ("本年累计完成投资（万元）", lambda rows: _sum([s.invest_ytd for s in rows]), "money"),
        ("年度计划投资（万元）", lambda rows: _sum([s.annual_plan for s in rows]), "money"),
        ("序时计划投资（万元）", lambda rows: _overall(rows).planned_to_date if _overall(rows).has_plan else None,
         "money"),
        ("投资序时完成率（%）", lambda rows: _overall(rows).investment_rate, "percent"),
        ("开工以来累计完成投资（万元）", lambda rows: _sum([s.invest_since_start for s in rows]), "money"),
        ("未解决问题（个）", lambda rows: sum(s.open_problems for s in rows), "int"),
        ("其中逾期（个）", lambda rows: sum(s.overdue_problems for s in rows), "int"),
    ]
    result = [Figure(label, *both(measure), kind) for label, measure, kind in lines]  # type: ignore[arg-type]
    if comparison.previous is not None:
        result += [
            Figure("本期新提问题（个）", comparison.problems_raised, None, "int"),
            Figure("本期解决问题（个）", comparison.problems_solved, None, "int"),
            Figure("本期完成节点（个）", comparison.milestones_completed, None, "int"),
        ]
    return result


def _names(changes: Sequence[LightChange], limit: int = 10) -> str:
    names = "、".join(c.name for c in changes[:limit])
    return names + (f"等{len(changes)}个" if len(changes) > limit else "")


def change_lines(comparison: Comparison) -> list[str]:
    if comparison.previous is None:
        return ["此前没有已结账的月份，本期不作对比。"]
    money, unit = format_money(comparison.investment_added, "万元")
    parts = [
        f"新增红灯{len(comparison.new_reds)}个" + (f"（{_names(comparison.new_reds)}）" if comparison.new_reds else ""),
        f"新增黄灯{len(comparison.new_yellows)}个" + (f"（{_names(comparison.new_yellows)}）" if comparison.new_yellows else ""),
        f"由红转黄{len(comparison.eased)}个" + (f"（{_names(comparison.eased)}）" if comparison.eased else ""),
        f"恢复正常{len(comparison.recovered)}个" + (f"（{_names(comparison.recovered)}）" if comparison.recovered else ""),
        f"完成节点{comparison.milestones_completed}个",
        f"新提问题{comparison.problems_raised}个、解决问题{comparison.problems_solved}个",
        f"开工累计完成投资增加{money or '0'}{unit or '万元'}",
    ]
    return [f"与上期（{period_label(comparison.previous)}）相比：" + "；".join(parts) + "。"]


def circular_content(ws: Workspace, period: str, today: date | None = None) -> CircularContent:
    current = monthly_close.month(ws, period)
    snaps = current.snapshots
    before = monthly_close.previous_closed(ws, period)
    previous = monthly_close.frozen_snapshot(ws, before) if before else None
    comparison = monthly_close.comparison(ws, period, current)
    ranks = monthly_close.rankings(snaps)
    end = period_end(period)
    today = today or date.today()
    if current.frozen and current.closure is not None:
        subtitle = (f"数据截至{end.year}年{end.month}月{end.day}日；已于{current.closure.closed_at[:10]}结账"
                    f"（{current.closure.closed_by}）")
    elif current.closure is not None:
        subtitle = (f"数据截至{end.year}年{end.month}月{end.day}日；本月已于{(current.closure.reopened_at or '')[:10]}"
                    f"重新打开（原因：{current.closure.reopen_reason}），以下为{today.isoformat()}的实时数据，"
                    "重新结账后以结账数据为准")
    else:
        subtitle = (f"数据截至{end.year}年{end.month}月{end.day}日；本月尚未结账，以下为{today.isoformat()}的实时数据，"
                    "结账后以结账数据为准")
    title = TITLE.format(month=period_label(period)) + ("（演示数据）" if ws.is_demo else "")
    reds = sorted((s for s in snaps if s.light == Light.RED), key=lambda s: s.code)
    places = {s.code: "、".join(s.location_names) for s in snaps}
    return CircularContent(
        title=title, subtitle=subtitle, figures=figures(snaps, previous, comparison),
        changes=change_lines(comparison),
        tables=[RankTable("（一）县（市、区）及功能区", "县（市、区）", ranks.locations, ranks.locations_by_investment),
                RankTable("（二）牵头单位", "牵头单位", ranks.units, ranks.units_by_investment)],
        contest=RankTable("项目比拼", "项目名称", ranks.projects, ranks.projects_by_investment, places),
        reds=reds, new_red_ids=frozenset(c.project_id for c in comparison.new_reds),
        overdue=overdue_items(ws, min(end, today)), notes=FORMULA_NOTES,
        previous_label=period_label(before) if before else "",
        extra_notes=("金额单位为万元；百分比保留一位小数。红灯原因为结账时（或导出时）的判断依据。",),
    )


def export_circular(ws: Workspace, period: str, out_path: Path, today: date | None = None,
                    progress: Progress | None = None, cancel: Cancel | None = None) -> CircularContent:
    """Write the circular of ``period`` to ``out_path`` (.xlsx, atomically); return what it holds.

    ``progress(done, total)`` follows its steps (the month's figures, then each part of the sheet);
    ``cancel()`` is polled between them and stops it with ``Cancelled``, leaving no file.
    """
    total, done = WRITE_STEPS + 1, 0

    def step() -> None:
        nonlocal done
        if cancel is not None and cancel():
            raise Cancelled()
        done += 1
        if progress is not None:
            progress(done, total)

    content = circular_content(ws, period, today)
    step()
    write_circular(Path(out_path), content, step)
    return content
