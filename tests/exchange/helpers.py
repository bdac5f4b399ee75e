"""Helpers for the Excel exchange tests: a demo database made once per run, dumps, crafted files."""

from __future__ import annotations

import shutil
import sqlite3
import struct
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

_DEMO: Path | None = None
IGNORED_TABLES = ("change_log", "import_batches")


def demo_template() -> Path:
    """A demo database (schedules, units, reports), generated once per test run (~4 s)."""
    global _DEMO
    if _DEMO is None or not _DEMO.exists():
        from jnprojects.services.workspace import open_workspace

        folder = Path(tempfile.mkdtemp(prefix="jnprojects-demo-"))
        ws = open_workspace(folder / "demo.db", demo=True, user="tester")
        ws.close()
        _DEMO = folder / "demo.db"
    return _DEMO


def demo_copy(folder: Path, name: str = "office.db") -> Path:
    target = Path(folder) / name
    shutil.copyfile(demo_template(), target)
    return target


def open_demo(folder: Path):  # noqa: ANN201 - Workspace
    from jnprojects.services.workspace import open_workspace

    return open_workspace(demo_copy(folder), user="tester")


def dump(path: Path) -> str:
    """The database as SQL, without the change log and import batches (which an import adds to)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "\n".join(line for line in conn.iterdump()
                         if not any(f'INSERT INTO "{t}"' in line for t in IGNORED_TABLES))
    finally:
        conn.close()


def full_dump(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def sheet_part(path: Path, sheet_name: str) -> str:
    """The zip part name of a sheet (xl/worksheets/sheetN.xml), by the workbook's sheet order."""
    import re

    with zipfile.ZipFile(path) as archive:
        workbook = archive.read("xl/workbook.xml").decode("utf-8")
        rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    rel_id = re.search(rf'<sheet [^>]*name="{re.escape(sheet_name)}"[^>]*r:id="([^"]+)"', workbook)[1]
    target = re.search(rf'<Relationship [^>]*Id="{rel_id}"[^>]*Target="([^"]+)"', rels)
    if target is None:
        target = re.search(rf'<Relationship [^>]*Target="([^"]+)"[^>]*Id="{rel_id}"', rels)
    name = target[1].lstrip("/")
    return name if name.startswith("xl/") else "xl/" + name


def rewrite_part(path: Path, part: str, change: Callable[[str], str], out: Path | None = None) -> Path:
    """Copy the package with one XML part rewritten by ``change``."""
    out = out or path
    with zipfile.ZipFile(path) as archive:
        items = [(info, archive.read(info.filename)) for info in archive.infolist()]
    temp = Path(str(out) + ".tmp")
    with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in items:
            if info.filename == part:
                data = change(data.decode("utf-8")).encode("utf-8")
            archive.writestr(info.filename, data)
    temp.replace(out)
    return out


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="推进情况表" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
</Relationships>"""
SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')


def minimal_xlsx(path: Path, sheet_xml: bytes | str, level: int = 6) -> Path:
    """A hand-made one-sheet package (for attacks no spreadsheet writer would produce)."""
    data = sheet_xml.encode("utf-8") if isinstance(sheet_xml, str) else sheet_xml
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", data)
    return path


def encrypted_ole(path: Path) -> Path:
    """A minimal, valid OLE2 compound file holding the two streams of an encrypted OOXML package
    (what Excel writes for a workbook with an opening password)."""
    sector = 512
    header = bytearray(sector)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHH", header, 24, 0x3E, 3, 0xFFFE, 9)  # minor, major v3, byte order, 512-byte sectors
    struct.pack_into("<H", header, 32, 6)  # mini sector shift
    struct.pack_into("<I", header, 44, 1)  # one FAT sector
    struct.pack_into("<I", header, 48, 1)  # directory starts at sector 1
    struct.pack_into("<I", header, 56, 4096)  # mini stream cutoff
    struct.pack_into("<IIII", header, 60, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)  # no mini FAT, no DIFAT sectors
    difat = [0] + [0xFFFFFFFF] * 108
    struct.pack_into("<109I", header, 76, *difat)
    fat = [0xFFFFFFFD, 0xFFFFFFFE] + [0xFFFFFFFF] * 126  # sector 0 = FAT, sector 1 = directory (end of chain)
    fat_sector = struct.pack("<128I", *fat)

    def entry(name: str, kind: int, child: int = 0xFFFFFFFF, right: int = 0xFFFFFFFF) -> bytes:
        raw = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le")
        raw[0:len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 64, len(encoded), kind, 1)
        struct.pack_into("<III", raw, 68, 0xFFFFFFFF, right, child)
        struct.pack_into("<I", raw, 116, 0xFFFFFFFE)  # start sector: none (empty stream)
        return bytes(raw)

    directory = entry("Root Entry", 5, child=1) + entry("EncryptionInfo", 2, right=2) + entry("EncryptedPackage", 2)
    directory += b"\0" * (sector - len(directory))
    Path(path).write_bytes(bytes(header) + fat_sector + directory)
    return Path(path)


def locate_cell(sheet, code: str, header: str, code_header: str = "项目编号", extra: tuple[str, str] | None = None):  # noqa: ANN001, ANN201
    """The openpyxl cell in the row of ``code`` (and ``extra`` = (header, value)) under ``header``."""
    header_row = None
    columns: dict[str, int] = {}
    for row in sheet.iter_rows(min_row=1, max_row=6):
        texts = {str(c.value).strip(): c.column for c in row if c.value is not None}
        if code_header in texts and header_row is None:
            header_row = row[0].row
        if header_row is not None:
            columns.update(texts)  # two-level headers: the sub-headers are on the next row
    assert header_row is not None, "no header row"
    code_col = columns[code_header]
    last_code = None
    for row in sheet.iter_rows(min_row=header_row + 1):
        value = row[code_col - 1].value or last_code  # codes merged down keep their value in the first row
        if row[code_col - 1].value is not None:
            last_code = row[code_col - 1].value
        if value == code and (extra is None or row[columns[extra[0]] - 1].value == extra[1]):
            return sheet.cell(row=row[0].row, column=columns[header])
    raise AssertionError(f"{code} not found")


_SEEDED: Path | None = None


def seeded_copy(folder: Path, name: str = "office.db") -> Path:
    """A freshly seeded office database (the plan's projects, no schedules), made once per run."""
    global _SEEDED
    if _SEEDED is None or not _SEEDED.exists():
        from jnprojects.services.workspace import open_workspace

        target = Path(tempfile.mkdtemp(prefix="jnprojects-seeded-")) / "seeded.db"
        open_workspace(target, user="tester").close()
        _SEEDED = target
    shutil.copyfile(_SEEDED, Path(folder) / name)
    return Path(folder) / name
