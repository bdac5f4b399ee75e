"""Writing workbooks with XlsxWriter safely and in the office's layout conventions.

Shared by the progress sheet, the fill-in templates and the sample ledger:

* :func:`open_workbook` never lets XlsxWriter turn text into formulas, numbers or links, and
  :func:`write_text` always writes a string cell (control characters Excel refuses dropped), so a
  name such as ``=1+1`` opens as text;
* :func:`write_atomically` writes beside the target under a temporary name and moves the file into
  place only when complete: a failed or cancelled write leaves no partial file and the old one intact;
* :func:`row_height` sets heights for wrapped text explicitly, because neither Excel nor LibreOffice
  reliably grows rows of a generated file when it is opened.
"""

from __future__ import annotations

import math
import os
import stat
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from .layout import Column
from .problems import FileRefused
from .xlsx_safety import clean_text

LINE_POINTS = 14.0  # one line of 10 pt CJK text, with leading
MAX_LINES = 8       # a very long cell scrolls rather than making a row taller than a page's third


def open_workbook(temp_name: str):  # noqa: ANN201 - xlsxwriter.Workbook
    """An XlsxWriter workbook that never turns text into formulas, numbers or links."""
    import xlsxwriter

    return xlsxwriter.Workbook(temp_name, {"strings_to_formulas": False, "strings_to_numbers": False,
                                           "strings_to_urls": False, "nan_inf_to_errors": True})


def write_atomically(out_path: Path, fill: Callable[[object], None]) -> None:
    """Create a workbook in a temp file beside ``out_path``, let ``fill`` write it, then move it in.

    Any exception (including :class:`Cancelled`) removes the temp file and leaves ``out_path`` as it
    was.
    """
    out_path = Path(out_path)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=".~", suffix=".xlsx.part", dir=out_path.parent)
    except OSError as exc:
        raise FileRefused("write_failed", params={"path": str(out_path), "detail": exc.strerror or str(exc)}) from exc
    os.close(fd)
    book = open_workbook(temp_name)
    closed = False
    try:
        fill(book)
        book.close()
        closed = True
        # mkstemp makes the file private (0600); give it the old file's mode, or a normal one.
        os.chmod(temp_name, stat.S_IMODE(out_path.stat().st_mode) if out_path.exists() else 0o644)
        os.replace(temp_name, out_path)
    except OSError as exc:
        raise FileRefused("write_failed", params={"path": str(out_path), "detail": exc.strerror or str(exc)}) from exc
    finally:
        if not closed:
            try:
                book.close()  # XlsxWriter complains about unclosed workbooks; the file is discarded
            except Exception:
                pass
        Path(temp_name).unlink(missing_ok=True)


def write_text(sheet, row: int, col: int, value: object, fmt=None) -> None:  # noqa: ANN001
    """Always a string cell (never a formula), or a formatted blank."""
    text = clean_text(value)
    if text:
        sheet.write_string(row, col, text, fmt)
    else:
        sheet.write_blank(row, col, None, fmt)


def write_value(sheet, row: int, col: int, kind: str, value: object, fmts: dict) -> None:  # noqa: ANN001
    """Write by column kind: dates as dates, money/numbers as numbers, the rest as text."""
    if value is None or value == "":
        sheet.write_blank(row, col, None, fmts.get(kind, fmts["text"]))
    elif kind == "date":
        sheet.write_datetime(row, col, value, fmts["date"])
    elif kind in ("money", "number", "percent", "int"):
        sheet.write_number(row, col, float(value), fmts.get(kind, fmts["text"]))
    else:
        write_text(sheet, row, col, value, fmts["text"])


def base_formats(book, wrap_border: dict | None = None) -> dict:  # noqa: ANN001
    """The shared cell formats: bordered, top-aligned, wrapped text."""
    cell = {"border": 1, "valign": "top", "font_size": 10, **(wrap_border or {})}
    return {
        "text": book.add_format({**cell, "text_wrap": True}),
        "center": book.add_format({**cell, "align": "center"}),
        "int": book.add_format({**cell, "align": "center", "num_format": "0"}),
        "date": book.add_format({**cell, "align": "center", "num_format": "yyyy-mm-dd"}),
        "money": book.add_format({**cell, "num_format": "#,##0.##"}),
        "number": book.add_format({**cell, "num_format": "0.##"}),
        "percent": book.add_format({**cell, "num_format": "0.#"}),
        "header": book.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter",
                                   "text_wrap": True, "bg_color": "#DDE4EE", "font_size": 10}),
        "title": book.add_format({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"}),
        "note": book.add_format({"font_size": 10, "valign": "vcenter"}),
        "note_right": book.add_format({"font_size": 10, "align": "right", "valign": "vcenter"}),
    }


def page_setup(sheet, header_last_row: int, first_header_row: int) -> None:  # noqa: ANN001
    """A4 landscape, one page wide, header rows repeated, page numbers in the footer."""
    sheet.set_paper(9)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(first_header_row, header_last_row)
    sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    sheet.center_horizontally()
    sheet.set_footer("&C第 &P 页，共 &N 页")


def write_headers(sheet, columns: Sequence[Column], top: int, fmt) -> int:  # noqa: ANN001
    """Two header rows when any column has a group: groups merged across, single headers merged
    down. Returns the last header row."""
    two_levels = any(c.group for c in columns)
    last = top + 1 if two_levels else top
    col = 0
    while col < len(columns):
        column = columns[col]
        sheet.set_column(col, col, column.width)
        if not two_levels:
            sheet.write_string(top, col, column.header, fmt)
        elif column.group is None:
            sheet.merge_range(top, col, last, col, column.header, fmt)
        else:
            span = col
            while span + 1 < len(columns) and columns[span + 1].group == column.group:
                span += 1
            if span > col:
                sheet.merge_range(top, col, top, span, column.group, fmt)
            else:
                sheet.write_string(top, col, column.group, fmt)
            for sub in range(col, span + 1):
                sheet.set_column(sub, sub, columns[sub].width)
                sheet.write_string(last, sub, columns[sub].header, fmt)
            col = span
        col += 1
    height = row_height([(c.header, c.width) for c in columns])
    if height:
        sheet.set_row(last, height)
    return last


def text_width(text: str) -> int:
    """Display width in Excel column units: wide (CJK, full-width) characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def row_height(cells: Sequence[tuple[object, float]]) -> float | None:
    """The height (points) that shows every (text, column width) of a row wrapped; None for one line."""
    lines = 1
    for value, width in cells:
        if not isinstance(value, str) or not value:
            continue
        capacity = max(width - 1.0, 1.0)
        needed = sum(max(1, math.ceil(text_width(part) / capacity)) for part in value.split("\n"))
        lines = max(lines, min(needed, MAX_LINES))
    return None if lines == 1 else round(lines * LINE_POINTS + 2, 1)
