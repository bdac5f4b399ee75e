"""Checks a file must pass BEFORE any spreadsheet parser sees it.

An imported file comes from outside the office (mail, USB sticks, WeChat): it may be a CSV with a
wrong extension, an encrypted workbook, a damaged download or a crafted attack. Everything here
decides from bytes we control, never from the extension, and refuses with
:class:`~jnprojects.exchange.problems.FileRefused` so that nothing is ever written for such a file.

* Kind: ``PK\\x03\\x04`` with ``xl/workbook.xml`` is .xlsx; the OLE2 signature is .xls (or an
  encrypted OOXML package, recognised by its ``EncryptionInfo``/``EncryptedPackage`` streams);
  anything else (CSV, random bytes, ODS, DOCX …) is not a spreadsheet.
* Zip bombs: every entry's declared size and compression ratio are checked from the central
  directory, then every XML part is inflated through a byte counter that stops at the limit, so a
  header that lies about the size is caught too.
* Entity attacks: every XML part is parsed with defusedxml, which refuses DTDs and entities.
* Absurd dimensions: a worksheet's ``<dimension>`` (and its real cells) must stay within the row and
  cell limits, because calamine allocates the declared range up front.

The same streaming pass records formula cells that carry no cached value: their value would read as
empty, so the importer reports them instead of silently clearing a field.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from .problems import FileRefused, size_text

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_STREAMS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
_REF_RE = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)$")


@dataclass(frozen=True)
class Limits:
    """Hard limits for imported files; generous for real office files (a few MB, a few thousand rows)."""

    max_file_bytes: int = 50 * 1024 * 1024
    max_part_bytes: int = 64 * 1024 * 1024       # one inflated XML part
    max_total_bytes: int = 256 * 1024 * 1024     # all inflated parts together
    max_ratio: int = 200                         # inflated / compressed, for parts over 1 MB
    max_entries: int = 2000
    max_rows: int = 250_000  # a province-scale export's 里程碑 sheet has a row per milestone (100,000+)
    max_cells: int = 5_000_000


DEFAULT_LIMITS = Limits()


@dataclass
class XlsxFacts:
    """What the guard learnt while checking, per sheet name: cells whose value cannot be trusted,
    as (0-based row, column) → (problem code, text found): ``formula_no_value`` for a formula
    without a cached result (calamine would read it as blank), ``cell_error`` for #N/A, #REF! …"""

    bad_cells: dict[str, dict[tuple[int, int], tuple[str, str]]] = field(default_factory=dict)


class _TooBig(Exception):
    pass


class _Capped(io.RawIOBase):
    """A read-only stream that raises once more than ``cap`` bytes have been inflated."""

    def __init__(self, raw: io.BufferedIOBase, cap: int) -> None:
        self._raw, self._cap, self.count = raw, cap, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # noqa: ANN001 - memoryview/bytearray
        data = self._raw.read(min(len(buffer), 1 << 16))
        self.count += len(data)
        if self.count > self._cap:
            raise _TooBig()
        buffer[: len(data)] = data
        return len(data)


