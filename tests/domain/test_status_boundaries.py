"""Further boundary cases of the status rules, beside ``test_status.py``'s table: the edges of
every window (due soon, past the planned end, approval validity), the first and last day of the
planned period, completion exactly on time and thresholds the office changed."""

from __future__ import annotations

from datetime import date

import pytest

from jnprojects.domain.model import Stage
from jnprojects.domain.status import Light, Override, StatusInput, compute_status
from jnprojects.domain.status_text import reason_text
from jnprojects.domain.thresholds import Thresholds

from .test_status import UNDER_WAY, D, inp, ms

CASES: list[tuple[str, StatusInput, date, Thresholds, Light, list[str]]] = [
    ("due exactly at the end of the warning window is due soon",
     inp(**UNDER_WAY, reported_pct=50.0, milestones=[ms("主体完工", date(2026, 8, 1))]), D, Thresholds(),
     Light.YELLOW, ["里程碑‘主体完工’将于30天后到期"]),
    ("past the planned end by exactly 30 days is yellow",
     inp(planned_start=date(2025, 1, 1), planned_end=date(2026, 6, 2), actual_start=date(2025, 1, 1),
         stage=Stage.CONSTRUCTION, reported_pct=100.0), D, Thresholds(),
     Light.YELLOW, ["已超过计划竣工日期30天，尚未竣工"]),
    ("on the planned end day: 100 % due, not yet late",
     inp(planned_start=date(2026, 1, 1), planned_end=D, actual_start=date(2026, 1, 1),
         stage=Stage.CONSTRUCTION, reported_pct=90.0), D, Thresholds(), Light.GREEN, []),
    ("on the planned start day nothing is due yet",
     inp(planned_start=D, planned_end=date(2027, 7, 2), stage=Stage.PREPARATION, reported_pct=0.0), D,
     Thresholds(), Light.GREEN, []),
    ("approval lapsing exactly at the end of its warning window",
     inp(planned_start=date(2026, 9, 1), planned_end=date(2027, 12, 31), stage=Stage.PREPARATION,
         milestones=[ms("用地预审", date(2026, 5, 1), date(2026, 5, 1), valid_until=date(2026, 8, 1))]),
     D, Thresholds(), Light.YELLOW, ["‘用地预审’将于2026年8月1日失效（剩30天）", "计划2026年9月1日开工，尚未到开工时间"]),
    ("approval lapsing on the as-of date",
     inp(planned_start=date(2026, 9, 1), planned_end=date(2027, 12, 31), stage=Stage.PREPARATION,
         milestones=[ms("施工许可", date(2026, 5, 1), date(2026, 5, 1), valid_until=D)]),
     D, Thresholds(), Light.YELLOW, ["‘施工许可’将于2026年7月2日失效（今天到期）", "计划2026年9月1日开工，尚未到开工时间"]),
    ("completed exactly on the planned end is not late",
     inp(**UNDER_WAY, actual_end=date(2026, 12, 31)), date(2027, 1, 5), Thresholds(),
     Light.COMPLETED, ["已于2026年12月31日竣工"]),
    ("completed late by one day",
     inp(**UNDER_WAY, actual_end=date(2027, 1, 1)), date(2027, 1, 5), Thresholds(),
     Light.COMPLETED, ["已于2027年1月1日竣工", "较计划竣工日期推迟1天竣工"]),
    ("suspended without any dates is suspended, not no schedule",
     inp(stage=Stage.SUSPENDED), D, Thresholds(), Light.SUSPENDED, ["项目已暂停"]),
    ("a manual light applies to a suspended project too, computed light kept",
     inp(stage=Stage.SUSPENDED, override=Override(Light.RED, "停工待审计", date(2026, 12, 31), "王五")), D,
     Thresholds(), Light.RED, ["人工认定：红灯（理由：停工待审计；设定人：王五；有效期至2026-12-31）", "项目已暂停"]),
    ("office threshold: exactly 15 points behind with a 15-point yellow gap is not behind",
     inp(**UNDER_WAY, reported_pct=35.0), D, Thresholds(yellow_gap=15.0, red_gap=30.0), Light.GREEN, []),
    ("office threshold: a 7-day warning window leaves a milestone 12 days away upcoming",
     inp(**UNDER_WAY, reported_pct=50.0, milestones=[ms("开工", date(2026, 7, 14))]), D, Thresholds(warn_days=7),
     Light.GREEN, []),
]


@pytest.mark.parametrize(("inp_", "as_of", "th", "light", "texts"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_status_boundaries(inp_: StatusInput, as_of: date, th: Thresholds, light: Light, texts: list[str]) -> None:
    status = compute_status(inp_, as_of, th)
    assert status.light == light
    assert [reason_text(r) for r in status.reasons] == texts
