"""A demo database for rehearsing charts and reviews: generated schedules, units and progress.

Everything generated here is fiction and the database is marked as demo (the window shows a
演示数据 banner); unit names end in “（演示）” so no figure can be mistaken for an office's fact.
The generator is seeded, so every demo database is the same.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from ..domain.milestone_templates import template_for
from ..domain.model import Assignment, Milestone, ProgressReport, Role, Stage, Unit
from ..domain.monthly_problems import Problem, ProblemLevel, ProblemState
from ..store import indicators as indicator_store
from ..store import problems as problem_store
from ..store import projects as project_store
from ..store import reference, reports
from .workspace import DEMO_SETTING, Workspace

DEMO_SEED = 20260101
DEMO_UNITS = (
    "市发展改革委（演示）", "市交通运输局（演示）", "市住房城乡建设局（演示）", "市生态环境局（演示）",
    "市大数据中心（演示）", "市文化和旅游局（演示）", "市能源局（演示）", "市水务局（演示）",
    "任城区人民政府（演示）", "邹城市人民政府（演示）", "曲阜市人民政府（演示）", "兖州区人民政府（演示）",
    "济宁高新区管委会（演示）", "市城投集团（演示）",
)


def fill_demo(ws: Workspace, today: date | None = None) -> None:
    """Give every project a plausible schedule, units, milestones and monthly reports up to ``today``."""
    today = today or date.today()
    rng = random.Random(DEMO_SEED)
    db = ws.db
    with db.atomic():
        db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, '1')", [DEMO_SETTING])
        for name in DEMO_UNITS:
            reference.add_unit(db, Unit(name, contact_person="演示联系人", phone="0537-0000000"), ws.user)
        for row in project_store.list_rows(db):
            project = project_store.get(db, row.id)
            _schedule(project, rng, today)
            lead, coop = rng.sample(DEMO_UNITS, 2)
            project.assignments = [Assignment(lead, Role.LEAD, "演示联系人", "0537-0000000"),
                                   Assignment(coop, Role.COOP)]
            project_store.save(db, project, ws.user)
            _reports(ws, project, rng, today)
        _indicator_values(ws, rng)
        # Its own generator, so the schedules and reports above stay what they were before.
        _problems(ws, random.Random(DEMO_SEED + 1), today)


def _schedule(project, rng: random.Random, today: date) -> None:
    start = date(rng.choice((2023, 2024, 2025, 2026, 2027)), rng.randint(1, 12), 1)
    end = start + timedelta(days=rng.randint(360, 1460))
    project.planned_start, project.planned_end = start, end
    project.total_investment = Decimal(rng.randrange(2_000, 800_000, 100))
    nodes = template_for(project.category_code)
    span = (end - start).days
    milestones: list[Milestone] = []
    for index, node in enumerate(nodes, start=1):
        planned = start + timedelta(days=int(span * index / (len(nodes) + 1)) - 120)
        actual = None
        if planned <= today:
            # Most past nodes are done, some late; a few recent ones are still open (yellow/red).
            done = rng.random() < (0.99 if (today - planned).days > 60 else 0.7)
            slip = rng.choice((-10, 0, 0, 0, 5, 15, 40))
            if done and planned + timedelta(days=slip) <= today:
                actual = planned + timedelta(days=slip)
        milestones.append(Milestone(node.name, planned, actual, node.weight,
                                    planned + timedelta(days=730) if node.valid_until is not None else None))
    project.milestones = milestones
    if rng.random() < 0.05:
        project.stage = Stage.SUSPENDED
    elif end < today and rng.random() < 0.9:
        project.stage, project.actual_start, project.actual_end = Stage.COMPLETED, start, end
    elif start <= today:
        late = rng.random() < 0.06
        project.stage = Stage.PREPARATION if late else Stage.CONSTRUCTION
        project.actual_start = None if late else start + timedelta(days=rng.randint(0, 60))
        if project.actual_start and project.actual_start > today:
            project.actual_start = today
    else:
        project.stage = Stage.PREPARATION


def _reports(ws: Workspace, project, rng: random.Random, today: date) -> None:
    if project.actual_start is None:
        return
    total = project.total_investment or Decimal(0)
    end = project.actual_end or today
    months = _months(project.actual_start, min(end, today))
    planned_months = max(len(_months(project.actual_start, project.planned_end or end)), 1)
    pace = rng.uniform(0.8, 1.1)
    since_start = Decimal(0)
    ytd = Decimal(0)
    rows: list[ProgressReport] = []
    plans: dict[int, Decimal] = {}
    for index, (year, month) in enumerate(months, start=1):
        if month == 1 or index == 1:
            ytd = Decimal(0)
        share = min(Decimal(1), Decimal(str(pace)) * index / planned_months)
        if project.stage == Stage.COMPLETED and index == len(months):
            share = Decimal(1)
        target = (total * share).quantize(Decimal(1))
        this_month = max(Decimal(0), target - since_start)
        since_start += this_month
        ytd += this_month
        plans[year] = plans.get(year, Decimal(0)) + this_month
        pct = round(min(100.0, float(share) * 100), 1)
        rows.append(ProgressReport(project.id, f"{year:04d}-{month:02d}", f"（演示）第{index}个月：完成计划工程量约{pct:g}%",
                                   pct, this_month, ytd, since_start, "", "演示填报"))
    reports.upsert(ws.db, rows, ws.user)
    reports.set_annual_plans(
        ws.db, [(project.id, year, format((amount * Decimal("1.1")).quantize(Decimal(1)), "f"))
                for year, amount in plans.items()], ws.user)


DEMO_PROBLEMS = (
    "用地报批手续尚未完成（演示）", "征地拆迁进度滞后（演示）", "配套资金未及时到位（演示）",
    "电力、燃气管线迁改协调难度大（演示）", "环评批复尚未取得（演示）", "施工图审查意见未闭合（演示）",
)


def _problems(ws: Workspace, rng: random.Random, today: date) -> None:
    """A ledger of generated problems on about one project in six: some solved, some overdue."""
    units = {u.name: u.id for u in reference.units(ws.db)}
    for row in project_store.list_rows(ws.db):
        if row.stage not in (Stage.CONSTRUCTION, Stage.PREPARATION) or rng.random() > 0.17:
            continue
        raised = today - timedelta(days=rng.randint(10, 150))
        deadline = raised + timedelta(days=rng.choice((30, 45, 60, 90)))
        problem = Problem(row.id, rng.choice(DEMO_PROBLEMS), raised, units.get(rng.choice(DEMO_UNITS)),
                          "演示联系人", deadline, rng.choice(tuple(ProblemLevel)))
        if rng.random() < 0.4 and raised + timedelta(days=7) < today:
            problem.state = ProblemState.SOLVED
            problem.resolution = "已协调解决（演示）"
            problem.resolved_on = min(today, raised + timedelta(days=rng.randint(7, 60)))
        problem_store.add(ws.db, problem, ws.user)


def _months(first: date, last: date) -> list[tuple[int, int]]:
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _indicator_values(ws: Workspace, rng: random.Random) -> None:
    for indicator in indicator_store.all_indicators(ws.db):
        try:
            base = Decimal(indicator.value_2021)
        except ArithmeticError:
            continue
        for year in (2022, 2023, 2024, 2025):
            step = Decimal(str(round(rng.uniform(-0.5, 2.0), 2)))
            value = base + step * (year - 2021) * (-1 if indicator.direction == "lower" else 1) / 10
            indicator_store.set_value(ws.db, indicator.seq, year, value.quantize(Decimal("0.01")), ws.user, "演示数据")
