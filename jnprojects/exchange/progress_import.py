"""Reading a returned fill-in template or an exported progress sheet back: what changed, what is wrong.

Two pure steps, no database:

1. :func:`locate` finds the kind, period, sheets, header columns and data rows of a
   :class:`~.reader.Book`. Columns are found by header text, rows by project code (and milestone
   name), never by position; group headings, subtotals and blank rows are skipped; rows without a
   code that carry data and duplicate rows are problems.
2. :func:`diff` compares every editable cell with the database's current values
   (:class:`ProjectNow`, prepared by the service) and returns one :class:`FieldChange` per field
   that differs, plus a :class:`~.problems.Problem` for every cell that cannot be read, every
   unknown code, every identifying column that was changed and every end date before its start.

Invariant: an unchanged file produces no change (values are compared as the export wrote them:
texts folded, money as Decimal, percentages against the stored number).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import partial
from operator import attrgetter
from types import MappingProxyType
from typing import NamedTuple

from ..domain.monthly_problems import new_problem_lines, problems_text
from .cell_values import CellError, fold_text, raw, read_column, read_date, read_money, read_percent, read_text
from .layout import (
    CODE_HEADER,
    FORMAT_VERSION,
    KEY_SHEET,
    KIND_PROGRESS,
    KIND_TEMPLATE,
    MILESTONE_COLUMNS,
    PROGRESS_COLUMNS,
    SUMMARY_PREFIXES,
    TEMPLATE_MILESTONE_COLUMNS,
    TEMPLATE_PROJECT_COLUMNS,
    Column,
    is_summary,
    read_key,
)
from .problems import FileRefused, Problem
from .reader import Book, Sheet, cell_text, code_text, col_letter, find_header, is_blank, name_key, split_unit

_AS_OF_RE = re.compile(r"截至\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_PERIOD_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月")
REPORT_FIELDS = ("progress_text", "progress_pct", "invest_month", "problems")
IDENTITY = ("code", "name", "seq", "milestone")
DATE_PAIRS = (("planned_start", "planned_end"), ("actual_start", "actual_end"))


@dataclass(slots=True)
class Line:
    """One data row of a project or milestone sheet; ``cols`` maps field keys to (column, header)."""

    sheet: Sheet
    row: int  # 0-based
    code: str
    cols: dict[str, tuple[int, str]]
    units: dict[str, str] = field(default_factory=dict)

    def problem(self, key: str, code: str, value: str = "", expected: str = "", /, **params: object) -> Problem:
        """The problem ``code`` at this line's ``key`` column; ``params`` may hold a ``code`` of its own."""
        col, header = self.cols.get(key, (None, ""))
        return Problem(code, self.sheet.name, self.row + 1, col_letter(col) if col is not None else "", value,
                       expected, header, tuple(params.items()))

    def raw(self, key: str) -> object:
        return raw(self.sheet, self.row, self.cols[key][0])


@dataclass
class Located:
    kind: str
    key: dict[str, str] | None
    period: str
    as_of: date | None
    projects: list[Line]
    milestones: list[Line]
    problems: list[Problem]


def _columns_for(kind: str, milestones: bool) -> tuple[Column, ...]:
    if milestones:
        return MILESTONE_COLUMNS if kind == KIND_PROGRESS else TEMPLATE_MILESTONE_COLUMNS
    return PROGRESS_COLUMNS if kind == KIND_PROGRESS else TEMPLATE_PROJECT_COLUMNS


def _map_columns(header, columns: tuple[Column, ...]) -> tuple[dict[str, tuple[int, str]], dict[str, str]]:
    """Field key → (column, header found) for identity and editable columns present; units of
    money columns as their headers say (万元 unless 亿元 is written)."""
    found: dict[str, tuple[int, str]] = {}
    units: dict[str, str] = {}
    for column in columns:
        if not (column.editable or column.key in IDENTITY):
            continue
        col = header.find(split_unit(column.header)[0])
        if col is not None:
            found[column.key] = (col, header.columns[col])
            if column.kind == "money":
                units[column.key] = split_unit(header.columns[col])[1] or "万元"
    return found, units


def _detect_kind(book: Book) -> str:
    for sheet in book.sheets:
        header = find_header(sheet, (CODE_HEADER,))
        if header is not None and header.find("本期形象进度") is not None:
            return KIND_TEMPLATE
    return KIND_PROGRESS


