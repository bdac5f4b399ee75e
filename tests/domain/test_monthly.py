"""The month's arithmetic: derived investment figures, percentages, reporting duty, month helpers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal as D

import pytest

from jnprojects.domain.errors import ValidationError
from jnprojects.domain.model import ProgressReport, Stage
from jnprojects.domain.monthly import (
    covering_periods,
    derive_investment,
    expected_periods,
    period_end,
    planned_to_date,
    preview_investment,
    report_due,
    shift_period,
)
from jnprojects.domain.monthly_snapshot import reasons_from_json, reasons_to_json
from jnprojects.domain.status import Light, Reason


def r(period: str, month=None, ytd=None, since=None) -> ProgressReport:
    money = lambda v: None if v is None else D(str(v))  # noqa: E731
    return ProgressReport(1, period, invest_month=money(month), invest_ytd=money(ytd), invest_since_start=money(since))


# An old project whose first report (Nov 2025) types the since-start total; later months type a mix.
HISTORY = [
    r("2025-11", 100, since=1000),
    r("2025-12", 200),
    r("2026-01", 50),              # January: the year's total starts again
    r("2026-03", 150),             # no report in February
    r("2026-04", ytd=260),         # only the year's total typed: the month is derived (260 - 200)
    r("2026-05", 40, since=1600),  # a typed since-start total wins and anchors the later months
    r("2026-06", 100),
]


def test_ytd_and_since_start_add_up_month_by_month():
    nov = derive_investment(HISTORY, "2025-11")
    assert (nov.month, nov.ytd, nov.since_start) == (D(100), D(100), D(1000))
    assert nov.since_start_typed and not nov.ytd_typed
    dec = derive_investment(HISTORY, "2025-12")
    assert (dec.month, dec.ytd, dec.since_start) == (D(200), D(300), D(1200))


def test_year_boundary_resets_the_ytd_but_not_since_start():
    jan = derive_investment(HISTORY, "2026-01")
    assert (jan.month, jan.ytd, jan.since_start) == (D(50), D(50), D(1250))
    # No report yet in the new year: nothing invested this year is known, since-start carries on.
    before = derive_investment(HISTORY[:2], "2026-01")
    assert (before.month, before.ytd, before.since_start) == (None, None, D(1200))


def test_month_without_report_keeps_the_totals():
    feb = derive_investment(HISTORY, "2026-02")
    assert (feb.month, feb.ytd, feb.since_start) == (None, D(50), D(1250))
    mar = derive_investment(HISTORY, "2026-03")
    assert (mar.month, mar.ytd, mar.since_start) == (D(150), D(200), D(1400))


def test_typed_totals_win_and_derive_the_month():
    apr = derive_investment(HISTORY, "2026-04")
    assert (apr.month, apr.ytd, apr.since_start) == (D(60), D(260), D(1460))
    assert apr.ytd_typed and not apr.month_typed
    may = derive_investment(HISTORY, "2026-05")
    assert (may.month, may.ytd, may.since_start) == (D(40), D(300), D(1600))
    jun = derive_investment(HISTORY, "2026-06")
    assert (jun.month, jun.ytd, jun.since_start) == (D(100), D(400), D(1700))


def test_month_is_not_derived_across_a_gap():
    # February missing: March's typed ytd of 200 includes February, so it is not one month's work.
    gap = derive_investment([r("2026-01", 50), r("2026-03", ytd=200)], "2026-03")
    assert (gap.month, gap.ytd) == (None, D(200))
    # January has no earlier month of its year: a typed ytd is the month.
    assert derive_investment([r("2026-01", ytd=70)], "2026-01").month == D(70)


def test_percentages_of_annual_plan_total_and_schedule():
    jun = derive_investment(HISTORY, "2026-06", annual_plan=D(1000), total_investment=D(4000))
    assert jun.pct_of_annual_plan == pytest.approx(40.0)
    assert jun.pct_of_total == pytest.approx(42.5)
    # 2026-06-30 is day 181 of 365: planned to date = 1000 × 181 / 365.
    assert jun.planned_to_date == D(1000) * 181 / D(365)
    assert jun.pct_of_planned_to_date == pytest.approx(400 / (1000 * 181 / 365) * 100)
    assert derive_investment(HISTORY, "2026-06").pct_of_annual_plan is None  # no plan, no share
    assert derive_investment(HISTORY, "2026-06", annual_plan=D(0)).pct_of_annual_plan is None


def test_plan_changed_mid_year_applies_to_the_whole_year():
    march_with_first_plan = derive_investment(HISTORY, "2026-03", annual_plan=D(800))
    assert march_with_first_plan.pct_of_annual_plan == pytest.approx(25.0)  # 200 / 800
    june_with_raised_plan = derive_investment(HISTORY, "2026-06", annual_plan=D(1600))
    assert june_with_raised_plan.pct_of_annual_plan == pytest.approx(25.0)  # 400 / 1600
    march_seen_later = derive_investment(HISTORY, "2026-03", annual_plan=D(1600))
    assert march_seen_later.pct_of_annual_plan == pytest.approx(12.5)  # why closed months freeze the plan


def test_planned_to_date_in_a_leap_year_and_at_year_end():
    assert planned_to_date(D(366), date(2024, 7, 1)) == D(183)
    assert planned_to_date(D(1200), date(2026, 12, 31)) == D(1200)
    assert planned_to_date(None, date(2026, 1, 1)) is None


def test_preview_replaces_the_month_being_typed():
    shown = preview_investment(HISTORY, "2026-06", D(300))
    assert (shown.month, shown.ytd, shown.since_start) == (D(300), D(600), D(1900))


@dataclass
class P:
    stage: Stage
    actual_end: date | None = None


def test_construction_reports_monthly_preparation_quarterly():
    assert expected_periods(P(Stage.CONSTRUCTION), "2026-05") == [f"2026-0{m}" for m in range(1, 6)]
    assert expected_periods(P(Stage.PREPARATION), "2026-08") == ["2026-03", "2026-06"]
    assert expected_periods(P(Stage.PLANNED), "2026-12") == ["2026-03", "2026-06", "2026-09", "2026-12"]
    assert report_due(P(Stage.PREPARATION), "2026-09") and not report_due(P(Stage.PREPARATION), "2026-08")
    assert covering_periods(P(Stage.PREPARATION), "2026-06") == ("2026-04", "2026-05", "2026-06")
    assert covering_periods(P(Stage.CONSTRUCTION), "2026-06") == ("2026-06",)


def test_completed_report_until_their_completion_month_suspended_never():
    done = P(Stage.COMPLETED, date(2026, 4, 10))
    assert expected_periods(done, "2026-06") == ["2026-01", "2026-02", "2026-03", "2026-04"]
    assert report_due(done, "2026-04") and not report_due(done, "2026-05")
    assert expected_periods(P(Stage.COMPLETED, date(2025, 12, 1)), "2026-03") == []
    assert expected_periods(P(Stage.SUSPENDED), "2026-06") == []


def test_month_helpers():
    assert period_end("2024-02") == date(2024, 2, 29)
    assert shift_period("2026-01", -1) == "2025-12"
    assert shift_period("2025-12", 1) == "2026-01"
    with pytest.raises(ValidationError):
        period_end("2026-13")


def test_reasons_survive_json_with_dates():
    reasons = (Reason.of("not_started_in_month", Light.YELLOW, planned_start=date(2026, 3, 1)),
               Reason.of("progress_behind", Light.RED, basis="weights", gap=31.5, actual=10.0, expected=41.5))
    assert reasons_from_json(reasons_to_json(reasons)) == reasons