def sniff(path: Path, limits: Limits = DEFAULT_LIMITS) -> str:
    """'xlsx' or 'xls' from the file's bytes; raises ``FileRefused`` for anything else."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise FileRefused("corrupt", params={"name": name, "detail": exc.strerror or str(exc)}) from exc
    if size > limits.max_file_bytes:
        raise FileRefused("too_large", params={"name": name, "size": size_text(size),
                                              "limit": size_text(limits.max_file_bytes)})
    if head.startswith(OLE_MAGIC):
        data = path.read_bytes()
        # An encrypted .xlsx is an OLE2 container holding these two streams (MS-OFFCRYPTO); their
        # names appear in UTF-16LE in the directory. Both must be present, so a cell text cannot
        # trigger this by accident.
        if all(marker in data for marker in _ENCRYPTION_STREAMS):
            raise FileRefused("encrypted", params={"name": name})
        return "xls"
    if head.startswith(ZIP_MAGIC):
        return "xlsx"
    raise FileRefused("not_spreadsheet", params={"name": name})


def inspect_xlsx(path: Path, limits: Limits = DEFAULT_LIMITS) -> XlsxFacts:
    """Check the package of an .xlsx before calamine opens it (see the module notes)."""
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise FileRefused("corrupt", params={"name": name, "detail": "压缩包结构损坏"}) from exc
    with archive:
        infos = archive.infolist()
        _check_entries(name, infos, limits)
        names = {info.filename for info in infos}
        if "xl/workbook.xml" not in names:
            raise FileRefused("not_spreadsheet", params={"name": name})
        total = [0]
        sheets = _sheet_parts(archive, name, limits, total)
        facts = XlsxFacts()
        for info in infos:
            lower = info.filename.lower()
            if not (lower.endswith(".xml") or lower.endswith(".rels") or lower.endswith(".vml")):
                continue
            sheet_name = sheets.get(info.filename)
            bad = _scan_part(archive, info, name, limits, total, sheet_name)
            if sheet_name is not None and bad:
                facts.bad_cells[sheet_name] = bad
    return facts


def _check_entries(name: str, infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    """Declared sizes and ratios, from the central directory, before inflating anything."""
    if len(infos) > limits.max_entries:
        raise FileRefused("zip_bomb", params={"name": name, "part": f"{len(infos)}个压缩条目"})
    declared = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise FileRefused("encrypted", params={"name": name})
        declared += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if (info.file_size > limits.max_part_bytes or declared > limits.max_total_bytes
                or (info.file_size > 1024 * 1024 and ratio > limits.max_ratio)):
            raise FileRefused("zip_bomb", params={"name": name, "part": info.filename})


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _open_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limits: Limits,
                 total: list[int]) -> _Capped:
    remaining = limits.max_total_bytes - total[0]
    try:
        raw = archive.open(info)
    except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError) as exc:
        raise FileRefused("corrupt", params={"name": name, "detail": info.filename}) from exc
    return _Capped(raw, min(limits.max_part_bytes, remaining))


def _parse(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limits: Limits, total: list[int],
           events: tuple[str, ...] = ("end",)):
    """Yield (event, element) of one XML part, safely; errors become refusals."""
    stream = _open_capped(archive, info, name, limits, total)
    try:
        yield from iterparse(io.BufferedReader(stream, 1 << 16), events=events,
                             forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except _TooBig:
        raise FileRefused("zip_bomb", params={"name": name, "part": info.filename}) from None
    except DefusedXmlException:
        raise FileRefused("xml_entities", params={"name": name, "part": info.filename}) from None
    except (SyntaxError, zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:  # ParseError is a SyntaxError
        raise FileRefused("corrupt", params={"name": name, "detail": f"{info.filename}: {exc}"}) from None
    finally:
        total[0] += stream.count


def _sheet_parts(archive: zipfile.ZipFile, name: str, limits: Limits, total: list[int]) -> dict[str, str]:
    """Map each worksheet's part name (xl/worksheets/sheet1.xml) to its sheet name."""
    ids: dict[str, str] = {}
    for _event, elem in _parse(archive, archive.getinfo("xl/workbook.xml"), name, limits, total):
        if _local(elem.tag) == "sheet":
            rel = next((v for k, v in elem.attrib.items() if _local(k) == "id"), None)
            if rel:
                ids[rel] = elem.get("name", "")
    targets: dict[str, str] = {}
    try:
        rels = archive.getinfo("xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}
    for _event, elem in _parse(archive, rels, name, limits, total):
        if _local(elem.tag) == "Relationship" and elem.get("Id") in ids:
            target = elem.get("Target", "")
            part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            targets[part] = ids[elem.get("Id")]
    return targets


def _ref(ref: str) -> tuple[int, int] | None:
    """'AB12' → (11, 27) 0-based (row, column)."""
    match = _REF_RE.match(ref.upper())
    if not match:
        return None
    col = 0
    for ch in match[1]:
        col = col * 26 + ord(ch) - 64
    return int(match[2]) - 1, col - 1


def _check_extent(name: str, sheet: str, ref: str, rows: int, cols: int, limits: Limits) -> None:
    if rows > limits.max_rows or rows * max(cols, 1) > limits.max_cells:
        raise FileRefused("too_many_cells", params={"name": name, "sheet": sheet, "ref": ref,
                                                     "limit": f"{limits.max_rows:,}"})


_DIMENSION_RE = re.compile(rb'<(?:\w+:)?dimension\s+ref="([^"]+)"')
_ROW_RE = re.compile(rb'<(?:\w+:)?row\s[^>]*?\br="(\d+)"')
_FORMULA_RE = re.compile(rb'<(?:\w+:)?f[\s>/]')
_ERROR_RE = re.compile(rb'\st="e"')
_ENCODING_RE = re.compile(rb'^<\?xml[^>]*encoding=["\']([A-Za-z0-9._-]+)["\']')


def _scan_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limits: Limits, total: list[int],
               sheet: str | None) -> dict[tuple[int, int], tuple[str, str]]:
    """Check one part: inflated size, no DTD or entity, and for a worksheet its extent; return the
    worksheet's untrustworthy cells (see :class:`XlsxFacts`).

    Fast path: a UTF-8 part is streamed once as bytes — in UTF-8 a DTD cannot hide from a search
    for ``<!DOCTYPE`` — and only worksheets holding formulas or error cells are parsed (with
    defusedxml) to find those cells. Any other encoding is parsed with defusedxml throughout.
    """
    stream = io.BufferedReader(_open_capped(archive, info, name, limits, total), 1 << 16)
    head, tail, suspect, utf8 = b"", b"", False, True
    try:
        first = True
        while chunk := stream.read(1 << 20):
            if first:
                first = False
                head = chunk[:4096]
                body = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
                declared = _ENCODING_RE.match(body)
                utf8 = body.startswith(b"<") and (declared is None or declared[1].lower() in (b"utf-8", b"utf8"))
            window = tail + chunk
            # '!' alone is found at memchr speed, and a sheet's cells rarely hold one: the two
            # searches, each a pass over the megabyte, run only then (4 MB sheet: 2.6 ms → 0.1)
            if b"!" in window and (b"<!DOCTYPE" in window or b"<!ENTITY" in window):
                raise FileRefused("xml_entities", params={"name": name, "part": info.filename})
            suspect = suspect or (sheet is not None and _suspect(window))
            tail = window[-4096:]
    except _TooBig:
        raise FileRefused("zip_bomb", params={"name": name, "part": info.filename}) from None
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise FileRefused("corrupt", params={"name": name, "detail": f"{info.filename}: {exc}"}) from None
    finally:
        total[0] += stream.raw.count
    if sheet is not None:
        dimension = _DIMENSION_RE.search(head)
        if dimension:
            ref = dimension[1].decode("ascii", "replace")
            corners = [_ref(part) for part in ref.split(":")]
            if corners and all(corners):
                (top, left), (bottom, right) = corners[0], corners[-1]
                _check_extent(name, sheet, ref, bottom - top + 1, right - left + 1, limits)
        rows = _ROW_RE.findall(tail)
        if rows:
            _check_extent(name, sheet, f"第{int(rows[-1])}行", int(rows[-1]), 1, limits)
    if not utf8 or suspect:
        return _parse_cells(archive, info, name, limits, total, sheet)
    return {}