def _period_from_titles(book: Book, kind: str) -> tuple[str, date | None]:
    for sheet in book.sheets:
        for row in sheet.rows[:3]:
            for value in row:
                text = cell_text(value)
                match = _AS_OF_RE.search(text)
                if match and kind == KIND_PROGRESS:
                    day = date(int(match[1]), int(match[2]), int(match[3]))
                    return f"{day.year:04d}-{day.month:02d}", day
                match = _PERIOD_RE.search(text)
                if match and kind == KIND_TEMPLATE and 1 <= int(match[2]) <= 12:
                    return f"{int(match[1]):04d}-{int(match[2]):02d}", None
    raise FileRefused("no_period", params={"name": book.path.name})


def locate(book: Book) -> Located:
    """Find kind, period and data rows (see module notes). Raises ``FileRefused`` when the file is
    not one of ours in a form we can read."""
    key = read_key(book)
    if key is not None:
        try:
            version = int(key.get("format_version", "0"))
        except ValueError:
            version = 0
        if version > FORMAT_VERSION:
            raise FileRefused("newer_format", params={"name": book.path.name, "found": version,
                                                       "supported": FORMAT_VERSION})
    kind = key.get("kind") if key and key.get("kind") in (KIND_PROGRESS, KIND_TEMPLATE) else _detect_kind(book)
    if key and re.fullmatch(r"\d{4}-\d{2}", key.get("period", "")):
        period = key["period"]
        as_of = date.fromisoformat(key["as_of"]) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", key.get("as_of", "")) else None
    else:
        period, as_of = _period_from_titles(book, kind)
    located = Located(kind, key, period, as_of, [], [], [])
    found_any = False
    for sheet in book.sheets:
        if sheet.name == KEY_SHEET:
            continue
        header = find_header(sheet, (CODE_HEADER,))
        if header is None:
            continue
        is_milestones = header.find("里程碑") is not None
        cols, units = _map_columns(header, _columns_for(kind, is_milestones))
        editable = [k for k in cols if k not in IDENTITY]
        if not editable:
            continue  # e.g. an office's own summary sheet that only lists codes
        found_any = True
        _read_lines(sheet, header.row, cols, units, is_milestones, located)
    if not found_any:
        raise FileRefused("unknown_layout", params={"name": book.path.name})
    return located


def _read_lines(sheet: Sheet, header_row: int, cols: dict[str, tuple[int, str]], units: dict[str, str],
                is_milestones: bool, located: Located) -> None:
    seen: dict[tuple[str, str], int] = {}
    code_col = cols["code"][0]
    editable = [c for k, (c, _h) in cols.items() if k not in IDENTITY]
    for r in range(header_row + 1, len(sheet.rows)):
        values = sheet.rows[r]
        code = code_text(sheet.value(r, code_col))
        line = Line(sheet, r, code, cols, units)
        if not code or code.startswith(SUMMARY_PREFIXES):  # is_summary(code): a code is folded already
            # Group headings keep their text in the first (non-editable) column; subtotals say
            # 小计/合计. A row without a code that fills an editable column is someone's data.
            if any(is_summary(v) for v in values if isinstance(v, str)):
                continue
            if any(not is_blank(sheet.value(r, c)) for c in editable):
                located.problems.append(line.problem("code", "missing_code"))
            continue
        ident = code
        if is_milestones:
            ident = name_key(sheet.value(r, cols["milestone"][0])) if "milestone" in cols else ""
        first = seen.setdefault((code, ident), r)
        if first != r:
            located.problems.append(line.problem("code", "duplicate_row", code, first_row=first + 1))
            continue
        (located.milestones if is_milestones else located.projects).append(line)


# --- comparing with the database -------------------------------------------------------------

# The values below are built by the ten thousand for one file: a NamedTuple is made several times
# faster than a frozen dataclass, and is just as immutable.

class MilestoneNow(NamedTuple):
    id: int
    seq: int
    name: str
    planned_date: date | None
    actual_date: date | None


class ProjectNow(NamedTuple):
    """A project's current values as the file shows them. ``report`` holds the period's own report
    fields (empty when there is none); ``shown_text``/``shown_problems`` are what an exported
    progress sheet shows (the latest report up to the period; a template's comparison needs no
    ``shown_text``, which is then left empty). ``milestones`` are loaded only for the projects the
    file has milestone lines for."""

    id: int
    code: str
    name: str
    content: str = ""
    total_investment: Decimal | None = None
    planned_start: date | None = None
    planned_end: date | None = None
    actual_start: date | None = None
    actual_end: date | None = None
    milestones: tuple[MilestoneNow, ...] = ()
    report: Mapping[str, object] = MappingProxyType({})
    shown_text: str = ""
    shown_problems: str = ""  # the open entries of the problem ledger, as the sheets write them
    known_problems: tuple[str, ...] = ()  # every ledger entry of the project, open or not


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


