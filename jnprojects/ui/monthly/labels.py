"""Translated names for the monthly cycle's codes (lights, problem levels and states, report cycles)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from ...domain.monthly import Cycle
from ...domain.monthly_problems import ProblemLevel, ProblemState
from ...domain.status import Light
from ...domain.values import format_money

_LIGHTS = {
    Light.RED: QT_TRANSLATE_NOOP("MonthlyLabels", "Red"),
    Light.YELLOW: QT_TRANSLATE_NOOP("MonthlyLabels", "Yellow"),
    Light.GREEN: QT_TRANSLATE_NOOP("MonthlyLabels", "Green"),
    Light.COMPLETED: QT_TRANSLATE_NOOP("MonthlyLabels", "Completed"),
    Light.NOT_STARTED: QT_TRANSLATE_NOOP("MonthlyLabels", "Not started yet"),
    Light.SUSPENDED: QT_TRANSLATE_NOOP("MonthlyLabels", "Suspended"),
    Light.NO_SCHEDULE: QT_TRANSLATE_NOOP("MonthlyLabels", "No schedule"),
}
_LEVELS = {
    ProblemLevel.COUNTY: QT_TRANSLATE_NOOP("MonthlyLabels", "County level"),
    ProblemLevel.DEPARTMENT: QT_TRANSLATE_NOOP("MonthlyLabels", "City department"),
    ProblemLevel.CITY_LEADER: QT_TRANSLATE_NOOP("MonthlyLabels", "City leader"),
}
_STATES = {
    ProblemState.OPEN: QT_TRANSLATE_NOOP("MonthlyLabels", "Open"),
    ProblemState.IN_PROGRESS: QT_TRANSLATE_NOOP("MonthlyLabels", "In progress"),
    ProblemState.SOLVED: QT_TRANSLATE_NOOP("MonthlyLabels", "Solved"),
    ProblemState.CLOSED: QT_TRANSLATE_NOOP("MonthlyLabels", "Closed"),
}
_CYCLES = {
    Cycle.MONTHLY: QT_TRANSLATE_NOOP("MonthlyLabels", "Monthly"),
    Cycle.QUARTERLY: QT_TRANSLATE_NOOP("MonthlyLabels", "Quarterly"),
    Cycle.NONE: QT_TRANSLATE_NOOP("MonthlyLabels", "Not required"),
}
LIGHT_COLOURS = {Light.RED: ("#E53935", "#FFFFFF"), Light.YELLOW: ("#FFD54F", "#000000"),
                 Light.GREEN: ("#66BB6A", "#FFFFFF")}
OVERDUE_BACKGROUND = "#FDE2E1"
MISSING_BACKGROUND = "#FFF3CD"


def _t(text: str) -> str:
    return QCoreApplication.translate("MonthlyLabels", text)


def light_name(light: Light | str) -> str:
    return _t(_LIGHTS[Light(light)])


def level_name(level: ProblemLevel | str) -> str:
    return _t(_LEVELS[ProblemLevel(level)])


def state_name(state: ProblemState | str) -> str:
    return _t(_STATES[ProblemState(state)])


def cycle_name(cycle: Cycle | str) -> str:
    return _t(_CYCLES[Cycle(cycle)])


def light_colours(light: Light | str) -> tuple[QColor, QColor] | None:
    pair = LIGHT_COLOURS.get(Light(light))
    return (QColor(pair[0]), QColor(pair[1])) if pair else None


def money(amount: Decimal | None) -> str:
    """万元 figures as the tables show them (one unit per column: always 万元)."""
    return format_money(amount, "万元")[0]


def pct(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}%"


def month_text(period: str) -> str:
    """'2026年11月' in Chinese, 'November 2026'-ish '2026-11' otherwise."""
    return QCoreApplication.translate("MonthlyLabels", "%1-%2").replace("%1", period[:4]).replace(
        "%2", str(int(period[5:7])))
