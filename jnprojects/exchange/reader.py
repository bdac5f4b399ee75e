"""Reading .xlsx and .xls workbooks into plain rows of values, tolerant of how people edit them.

python-calamine reads both formats (values, cached formula results, merged ranges, sheet
visibility), after :mod:`.file_guard` has refused anything unsafe. This module then smooths what
offices do to sheets without changing meaning:

* vertically merged cells (a 类别 or 项目名称 merged over several rows) give every covered row the
  merged value; horizontal-only merges (titles, group headings) keep their value in the first cell,
  so a heading never looks like data in every column;
* trailing blank rows (formatting, spaces) are dropped;
* headers are compared after NFKC folding with every space and line break removed, so “总 投 资
  （万元）” and “总投资(万元)” are the same header.

Invariants: ``Sheet.rows`` are indexed from A1 (row 0 is Excel row 1, column 0 is column A), so a
problem's row and column letter are exactly what Excel shows.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from ..domain.values import normalize_text
from .file_guard import DEFAULT_LIMITS, Limits, inspect_xlsx, sniff
from .problems import FileRefused

BLANK_VALUES = ("", None)


@dataclass
class Sheet:
    """One worksheet's values; ``bad_cells`` maps (row, col) to (problem code, text found) for
    cells whose value cannot be trusted (see ``file_guard.XlsxFacts``)."""

    name: str
    visibility: str  # "visible", "hidden" or "veryhidden"
    rows: list[list[object]]
    bad_cells: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)

    def value(self, row: int, col: int) -> object:
        """The cell's value; '' outside the sheet's rows or past the end of its row."""
        try:  # asked for every cell read: no length checks on the way in
            return self.rows[row][col] if row >= 0 and col >= 0 else ""
        except IndexError:
            return ""


@dataclass
class Book:
    """A workbook read for import: its format, its bytes' SHA-256 and its sheets in file order."""

    path: Path
    format: str
    sha256: str
    sheets: list[Sheet]

    def sheet(self, name: str) -> Sheet | None:
        return next((s for s in self.sheets if s.name == name), None)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_book(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> Book:
    """Check and read a workbook; raises ``FileRefused`` for anything that cannot be imported."""
    import python_calamine as calamine

    path = Path(path)
    kind = sniff(path, limits)
    facts = inspect_xlsx(path, limits) if kind == "xlsx" else None
    name = path.name
    try:
        workbook = calamine.CalamineWorkbook.from_path(str(path))
    except calamine.PasswordError as exc:
        raise FileRefused("encrypted", params={"name": name}) from exc
    except Exception as exc:  # calamine raises several error types for damaged files
        if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
            raise FileRefused("encrypted", params={"name": name}) from exc
        raise FileRefused("corrupt", params={"name": name, "detail": _short(exc)}) from exc
    sheets: list[Sheet] = []
    try:
        for meta in workbook.sheets_metadata:
            if "worksheet" not in str(meta.typ).lower():
                continue  # chart sheets and macro sheets hold no rows
            sheet = workbook.get_sheet_by_name(meta.name)
            # .xls has no <dimension> for the guard to check: check the loaded extent before
            # materialising every cell as a Python object.
            height, width = sheet.height, sheet.width
            if height > limits.max_rows or height * max(width, 1) > limits.max_cells:
                raise FileRefused("too_many_cells", params={"name": name, "sheet": meta.name,
                                                             "ref": f"{height}行×{width}列",
                                                             "limit": f"{limits.max_rows:,}"})
            rows = sheet.to_python(skip_empty_area=False)
            _fill_merged(rows, _merged_ranges(sheet))
            missing = facts.bad_cells.get(meta.name, {}) if facts else {}
            sheets.append(Sheet(meta.name, _visibility(meta.visible), _trim(rows), dict(missing)))
    except FileRefused:
        raise
    except Exception as exc:
        raise FileRefused("corrupt", params={"name": name, "detail": _short(exc)}) from exc
    finally:
        workbook.close()
    return Book(path, kind, file_sha256(path), sheets)


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


def _visibility(value: object) -> str:
    text = str(value).lower()
    if "veryhidden" in text:
        return "veryhidden"
    return "hidden" if "hidden" in text else "visible"


def _merged_ranges(sheet) -> list[tuple[tuple[int, int], tuple[int, int]]]:  # noqa: ANN001 - CalamineSheet
    try:
        return list(sheet.merged_cell_ranges or [])
    except Exception:  # some formats/versions cannot report merges: the values are still there
        return []


def _fill_merged(rows: list[list[object]], ranges: list[tuple[tuple[int, int], tuple[int, int]]]) -> None:
    """Copy a vertically merged range's value into every cell it covers (see module notes)."""
    for (top, left), (bottom, right) in ranges:
        if bottom <= top or top >= len(rows):
            continue
        value = rows[top][left] if left < len(rows[top]) else ""
        if left == right:  # most ranges: a code or name merged down a project's milestone lines
            for row in rows[top:bottom + 1]:  # (20,000 ranges, 100,000 lines: 61 ms → 16)
                if left < len(row) and row[left] in BLANK_VALUES:
                    row[left] = value
            continue
        for row in rows[top:bottom + 1]:
            for c in range(left, min(right, len(row) - 1) + 1):
                if row[c] in BLANK_VALUES:
                    row[c] = value


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _trim(rows: list[list[object]]) -> list[list[object]]:
    end = len(rows)
    while end and all(is_blank(v) for v in rows[end - 1]):
        end -= 1
    return rows[:end]


# --- cells and headers ---------------------------------------------------------------------

def col_letter(index: int) -> str:
    """0 → 'A', 27 → 'AB'."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


_SPACES = re.compile(r"\s+")
_UNIT = re.compile(r"\((亿元|万元|元|%)\)|（(亿元|万元|元|%)）")


def header_key(text: object) -> str:
    """Comparable form of a header: NFKC, no spaces or line breaks, ASCII brackets."""
    return _SPACES.sub("", normalize_text(text))


def split_unit(text: object) -> tuple[str, str]:
    """'总投资(亿元)' → ('总投资', '亿元'); a header without a unit → (key, '')."""
    key = header_key(text)
    unit = ""
    if "亿元" in key:
        unit = "亿元"
    elif "万元" in key:
        unit = "万元"
    base = _UNIT.sub("", key)
    for word in ("亿元", "万元"):
        base = base.replace(word, "")
    return base.strip("()（）:："), unit


def column_cells(rows: Iterable[list[object]], col: int) -> list[object]:
    """The cell of each row in column ``col`` ('' past a row's end, as :meth:`Sheet.value`)."""
    return [row[col] if col < len(row) else "" for row in rows]


def cell_text(value: object) -> str:
    """How a cell's value is shown in a problem or compared as text ('' for blank)."""
    if type(value) is str:  # most cells: first, before the other types are tried
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def code_text(value: object) -> str:
    """A project code as typed: full-width letters/digits/hyphens folded, spaces removed, upper case."""
    if type(value) is str and value.isascii():  # read for every row: ASCII needs no folding, and
        return "".join(value.split()).upper()  # str.split's whitespace is exactly the pattern's \s
    return _SPACES.sub("", normalize_text(cell_text(value))).upper()


def name_key(value: object) -> str:
    """A name compared tolerantly: NFKC folded, without any spaces or line breaks."""
    return _SPACES.sub("", normalize_text(cell_text(value)))


class Folded(dict):
    """``fold`` of cell values, each distinct text folded once: an exported milestone sheet repeats
    a few hundred names down its 100,000 lines, and a text folded already is looked up with no
    Python step (``folded[value]``, ``map(folded.__getitem__, values)``). Only texts are kept, as
    ``True``, ``1`` and ``1.0`` are one key and read differently."""

    def __init__(self, fold: Callable[[object], str]) -> None:
        super().__init__()
        self.fold = fold

    def __missing__(self, value: object) -> str:
        folded = self.fold(value)
        if type(value) is str:
            self[value] = folded
        return folded


@dataclass(frozen=True)
class Header:
    """Where a sheet's header is: ``row`` is the last header row (0-based); ``columns`` maps each
    non-empty header's text (as found, two-level headers joined to the lower one) to its column."""

    row: int
    columns: dict[int, str]

    def find(self, *keys: str) -> int | None:
        """The column whose header (unit removed) equals one of ``keys``."""
        wanted = {header_key(k) for k in keys}
        for col, text in self.columns.items():
            if split_unit(text)[0] in wanted or header_key(text) in wanted:
                return col
        return None


def find_header(sheet: Sheet, anchors: tuple[str, ...], search_rows: int = 20) -> Header | None:
    """Find the header row: the last of the consecutive rows holding one of ``anchors``.

    A two-level header's vertically merged cells appear (filled) in both rows; the lower row holds
    the sub-headers, and a column empty there takes the upper row's text.
    """
    wanted = {header_key(a) for a in anchors}
    found = None
    for r in range(min(search_rows, len(sheet.rows))):
        if any(split_unit(v)[0] in wanted for v in sheet.rows[r] if isinstance(v, str) and v.strip()):
            found = r
        elif found is not None:
            break
    if found is None:
        return None
    columns: dict[int, str] = {}
    width = len(sheet.rows[found])
    for c in range(width):
        text = cell_text(sheet.value(found, c)).strip()
        if not text and found > 0:
            text = cell_text(sheet.value(found - 1, c)).strip()
        if text:
            columns[c] = text
    return Header(found, columns)