def _keep(value: object) -> object:
    return value


def _reader(kind: str, unit: str) -> Callable[[object], object]:
    """How a column of ``kind`` is read, chosen once per column. Percentages are kept as found
    here and read per line, against the stored number (see :func:`.cell_values.read_percent`)."""
    if kind == "text":
        return read_text
    if kind == "money":
        return partial(read_money, unit=unit)
    if kind == "date":
        return read_date
    return _keep


# Whether two values that are not equal are still the same once folded as the export wrote them.

def _same_text(old: object, new: object) -> bool:
    new_text = fold_text(new if isinstance(new, str) else "")
    if not old:  # most template cells: nothing reported yet
        return not new_text
    return fold_text(old if isinstance(old, str) else "") == new_text


def _same_money(old: object, new: object) -> bool:
    return old is not None and new is not None and Decimal(old) == Decimal(new)


def _same_percent(old: object, new: object) -> bool:
    return old is not None and new is not None and abs(float(old) - float(new)) < 1e-9


def _never(old: object, new: object) -> bool:
    return False


_SAME = {"text": _same_text, "money": _same_money, "percent": _same_percent, "date": _never}


def _check_identity(line: Line, now: ProjectNow, problems: list[Problem]) -> bool:
    if "name" not in line.cols:
        return True
    found = cell_text(line.sheet.value(line.row, line.cols["name"][0])).strip()
    if found != now.name and name_key(found) != name_key(now.name):
        problems.append(line.problem("name", "name_mismatch", found, now.name))
        return False
    return True


def _old_value(kind: str, key: str) -> Callable[[ProjectNow], object]:
    """How a field's current value is found in a :class:`ProjectNow`, chosen once per column."""
    if key == "problems":
        return attrgetter("shown_problems")
    if key in REPORT_FIELDS:
        if kind == KIND_PROGRESS:
            return attrgetter("shown_text" if key == "progress_text" else "shown_problems")
        default = "" if _KINDS[key] == "text" else None
        return lambda now: now.report.get(key, default)
    return attrgetter(key)


class _Field(NamedTuple):
    """An editable column of a project sheet: how it is read and compared, and what its changes
    are recorded as."""

    key: str
    col: int
    kind: str
    entity: str
    label: str
    target: str | None
    read: Callable[[object], object]
    old: Callable[[ProjectNow], object]
    same: Callable[[object, object], bool]


def _fields(line: Line, kind: str, period: str) -> list[_Field]:
    found = []
    for key, (col, _header) in line.cols.items():
        if key in IDENTITY:
            continue
        entity = "report" if key in REPORT_FIELDS else "project"
        label = "本期形象进度" if key == "progress_text" and kind == KIND_TEMPLATE else LABELS[key]
        value_kind = _KINDS[key]
        found.append(_Field(key, col, value_kind, entity, label, period if entity == "report" else None,
                            _reader(value_kind, line.units.get(key, "万元")), _old_value(kind, key),
                            _SAME[value_kind]))
    return found


def _sheet_runs(lines: list[Line]) -> list[list[Line]]:
    """``lines`` cut into runs of one sheet each (a sheet's lines are consecutive), in order."""
    runs: list[list[Line]] = []
    for line in lines:
        if runs and runs[-1][0].sheet is line.sheet:
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def diff(located: Located, current: dict[str, ProjectNow]) -> tuple[list[FieldChange], list[Problem]]:
    """Every change and every problem (see module notes)."""
    changes: list[FieldChange] = []
    problems: list[Problem] = list(located.problems)
    for lines in _sheet_runs(located.projects):  # a sheet's lines share one column mapping
        _diff_projects(lines, current, _fields(lines[0], located.kind, located.period), changes, problems)
    by_name: dict[str, dict[str, MilestoneNow]] = {}
    for line in located.milestones:
        _diff_milestone(line, current, by_name, changes, problems)
    return changes, problems


