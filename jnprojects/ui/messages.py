"""Sentences for the codes that the Qt-free layers raise (``DomainError.code`` and its params).

Source strings are English and pass through Qt's translator; the Simplified Chinese translation
(``resources/i18n/jnprojects_zh_CN.ts``) is what users see by default.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.errors import DomainError, ValidationErrors
from ..exchange.problems import known_codes as exchange_codes
from ..exchange.problems import Cancelled, FileRefused, refusal_text


def _t(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("Messages", …) (lupdate needs literals)."""
    return QCoreApplication.translate("Messages", text)


def field_name(field: str) -> str:
    names = {
        "code": QT_TRANSLATE_NOOP("Messages", "Code"),
        "national_code": QT_TRANSLATE_NOOP("Messages", "National project code"),
        "name": QT_TRANSLATE_NOOP("Messages", "Name"),
        "category_code": QT_TRANSLATE_NOOP("Messages", "Category"),
        "subcategory": QT_TRANSLATE_NOOP("Messages", "Subcategory"),
        "level": QT_TRANSLATE_NOOP("Messages", "Level"),
        "kind": QT_TRANSLATE_NOOP("Messages", "New or continuing"),
        "content": QT_TRANSLATE_NOOP("Messages", "Construction content"),
        "total_investment": QT_TRANSLATE_NOOP("Messages", "Total investment"),
        "planned_start": QT_TRANSLATE_NOOP("Messages", "Planned start"),
        "planned_end": QT_TRANSLATE_NOOP("Messages", "Planned end"),
        "actual_start": QT_TRANSLATE_NOOP("Messages", "Actual start"),
        "actual_end": QT_TRANSLATE_NOOP("Messages", "Actual end"),
        "stage": QT_TRANSLATE_NOOP("Messages", "Stage"),
        "notes": QT_TRANSLATE_NOOP("Messages", "Notes"),
        "locations": QT_TRANSLATE_NOOP("Messages", "Locations"),
        "assignments": QT_TRANSLATE_NOOP("Messages", "Responsible units"),
        "milestones": QT_TRANSLATE_NOOP("Messages", "Milestones"),
        "unit_name": QT_TRANSLATE_NOOP("Messages", "Unit name"),
        "planned_date": QT_TRANSLATE_NOOP("Messages", "Planned date"),
        "actual_date": QT_TRANSLATE_NOOP("Messages", "Actual date"),
        "weight": QT_TRANSLATE_NOOP("Messages", "Weight"),
        "valid_until": QT_TRANSLATE_NOOP("Messages", "Valid until"),
        "seq": QT_TRANSLATE_NOOP("Messages", "Order"),
        "note": QT_TRANSLATE_NOOP("Messages", "Note"),
        "role": QT_TRANSLATE_NOOP("Messages", "Role"),
        "contact_person": QT_TRANSLATE_NOOP("Messages", "Contact person"),
        "phone": QT_TRANSLATE_NOOP("Messages", "Phone"),
        "unit": QT_TRANSLATE_NOOP("Messages", "Unit"),
        "origin": QT_TRANSLATE_NOOP("Messages", "Origin"),
        "plan_source": QT_TRANSLATE_NOOP("Messages", "Plan source"),
        "plan_quote": QT_TRANSLATE_NOOP("Messages", "Plan text"),
        "plan_target": QT_TRANSLATE_NOOP("Messages", "Plan target"),
        "description": QT_TRANSLATE_NOOP("Messages", "Description"),
        "raised_on": QT_TRANSLATE_NOOP("Messages", "Raised on"),
        "responsible_unit": QT_TRANSLATE_NOOP("Messages", "Responsible unit"),
        "responsible_person": QT_TRANSLATE_NOOP("Messages", "Responsible person"),
        "deadline": QT_TRANSLATE_NOOP("Messages", "Deadline"),
        "state": QT_TRANSLATE_NOOP("Messages", "State"),
        "resolution": QT_TRANSLATE_NOOP("Messages", "Resolution"),
        "resolved_on": QT_TRANSLATE_NOOP("Messages", "Resolved on"),
        "reopen_reason": QT_TRANSLATE_NOOP("Messages", "Reason for reopening"),
        "progress_text": QT_TRANSLATE_NOOP("Messages", "Progress (形象进度)"),
        "progress_pct": QT_TRANSLATE_NOOP("Messages", "Progress %"),
        "invest_month": QT_TRANSLATE_NOOP("Messages", "Investment this month"),
        "invest_ytd": QT_TRANSLATE_NOOP("Messages", "Investment this year"),
        "invest_since_start": QT_TRANSLATE_NOOP("Messages", "Investment since start"),
        "annual_plan": QT_TRANSLATE_NOOP("Messages", "Annual investment plan"),
        "period": QT_TRANSLATE_NOOP("Messages", "Month"),
        "snapshot_projects": QT_TRANSLATE_NOOP("Messages", "Snapshot"),
        "justification": QT_TRANSLATE_NOOP("Messages", "Justification"),
        "expires_on": QT_TRANSLATE_NOOP("Messages", "Expires on"),
        "light": QT_TRANSLATE_NOOP("Messages", "Status light"),
        "value": QT_TRANSLATE_NOOP("Messages", "Value"),
        "year": QT_TRANSLATE_NOOP("Messages", "Year"),
        "category": QT_TRANSLATE_NOOP("Messages", "Category"),
    }
    return _t(names[field]) if field in names else field


