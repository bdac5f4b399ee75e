"""The editable columns of a returned project sheet, each compared with the database in one pass.

A sheet may hold 10,000 lines of four to eight editable columns. A column's current values are
gathered from every line's :class:`~.progress_import.ProjectNow` and its cells are compared with
them without a Python step per cell: a cell equal to its current value is neither a change nor a
problem, so an unchanged file costs next to nothing. Only the cells that differ are looked at one
by one: refused, read against the stored number (percentages) and compared as the export wrote
them (texts folded, money as Decimal). Their :class:`FieldChange` s are then built a field at a
time, as a returned sheet may change every cell of a column; cells that cannot be read become
:class:`~.problems.Problem` s. Each carries its line's row, by which the caller restores file order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from functools import partial
from itertools import compress, count, repeat
from operator import attrgetter, methodcaller, ne
from typing import TYPE_CHECKING, NamedTuple

from ..bulk import records
from ..domain.monthly_problems import new_problem_lines, problems_text
from .cell_values import CellError, fold_text, read_date, read_money, read_each, read_or_error, read_percent, read_text
from .layout import KIND_PROGRESS, KIND_TEMPLATE
from .problems import Problem

if TYPE_CHECKING:
    from .progress_import import Line, ProjectNow

REPORT_FIELDS = ("progress_text", "progress_pct", "invest_month", "problems")


class FieldChange(NamedTuple):
    """One field that the file changes: where it was found, old and new as text, the typed value."""

    sheet: str
    row: int  # 1-based
    code: str
    project_name: str
    entity: str  # 'project', 'report', 'milestone', 'annual_plan', 'assignment', 'unit'
    field: str
    label: str
    old: str
    new: str
    value: object = None
    target: object = None  # the milestone id, the report period …


LABELS = {"content": "建设内容", "total_investment": "总投资（万元）", "planned_start": "计划开工",
          "planned_end": "计划竣工", "actual_start": "实际开工", "actual_end": "实际竣工",
          "progress_text": "形象进度", "progress_pct": "形象进度（%）", "invest_month": "本月完成投资（万元）",
          "problems": "存在问题", "planned_date": "计划日期", "actual_date": "实际完成日期"}
_KINDS = {"content": "text", "total_investment": "money", "planned_start": "date", "planned_end": "date",
          "actual_start": "date", "actual_end": "date", "progress_text": "text", "progress_pct": "percent",
          "invest_month": "money", "problems": "text", "planned_date": "date", "actual_date": "date"}


def shown(value: object) -> str:
    """How an old or new value is listed in the preview."""
    if type(value) is str:  # most values: first, before the other types are tried
        return value or "（空）"
    if value is None:
        return "（空）"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def shown_each(values: list[object]) -> list[str]:
    """:func:`shown` of each value, worked out once per distinct object: a column's values repeat
    (a cell value read once is one object, see :func:`.cell_values.read_each`; an empty old
    value is ``None``), so 10,000 changes show a few hundred values (the bench's money column:
    9 ms → 3.5)."""
    distinct = dict(zip(map(id, values), values))  # keyed by id: every value is alive in ``values``
    texts = {key: shown(value) for key, value in distinct.items()}
    return list(map(texts.__getitem__, map(id, values)))


def _shown_all(values: list[object]) -> list[str]:
    return list(map(shown, values))


class Heads(NamedTuple):
    """The first fields of the changes of a sheet's lines: its name, and a list per field with an
    item per line (1-based row, project code and name)."""

    sheet: str
    rows: list[int]
    codes: list[str]
    names: list[str]


def _percent_cell(value: object) -> object:
    """A percentage is read per line, against the stored number (see :func:`.cell_values.read_percent`),
    so the cell is kept as found; only TRUE/FALSE is refused now, being no number whatever is
    stored (and equal to 1 and 0, it would otherwise pass for an unchanged 1 % or 0 %)."""
    if type(value) is bool:
        read_percent(value)  # raises the cell's problem
    return value


def _reader(kind: str, unit: str) -> Callable[[object], object]:
    """How a column of ``kind`` is read, chosen once per column."""
    if kind == "text":
        return read_text
    if kind == "money":
        return partial(read_money, unit=unit)
    if kind == "date":
        return read_date
    return _percent_cell


# Whether two values that are not equal are still the same once folded as the export wrote them.

def _same_text(old: object, new: object) -> bool:
    if not old:  # most template cells: nothing reported yet
        # ``new`` is read_text's (ends trimmed): a first character that is no control character
        # survives folding, so only a text starting with one needs folding to be sure.
        return not new or (new[0] < " " and not fold_text(new))
    return fold_text(old if isinstance(old, str) else "") == fold_text(new)


def _same_money(old: object, new: object) -> bool:
    return old is not None and new is not None and Decimal(old) == Decimal(new)


def _same_percent(old: object, new: object) -> bool:
    return old is not None and new is not None and abs(float(old) - float(new)) < 1e-9


def _never(old: object, new: object) -> bool:
    return False


_SAME = {"text": _same_text, "money": _same_money, "percent": _same_percent, "date": _never}


def _current_values(kind: str, key: str) -> Callable[[Sequence[ProjectNow]], list[object]]:
    """How a column's current values are gathered from the lines' :class:`ProjectNow`, chosen once
    per column (C-level getters: no Python call per line)."""
    if key == "problems":
        value = attrgetter("shown_problems")
    elif key in REPORT_FIELDS and kind == KIND_PROGRESS:  # what the sheet showed: the latest report's
        value = attrgetter("shown_text" if key == "progress_text" else "shown_problems")
    elif key in REPORT_FIELDS:  # a template shows the period's own report
        report_value = methodcaller("get", key, "" if _KINDS[key] == "text" else None)
        report = attrgetter("report")
        return lambda nows: list(map(report_value, map(report, nows)))
    else:
        value = attrgetter(key)
    return lambda nows: list(map(value, nows))


class Field(NamedTuple):
    """An editable column of a project sheet: how it is read and compared, and what its changes
    are recorded as."""

    key: str
    col: int
    kind: str
    entity: str
    label: str
    target: str | None
    read: Callable[[object], object]
    current: Callable[[Sequence[ProjectNow]], list[object]]
    same: Callable[[object, object], bool]
    # Whether a repeated cell is read once (see cell_values.read_each): money and dates cost more
    # to read than to look up (the bench's money column: 48 ms → 13), texts and percentages less.
    remember: bool


def editable_fields(cols: dict[str, tuple[int, str]], units: dict[str, str], identity: tuple[str, ...],
                    kind: str, period: str) -> list[Field]:
    """The editable columns of a sheet (``cols`` as found, identity columns left out), in order."""
    found = []
    for key, (col, _header) in cols.items():
        if key in identity:
            continue
        entity = "report" if key in REPORT_FIELDS else "project"
        label = "本期形象进度" if key == "progress_text" and kind == KIND_TEMPLATE else LABELS[key]
        value_kind = _KINDS[key]
        found.append(Field(key, col, value_kind, entity, label, period if entity == "report" else None,
                           _reader(value_kind, units.get(key, "万元")), _current_values(kind, key),
                           _SAME[value_kind], value_kind in ("money", "date")))
    return found


def compare_column(field: Field, lines: list[Line], nows: list[ProjectNow], heads: Heads,
                   news: list[object], changes: list[FieldChange], problems: list[Problem]) -> dict[int, object]:
    """Compare one column (``news``: its cells read, one per line) with the lines' current values;
    add its changes and problems. Returns the dates read that differ from the current ones, by
    line index, for the end-before-start check (a date column's only).

    A column has at most one change and one problem per line, so they are added a kind at a time,
    each in line order: the caller's stable sort by row restores file order across columns."""
    key, _col, kind, entity, label, target, _read, current, same, _remember = field
    olds = current(nows)
    # An empty 存在问题 cell adds nothing (see _new_problems); a CellError differs from every value.
    differing = list(compress(count(), news if key == "problems" else map(ne, olds, news)))
    differing = _refuse(key, lines, news, differing, problems)
    if kind == "percent":
        news = _read_percents(news, olds, differing)
        differing = _refuse(key, lines, news, differing, problems)
        changed = [i for i in differing if olds[i] != news[i] and not same(olds[i], news[i])]
    elif key == "problems":
        _add_problems(nows, heads, olds, news, differing, changes)
        return {}
    else:  # ``ne`` found them unequal already
        changed = differing if same is _never else [i for i in differing if not same(olds[i], news[i])]
    # Built by the ten thousand when a whole column is filled in: a field at a time, with no
    # Python step per change (the bench's three columns: 39, 74 and 58 ms → 28, 37 and 34).
    pick = _picker(changed, len(news))
    olds_changed, news_changed = pick(olds), pick(news)
    show = shown_each if kind != "text" else _shown_all  # a text shows as itself: nothing to save
    changes += records(FieldChange, zip(
        repeat(heads.sheet), pick(heads.rows), pick(heads.codes), pick(heads.names), repeat(entity), repeat(key),
        repeat(label), show(olds_changed), show(news_changed), news_changed, repeat(target)))
    return {i: news[i] for i in differing} if kind == "date" else {}


def _picker(indexes: list[int], size: int) -> Callable[[list], list]:
    """The items at ``indexes`` (distinct, ascending) of a list of ``size``: the list itself when
    they are all of them, as when a whole column changes (5 ms a column at 10,000 lines)."""
    if len(indexes) == size:
        return lambda values: values
    return lambda values: list(map(values.__getitem__, indexes))


def _refuse(key: str, lines: list[Line], news: list[object], differing: list[int], problems: list[Problem]) -> list[int]:
    """The problem of each of the ``differing`` cells that could not be read; the others' indexes."""
    refused = [i for i in differing if type(news[i]) is CellError]
    if not refused:
        return differing
    for i in refused:
        error = news[i]
        problems.append(lines[i].problem(key, error.code, error.found, **error.params))
    return [i for i in differing if type(news[i]) is not CellError]


def _read_percents(news: list[object], olds: list[object], differing: list[int]) -> list[object]:
    """The differing percentage cells read, each against its stored number (see
    :func:`_percent_cell`); a line without one reads its cell as any other would (remembered)."""
    if len(differing) == len(news) and not any(map(isinstance, olds, repeat(float))):
        return read_each(read_percent, news)  # a whole column filled in where nothing was stored
    news = list(news)
    against = [i for i in differing if isinstance(olds[i], float)]
    alone = [i for i in differing if not isinstance(olds[i], float)]
    for i in against:
        news[i] = read_or_error(read_percent, news[i], olds[i])
    for i, value in zip(alone, read_each(read_percent, [news[i] for i in alone])):
        news[i] = value
    return news


def _add_problems(nows: list[ProjectNow], heads: Heads, olds: list[object],
                  news: list[object], filled: list[int], changes: list[FieldChange]) -> None:
    for i in filled:
        added = _new_problems(nows[i], news[i])
        if added:
            changes.append(FieldChange(heads.sheet, heads.rows[i], heads.codes[i], heads.names[i], "problem",
                                       "problems", "存在问题（新增到问题台账）", shown(olds[i]), problems_text(added),
                                       tuple(added)))


def _new_problems(now: ProjectNow, new: object) -> list[str]:
    """A 存在问题 cell adds ledger entries for the lines the ledger does not hold yet; a line taken
    out of the cell does not solve an entry (that needs its resolution, entered in the ledger)."""
    return new_problem_lines(problems_text(list(now.known_problems)), new if isinstance(new, str) else "")