def _diff_projects(lines: list[Line], current: dict[str, ProjectNow], fields: list[_Field],
                   changes: list[FieldChange], problems: list[Problem]) -> None:
    """The lines of one sheet, in order. Each column is read in one pass (a sheet may hold 10,000
    lines); a cell's value or problem is used only for a line whose code and name check out."""
    sheet = lines[0].sheet
    rows = [line.row for line in lines]
    columns = [read_column(sheet, rows, f.col, f.read) for f in fields]
    for i, line in enumerate(lines):
        now = current.get(line.code)
        if now is None:
            problems.append(line.problem("code", "unknown_code", line.code))
            continue
        if not _check_identity(line, now, problems):
            continue
        dates: dict[str, object] = {}  # the dates read, for the end-before-start check
        for (key, col, kind, entity, label, target, _read, old_of, same), column in zip(fields, columns):
            old = old_of(now)
            new = column[i]
            if type(new) is CellError:
                problems.append(line.problem(key, new.code, new.found, **new.params))
                continue
            if kind == "percent":  # read against the stored number (see read_percent)
                try:
                    new = read_percent(new, old if isinstance(old, float) else None)
                except CellError as exc:
                    problems.append(line.problem(key, exc.code, exc.found, **exc.params))
                    continue
            elif kind == "date":
                dates[key] = new
            if key == "problems":
                _diff_problems(line, now, old, new, changes)
            elif old != new and not same(old, new):
                changes.append(FieldChange(sheet.name, line.row + 1, now.code, now.name, entity, key, label,
                                           shown(old), shown(new), new, target))
        for start, end in DATE_PAIRS:
            first = dates.get(start, getattr(now, start))
            last = dates.get(end, getattr(now, end))
            if first and last and last < first:
                where = end if end in line.cols else start
                problems.append(line.problem(where, "end_before_start", last.isoformat(), start=first.isoformat()))


def _diff_problems(line: Line, now: ProjectNow, old: object, new: object, changes: list[FieldChange]) -> None:
    """A 存在问题 cell adds ledger entries for the lines the ledger does not hold yet; a line taken
    out of the cell does not solve an entry (that needs its resolution, entered in the ledger)."""
    if not new:  # an empty cell adds nothing
        return
    added = new_problem_lines(problems_text(list(now.known_problems)), new if isinstance(new, str) else "")
    if added:
        changes.append(FieldChange(line.sheet.name, line.row + 1, now.code, now.name, "problem", "problems",
                                   "存在问题（新增到问题台账）", shown(old), problems_text(added), tuple(added)))


def _milestones_by_name(now: ProjectNow, by_name: dict[str, dict[str, MilestoneNow]]) -> dict[str, MilestoneNow]:
    """The project's milestones by folded name (the first of equal names), folded once per project
    rather than once per line: an exported sheet has a line for each of 100,000 milestones."""
    found = by_name.get(now.code)
    if found is None:
        found = by_name[now.code] = {}
        for milestone in now.milestones:
            found.setdefault(name_key(milestone.name), milestone)
    return found


def _diff_milestone(line: Line, current: dict[str, ProjectNow], by_name: dict[str, dict[str, MilestoneNow]],
                    changes: list[FieldChange], problems: list[Problem]) -> None:
    now = current.get(line.code)
    if now is None:
        problems.append(line.problem("code", "unknown_code", line.code))
        return
    if not _check_identity(line, now, problems) or "milestone" not in line.cols:
        return
    found = cell_text(line.sheet.value(line.row, line.cols["milestone"][0])).strip()
    milestone = _milestones_by_name(now, by_name).get(name_key(found))
    if milestone is None:
        seq_raw = line.sheet.value(line.row, line.cols["seq"][0]) if "seq" in line.cols else ""
        by_seq = next((m for m in now.milestones if cell_text(seq_raw) == str(m.seq)), None)
        if by_seq is not None:
            problems.append(line.problem("milestone", "milestone_mismatch", found, by_seq.name, seq=by_seq.seq))
        else:
            problems.append(line.problem("milestone", "unknown_milestone", found, code=now.code))
        return
    for key in ("planned_date", "actual_date"):
        if key not in line.cols:
            continue
        old = getattr(milestone, key)
        try:
            new = read_date(line.raw(key))
        except CellError as exc:
            problems.append(line.problem(key, exc.code, exc.found, **exc.params))
            continue
        if new != old:
            changes.append(FieldChange(line.sheet.name, line.row + 1, now.code, now.name, "milestone", key,
                                       f"里程碑“{milestone.name}”{LABELS[key]}", shown(old), shown(new), new,
                                       milestone.id))