def error_text(error: BaseException) -> str:
    """One sentence per problem, naming the field and the fix."""
    if isinstance(error, ValidationErrors):
        return "\n".join(error_text(e) for e in error.errors)
    if not isinstance(error, DomainError):
        return _t(QT_TRANSLATE_NOOP("Messages", "Unexpected error: %1")).replace("%1", str(error))
    if isinstance(error, (FileRefused, Cancelled)):
        return refusal_text(error)
    p = {k: str(v) for k, v in error.params.items()}
    field = field_name(error.field)
    templates = {
        "required": QT_TRANSLATE_NOOP("Messages", "%field is required."),
        "bad_code": QT_TRANSLATE_NOOP("Messages", "Code \"%value\" is not valid: use the category prefix, a hyphen and a number, e.g. JT-001."),
        "bad_date": QT_TRANSLATE_NOOP("Messages", "%field: \"%value\" is not a date. Write it as 2026-06-30, 2026/6/30 or 2026年6月30日."),
        "bad_money": QT_TRANSLATE_NOOP("Messages", "%field: \"%value\" is not an amount. Enter a number in 万元 (e.g. 1200 or 1.2亿)."),
        "negative_money": QT_TRANSLATE_NOOP("Messages", "%field: \"%value\" is negative; investment cannot be negative."),
        "bad_percent": QT_TRANSLATE_NOOP("Messages", "%field: \"%value\" is not a percentage. Enter a number from 0 to 100."),
        "percent_range": QT_TRANSLATE_NOOP("Messages", "%field: \"%value\" is outside 0–100%."),
        "bad_period": QT_TRANSLATE_NOOP("Messages", "\"%value\" is not a month. Write it as 2026-11 or 2026年11月."),
        "end_before_start": QT_TRANSLATE_NOOP("Messages", "%field (%end) is before the start (%start)."),
        "duplicate_unit": QT_TRANSLATE_NOOP("Messages", "Unit \"%unit\" is listed twice."),
        "unknown_unit": QT_TRANSLATE_NOOP("Messages", "Unit \"%value\" does not exist. Add it to the unit list first or pick an existing one."),
        "unknown_location": QT_TRANSLATE_NOOP("Messages", "Location \"%value\" does not exist."),
        "unknown_category": QT_TRANSLATE_NOOP("Messages", "Category \"%value\" does not exist."),
        "unknown_reference": QT_TRANSLATE_NOOP("Messages", "A referenced record does not exist (%detail)."),
        "milestone_name_required": QT_TRANSLATE_NOOP("Messages", "Milestone row %row has no name."),
        "weight_range": QT_TRANSLATE_NOOP("Messages", "Milestone row %row: weight %value is outside 0–100."),
        "weights_over_100": QT_TRANSLATE_NOOP("Messages", "Milestone weights add up to %value, more than 100."),
        "duplicate_code": QT_TRANSLATE_NOOP("Messages", "Code \"%value\" is already used by another project."),
        "duplicate_national_code": QT_TRANSLATE_NOOP("Messages", "National project code \"%value\" is already used by another project."),
        "constraint": QT_TRANSLATE_NOOP("Messages", "The change breaks a data rule and was not saved (%detail)."),
        "project_not_found": QT_TRANSLATE_NOOP("Messages", "The project no longer exists; it may have been deleted."),
        "milestone_not_found": QT_TRANSLATE_NOOP("Messages", "A milestone being edited no longer exists; reopen the project."),
        "not_a_database": QT_TRANSLATE_NOOP("Messages", "\"%path\" is not a jnprojects database. The file was not changed."),
        "newer_schema": QT_TRANSLATE_NOOP("Messages", "\"%path\" was written by a newer version of jnprojects (schema %found, this version "
                           "supports %supported). Please update the program. The file was not changed."),
        "unwritable": QT_TRANSLATE_NOOP("Messages", "Cannot create or open \"%path\": %detail"),
        "missing": QT_TRANSLATE_NOOP("Messages", "\"%path\" does not exist."),
        "needs_migration": QT_TRANSLATE_NOOP("Messages", "\"%path\" needs an upgrade, which cannot be done read-only."),
        "migration_failed": QT_TRANSLATE_NOOP("Messages", "Upgrading the database failed at step %step; nothing was changed (%detail)."),
        "locked": QT_TRANSLATE_NOOP("Messages", "\"%path\" is open on %computer by %user since %since. Open it "
                                               "read-only, or take it over if that session is gone."),
        "network_path": QT_TRANSLATE_NOOP("Messages", "\"%path\" is on a network drive, where the database can be "
                                                     "damaged. Copy it to a local disk and open the copy."),
        "corrupt": QT_TRANSLATE_NOOP("Messages", "\"%path\" is damaged (%detail). The file was not changed."),
        "needs_recovery": QT_TRANSLATE_NOOP("Messages", "\"%path\" was not closed properly and must be opened for "
                                                       "writing once to recover."),
        "busy": QT_TRANSLATE_NOOP("Messages", "\"%path\" is busy in another program; try again."),
        "backup_failed": QT_TRANSLATE_NOOP("Messages", "The backup \"%path\" could not be made (%detail)."),
        "restore_failed": QT_TRANSLATE_NOOP("Messages", "Restoring \"%path\" failed (%detail); a backup of the "
                                                       "previous state was kept."),
        "readonly": QT_TRANSLATE_NOOP("Messages", "The database is open read-only; nothing can be changed."),
        "period_closed": QT_TRANSLATE_NOOP("Messages", "%period is already closed (by %by at %at). Reopen it first, "
                                                      "with a reason."),
        "period_not_closed": QT_TRANSLATE_NOOP("Messages", "%period is not closed."),
        "problem_not_found": QT_TRANSLATE_NOOP("Messages", "The problem no longer exists; it may have been deleted."),
        "no_overdue_problems": QT_TRANSLATE_NOOP("Messages", "This unit has no overdue problems as of %date; "
                                                            "there is nothing to put in a notice."),
        "resolved_on_open": QT_TRANSLATE_NOOP("Messages", "%field (%value) is set, but the problem is still open: "
                                                         "clear the date or mark the problem solved."),
        "empty_report": QT_TRANSLATE_NOOP("Messages", "The report is empty: write the progress (形象进度) or enter "
                                                     "a figure."),
        "unknown_choice": QT_TRANSLATE_NOOP("Messages", "%field \"%value\" does not exist."),
        "override_bad_light": QT_TRANSLATE_NOOP("Messages", "\"%value\" is not a status light."),
        "override_justification_required": QT_TRANSLATE_NOOP("Messages", "An override needs a written "
                                                                         "justification."),
        "override_expiry_not_future": QT_TRANSLATE_NOOP("Messages", "The override must expire after today "
                                                                    "(%today)."),
        "threshold_bad_number": QT_TRANSLATE_NOOP("Messages", "%field: \"%value\" is not a number."),
        "threshold_negative": QT_TRANSLATE_NOOP("Messages", "%field: \"%value\" cannot be negative."),
        "threshold_red_below_yellow": QT_TRANSLATE_NOOP("Messages", "The red gap (%red points) must not be "
                                                                    "smaller than the yellow gap (%yellow points)."),
        "threshold_not_whole": QT_TRANSLATE_NOOP("Messages", "%field: \"%value\" must be a whole number."),
        "indicator_bad_value": QT_TRANSLATE_NOOP("Messages", "\"%value\" is not a number; indicator values are "
                                                            "numbers in the indicator's unit."),
        "indicator_bad_year": QT_TRANSLATE_NOOP("Messages", "Year %value is outside %min–%max."),
        "indicator_not_found": QT_TRANSLATE_NOOP("Messages", "Indicator %seq does not exist."),
        "not_demo_database": QT_TRANSLATE_NOOP("Messages", "\"%path\" is an office database, not a demo database; demo data is never "
                                "mixed into it."),
    }
    template = templates.get(error.code)
    if template is None and error.code in exchange_codes():
        return refusal_text(error)  # a cell problem code (exchange sentences are already Chinese)
    if template is None:
        return _t(QT_TRANSLATE_NOOP("Messages", "Error: %1")).replace("%1", str(error))
    text = _t(template)
    text = text.replace("%field", field)
    for key in sorted(p, key=len, reverse=True):
        text = text.replace(f"%{key}", p[key])
    return text
