"""Colours, shapes and glyphs of the dashboard: small pure lookups, no Qt and no pyqtgraph.

The palette is Okabe–Ito (safe for the common colour-vision deficiencies), and every status also
carries a *shape*: a glyph for text (legends, labels, lists) and a pyqtgraph symbol name for
markers, so no status is told by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.indicator_verdicts import MET, NO_DATA, NO_TARGET, OFF_COURSE, ON_COURSE
from ...domain.status import Light, MilestoneState

# Okabe–Ito.
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
GREY = "#8C8C8C"
LIGHT_GREY = "#C8C8C8"
INK = "#1F2933"  # text and axes
MUTED_INK = "#52606D"


@dataclass(frozen=True)
class Style:
    """How one status is drawn: fill colour, outline, text colour on the fill, glyph and symbol."""

    fill: str
    outline: str
    text: str
    glyph: str
    symbol: str = "s"


def text_on(fill: str) -> str:
    """Black or white, whichever reads better on ``fill`` (#RRGGBB), by relative luminance."""
    r, g, b = (int(fill[i:i + 2], 16) / 255 for i in (1, 3, 5))

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    # Contrast with white (1.05 / (L + 0.05)) against contrast with black ((L + 0.05) / 0.05).
    return "#000000" if (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) else "#FFFFFF"


def _style(fill: str, outline: str, glyph: str, symbol: str = "s") -> Style:
    return Style(fill, outline, text_on(fill), glyph, symbol)


LIGHT_STYLES: dict[Light, Style] = {
    Light.RED: _style(VERMILLION, "#8F3F00", "■", "s"),
    Light.YELLOW: _style(YELLOW, "#8A7F00", "▲", "t1"),
    Light.GREEN: _style(BLUISH_GREEN, "#006A4D", "●", "o"),
    Light.NOT_STARTED: _style(SKY_BLUE, "#2B7BAE", "○", "o"),
    Light.NO_SCHEDULE: _style(REDDISH_PURPLE, "#8E4F73", "?", "d"),
    Light.SUSPENDED: _style(GREY, "#5A5A5A", "‖", "|"),
    Light.COMPLETED: _style(BLUE, "#004C77", "✓", "star"),
}

MILESTONE_STYLES: dict[MilestoneState, Style] = {
    MilestoneState.DONE: _style(BLUISH_GREEN, "#004D38", "●", "o"),
    MilestoneState.OVERDUE: _style(VERMILLION, "#6E3000", "✕", "x"),
    MilestoneState.DUE_SOON: _style(ORANGE, "#7A5500", "▲", "t1"),
    MilestoneState.UPCOMING: _style(BLUE, "#00304D", "◆", "d"),
    MilestoneState.NO_DATE: _style(LIGHT_GREY, GREY, "·", "s"),
}

#: Draw order of the milestone markers (later on top: overdue must never hide under done).
MILESTONE_ORDER: tuple[MilestoneState, ...] = (
    MilestoneState.DONE, MilestoneState.UPCOMING, MilestoneState.DUE_SOON, MilestoneState.OVERDUE,
)

VERDICT_STYLES: dict[str, Style] = {
    MET: _style(BLUISH_GREEN, "#006A4D", "✓"),
    ON_COURSE: _style(SKY_BLUE, "#2B7BAE", "↗"),
    OFF_COURSE: _style(VERMILLION, "#8F3F00", "✕"),
    NO_TARGET: _style("#E4E7EB", GREY, "–"),
    NO_DATA: _style("#F5F7FA", LIGHT_GREY, "?"),
}

#: The four investment figures, in the order of ``domain.dashboard_data.INVESTMENT_FIELDS``.
INVESTMENT_COLOURS: dict[str, str] = {
    "total_investment": BLUE,
    "annual_plan": SKY_BLUE,
    "invest_ytd": ORANGE,
    "invest_since_start": BLUISH_GREEN,
}

#: Gantt bars: planned is a pale band, actual a narrower bar coloured by the project's light.
PLANNED_FILL = "#DCE3EA"
PLANNED_OUTLINE = "#8796A5"
PLANNED_HEIGHT = 0.66
ACTUAL_HEIGHT = 0.34
AS_OF_LINE = "#1F2933"


# A StrEnum member and its value are the same dict key: no Light(...) call per Gantt row.
def light_style(light: Light | str) -> Style:
    return LIGHT_STYLES[light]


def milestone_style(state: MilestoneState | str) -> Style:
    return MILESTONE_STYLES[state]


def verdict_style(verdict: str) -> Style:
    return VERDICT_STYLES[verdict]