def _suspect(window: bytes) -> bool:
    """Whether a worksheet's bytes hold a formula element (``<f>``, ``<x:f …>``) or an error cell
    (`` t="e"``). The patterns run only where a plain substring test finds their fixed part: a
    pattern that may start anywhere costs more than the rest of the scan."""
    if _has_formula(window):
        return True
    return b't="e"' in window and _ERROR_RE.search(window) is not None


_FEW_F = 256  # letters f in a window looked at one by one, before the window is searched whole


def _has_formula(window: bytes) -> bool:
    """``_FORMULA_RE.search(window)``, found from the window's letters f: a sheet's cells hold few
    (cell references are upper case, a text is in the shared strings), and each is found at
    memchr speed, where the searches for '<f' and ':f' each took a pass over the megabyte (4 MB
    sheet: 9 ms → 0.1). A match ends in an f after '<' or after ':', and starts at the last '<'
    before that f, as its prefix holds only word characters; a window full of f's is searched whole."""
    at = window.find(b"f")
    for _ in range(_FEW_F):
        if at == -1:
            return False
        if window[at - 1:at] in (b"<", b":") and _FORMULA_RE.match(window, window.rfind(b"<", 0, at)):
            return True
        at = window.find(b"f", at + 1)
    return (b"<f" in window or b":f" in window) and _FORMULA_RE.search(window) is not None


def _parse_cells(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limits: Limits, total: list[int],
                 sheet: str | None) -> dict[tuple[int, int], tuple[str, str]]:
    """Parse a part with defusedxml; for a worksheet collect formula cells without a cached value
    and error cells, and check the real extent."""
    missing: dict[tuple[int, int], tuple[str, str]] = {}
    max_row = max_col = 0
    for _event, elem in _parse(archive, info, name, limits, total):
        tag = _local(elem.tag)
        if sheet is None:
            elem.clear()
        elif tag == "c":
            position = _ref(elem.get("r", ""))
            formula = value = None
            for child in elem:
                if _local(child.tag) == "f":
                    formula = child
                elif _local(child.tag) == "v":
                    value = child
            if position is not None:
                max_row, max_col = max(max_row, position[0] + 1), max(max_col, position[1] + 1)
                if elem.get("t") == "e":
                    missing[position] = ("cell_error", (value.text if value is not None else "") or "#VALUE!")
                # A formula whose result is text may legitimately cache '' (t="str", empty <v>).
                elif (formula is not None and elem.get("t") != "str"
                        and (value is None or not (value.text or "").strip())):
                    missing[position] = ("formula_no_value", "=" + (formula.text or ""))
            elem.clear()
        elif tag == "row":
            _check_extent(name, sheet, f"第{max_row}行", max_row, max_col, limits)
            elem.clear()
    return missing
