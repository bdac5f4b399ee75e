"""Boundary cases of the schedule-status rules (红黄绿灯), each checked by light and exact text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from jnprojects.domain.errors import ValidationError
from jnprojects.domain.model import Milestone, Stage
from jnprojects.domain.schedule import add_months, annual_schedule_pct, months_elapsed, schedule_pct
from jnprojects.domain.status import Light, MilestoneState, Override, Reason, StatusInput, compute_status
from jnprojects.domain.status_text import reason_text
from jnprojects.domain.thresholds import Thresholds

D = date(2026, 7, 2)  # as-of date: 50.0 % into the 2026 plan below
Y2026 = dict(planned_start=date(2026, 1, 1), planned_end=date(2026, 12, 31))
UNDER_WAY = dict(Y2026, actual_start=date(2026, 1, 10), stage=Stage.CONSTRUCTION)


def ms(name: str, planned: date | None = None, actual: date | None = None,
       weight: float | None = None, valid_until: date | None = None) -> Milestone:
    return Milestone(name=name, planned_date=planned, actual_date=actual, weight=weight, valid_until=valid_until)


def inp(**kw: object) -> StatusInput:
    if "milestones" in kw:
        kw["milestones"] = tuple(kw["milestones"])  # type: ignore[arg-type]
    return StatusInput(**kw)  # type: ignore[arg-type]


GREEN_OVERRIDE = Override(Light.GREEN, "已协调解决", date(2026, 12, 31), "张三")

CASES: list[tuple[str, StatusInput, date, Light, list[str]]] = [
    # --- progress gap against 序时进度 (50 % on D) ---
    ("gap exactly yellow is not behind", inp(**UNDER_WAY, reported_pct=40.0), D, Light.GREEN, []),
    ("gap 10.01 is yellow", inp(**UNDER_WAY, reported_pct=39.99), D, Light.YELLOW,
     ["形象进度落后序时进度10.01个百分点（实际39.99%，序时50%）"]),
    ("gap exactly red is still yellow", inp(**UNDER_WAY, reported_pct=20.0), D, Light.YELLOW,
     ["形象进度落后序时进度30个百分点（实际20%，序时50%）"]),
    ("gap 30.01 is red", inp(**UNDER_WAY, reported_pct=19.99), D, Light.RED,
     ["形象进度落后序时进度30.01个百分点（实际19.99%，序时50%）"]),
    ("ahead of schedule is green", inp(**UNDER_WAY, reported_pct=80.0), D, Light.GREEN, []),
    # --- basis: weights > reported > investment ---
    ("weights win over reported", inp(**UNDER_WAY, reported_pct=45.0, milestones=[
        ms("开工", date(2026, 1, 10), date(2026, 1, 10), 10),
        ms("主体完工", date(2026, 9, 1), weight=50),
        ms("竣工验收", date(2026, 12, 1), weight=40),
    ]), D, Light.RED, ["节点进度落后序时进度40个百分点（实际10%，序时50%）"]),
    ("reported when no weights", inp(**UNDER_WAY, reported_pct=35.0, invest_since_start=Decimal("100"),
                                     total_investment=Decimal("5000")),
     D, Light.YELLOW, ["形象进度落后序时进度15个百分点（实际35%，序时50%）"]),
    ("investment when nothing else", inp(**UNDER_WAY, invest_since_start=Decimal("1500"),
                                         total_investment=Decimal("5000")),
     D, Light.YELLOW, ["投资完成率落后序时进度20个百分点（实际30%，序时50%）"]),
    ("no progress data is not red by itself", inp(**UNDER_WAY), D, Light.GREEN,
     ["无形象进度、节点权重或投资完成数据，无法对比序时进度"]),
    ("zero total investment is no measure", inp(**UNDER_WAY, invest_since_start=Decimal("10"),
                                                total_investment=Decimal("0")),
     D, Light.GREEN, ["无形象进度、节点权重或投资完成数据，无法对比序时进度"]),
    # --- milestones ---
    ("milestone planned on D is due soon, not overdue",
     inp(**UNDER_WAY, reported_pct=50.0, milestones=[ms("开工", D)]), D, Light.YELLOW, ["里程碑‘开工’今天到期"]),
    ("milestone due in 12 days", inp(**UNDER_WAY, reported_pct=50.0, milestones=[ms("开工", date(2026, 7, 14))]),
     D, Light.YELLOW, ["里程碑‘开工’将于12天后到期"]),
    ("milestone due in 31 days is upcoming", inp(**UNDER_WAY, reported_pct=50.0,
                                                 milestones=[ms("开工", date(2026, 8, 2))]), D, Light.GREEN, []),
    ("overdue exactly 30 days is yellow", inp(**UNDER_WAY, reported_pct=50.0,
                                              milestones=[ms("主体完工", date(2026, 6, 2))]),
     D, Light.YELLOW, ["里程碑‘主体完工’逾期30天"]),
    ("overdue 31 days is red", inp(**UNDER_WAY, reported_pct=50.0, milestones=[ms("主体完工", date(2026, 6, 1))]),
     D, Light.RED, ["里程碑‘主体完工’逾期31天"]),
    ("done milestone is not overdue", inp(**UNDER_WAY, reported_pct=50.0,
                                          milestones=[ms("主体完工", date(2026, 5, 1), date(2026, 6, 1))]),
     D, Light.GREEN, []),
    ("reasons sorted worst first", inp(**UNDER_WAY, reported_pct=50.0, milestones=[
        ms("开工", date(2026, 7, 14)), ms("主体完工", date(2026, 5, 18)),
    ]), D, Light.RED, ["里程碑‘主体完工’逾期45天", "里程碑‘开工’将于12天后到期"]),
    # --- no schedule ---
    ("no dates is no_schedule", inp(stage=Stage.PREPARATION, reported_pct=10.0), D, Light.NO_SCHEDULE,
     ["无计划起止日期，无法判断序时进度"]),
    ("only a start date is no_schedule", inp(planned_start=date(2026, 7, 1), stage=Stage.PREPARATION),
     D, Light.NO_SCHEDULE, ["无计划起止日期，无法判断序时进度"]),
    ("no dates but overdue milestone: milestone light wins",
     inp(stage=Stage.PREPARATION, milestones=[ms("环评", date(2026, 5, 18))]), D, Light.RED,
     ["里程碑‘环评’逾期45天", "无计划起止日期，无法判断序时进度"]),
    # --- completed / suspended ---
    ("completed late", inp(**UNDER_WAY, actual_end=date(2027, 1, 15)), date(2027, 2, 1), Light.COMPLETED,
     ["已于2027年1月15日竣工", "较计划竣工日期推迟15天竣工"]),
    ("completed on time by stage and date", inp(**{**UNDER_WAY, "stage": Stage.COMPLETED},
                                               actual_end=date(2026, 12, 1)),
     date(2027, 2, 1), Light.COMPLETED, ["已于2026年12月1日竣工"]),
    ("completed stage without date", inp(**{**UNDER_WAY, "stage": Stage.COMPLETED}), D, Light.COMPLETED, ["已竣工"]),
    ("actual end after D is not completed yet", inp(**UNDER_WAY, actual_end=date(2026, 8, 1), reported_pct=50.0),
     D, Light.GREEN, []),
    ("suspended beats everything", inp(**{**UNDER_WAY, "stage": Stage.SUSPENDED}, reported_pct=0.0,
                                       milestones=[ms("主体完工", date(2026, 1, 1))]),
     D, Light.SUSPENDED, ["项目已暂停"]),
    # --- start ---
    ("before planned start", inp(planned_start=date(2026, 9, 1), planned_end=date(2027, 12, 31),
                                 stage=Stage.PREPARATION),
     D, Light.NOT_STARTED, ["计划2026年9月1日开工，尚未到开工时间"]),
    ("before start but milestone overdue", inp(planned_start=date(2026, 9, 1), planned_end=date(2027, 12, 31),
                                               stage=Stage.PREPARATION,
                                               milestones=[ms("施工许可", date(2026, 6, 12))]),
     D, Light.YELLOW, ["里程碑‘施工许可’逾期20天", "计划2026年9月1日开工，尚未到开工时间"]),
    ("not started, still in the start month", inp(planned_start=date(2026, 3, 10), planned_end=date(2029, 3, 10),
                                                  stage=Stage.PREPARATION, reported_pct=0.0),
     date(2026, 3, 31), Light.GREEN, []),
    ("not started after the start month", inp(planned_start=date(2026, 3, 10), planned_end=date(2029, 3, 10),
                                              stage=Stage.PREPARATION, reported_pct=0.0),
     date(2026, 4, 1), Light.YELLOW, ["计划2026年3月开工，尚未开工"]),
    ("not started exactly 3 months later is yellow", inp(planned_start=date(2026, 3, 10),
                                                         planned_end=date(2029, 3, 10),
                                                         stage=Stage.PREPARATION, reported_pct=0.0),
     date(2026, 6, 10), Light.YELLOW, ["计划2026年3月开工，尚未开工"]),
    ("not started more than 3 months later is red", inp(planned_start=date(2026, 3, 10),
                                                        planned_end=date(2029, 3, 10),
                                                        stage=Stage.PREPARATION, reported_pct=0.0),
     date(2026, 6, 11), Light.RED, ["计划开工已过3个月仍未开工"]),
    ("not started 4 months later", inp(planned_start=date(2026, 3, 10), planned_end=date(2029, 3, 10),
                                       stage=Stage.PLANNED, reported_pct=5.0),
     date(2026, 7, 10), Light.RED, ["计划开工已过4个月仍未开工"]),
    ("construction stage without start date counts as started",
     inp(planned_start=date(2026, 3, 10), planned_end=date(2029, 3, 10), stage=Stage.CONSTRUCTION,
         reported_pct=5.0), date(2026, 7, 10), Light.GREEN, []),
    # --- approvals' validity ---
    ("approval lapsing in 20 days", inp(planned_start=date(2026, 9, 1), planned_end=date(2027, 12, 31),
                                        stage=Stage.PREPARATION, milestones=[
                                            ms("施工许可", date(2026, 6, 1), date(2026, 6, 1),
                                               valid_until=date(2026, 7, 22))]),
     D, Light.YELLOW, ["‘施工许可’将于2026年7月22日失效（剩20天）", "计划2026年9月1日开工，尚未到开工时间"]),
    ("approval lapsed", inp(planned_start=date(2026, 9, 1), planned_end=date(2027, 12, 31),
                            stage=Stage.PREPARATION, milestones=[
                                ms("环评", date(2021, 6, 1), date(2021, 6, 30), valid_until=date(2026, 6, 30))]),
     D, Light.YELLOW, ["‘环评’已于2026年6月30日失效（已过2天）", "计划2026年9月1日开工，尚未到开工时间"]),
    ("approval validity far away", inp(planned_start=date(2026, 9, 1), planned_end=date(2027, 12, 31),
                                       stage=Stage.PREPARATION, milestones=[
                                           ms("环评", None, date(2026, 6, 30), valid_until=date(2031, 6, 30))]),
     D, Light.NOT_STARTED, ["计划2026年9月1日开工，尚未到开工时间"]),
    ("lapsed permit no longer matters once work started",
     inp(**UNDER_WAY, reported_pct=50.0, milestones=[
         ms("施工许可", None, date(2025, 12, 1), valid_until=date(2026, 3, 1))]), D, Light.GREEN, []),
    # --- past the planned end ---
    ("past planned end by 31 days", inp(planned_start=date(2025, 1, 1), planned_end=date(2026, 6, 1),
                                        actual_start=date(2025, 1, 1), stage=Stage.CONSTRUCTION,
                                        reported_pct=95.0),
     D, Light.RED, ["已超过计划竣工日期31天，尚未竣工"]),
    # --- override ---
    ("override active", inp(**UNDER_WAY, reported_pct=35.0, override=GREEN_OVERRIDE), D, Light.GREEN,
     ["人工认定：绿灯（理由：已协调解决；设定人：张三；有效期至2026-12-31）",
      "形象进度落后序时进度15个百分点（实际35%，序时50%）"]),
    ("override active on its expiry day", inp(**UNDER_WAY, reported_pct=35.0,
                                              override=replace(GREEN_OVERRIDE, expires_on=D)),
     D, Light.GREEN, ["人工认定：绿灯（理由：已协调解决；设定人：张三；有效期至2026-07-02）",
                      "形象进度落后序时进度15个百分点（实际35%，序时50%）"]),
    ("override expired", inp(**UNDER_WAY, reported_pct=35.0,
                             override=replace(GREEN_OVERRIDE, expires_on=date(2026, 7, 1))),
     D, Light.YELLOW, ["形象进度落后序时进度15个百分点（实际35%，序时50%）"]),
    ("override to yellow", inp(**UNDER_WAY, reported_pct=50.0,
                               override=Override(Light.YELLOW, "资金未到位", date(2026, 12, 31), "李四")),
     D, Light.YELLOW, ["人工认定：黄灯（理由：资金未到位；设定人：李四；有效期至2026-12-31）"]),
    # --- open problems of the ledger are shown with the light but do not change it ---
    ("open problems shown, light kept", inp(**UNDER_WAY, reported_pct=50.0, open_problems=2, overdue_problems=1),
     D, Light.GREEN, ["存在未解决问题2个，其中逾期1个"]),
    ("open problems after the light's own reasons", inp(**UNDER_WAY, reported_pct=35.0, open_problems=1),
     D, Light.YELLOW, ["形象进度落后序时进度15个百分点（实际35%，序时50%）", "存在未解决问题1个"]),
]


@pytest.mark.parametrize(("inp_", "as_of", "light", "texts"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_status_rules(inp_: StatusInput, as_of: date, light: Light, texts: list[str]) -> None:
    status = compute_status(inp_, as_of)
    assert status.light == light
    assert [reason_text(r) for r in status.reasons] == texts
    assert len(status.milestone_states) == len(inp_.milestones)


def test_override_keeps_computed_light() -> None:
    status = compute_status(inp(**UNDER_WAY, reported_pct=35.0, override=GREEN_OVERRIDE), D)
    assert (status.light, status.computed_light, status.overridden) == (Light.GREEN, Light.YELLOW, True)
    expired = compute_status(inp(**UNDER_WAY, reported_pct=35.0,
                                 override=replace(GREEN_OVERRIDE, expires_on=date(2026, 7, 1))), D)
    assert (expired.light, expired.computed_light, expired.overridden) == (Light.YELLOW, Light.YELLOW, False)


@pytest.mark.parametrize(("kw", "basis", "actual"), [
    (dict(milestones=(Milestone("a", actual_date=date(2026, 2, 1), weight=30), Milestone("b", weight=70)),
          reported_pct=90.0), "weights", 30.0),
    (dict(milestones=(Milestone("a", actual_date=date(2026, 2, 1)),), reported_pct=45.5), "reported", 45.5),
    (dict(invest_since_start=Decimal("250"), total_investment=Decimal("1000")), "investment", 25.0),
    ({}, None, None),
])
def test_progress_basis(kw: dict, basis: str | None, actual: float | None) -> None:
    status = compute_status(StatusInput(**UNDER_WAY, **kw), D)
    assert status.basis == basis
    assert status.actual_pct == actual
    assert status.schedule_pct == 50.0


def test_milestone_states_aligned() -> None:
    milestones = (
        ms("done", date(2026, 5, 1), date(2026, 5, 2)),
        ms("late", date(2026, 7, 1)),
        ms("today", D),
        ms("edge", date(2026, 8, 1)),
        ms("later", date(2026, 8, 2)),
        ms("nodate"),
        ms("future actual", date(2026, 6, 1), date(2026, 7, 3)),
    )
    status = compute_status(StatusInput(**UNDER_WAY, milestones=milestones, reported_pct=50.0), D)
    assert status.milestone_states == (
        MilestoneState.DONE, MilestoneState.OVERDUE, MilestoneState.DUE_SOON, MilestoneState.DUE_SOON,
        MilestoneState.UPCOMING, MilestoneState.NO_DATE, MilestoneState.OVERDUE,
    )


def test_float_noise_at_threshold_is_not_behind() -> None:
    # 7/12 of a 12-day span is 58.333…%; 48.333… is exactly 10 points behind, float noise aside.
    start, end = date(2026, 1, 1), date(2026, 1, 13)
    sched = schedule_pct(start, end, date(2026, 1, 8))
    status = compute_status(StatusInput(planned_start=start, planned_end=end, actual_start=start,
                                        stage=Stage.CONSTRUCTION, reported_pct=sched - 10), date(2026, 1, 8))
    assert status.light == Light.GREEN


@pytest.mark.parametrize(("start", "end", "as_of", "expected"), [
    (date(2026, 1, 1), date(2026, 12, 31), date(2026, 7, 2), 50.0),
    (date(2026, 1, 1), date(2026, 12, 31), date(2025, 12, 1), 0.0),
    (date(2026, 1, 1), date(2026, 12, 31), date(2026, 1, 1), 0.0),
    (date(2026, 1, 1), date(2026, 12, 31), date(2026, 12, 31), 100.0),
    (date(2025, 1, 1), date(2026, 12, 31), date(2027, 3, 1), 100.0),
    (date(2024, 1, 1), date(2025, 1, 1), date(2024, 3, 1), 60 / 366 * 100),
    (date(2026, 5, 1), date(2026, 5, 1), date(2026, 4, 30), 0.0),
    (date(2026, 5, 1), date(2026, 5, 1), date(2026, 5, 1), 100.0),
])
def test_schedule_pct(start: date, end: date, as_of: date, expected: float) -> None:
    assert schedule_pct(start, end, as_of) == pytest.approx(expected)


@pytest.mark.parametrize(("as_of", "expected"), [
    (date(2024, 7, 1), 50.0),                 # leap year: 183 / 366
    (date(2026, 7, 2), 183 / 365 * 100),
    (date(2024, 2, 29), 60 / 366 * 100),
    (date(2024, 12, 31), 100.0),
    (date(2026, 12, 31), 100.0),
    (date(2026, 1, 1), 1 / 365 * 100),
    (date(2100, 3, 1), 60 / 365 * 100),       # 2100 is not a leap year
])
def test_annual_schedule_pct(as_of: date, expected: float) -> None:
    assert annual_schedule_pct(as_of) == pytest.approx(expected)


@pytest.mark.parametrize(("start", "as_of", "months"), [
    (date(2026, 3, 10), date(2026, 6, 9), 2),
    (date(2026, 3, 10), date(2026, 6, 10), 3),
    (date(2026, 1, 31), date(2026, 2, 28), 1),
    (date(2026, 3, 10), date(2026, 3, 1), 0),
])
def test_months_elapsed(start: date, as_of: date, months: int) -> None:
    assert months_elapsed(start, as_of) == months


def test_add_months_clamps() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2025, 3, 29), -1) == date(2025, 2, 28)
    assert add_months(date(2024, 3, 29), -1) == date(2024, 2, 29)
    # Up to the 28th every month has the day: kept as it is, across years both ways.
    assert add_months(date(2025, 11, 28), 3) == date(2026, 2, 28)
    assert add_months(date(2026, 1, 15), -13) == date(2024, 12, 15)


# --- thresholds ---------------------------------------------------------------------------


def test_thresholds_round_trip() -> None:
    th = Thresholds(yellow_gap=12.5, red_gap=25, warn_days=14)
    settings = th.to_settings()
    assert settings["status.yellow_gap"] == "12.5"
    assert settings["status.warn_days"] == "14"
    assert all(k.startswith("status.") for k in settings)
    assert Thresholds.from_settings({**settings, "ui.language": "zh"}) == th


def test_thresholds_defaults_for_missing_keys() -> None:
    assert Thresholds.from_settings({}) == Thresholds()
    assert Thresholds.from_settings({"status.red_gap": " 40 "}) == Thresholds(red_gap=40)


@pytest.mark.parametrize(("settings", "code", "field"), [
    ({"status.red_gap": "5"}, "threshold_red_below_yellow", "status.red_gap"),
    ({"status.yellow_gap": "-1"}, "threshold_negative", "status.yellow_gap"),
    ({"status.warn_days": "abc"}, "threshold_bad_number", "status.warn_days"),
    ({"status.warn_days": "nan"}, "threshold_bad_number", "status.warn_days"),
    ({"status.red_overdue_days": "2.5"}, "threshold_not_whole", "status.red_overdue_days"),
])
def test_thresholds_reject_nonsense(settings: dict[str, str], code: str, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        Thresholds.from_settings(settings)
    assert (err.value.code, err.value.field) == (code, field)


def test_custom_thresholds_apply() -> None:
    th = Thresholds(yellow_gap=5, red_gap=15)
    assert compute_status(inp(**UNDER_WAY, reported_pct=40.0), D, th).light == Light.YELLOW
    assert compute_status(inp(**UNDER_WAY, reported_pct=34.0), D, th).light == Light.RED


# --- reasons ------------------------------------------------------------------------------


def test_reason_is_hashable_and_english() -> None:
    r = Reason.of("milestone_overdue", Light.RED, name="主体完工", days=45)
    assert hash(r) == hash(Reason.of("milestone_overdue", Light.RED, name="主体完工", days=45))
    assert reason_text(r) == "里程碑‘主体完工’逾期45天"
    assert reason_text(r, "en") == "Milestone '主体完工' is 45 days overdue"
    assert reason_text(Reason.of("not_started_in_month", Light.YELLOW, planned_start=date(2026, 3, 10)), "en") == (
        "Planned to start in March 2026, not started yet")


@pytest.mark.parametrize("code", [
    "milestone_overdue", "milestone_due_soon", "progress_behind", "not_started_in_month", "not_started_late",
    "past_planned_end", "approval_expiring", "approval_expired", "no_schedule", "no_progress_data",
    "before_start", "completed", "completed_late", "suspended", "override", "open_problems",
])
def test_every_code_has_both_templates(code: str) -> None:
    params = dict(name="环评", days=3, basis="reported", gap=12.0, actual=40.0, expected=52.0,
                  planned_start=date(2026, 3, 1), months=4, date=date(2026, 12, 31), light="yellow",
                  justification="x", by="张三", expires=date(2026, 12, 31), count=2, overdue=1)
    r = Reason.of(code, Light.YELLOW, **params)
    zh, en = reason_text(r, "zh"), reason_text(r, "en")
    assert zh != code and en != code and zh != en
