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
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import count, groupby, repeat
from operator import attrgetter, itemgetter, methodcaller
from types import MappingProxyType
from typing import NamedTuple

from ..bulk import records
from .cell_values import MAX_YEAR, MIN_YEAR, CellError, raw, read_column, read_date
from .import_columns import LABELS, Field, FieldChange, Heads, compare_column, editable_fields, shown
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
from .reader import (
    Book,
    Folded,
    Sheet,
    cell_text,
    code_text,
    col_letter,
    column_cells,
    find_header,
    is_blank,
    name_key,
    split_unit,
)

_AS_OF_RE = re.compile(r"截至\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_PERIOD_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月")
IDENTITY = ("code", "name", "seq", "milestone")
DATE_PAIRS = (("planned_start", "planned_end"), ("actual_start", "actual_end"))


class Line(NamedTuple):
    """One data row of a project or milestone sheet; ``cols`` maps field keys to (column, header),
    ``units`` money columns to their unit. Built by the ten thousand (see :class:`ProjectNow`)."""

    sheet: Sheet
    row: int  # 0-based
    code: str
    cols: dict[str, tuple[int, str]]
    units: dict[str, str]

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
    data = sheet.rows[header_row + 1:]
    # On a milestone sheet, each distinct code and name folded once: its 100,000 lines repeat a
    # code per project's milestones and a few hundred names (a project sheet's codes differ).
    fold = Folded(code_text).__getitem__ if is_milestones else code_text
    codes = list(map(fold, column_cells(data, cols["code"][0])))
    lines = list(records(Line, zip(repeat(sheet), count(header_row + 1), codes, repeat(cols), repeat(units))))
    # What tells two lines apart: the code, and on a milestone sheet the folded milestone name.
    if not is_milestones:
        idents = codes
    elif "milestone" in cols:
        idents = list(map(Folded(name_key).__getitem__, column_cells(data, cols["milestone"][0])))
    else:
        idents = [""] * len(codes)
    keys = list(zip(codes, idents))
    # A sheet as exported, each line with a code of its own (and name, for milestones) and none a
    # subtotal's, is taken whole: no Python step per line (10,000 project lines: 8 ms → 4).
    if (all(codes) and not any(map(methodcaller("startswith", SUMMARY_PREFIXES), codes))
            and len(set(keys)) == len(keys)):
        (located.milestones if is_milestones else located.projects).extend(lines)
        return
    seen: dict[tuple[str, str], int] = {}
    editable = [c for k, (c, _h) in cols.items() if k not in IDENTITY]
    for line, key in zip(lines, keys):
        r, code = line.row, line.code
        if not code or code.startswith(SUMMARY_PREFIXES):  # is_summary(code): a code is folded already
            # Group headings keep their text in the first (non-editable) column; subtotals say
            # 小计/合计. A row without a code that fills an editable column is someone's data.
            if any(is_summary(v) for v in sheet.rows[r] if isinstance(v, str)):
                continue
            if any(not is_blank(sheet.value(r, c)) for c in editable):
                located.problems.append(line.problem("code", "missing_code"))
            continue
        first = seen.setdefault(key, r)
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


def _check_identity(line: Line, now: ProjectNow, problems: list[Problem]) -> bool:
    if "name" not in line.cols:
        return True
    value = line.sheet.value(line.row, line.cols["name"][0])
    if value == now.name:  # most lines: as exported (equal names stay equal trimmed and folded)
        return True
    found = cell_text(value).strip()
    if found != now.name and name_key(found) != name_key(now.name):
        problems.append(line.problem("name", "name_mismatch", found, now.name))
        return False
    return True


def _sheet_runs(lines: list[Line]) -> list[list[Line]]:
    """``lines`` cut into runs of one sheet each (a sheet's lines are consecutive), in order;
    grouped by the sheet's identity, with no Python step per line (110,000 lines: 10 ms → 2)."""
    runs = groupby(zip(map(id, map(attrgetter("sheet"), lines)), lines), itemgetter(0))
    return [list(map(itemgetter(1), run)) for _sheet, run in runs]


