"""Turning one imported cell into a typed value, reusing the domain's tolerant parsers.

Each reader returns the value or raises :class:`CellError` with a problem code from
:mod:`.problems` and the text found, so the importer can add the sheet, row and column. Formula
cells whose result was never saved are refused here, whatever the column: reading them as blank
would silently clear a field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from itertools import repeat

from ..domain.errors import ValidationError
from ..domain.values import normalize_text, parse_date, parse_money, parse_percent
from .reader import Sheet, cell_text, column_cells, is_blank
from .xlsx_safety import clean_text

# Dates outside these years are typos (a serial number typed as a year, 2205 for 2025 …).
MIN_YEAR, MAX_YEAR = 1990, 2100
MAX_TEXT = 4000  # characters in one text cell; Excel allows 32,767 but a report never needs it

_MONTH_ONLY = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$")
_TIME_SUFFIX = re.compile(r"\s+\d{1,2}:\d{2}(:\d{2})?$")


class CellError(Exception):
    """A cell that cannot be read: ``code`` is a problem code, ``found`` the text found."""

    def __init__(self, code: str, found: str, **params: object) -> None:
        super().__init__(code, found)
        self.code = code
        self.found = found
        self.params = params


def raw(sheet: Sheet, row: int, col: int) -> object:
    """The cell's value, refusing a formula without a cached result and error values (#N/A …)."""
    if sheet.bad_cells:  # most sheets have none: no lookup per cell then
        bad = sheet.bad_cells.get((row, col))
        if bad is not None:
            raise CellError(bad[0], bad[1])
    return sheet.value(row, col)


def read_column(sheet: Sheet, rows: list[int], col: int, read: Callable[[object], object],
                remember: bool = True) -> list[object]:
    """``read`` of the column's cell in each of ``rows`` (0-based rows of the sheet), in one pass:
    its value, or the :class:`CellError` it raised or :func:`raw` would raise, returned rather
    than raised so the caller reports only the cells of the rows it uses. With ``remember``,
    repeated values are read once (see :func:`read_each`), which pays for readers that cost more
    than looking a value up."""
    values = column_cells(map(sheet.rows.__getitem__, rows), col)
    bad: dict[int, tuple[str, str]] = {}
    if sheet.bad_cells:  # most sheets have none
        bad = {i: sheet.bad_cells[r, col] for i, r in enumerate(rows) if (r, col) in sheet.bad_cells}
    for i in bad:
        values[i] = ""  # not read: its problem is the file's
    found = read_each(read, values) if remember else _read_all(read, values)
    for i, (code, text) in bad.items():
        found[i] = CellError(code, text)
    return found


_REMEMBERED = (str, datetime, date)  # read alike when equal, with their type


def read_each(read: Callable[[object], object], values: list[object]) -> list[object]:
    """``read`` of each value (its :class:`CellError` rather than raised), each text, date or
    nonzero float read once: a returned sheet repeats a few values down its 10,000 lines (the
    bench's money column holds 500), and the repeats are looked up with no Python step each.
    Values are keyed with their type, as a dict takes ``True``, ``1`` and ``1.0`` for the same key,
    and they do not read alike; zeros are not remembered at all, as ``0.0`` and ``-0.0`` are one
    key too."""
    keys = list(zip(map(type, values), values))
    memo = {key: read_or_error(read, key[1]) for key in dict.fromkeys(keys)
            if key[0] in _REMEMBERED or (key[0] is float and key[1])}
    found = list(map(memo.get, keys, repeat(memo)))  # the memo itself: no value read can be it
    for i in [i for i, value in enumerate(found) if value is memo]:
        found[i] = read_or_error(read, values[i])
    return found


def _read_all(read: Callable[[object], object], values: list[object]) -> list[object]:
    found: list[object] = []
    append = found.append
    for value in values:  # read_or_error inlined: one Python call per cell, not two
        try:
            append(read(value))
        except CellError as exc:
            append(exc)
    return found


def read_or_error(read: Callable[..., object], value: object, *args: object) -> object:
    """``read(value, *args)``, or the :class:`CellError` it raised."""
    try:
        return read(value, *args)
    except CellError as exc:
        return exc


def read_text(value: object) -> str:
    """Text as written, ends trimmed, Windows line breaks folded; numbers without a trailing '.0'."""
    text = value if type(value) is str else cell_text(value)  # read for every text cell: no call for a text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.strip()
    if len(text) > MAX_TEXT:
        raise CellError("text_too_long", text[:40] + "…", length=len(text), limit=MAX_TEXT)
    return text


def read_date(value: object, *, month_ok: str = "") -> date | None:
    """A date from an Excel date, a serial number or text (2025-06-30, 2025/6/30, 2025.6.30,
    2025年6月30日; a time part such as ' 00:00:00' is ignored).

    ``month_ok`` ('start' or 'end') also accepts a bare month such as 2025年6月 — ledgers often give
    only the month — read as its first or last day.
    """
    if is_blank(value):
        return None
    if isinstance(value, str):
        value = _TIME_SUFFIX.sub("", normalize_text(value))
        match = _MONTH_ONLY.match(value) if month_ok else None
        if match and 1 <= int(match[2]) <= 12:
            year, month = int(match[1]), int(match[2])
            if month_ok == "start":
                return date(year, month, 1)
            following = date(year + month // 12, month % 12 + 1, 1)
            return date.fromordinal(following.toordinal() - 1)
    try:
        result = parse_date(value)
    except ValidationError:
        raise CellError("bad_date", cell_text(value)) from None
    if isinstance(result, datetime):
        result = result.date()
    if result is not None and not MIN_YEAR <= result.year <= MAX_YEAR:
        raise CellError("bad_date", cell_text(value))
    return result


def read_money(value: object, unit: str = "万元") -> Decimal | None:
    """An amount in 万元; ``unit`` is the column's (亿元 columns are converted)."""
    if is_blank(value):
        return None
    # repr() is the shortest text that reads back as the same double: 0.1 stays 0.1, not 0.1000…055.
    amount = Decimal(repr(value)) if isinstance(value, float) else value
    try:
        return parse_money(amount, unit=unit or "万元")
    except ValidationError as exc:
        raise CellError(exc.code if exc.code == "negative_money" else "bad_money", cell_text(value)) from None


def read_percent(value: object, current: float | None = None) -> float | None:
    """Progress 0–100.

    A number equal to the value already stored is taken as is: the domain parser reads 0.85 from a
    percent-formatted cell as 85 %, which would turn an exported 0.5 % into 50 % on re-import.
    """
    if is_blank(value):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and current is not None:
        if abs(float(value) - current) < 1e-9:
            return current
    try:
        return parse_percent(value)
    except ValidationError as exc:
        raise CellError(exc.code if exc.code in ("bad_percent", "percent_range") else "bad_percent",
                        cell_text(value)) from None


def fold_text(text: str | None) -> str:
    """A text as it comes back from an exported sheet: control characters Excel refuses dropped,
    line breaks folded, ends trimmed."""
    return clean_text(text or "").replace("\r\n", "\n").replace("\r", "\n").strip()


def same_text(a: str | None, b: str | None) -> bool:
    """Texts equal once both are folded as an export and re-import would fold them."""
    return fold_text(a) == fold_text(b)
