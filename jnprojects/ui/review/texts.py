"""Words and number formats of the deck (context ``ReviewLabels``): status labels, verdicts, dates,
money. Reason sentences come from ``domain.status_text.reason_text`` in the UI language."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from ...domain.indicator_verdicts import MET, NO_DATA, NO_TARGET, OFF_COURSE, ON_COURSE
from ...domain.status import Light, MilestoneState, Reason
from ...domain.status_text import reason_text

_CONTEXT = "ReviewLabels"

_LIGHTS = {
    Light.RED: QT_TRANSLATE_NOOP("ReviewLabels", "Red"),
    Light.YELLOW: QT_TRANSLATE_NOOP("ReviewLabels", "Yellow"),
    Light.GREEN: QT_TRANSLATE_NOOP("ReviewLabels", "Green"),
    Light.COMPLETED: QT_TRANSLATE_NOOP("ReviewLabels", "Completed"),
    Light.NOT_STARTED: QT_TRANSLATE_NOOP("ReviewLabels", "Not started"),
    Light.NO_SCHEDULE: QT_TRANSLATE_NOOP("ReviewLabels", "No schedule"),
    Light.SUSPENDED: QT_TRANSLATE_NOOP("ReviewLabels", "Suspended"),
}
_VERDICTS = {
    MET: QT_TRANSLATE_NOOP("ReviewLabels", "Met"),
    ON_COURSE: QT_TRANSLATE_NOOP("ReviewLabels", "On course"),
    OFF_COURSE: QT_TRANSLATE_NOOP("ReviewLabels", "Off course"),
    NO_TARGET: QT_TRANSLATE_NOOP("ReviewLabels", "No target"),
    NO_DATA: QT_TRANSLATE_NOOP("ReviewLabels", "No data"),
}
_STATES = {
    MilestoneState.DONE: QT_TRANSLATE_NOOP("ReviewLabels", "done"),
    MilestoneState.OVERDUE: QT_TRANSLATE_NOOP("ReviewLabels", "overdue"),
    MilestoneState.DUE_SOON: QT_TRANSLATE_NOOP("ReviewLabels", "due soon"),
    MilestoneState.UPCOMING: QT_TRANSLATE_NOOP("ReviewLabels", "upcoming"),
    MilestoneState.NO_DATE: QT_TRANSLATE_NOOP("ReviewLabels", "no date"),
}


def t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def lang() -> str:
    """``"zh"`` when the UI speaks Chinese, else ``"en"`` (for ``reason_text``)."""
    return "zh" if QLocale().name().startswith("zh") else "en"


def light_label(light: Light) -> str:
    return t(_LIGHTS[Light(light)])


def verdict_label(verdict: str) -> str:
    return t(_VERDICTS[verdict])


def state_label(state: MilestoneState) -> str:
    return t(_STATES[MilestoneState(state)])


def date_text(day: date | None) -> str:
    """'2026年7月2日' in Chinese, '2 July 2026' in English; '—' for no date."""
    if day is None:
        return "—"
    return QLocale().toString(QDate(day.year, day.month, day.day), t(QT_TRANSLATE_NOOP("ReviewLabels", "d MMMM yyyy")))


def short_date(day: date | None) -> str:
    return "—" if day is None else day.isoformat()


def period_text(period: str) -> str:
    """'2026年6月' / 'June 2026' for 'YYYY-MM'."""
    year, month = int(period[:4]), int(period[5:7])
    return QLocale().toString(QDate(year, month, 1), t(QT_TRANSLATE_NOOP("ReviewLabels", "MMMM yyyy")))


def money(value: Decimal | None) -> str:
    """万元 with thousands separators and no decimals; '—' when unknown."""
    return "—" if value is None else f"{value:,.0f}"


def number(value: Decimal | None) -> str:
    """An indicator value as recorded (trailing zeros dropped); '—' when none."""
    if value is None:
        return "—"
    return format(value.normalize(), "f")


def reasons(items: tuple[Reason, ...], problems_only: bool = False) -> list[str]:
    """The sentences of ``items``; with ``problems_only`` the red and yellow ones only."""
    wanted = [r for r in items if not problems_only or r.severity in (Light.RED, Light.YELLOW)]
    return [reason_text(r, lang()) for r in wanted]


def days_text(days: int) -> str:
    if days == 0:
        return t(QT_TRANSLATE_NOOP("ReviewLabels", "today"))
    return t(QT_TRANSLATE_NOOP("ReviewLabels", "in %1 days")).replace("%1", str(days))
