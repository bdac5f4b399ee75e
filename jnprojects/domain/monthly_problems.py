"""The issue ledger (存在问题台账) in plain values: a problem, its states and when it is overdue.

Rules (pure, as of a date ``D`` so a past month's counts are reproducible):

* a problem is **open at D** when it was raised on or before ``D`` and was not solved or closed by
  ``D`` (``resolved_on`` is empty or later than ``D``);
* it is **overdue at D** when it is open at ``D`` and its deadline is before ``D`` (a deadline ON
  ``D`` is not overdue yet); a problem without a deadline is never overdue;
* solved (已解决) and closed (已销号) problems carry a resolution date and a resolution text; open
  (待解决) and in-progress (推进中) ones carry neither date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .errors import ValidationError, ValidationErrors


class ProblemLevel(StrEnum):
    """Who has to coordinate the problem (协调层级)."""

    COUNTY = "county"            # 县级协调
    DEPARTMENT = "department"    # 市直部门协调
    CITY_LEADER = "city_leader"  # 市领导协调


class ProblemState(StrEnum):
    OPEN = "open"                # 待解决
    IN_PROGRESS = "in_progress"  # 推进中
    SOLVED = "solved"            # 已解决
    CLOSED = "closed"            # 已销号


RESOLVED: frozenset[ProblemState] = frozenset({ProblemState.SOLVED, ProblemState.CLOSED})

LEVEL_ZH = {ProblemLevel.COUNTY: "县级协调", ProblemLevel.DEPARTMENT: "市直部门协调",
            ProblemLevel.CITY_LEADER: "市领导协调"}
STATE_ZH = {ProblemState.OPEN: "待解决", ProblemState.IN_PROGRESS: "推进中", ProblemState.SOLVED: "已解决",
            ProblemState.CLOSED: "已销号"}


@dataclass
class Problem:
    """One ledger entry. ``id`` is ``None`` until stored."""

    project_id: int
    description: str
    raised_on: date
    responsible_unit_id: int | None = None
    responsible_person: str = ""
    deadline: date | None = None
    level: ProblemLevel = ProblemLevel.COUNTY
    state: ProblemState = ProblemState.OPEN
    resolution: str = ""
    resolved_on: date | None = None
    id: int | None = None
    created_by: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class ProblemRow:
    """A ledger line: the problem with its project, unit and places joined in."""

    problem: Problem
    project_code: str
    project_name: str
    unit_name: str = ""
    location_codes: tuple[str, ...] = ()
    location_names: tuple[str, ...] = ()
    lead_units: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProblemFilter:
    """Narrows the ledger; ``None``/empty/False mean 'any'. ``overdue`` keeps problems overdue at
    the query's as-of date; ``unresolved`` keeps open and in-progress ones."""

    unit_id: int | None = None
    level: ProblemLevel | None = None
    state: ProblemState | None = None
    unresolved: bool = False
    overdue: bool = False
    project_id: int | None = None
    location: str | None = None
    text: str = ""


def is_open(problem: Problem, as_of: date) -> bool:
    if problem.raised_on > as_of:
        return False
    return problem.resolved_on is None or problem.resolved_on > as_of


def is_overdue(problem: Problem, as_of: date) -> bool:
    return is_open(problem, as_of) and problem.deadline is not None and problem.deadline < as_of


def overdue_days(problem: Problem, as_of: date) -> int:
    """Days past the deadline at ``as_of`` (0 when not overdue)."""
    if not is_overdue(problem, as_of):
        return 0
    assert problem.deadline is not None
    return (as_of - problem.deadline).days


def problem_errors(problem: Problem) -> list[ValidationError]:
    """Every rule the entry breaks (the store's CHECKs say the same, this says it per field)."""
    errors: list[ValidationError] = []
    if not problem.description.strip():
        errors.append(ValidationError("required", "description"))
    if problem.deadline is not None and problem.deadline < problem.raised_on:
        errors.append(ValidationError("end_before_start", "deadline",
                                      {"end": problem.deadline.isoformat(), "start": problem.raised_on.isoformat()}))
    state = ProblemState(problem.state)
    if state in RESOLVED:
        if problem.resolved_on is None:
            errors.append(ValidationError("required", "resolved_on"))
        elif problem.resolved_on < problem.raised_on:
            errors.append(ValidationError("end_before_start", "resolved_on",
                                          {"end": problem.resolved_on.isoformat(),
                                           "start": problem.raised_on.isoformat()}))
        if not problem.resolution.strip():
            errors.append(ValidationError("required", "resolution"))
    elif problem.resolved_on is not None:
        errors.append(ValidationError("resolved_on_open", "resolved_on",
                                      {"value": problem.resolved_on.isoformat()}))
    return errors


def check_problem(problem: Problem) -> None:
    errors = problem_errors(problem)
    if errors:
        raise ValidationErrors(errors)


@dataclass(frozen=True)
class ProblemCounts:
    """One project's problems as of a date (see the module rules)."""

    raised: int = 0
    resolved: int = 0
    open: int = 0
    overdue: int = 0


def counts_as_of(problems: list[Problem], as_of: date) -> dict[int, ProblemCounts]:
    """Per project: raised by ``as_of``, resolved by it, open at it and overdue at it."""
    tally: dict[int, list[int]] = {}
    for p in problems:
        if p.raised_on > as_of:
            continue
        row = tally.setdefault(p.project_id, [0, 0, 0, 0])
        row[0] += 1
        if p.resolved_on is not None and p.resolved_on <= as_of:
            row[1] += 1
        else:
            row[2] += 1
            if p.deadline is not None and p.deadline < as_of:
                row[3] += 1
    return {pid: ProblemCounts(*row) for pid, row in tally.items()}


@dataclass(frozen=True)
class NoticeItem:
    """One problem as a supervision notice (督办通知单) states it."""

    project_code: str
    project_name: str
    description: str
    raised_on: date
    deadline: date | None
    unit_name: str
    responsible_person: str
    level: ProblemLevel
    state: ProblemState
    overdue_days: int = 0
    locations: tuple[str, ...] = field(default_factory=tuple)


# --------------------------------------------------------------------------------------------
# The 存在问题 cell of the progress sheet and the templates: the ledger's open entries as text
# --------------------------------------------------------------------------------------------
PROBLEM_SEPARATOR = "；"
_SEPARATORS = re.compile(r"[；;\n]+")


def _key(text: str) -> str:
    return " ".join(text.split())  # str.split also splits full-width spaces


def problem_lines(text: str | None) -> list[str]:
    """The separate problems a cell lists (split at ；, ; or line breaks; blanks dropped)."""
    return [line.strip() for line in _SEPARATORS.split(text or "") if line.strip()]


def problems_text(descriptions: list[str]) -> str:
    """How a project's open problems are written into one cell."""
    return PROBLEM_SEPARATOR.join(descriptions)


def new_problem_lines(old_text: str | None, new_text: str | None) -> list[str]:
    """The problems a returned cell adds to what it was sent with (same text = same problem). A
    problem left out of the cell is not resolved by that: solving one needs its resolution, which
    is entered in the ledger."""
    known = {_key(line) for line in problem_lines(old_text)}
    added: list[str] = []
    for line in problem_lines(new_text):
        if _key(line) not in known:
            known.add(_key(line))
            added.append(line)
    return added
