"""A small database whose every status, row and sum is known by hand (dashboard tests).

As of ``D`` = 2026-07-02 (序时进度 of a 2026 calendar-year project: 182 / 364 = 50 %):

* JT-901 (transport) under way, reported 50 % (no gap), milestone 主体完工 planned 2026-06-01 and
  not done → overdue 31 days → **red**; annual plan 600, completed this year 300, since start 400.
* JT-902 (transport) starts 2026-09-01; approval 施工许可 planned 2026-07-20 → due in 18 days →
  **yellow** (a problem wins over "not started").
* SJ-901 (data_center) without dates → **no schedule**.
* SJ-902 (data_center) completed on 2026-05-20 → **completed** (its open milestone is not chased).

As of ``EARLIER`` = 2026-06-15, 主体完工 is only 14 days overdue (yellow) and 施工许可 is 35 days
away (upcoming), so JT-901 turns yellow and JT-902 "not started".
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jnprojects.domain.model import Milestone, ProgressReport, Project, Stage
from jnprojects.services.workspace import Workspace
from jnprojects.store import projects, reports

D = date(2026, 7, 2)
EARLIER = date(2026, 6, 15)


def make_small(ws: Workspace) -> dict[str, int]:
    """Replace the seeded projects by the four above; returns their ids by code."""
    db = ws.db
    with db.atomic():
        db.execute("DELETE FROM projects")
    specs = [
        Project("JT-901", "测试快速路", "transport", planned_start=date(2026, 1, 1), planned_end=date(2026, 12, 31),
                actual_start=date(2026, 1, 15), stage=Stage.CONSTRUCTION, total_investment=Decimal(1000),
                milestones=[Milestone("开工", date(2026, 1, 10), date(2026, 1, 15)),
                            Milestone("主体完工", date(2026, 6, 1))]),
        Project("JT-902", "测试港口", "transport", planned_start=date(2026, 9, 1), planned_end=date(2027, 12, 31),
                stage=Stage.PREPARATION, total_investment=Decimal(2000),
                milestones=[Milestone("施工许可", date(2026, 7, 20))]),
        Project("SJ-901", "测试数据中心", "data_center", stage=Stage.PLANNED),
        Project("SJ-902", "测试机房", "data_center", planned_start=date(2025, 3, 1), planned_end=date(2026, 6, 30),
                actual_start=date(2025, 3, 1), actual_end=date(2026, 5, 20), stage=Stage.COMPLETED,
                milestones=[Milestone("竣工验收", date(2026, 6, 30))]),
    ]
    ids = {p.code: projects.save(db, p, ws.user) for p in specs}
    reports.upsert(db, [ProgressReport(ids["JT-901"], "2026-06", "主体施工", 50.0, Decimal(50), Decimal(300),
                                       Decimal(400))], ws.user)
    reports.set_annual_plans(db, [(ids["JT-901"], 2026, "600")], ws.user)
    return ids