def diff(located: Located, current: dict[str, ProjectNow]) -> tuple[list[FieldChange], list[Problem]]:
    """Every change and every problem (see module notes)."""
    changes: list[FieldChange] = []
    problems: list[Problem] = list(located.problems)
    for lines in _sheet_runs(located.projects):  # a sheet's lines share one column mapping
        fields = editable_fields(lines[0].cols, lines[0].units, IDENTITY, located.kind, located.period)
        _diff_projects(lines, current, fields, changes, problems)
    milestones = _Milestones()
    for lines in _sheet_runs(located.milestones):
        for line in _maybe_changed(lines, current, milestones):
            _diff_milestone(line, current, milestones, changes, problems)
    return changes, problems


def _diff_projects(lines: list[Line], current: dict[str, ProjectNow], fields: list[Field],
                   changes: list[FieldChange], problems: list[Problem]) -> None:
    """The lines of one sheet. Codes and names are checked line by line; only the lines that
    pass are read and compared, a column at a time (a sheet may hold 10,000 lines, see
    :mod:`.import_columns`), and the results are put back in file order."""
    found_changes: list[FieldChange] = []
    found_problems: list[Problem] = []
    kept: list[Line] = []
    nows: list[ProjectNow] = []
    for line in lines:
        now = current.get(line.code)
        if now is None:
            found_problems.append(line.problem("code", "unknown_code", line.code))
        elif _check_identity(line, now, found_problems):
            kept.append(line)
            nows.append(now)
    rows = [line.row for line in kept]
    heads = Heads(lines[0].sheet.name, [row + 1 for row in rows], list(map(attrgetter("code"), nows)),
                  list(map(attrgetter("name"), nows)))
    dates_read = {}
    for f in fields:
        news = read_column(lines[0].sheet, rows, f.col, f.read, f.remember)
        dates_read[f.key] = compare_column(f, kept, nows, heads, news, found_changes, found_problems)
    _check_dates(kept, nows, dates_read, found_problems)
    # Each column's results are in line order, and a line's cell problems come before its date
    # problems: a stable sort by row (a sheet's lines have distinct rows) restores file order.
    by_row = attrgetter("row")
    changes += sorted(found_changes, key=by_row)
    problems += sorted(found_problems, key=by_row)


def _check_dates(lines: list[Line], nows: list[ProjectNow], dates_read: dict[str, dict[int, object]],
                 problems: list[Problem]) -> None:
    """Every end before its start, each date as the line leaves it: read from the file where the
    cell differs from the stored date, the stored one otherwise. Only lines with a date read are
    looked at: the schema refuses a stored end before its start (a template, which has no date
    columns, skips this; 20 ms at 10,000 lines)."""
    for start, end in DATE_PAIRS:
        starts, ends = dates_read.get(start, {}), dates_read.get(end, {})
        for i in sorted(starts.keys() | ends.keys()):
            first = starts[i] if i in starts else getattr(nows[i], start)
            last = ends[i] if i in ends else getattr(nows[i], end)
            if first and last and last < first:
                line = lines[i]
                problems.append(line.problem(end if end in line.cols else start, "end_before_start",
                                             last.isoformat(), start=first.isoformat()))


class _Milestones:
    """The file's projects' milestones found by a line's 里程碑 cell: by folded name, the first of
    equal names. Each project's are folded once, and each distinct name and cell text once: an
    exported sheet has a line for each of 100,000 milestones, and repeats a few hundred names."""

    def __init__(self) -> None:
        self._by_code: dict[str, dict[str, MilestoneNow]] = {}
        self._names = Folded(name_key)
        self.cells = Folded(_found_key)  # a 里程碑 cell as it is looked up

    def of(self, now: ProjectNow) -> dict[str, MilestoneNow]:
        """The project's milestones by folded name, the first of equal names."""
        found = self._by_code.get(now.code)
        if found is None:
            found = self._by_code[now.code] = {}
            for milestone in now.milestones:
                found.setdefault(self._names[milestone.name], milestone)
        return found

    def find(self, now: ProjectNow, cell: object) -> MilestoneNow | None:
        return self.of(now).get(self.cells[cell])


