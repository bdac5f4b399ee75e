"""Translated names of the dashboard's codes (lights, milestone states, verdicts, figures).

Source strings are English (context ``DashboardLabels``); the Simplified Chinese comes from the
translator. Reason sentences are NOT translated here: they come from ``domain.status_text.reason_text``
in the UI language (:func:`ui_lang`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from ...domain.indicator_verdicts import MET, NO_DATA, NO_TARGET, OFF_COURSE, ON_COURSE
from ...domain.status import Light, MilestoneState, ProjectStatus, Reason
from ...domain.status_text import reason_text
from .chart_style import light_style, milestone_style, verdict_style

_CONTEXT = "DashboardLabels"

_LIGHTS = {
    Light.RED: QT_TRANSLATE_NOOP("DashboardLabels", "Red"),
    Light.YELLOW: QT_TRANSLATE_NOOP("DashboardLabels", "Yellow"),
    Light.GREEN: QT_TRANSLATE_NOOP("DashboardLabels", "Green"),
    Light.COMPLETED: QT_TRANSLATE_NOOP("DashboardLabels", "Completed"),
    Light.NOT_STARTED: QT_TRANSLATE_NOOP("DashboardLabels", "Not started yet"),
    Light.SUSPENDED: QT_TRANSLATE_NOOP("DashboardLabels", "Suspended"),
    Light.NO_SCHEDULE: QT_TRANSLATE_NOOP("DashboardLabels", "No schedule"),
}
_STATES = {
    MilestoneState.DONE: QT_TRANSLATE_NOOP("DashboardLabels", "Done"),
    MilestoneState.OVERDUE: QT_TRANSLATE_NOOP("DashboardLabels", "Overdue"),
    MilestoneState.DUE_SOON: QT_TRANSLATE_NOOP("DashboardLabels", "Due soon"),
    MilestoneState.UPCOMING: QT_TRANSLATE_NOOP("DashboardLabels", "Upcoming"),
    MilestoneState.NO_DATE: QT_TRANSLATE_NOOP("DashboardLabels", "No date"),
}
_VERDICTS = {
    MET: QT_TRANSLATE_NOOP("DashboardLabels", "Met"),
    ON_COURSE: QT_TRANSLATE_NOOP("DashboardLabels", "On course"),
    OFF_COURSE: QT_TRANSLATE_NOOP("DashboardLabels", "Off course"),
    NO_TARGET: QT_TRANSLATE_NOOP("DashboardLabels", "No target"),
    NO_DATA: QT_TRANSLATE_NOOP("DashboardLabels", "No data"),
}
_FIGURES = {
    "total_investment": QT_TRANSLATE_NOOP("DashboardLabels", "Total investment"),
    "annual_plan": QT_TRANSLATE_NOOP("DashboardLabels", "Plan for this year"),
    "invest_ytd": QT_TRANSLATE_NOOP("DashboardLabels", "Completed this year"),
    "invest_since_start": QT_TRANSLATE_NOOP("DashboardLabels", "Completed since start"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def ui_lang() -> str:
    """``"zh"`` when the UI speaks Chinese, else ``"en"`` (for ``reason_text``)."""
    return "zh" if QLocale().name().startswith("zh") else "en"


def light_name(light: Light | str) -> str:
    """"Red", "Completed" … in the UI language."""
    return _t(_LIGHTS[Light(light)])


def light_label(light: Light | str) -> str:
    """Glyph and name, e.g. "■ Red": the light told by shape and word, not colour alone."""
    return f"{light_style(light).glyph} {light_name(light)}"


def milestone_state_name(state: MilestoneState | str) -> str:
    return _t(_STATES[MilestoneState(state)])


def milestone_state_label(state: MilestoneState | str) -> str:
    return f"{milestone_style(state).glyph} {milestone_state_name(state)}"


def verdict_name(verdict: str) -> str:
    return _t(_VERDICTS[verdict])


def verdict_label(verdict: str) -> str:
    return f"{verdict_style(verdict).glyph} {verdict_name(verdict)}"


def figure_name(field: str) -> str:
    """Name of an investment figure of ``domain.dashboard_data.INVESTMENT_FIELDS``."""
    return _t(_FIGURES[field])


def status_light_label(status: ProjectStatus) -> str:
    """The shown light, marked when it was set by hand: "■ Red (set manually)"."""
    text = light_label(status.light)
    if status.overridden:
        text += _t(QT_TRANSLATE_NOOP("DashboardLabels", " (set manually)"))
    return text


def reason_lines(reasons: Iterable[Reason], lang: str | None = None) -> list[str]:
    """The sentences of ``reasons`` in the UI language (the override's, with who and why, first)."""
    lang = lang or ui_lang()
    return [reason_text(r, lang) for r in reasons]


def date_text(value: date | None) -> str:
    """ISO date, or an em dash for none (both languages read ISO dates)."""
    return value.isoformat() if value else "—"


def keep_together(text: str) -> str:
    """``text`` with WORD JOINERs between its characters and no-break spaces, so a legend entry
    such as 暂停 or "No schedule" is never broken across lines (Chinese text may otherwise break
    between any two characters; Qt's rich text ignores ``white-space: nowrap`` on inline spans).
    Join such entries with ``&nbsp;`` inside and ordinary spaces between them."""
    return "\u2060".join(text.replace(" ", "\u00a0"))
