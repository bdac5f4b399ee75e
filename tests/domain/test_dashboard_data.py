"""Dashboard chart data over a small hand-built set of project snapshots."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from jnprojects.domain.dashboard_data import (
    INVESTMENT_FIELDS,
    ProjectSnapshot,
    due_milestones,
    gantt_markers,
    gantt_rows,
    investment_by_category,
    overdue_milestones,
    status_counts,
)
from jnprojects.domain.indicator_verdicts import indicator_verdicts
from jnprojects.domain.model import Category, Indicator, Milestone, Stage
from jnprojects.domain.status import LIGHT_ORDER, Light, MilestoneState, StatusInput, compute_status

D = date(2026, 7, 2)
CATEGORIES = [
    Category("transport", "JT", "交通", "Transport", 1),
    Category("energy", "NY", "能源", "Energy", 2),
    Category("urban", "CS", "城市更新", "Urban renewal", 3),
    Category("rural", "XC", "乡村振兴", "Rural", 4),  # no projects: omitted from counts
]
NAMES = {c.code: c.name_zh for c in CATEGORIES} | {"other": "其他"}


def ms(name: str, planned: date | None = None, actual: date | None = None, seq: int = 0) -> Milestone:
    return Milestone(name=name, planned_date=planned, actual_date=actual, seq=seq)


def snap(pid: int, code: str, cat: str, *, planned: tuple[date, date] | None = None,
         actual_start: date | None = None, actual_end: date | None = None, stage: Stage = Stage.CONSTRUCTION,
         milestones: tuple[Milestone, ...] = (), reported: float | None = None, **money: Decimal | None,
         ) -> ProjectSnapshot:
    ps, pe = planned or (None, None)
    status = compute_status(StatusInput(ps, pe, actual_start, actual_end, stage, milestones, reported,
                                        money.get("invest_since_start"), money.get("total_investment")), D)
    return ProjectSnapshot(pid, code, f"项目{code}", cat, NAMES[cat], ps, pe, actual_start, actual_end, status,
                           milestones, **money)


SNAPS = [
    # transport: A green, B yellow (a milestone due in 18 days)
    snap(1, "JT-002", "transport", planned=(date(2026, 3, 1), date(2027, 12, 31)), actual_start=date(2026, 3, 5),
         reported=20.0,
         milestones=(ms("开工", date(2026, 3, 1), date(2026, 3, 5), 1), ms("主体完工", date(2026, 8, 15), seq=2),
                     ms("竣工验收", date(2027, 12, 1), seq=3)),
         total_investment=Decimal("50000"), annual_plan=Decimal("12000"), invest_ytd=Decimal("5000.5"),
         invest_since_start=Decimal("8000.25")),
    snap(2, "JT-001", "transport", planned=(date(2026, 1, 1), date(2026, 12, 31)), actual_start=date(2026, 1, 10),
         reported=50.0, milestones=(ms("环评", date(2025, 10, 1), date(2025, 9, 20)), ms("桥梁合龙", date(2026, 7, 20))),
         total_investment=Decimal("30000.10"), invest_ytd=Decimal("1000")),
    # energy: C red (45 days overdue, 34 points behind), D no schedule
    snap(3, "NY-001", "energy", planned=(date(2025, 6, 1), date(2027, 6, 1)), actual_start=date(2025, 6, 10),
         reported=20.0, milestones=(ms("并网投运", date(2026, 5, 18)),),
         total_investment=Decimal("80000"), annual_plan=Decimal("20000"), invest_ytd=Decimal("9000"),
         invest_since_start=Decimal("40000")),
    snap(4, "NY-002", "energy", stage=Stage.PREPARATION, milestones=(ms("立项/备案", date(2026, 9, 15)),)),
    # urban: E completed (an unticked node is not chased), F suspended, G not started
    snap(5, "CS-001", "urban", planned=(date(2024, 1, 1), date(2025, 12, 31)), actual_start=date(2024, 2, 1),
         actual_end=date(2026, 1, 15), stage=Stage.COMPLETED, milestones=(ms("竣工验收", date(2025, 12, 31)),),
         total_investment=Decimal("1000"), invest_since_start=Decimal("1000")),
    snap(6, "CS-002", "urban", planned=(date(2025, 1, 1), date(2027, 12, 31)), actual_start=date(2025, 2, 1),
         stage=Stage.SUSPENDED, milestones=(ms("主体完工", date(2026, 6, 1)),)),
    snap(7, "CS-003", "urban", planned=(date(2026, 10, 1), date(2028, 12, 31)), stage=Stage.PREPARATION,
         milestones=(ms("施工许可", date(2026, 9, 20), seq=2), ms("规划许可", date(2026, 8, 21), seq=1)),
         total_investment=Decimal("3000")),
    # a category the caller did not list
    snap(8, "QT-001", "other", planned=(date(2026, 1, 1), date(2026, 12, 31)), actual_start=date(2026, 1, 5),
         reported=60.0),
]


def test_snapshot_lights() -> None:
    assert [s.status.light for s in SNAPS] == [
        Light.GREEN, Light.YELLOW, Light.RED, Light.NO_SCHEDULE, Light.COMPLETED, Light.SUSPENDED,
        Light.NOT_STARTED, Light.GREEN,
    ]


# --- counts -------------------------------------------------------------------------------


def test_status_counts() -> None:
    rows = status_counts(SNAPS, CATEGORIES)
    assert [(r.category_code, r.category_name) for r in rows] == [
        ("transport", "交通"), ("energy", "能源"), ("urban", "城市更新"), ("other", "其他")]
    for r in rows:
        assert [light for light, _ in r.counts] == list(LIGHT_ORDER)
    by_code = {r.category_code: r for r in rows}
    assert by_code["transport"].count(Light.GREEN) == 1 and by_code["transport"].count(Light.YELLOW) == 1
    assert by_code["energy"].count(Light.RED) == 1 and by_code["energy"].count(Light.NO_SCHEDULE) == 1
    assert {light: n for light, n in by_code["urban"].counts if n} == {
        Light.COMPLETED: 1, Light.SUSPENDED: 1, Light.NOT_STARTED: 1}
    assert [r.total for r in rows] == [2, 2, 3, 1]
    assert sum(r.total for r in rows) == len(SNAPS)


def test_status_counts_accepts_codes_and_empty() -> None:
    assert [r.category_code for r in status_counts(SNAPS, ["urban", "energy"])] == [
        "urban", "energy", "other", "transport"]
    assert status_counts([], CATEGORIES) == []


# --- gantt --------------------------------------------------------------------------------


def test_gantt_rows_order_and_bars() -> None:
    rows = gantt_rows(SNAPS, D, CATEGORIES)
    assert [r.code for r in rows] == ["JT-001", "JT-002", "NY-001", "NY-002", "CS-001", "CS-002", "CS-003", "QT-001"]
    by_code = {r.code: r for r in rows}
    assert by_code["JT-001"].planned == (date(2026, 1, 1), date(2026, 12, 31))
    assert by_code["JT-001"].actual == (date(2026, 1, 10), D) and by_code["JT-001"].actual_open
    assert by_code["CS-001"].actual == (date(2024, 2, 1), date(2026, 1, 15)) and not by_code["CS-001"].actual_open
    assert by_code["NY-002"].planned is None and by_code["NY-002"].actual is None
    assert by_code["CS-003"].actual is None
    assert by_code["NY-001"].light == Light.RED


def _markers(code: str):
    return gantt_markers(next(s for s in SNAPS if s.code == code).milestones, D)


def test_gantt_markers() -> None:
    markers = _markers("JT-002")
    assert [(m.date, m.name, m.state) for m in markers] == [
        (date(2026, 3, 5), "开工", MilestoneState.DONE),  # done: drawn at its actual date
        (date(2026, 8, 15), "主体完工", MilestoneState.UPCOMING),
        (date(2027, 12, 1), "竣工验收", MilestoneState.UPCOMING),
    ]
    assert markers[0].planned_date == date(2026, 3, 1)
    assert [m.name for m in _markers("CS-003")] == ["规划许可", "施工许可"]  # sorted by date


# --- due / overdue ------------------------------------------------------------------------


@pytest.mark.parametrize(("days", "expected"), [
    (30, [("JT-001", "桥梁合龙", 18, MilestoneState.DUE_SOON)]),
    (60, [("JT-001", "桥梁合龙", 18, MilestoneState.DUE_SOON),
          ("JT-002", "主体完工", 44, MilestoneState.UPCOMING),
          ("CS-003", "规划许可", 50, MilestoneState.UPCOMING)]),
    (90, [("JT-001", "桥梁合龙", 18, MilestoneState.DUE_SOON),
          ("JT-002", "主体完工", 44, MilestoneState.UPCOMING),
          ("CS-003", "规划许可", 50, MilestoneState.UPCOMING),
          ("NY-002", "立项/备案", 75, MilestoneState.UPCOMING),
          ("CS-003", "施工许可", 80, MilestoneState.UPCOMING)]),
])
def test_due_milestones(days: int, expected: list[tuple[str, str, int, MilestoneState]]) -> None:
    items = due_milestones(SNAPS, D, days)
    assert [(i.project_code, i.milestone_name, i.days_until, i.state) for i in items] == expected
    assert [i.planned_date for i in items] == sorted(i.planned_date for i in items)


def test_overdue_milestones_skip_completed_and_suspended() -> None:
    items = overdue_milestones(SNAPS, D)
    assert [(i.project_code, i.project_name, i.milestone_name, i.planned_date, i.days_until, i.state)
            for i in items] == [("NY-001", "项目NY-001", "并网投运", date(2026, 5, 18), -45, MilestoneState.OVERDUE)]
    with_overdue = due_milestones(SNAPS, D, 30, include_overdue=True)
    assert [i.milestone_name for i in with_overdue] == ["并网投运", "桥梁合龙"]


def test_due_on_the_day_is_included() -> None:
    s = snap(9, "JT-009", "transport", planned=(date(2026, 1, 1), date(2026, 12, 31)),
             actual_start=date(2026, 1, 1), reported=50.0, milestones=(ms("通车", D),))
    assert [(i.days_until, i.state) for i in due_milestones([s], D, 30)] == [(0, MilestoneState.DUE_SOON)]
    assert overdue_milestones([s], D) == []


def test_due_and_overdue_window_edges() -> None:
    days = (-1, 0, 30, 31)
    s = snap(9, "JT-009", "transport", planned=(date(2025, 1, 1), date(2027, 12, 31)),
             actual_start=date(2025, 1, 1), reported=50.0,
             milestones=tuple(ms(f"M{n}", D + timedelta(days=n), seq=i) for i, n in enumerate(days)))
    assert [i.days_until for i in overdue_milestones([s], D)] == [-1]
    assert [i.days_until for i in due_milestones([s], D, 30)] == [0, 30]
    assert [i.days_until for i in due_milestones([s], D, 30, include_overdue=True)] == [-1, 0, 30]
    assert [i.days_until for i in due_milestones([s], D, 31)] == [0, 30, 31]


# --- investment ---------------------------------------------------------------------------


def test_investment_by_category() -> None:
    table = investment_by_category(SNAPS, CATEGORIES)
    assert not table.empty and table.missing_fields == ()
    rows = {r.category_code: r for r in table.rows}
    assert [r.category_code for r in table.rows] == ["transport", "energy", "urban", "other"]
    t = rows["transport"]
    assert (t.total_investment, t.annual_plan, t.invest_ytd, t.invest_since_start) == (
        Decimal("80000.10"), Decimal("12000"), Decimal("6000.5"), Decimal("8000.25"))
    assert all(isinstance(v, Decimal) for v in (t.total_investment, t.annual_plan, t.invest_ytd))
    assert (t.total_investment_known, t.annual_plan_known, t.invest_ytd_known, t.invest_since_start_known) == (
        2, 1, 2, 1)
    assert (t.with_figures, t.without_figures) == (2, 0)
    u = rows["urban"]
    assert (u.total_investment, u.annual_plan, u.invest_ytd, u.invest_since_start) == (
        Decimal("4000"), None, None, Decimal("1000"))  # unknown stays None, never a false 0
    assert (u.project_count, u.with_figures, u.without_figures) == (3, 2, 1)
    assert rows["energy"].without_figures == 1
    o = rows["other"]
    assert (o.total_investment, o.with_figures, o.without_figures) == (None, 0, 1)
    total = table.total
    assert (total.total_investment, total.annual_plan, total.invest_ytd, total.invest_since_start) == (
        Decimal("164000.10"), Decimal("32000"), Decimal("15000.5"), Decimal("49000.25"))
    assert total.project_count == len(SNAPS)


def test_investment_empty_state_says_what_is_missing() -> None:
    bare = [s for s in SNAPS if s.code in ("NY-002", "CS-002", "QT-001")]
    table = investment_by_category(bare, CATEGORIES)
    assert table.empty
    assert table.missing_fields == INVESTMENT_FIELDS
    only_total = investment_by_category([s for s in SNAPS if s.code == "CS-003"])
    assert not only_total.empty
    assert only_total.missing_fields == ("annual_plan", "invest_ytd", "invest_since_start")


# --- indicators ---------------------------------------------------------------------------


def ind(seq: int, name: str, v2021: str, t2025: str, t2035: str, direction: str = "higher") -> Indicator:
    return Indicator(seq, "g", name, "%", v2021, t2025, t2035, direction)


INDICATORS = [
    ind(1, "5G用户普及率", "31", "≥60", "-"),
    ind(2, "家庭光纤入户覆盖率", "90", "92", ">95"),
    ind(4, "路口实时信号配时系统比例", "≥50", ">80", ">95"),
    ind(6, "人均公园绿地面积", "-", "10", "12"),
    ind(11, "城乡居民收入比", "1.99", "<1.98", "<1.8", "lower"),
    ind(17, "常住人口城镇化率", "61.19", "65", "75"),
    ind(18, "农民工参加补贴性职业培训人次", "3", "[7]", "-"),
    ind(20, "集体经济收入10万元以上村占比", "94.7", ">96", "100"),
]


def verdicts(values: dict[int, list[tuple[int, Decimal]]], year: int) -> dict[int, tuple[str, str]]:
    return {v.seq: (v.verdict_2025, v.verdict_2035) for v in indicator_verdicts(INDICATORS, values, year)}


def dec(*pairs: tuple[int, str]) -> list[tuple[int, Decimal]]:
    return [(y, Decimal(v)) for y, v in pairs]


VALUES_2023 = {
    1: dec((2022, "40"), (2023, "48")),              # path 31→60: 45.5 expected in 2023
    2: dec((2023, "92")),                            # plain number 92 reached
    4: dec((2022, "70")),                            # ">80": 57.5 expected in 2022
    6: dec((2023, "9.5")),                           # no baseline, a single value
    11: dec((2022, "1.985"), (2023, "1.97")),        # "<1.98" met; "<1.8" path wants 1.963 by 2023
    17: dec((2022, "61.5")),                         # path wants 62.14 by 2022
    18: dec((2021, "3"), (2022, "2"), (2023, "1"), (2024, "1.5")),  # [7]: 2024 not yet known in 2023
}


def test_indicator_verdicts_each_form() -> None:
    assert verdicts(VALUES_2023, 2023) == {
        1: ("on_course", "no_target"),     # ">=" not yet met, ahead of path; "-" no target
        2: ("met", "on_course"),           # "target" met; ">" path 90→95
        4: ("on_course", "on_course"),     # baseline "≥50" read as 50
        6: ("no_data", "no_data"),         # cannot draw a path from one value without a baseline
        11: ("met", "off_course"),         # "<" met by lower values; behind the path to <1.8
        17: ("off_course", "off_course"),  # behind the path
        18: ("on_course", "no_target"),    # [7]: 3+2+1 = 6 ≥ 4.2 (3/5 of 7)
        20: ("no_data", "no_data"),        # nothing recorded
    }


def test_indicator_latest_value_and_details() -> None:
    by_seq = {v.seq: v for v in indicator_verdicts(INDICATORS, VALUES_2023, 2023)}
    assert by_seq[1].latest == (2023, Decimal("48"))
    assert by_seq[1].baseline == Decimal("31") and by_seq[1].baseline_text == "31"
    assert by_seq[1].target_2025.expected == Decimal("45.5")
    assert by_seq[18].latest == (2023, Decimal("1"))  # values after the as-of year are ignored
    assert (by_seq[18].target_2025.value_year, by_seq[18].target_2025.value) == (2023, Decimal("6"))
    assert by_seq[18].target_2025.expected == Decimal("4.2")
    assert by_seq[6].baseline is None and by_seq[6].target_2025.note == "no_baseline"
    assert by_seq[20].latest is None


def test_cumulative_met_once_sum_reaches_target() -> None:
    assert verdicts(VALUES_2023, 2024)[18] == ("met", "no_target")  # 3+2+1+1.5 = 7.5 ≥ 7


def test_cumulative_off_course() -> None:
    assert verdicts({18: dec((2021, "1"), (2022, "1"))}, 2022)[18][0] == "off_course"  # 2 < 2.8


def test_strict_comparator_and_year_passed() -> None:
    # ">95": exactly 95 is not met, but in 2030 the path asks only 93.2. The 2025 target is judged
    # on values up to 2025 only, and there are none.
    assert verdicts({2: dec((2030, "95"))}, 2030)[2] == ("no_data", "on_course")
    assert verdicts({2: dec((2025, "92"), (2030, "95.5"))}, 2030)[2] == ("met", "met")
    # 2025 value recorded and short of "65": off course for good; 2035 path wants 65.14 by 2025.
    v = {v.seq: v for v in indicator_verdicts(INDICATORS, {17: dec((2025, "64.8"))}, 2026)}[17]
    assert (v.verdict_2025, v.verdict_2035) == ("off_course", "off_course")
    assert v.target_2025.note == "target_year_passed"
    # A plain-number 2025 target judged in 2026 without a 2025 value: the latest before it counts.
    assert verdicts({2: dec((2024, "91"))}, 2026)[2][0] == "off_course"


def test_path_from_earliest_value_without_baseline() -> None:
    assert verdicts({6: dec((2022, "9.0"), (2023, "9.5"))}, 2023)[6] == ("on_course", "on_course")
    assert verdicts({6: dec((2022, "9.0"), (2023, "9.1"))}, 2023)[6][0] == "off_course"


def test_unreadable_target_is_no_target() -> None:
    odd = [ind(99, "odd", "1", "约10", "-")]
    [v] = indicator_verdicts(odd, {99: dec((2023, "5"))}, 2023)
    assert v.verdict_2025 == "no_target" and v.target_2025.note == "unreadable_target"