def _found_key(cell: object) -> str:
    return name_key(cell_text(cell).strip())


def _as_stored(cell: object, old: date | None) -> bool:
    """Whether a date cell reads as ``old`` without reading it: it holds that date (one
    :func:`read_date` takes as it is) or nothing where nothing is stored, as exported."""
    if type(cell) is date:
        return cell == old and MIN_YEAR <= cell.year <= MAX_YEAR
    return old is None and (cell is None or cell == "")


def _maybe_changed(lines: list[Line], current: dict[str, ProjectNow], milestones: _Milestones) -> list[Line]:
    """The lines of one sheet that may add a change or a problem, in order. A line as exported
    adds neither (its project known and named as stored, its milestone found and its dates as
    stored, see :func:`_diff_milestone`): those are passed over here, their cells compared as
    they are, with no Line, problem or reader call, as an unchanged sheet has 100,000 of them
    (the bench export's 100,000: about 340 ms → 100). The others go to :func:`_diff_milestone`."""
    sheet, cols = lines[0].sheet, lines[0].cols
    if "milestone" not in cols:
        return lines
    rows = list(map(sheet.rows.__getitem__, map(attrgetter("row"), lines)))
    name_col = cols["name"][0] if "name" in cols else None
    milestone_col = cols["milestone"][0]
    planned_col = cols["planned_date"][0] if "planned_date" in cols else None
    actual_col = cols["actual_date"][0] if "actual_date" in cols else None
    last = max(c for c in (name_col, milestone_col, planned_col, actual_col) if c is not None)
    # A cell of a formula without its value is refused when read: its line is read one by one.
    refused = {r for r, c in sheet.bad_cells if c in (planned_col, actual_col)}
    cells = milestones.cells
    maybe = []
    shown, by_name = None, {}
    for line, now, row in zip(lines, map(current.get, map(attrgetter("code"), lines)), rows):
        if (now is None or len(row) <= last or (refused and line.row in refused)
                or (name_col is not None and row[name_col] != now.name)):
            maybe.append(line)
            continue
        if now is not shown:  # a project's lines follow each other: its milestones looked up once
            shown, by_name = now, milestones.of(now)
        milestone = by_name.get(cells[row[milestone_col]])
        if (milestone is None
                or (planned_col is not None and not _as_stored(row[planned_col], milestone.planned_date))
                or (actual_col is not None and not _as_stored(row[actual_col], milestone.actual_date))):
            maybe.append(line)
    return maybe


def _diff_milestone(line: Line, current: dict[str, ProjectNow], milestones: _Milestones,
                    changes: list[FieldChange], problems: list[Problem]) -> None:
    now = current.get(line.code)
    if now is None:
        problems.append(line.problem("code", "unknown_code", line.code))
        return
    if not _check_identity(line, now, problems) or "milestone" not in line.cols:
        return
    cell = line.sheet.value(line.row, line.cols["milestone"][0])
    milestone = milestones.find(now, cell)
    if milestone is None:
        found = cell_text(cell).strip()
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
            value = line.raw(key)
            if _as_stored(value, old):  # most lines: as exported (no parse, no change)
                continue
            new = read_date(value)
        except CellError as exc:
            problems.append(line.problem(key, exc.code, exc.found, **exc.params))
            continue
        if new != old:
            changes.append(FieldChange(line.sheet.name, line.row + 1, now.code, now.name, "milestone", key,
                                       f"里程碑“{milestone.name}”{LABELS[key]}", shown(old), shown(new), new,
                                       milestone.id))
