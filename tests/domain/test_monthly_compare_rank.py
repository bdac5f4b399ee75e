"""Month-over-month comparison and rankings on a small history computed by hand."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jnprojects.domain.monthly_snapshot import PeriodSnapshot
from jnprojects.domain.monthly_compare import compare
from jnprojects.domain.monthly_rank import Measure, by_lead_unit, by_location, by_project, rank, scores
from jnprojects.domain.status import Light

G, Y, R = Light.GREEN, Light.YELLOW, Light.RED


def snap(period: str, pid: int, light: Light, **kw) -> PeriodSnapshot:
    return PeriodSnapshot(period=period, project_id=pid, code=kw.pop("code", f"P-{pid:02d}"),
                          name=kw.pop("name", f"项目{pid}"), category_code="transport", light=light, **kw)


# ---------------------------------------------------------------------------------------------
# Comparison
# ---------------------------------------------------------------------------------------------

BEFORE = [
    snap("2026-01", 1, G, milestones_done_names=("立项",), problems_raised=1, invest_since_start=D(100)),
    snap("2026-01", 2, Y),
    snap("2026-01", 3, R),
    snap("2026-01", 4, G),
    snap("2026-01", 5, R, problems_raised=2, invest_since_start=D(500)),
    snap("2026-01", 6, Y),
    snap("2026-01", 8, G),  # deleted before February
]
AFTER = [
    snap("2026-02", 1, R, milestones_done_names=("立项", "开工"), problems_raised=3, problems_resolved=1,
         invest_since_start=D(150)),
    snap("2026-02", 2, R, invest_since_start=D(20)),
    snap("2026-02", 3, Y),
    snap("2026-02", 4, Y),
    snap("2026-02", 5, G, problems_raised=2, problems_resolved=2, invest_since_start=D(480)),
    snap("2026-02", 6, Light.COMPLETED),
    snap("2026-02", 7, Y, problems_raised=1, invest_since_start=D(300), milestones_done_names=("立项",)),  # new
]


def test_comparison_of_two_months():
    c = compare(AFTER, BEFORE)
    assert (c.period, c.previous) == ("2026-02", "2026-01")
    assert [(x.project_id, x.before, x.after) for x in c.new_reds] == [(1, G, R), (2, Y, R)]
    assert [(x.project_id, x.before) for x in c.new_yellows] == [(4, G), (7, None)]
    assert [x.project_id for x in c.eased] == [3]
    assert [(x.project_id, x.after) for x in c.recovered] == [(5, G), (6, Light.COMPLETED)]
    assert [(g.project_id, g.milestones) for g in c.milestones] == [(1, ("开工",))]  # new project 7 not counted
    assert c.milestones_completed == 1
    assert (c.problems_raised, c.problems_solved) == (3, 3)  # 2 on P-01 + 1 on the new P-07; 1 + 2 solved
    assert c.investment_added == D(50)  # +50, +20 (nothing before), −20 correction; P-07 is new: not counted
    assert c.added_projects == ("P-07",) and c.removed_projects == ("P-08",)
    assert c.count(R) == 2 and c.count(R, previous=True) == 2 and c.count(Y, previous=True) == 2


def test_nothing_to_compare_without_an_earlier_closed_month():
    c = compare(AFTER, None)
    assert c.previous is None and not c.new_reds and c.count(R) == 2


# ---------------------------------------------------------------------------------------------
# Rankings (2026-06: the month end is day 181 of 365, so a plan of 365 is 181 planned to date)
# ---------------------------------------------------------------------------------------------

PLACES = {"A": "任城", "B": "兖州", "C": "曲阜", "D": "邹城", "E": "鱼台", "F": "金乡"}


def s(pid: int, place: str, light: Light, plan=None, ytd=None, unit: str = "") -> PeriodSnapshot:
    return snap("2026-06", pid, light, location_codes=(place,), location_names=(PLACES[place],),
                lead_units=(unit,) if unit else (), annual_plan=None if plan is None else D(plan),
                invest_ytd=None if ytd is None else D(str(ytd)))


MONTH = [
    s(1, "A", G, 365, 181, "甲局"),
    s(2, "A", R, 365, 90.5, "甲局"),
    s(3, "B", G, 730, 362, "乙局"),
    s(4, "B", Y, unit="乙局"),
    s(5, "C", G, 365, 181, "丙局"),
    s(6, "C", Light.COMPLETED, 365, 0, "丙局"),    # not judged, still counted for investment
    s(7, "D", Light.NO_SCHEDULE),                  # nothing to rank D by
    s(8, "E", G, 365),                             # a plan but no figure: counted as 0
    s(9, "F", G, 365),
]


def test_locations_by_on_schedule_rate_ties_broken_by_investment_then_name():
    ranking = rank(scores(MONTH, by_location), Measure.SCHEDULE)
    rows = [(r.rank, r.name, r.on_schedule_rate, r.investment_rate) for r in ranking.rows]
    assert [(rank, name) for rank, name, *_ in rows] == [
        (1, "曲阜"),   # 100 %, investment 50 %
        (2, "金乡"),   # 100 %, investment 0 % — tied with 鱼台 on both: jin < yu
        (3, "鱼台"),
        (4, "兖州"),   # 50 %, investment 100 %
        (5, "任城"),   # 50 %, investment 75 %
        (None, "邹城"),  # nothing judged: not ranked, listed last
    ]
    qufu, _, _, yanzhou, rencheng, zoucheng = ranking.rows
    assert qufu.on_schedule_rate == 100 and qufu.judged == 1 and qufu.projects == 2
    assert qufu.investment_rate == pytest.approx(50.0)        # 181 / (181 + 181)
    assert rencheng.investment_rate == pytest.approx(75.0)    # (181 + 90.5) / 362
    assert yanzhou.investment_rate == pytest.approx(100.0)    # 362 / 362; the project without a plan is out
    assert zoucheng.on_schedule_rate is None and zoucheng.investment_rate is None
    assert [r.name for r in ranking.top] == ["曲阜", "金乡", "鱼台"]
    assert [r.name for r in ranking.bottom] == ["兖州", "任城"]  # never repeats the top three


def test_locations_by_investment_ties_broken_by_schedule_then_name():
    ranking = rank(scores(MONTH, by_location), Measure.INVESTMENT)
    assert [(r.rank, r.name) for r in ranking.rows] == [
        (1, "兖州"), (2, "任城"), (3, "曲阜"), (4, "金乡"), (5, "鱼台"), (None, "邹城")]


def test_units_and_projects_are_ranked_the_same_way():
    units = rank(scores(MONTH, by_lead_unit), Measure.SCHEDULE)
    # 丙局 100 % (investment 50 %), 甲局 50 % (75 %), 乙局 50 % (100 %) → 丙, 乙, 甲
    assert [(r.rank, r.name) for r in units.rows] == [(1, "丙局"), (2, "乙局"), (3, "甲局")]
    projects = rank(scores(MONTH, by_project), Measure.SCHEDULE)
    # judged only; green first (by investment: 100 % ×3 tied → name), then yellow/red by investment
    assert [r.key for r in projects.rows] == ["P-01", "P-03", "P-05", "P-08", "P-09", "P-02", "P-04"]
    assert projects.rows[-1].rank == 7  # a judged project without a plan still has an on-schedule rate
    by_money = rank(scores(MONTH, by_project), Measure.INVESTMENT)
    assert [r.key for r in by_money.rows][:4] == ["P-01", "P-03", "P-05", "P-02"]
    assert by_money.rows[-1].key == "P-04" and by_money.rows[-1].rank is None
