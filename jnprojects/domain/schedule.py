"""序时进度 (time-elapsed schedule percentage) and the month arithmetic the status rules use.

Pure date arithmetic, documented with worked cases: the thresholds dialog quotes the same formulas.
"""

from __future__ import annotations

import calendar
from datetime import date

def schedule_pct(start: date, end: date, as_of: date) -> float:
    """序时进度: the share of the planned period elapsed by ``as_of``, in percent (0–100).

    Formula: ``(as_of − start).days / (end − start).days × 100``, capped to 0–100. The period is
    measured between the two dates, so the planned start is 0 % and the planned end is 100 %.
    When ``start == end`` (a one-day project) the result is 0 before that day and 100 on or
    after it. ``end < start`` is treated the same way as ``start == end`` at ``start``, because
    validation refuses such dates before they are stored.

    Worked cases:

    * start 2026-01-01, end 2026-12-31, D 2026-07-02 → 182 / 364 = 50.0 %
    * start 2026-01-01, end 2026-12-31, D 2025-12-01 → before the start → 0.0 %
    * start 2025-01-01, end 2026-12-31, D 2027-03-01 → after the end → 100.0 %
    * start 2024-01-01, end 2025-01-01, D 2024-03-01 → 60 / 366 = 16.39 % (leap day counted)
    """
    total = (end - start).days
    if total <= 0:
        return 0.0 if as_of < start else 100.0
    elapsed = (as_of - start).days
    # Capped by comparing whole days, not by max(0.0, min(100.0, …)): the same values (a share
    # below 1 never rounds above 100 %), and those two builtin calls were over half of this
    # function's time, which status pays once per project (10,000 at province scale).
    if elapsed <= 0:
        return 0.0
    if elapsed >= total:
        return 100.0
    return elapsed / total * 100.0


def annual_schedule_pct(as_of: date) -> float:
    """Annual 序时进度: share of ``as_of``'s calendar year elapsed at the end of ``as_of``.

    Formula: ``day_of_year(as_of) / days_in_year × 100`` (365 or 366). ``as_of`` itself counts as
    elapsed, so 31 December is 100 % — an annual plan is due by the end of the year, unlike a
    project span measured between two dates (see :func:`schedule_pct`).

    Worked cases:

    * 2026-07-02 → day 183 / 365 = 50.14 %
    * 2024-07-01 → day 183 / 366 = 50.0 % (leap year)
    * 2026-12-31 → 365 / 365 = 100.0 %; 2024-12-31 → 366 / 366 = 100.0 %
    * 2026-01-01 → 1 / 365 = 0.27 %
    """
    days_in_year = 366 if calendar.isleap(as_of.year) else 365
    return as_of.timetuple().tm_yday / days_in_year * 100.0


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's last day (31 Jan + 1 → 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if day.day <= 28:  # every month has the day: monthrange (a weekday computation) only for the 29th-31st
        return date(year, month + 1, day.day)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def months_elapsed(start: date, as_of: date) -> int:
    """Whole months from ``start`` to ``as_of`` (0 when ``as_of`` is before one month has passed)."""
    months = (as_of.year - start.year) * 12 + as_of.month - start.month
    if add_months(start, months) > as_of:
        months -= 1
    return max(0, months)
