"""An office's own project ledger (项目台账): finding its header, guessing what each column means,
and reading its rows into typed values. Pure: matching against the database is the service's job.

Offices keep ledgers in their own shapes, so nothing here relies on positions or exact titles:

* :func:`find_header` takes the first sheet with a header row naming the project (项目名称,
  工程名称 …); a note such as “单位：亿元” above it sets the unit of money columns without one;
* :func:`guess_mapping` maps each header to a field through :data:`SYNONYMS` (exact match first,
  then containment), which the user confirms or corrects in the mapping step;
* :func:`read_rows` reads every non-blank row with the domain's tolerant parsers, converting 亿元
  columns to 万元, and reports unreadable cells as problems at their sheet, row and column.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from ..domain.model import Kind, Level
from .cell_values import CellError, raw, read_date, read_money, read_text
from .layout import KEY_SHEET, is_summary
from .problems import FileRefused, Problem
from .reader import Book, Sheet, cell_text, col_letter, find_header as find_header_row, header_key, is_blank, split_unit

IGNORE = ""

# Field → Chinese label, in the order the mapping step lists them.
FIELDS: dict[str, str] = {
    "name": "项目名称", "national_code": "投资项目代码", "category": "类别", "level": "级别",
    "kind": "新开工/续建", "location": "建设地点", "lead": "牵头单位", "coop": "配合单位",
    "contact_person": "联系人", "phone": "联系电话", "contact": "联系人及电话", "total_investment": "总投资",
    "annual_plan": "年度计划投资", "planned_start": "计划开工", "planned_end": "计划竣工", "content": "建设内容",
    "notes": "备注",
}

# Header texts (spaces removed, units stripped) that mean each field; checked exact-first.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("项目名称", "工程名称", "项目(工程)名称", "项目名", "名称"),
    "national_code": ("投资项目代码", "项目代码", "国家代码", "统一项目代码", "项目统一代码", "备案代码",
                      "审批代码", "投资项目统一代码"),
    "category": ("类别", "项目类别", "行业类别", "领域", "项目类型", "行业"),
    "level": ("级别", "项目级别", "层级", "重点项目级别"),
    "kind": ("新开工/续建", "新开工或续建", "建设性质", "项目性质", "新建/续建", "新开工续建"),
    "location": ("建设地点", "项目地点", "所在地", "县市区", "所属县市区", "实施地点", "建设地址", "所在县(市、区)"),
    "lead": ("牵头单位", "责任单位", "主管单位", "牵头部门", "责任部门", "项目单位", "建设单位"),
    "coop": ("配合单位", "协同单位", "配合部门", "协办单位"),
    "contact_person": ("联系人", "项目联系人", "负责人"),
    "phone": ("联系电话", "电话", "手机", "联系方式"),
    "contact": ("联系人及电话", "联系人及联系方式", "联系人电话"),
    "total_investment": ("总投资", "计划总投资", "项目总投资", "总投资额"),
    "annual_plan": ("年度计划投资", "年计划投资", "本年计划投资", "年度投资计划", "计划投资"),
    "planned_start": ("计划开工", "计划开工时间", "开工时间", "计划开工日期", "开工日期"),
    "planned_end": ("计划竣工", "计划竣工时间", "竣工时间", "计划完工时间", "计划竣工日期", "完工时间"),
    "content": ("建设内容", "建设规模及内容", "建设内容及规模", "主要建设内容", "建设规模"),
    "notes": ("备注", "说明"),
}
_YEAR_RE = re.compile(r"(20\d{2})年")
_UNIT_NOTE_RE = re.compile(r"单位[:：]?\s*(亿元|万元)")
_SPLIT_RE = re.compile(r"[、,，;；/\n]+")
_PHONE_RE = re.compile(r"(\+?\d[\d\-— ]{5,}\d)")
# Checked in this order: “县（市、区）级” is county although it contains 市.
LEVELS = {"省": Level.PROVINCE, "县": Level.COUNTY, "区": Level.COUNTY, "市": Level.CITY}


@dataclass(frozen=True)
class LedgerHeader:
    """The header row of a ledger: ``headers`` maps columns to the header texts found."""

    sheet: str
    row: int  # 0-based
    headers: dict[int, str]
    unit_note: str = ""  # '亿元' when a note above the header says so

    @property
    def header_set(self) -> str:
        """A short stable key for remembering this header layout's mapping."""
        joined = "|".join(header_key(self.headers[c]) for c in sorted(self.headers))
        return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def find_header(book: Book) -> tuple[Sheet, LedgerHeader]:
    anchors = SYNONYMS["name"][:3]
    for sheet in book.sheets:
        if sheet.name == KEY_SHEET or sheet.visibility != "visible":
            continue
        header = find_header_row(sheet, anchors)
        if header is not None:
            note = ""
            for row in sheet.rows[: header.row]:
                for value in row:
                    match = _UNIT_NOTE_RE.search(header_key(value)) if isinstance(value, str) else None
                    if match:
                        note = match[1]
            return sheet, LedgerHeader(sheet.name, header.row, dict(header.columns), note)
    raise FileRefused("no_header", params={"name": book.path.name, "header": "项目名称"})


def guess_mapping(headers: dict[int, str]) -> dict[int, str]:
    """Column → field for every header ('' = ignore); each field is given to one column at most."""
    mapping = {col: IGNORE for col in headers}
    taken: set[str] = set()
    bases = {col: _YEAR_RE.sub("", split_unit(text)[0]) for col, text in headers.items()}
    for exact in (True, False):
        for col, base in bases.items():
            if mapping[col]:
                continue
            for name, words in SYNONYMS.items():
                if name in taken:
                    continue
                keys = [header_key(w) for w in words]
                if (base in keys) if exact else any(k in base for k in keys if len(k) >= 2 and k != "名称"):
                    mapping[col] = name
                    taken.add(name)
                    break
    return mapping


def column_unit(header: str, note: str = "") -> str:
    """The money unit of a column: its own header's, else the sheet note's, else 万元."""
    return split_unit(header)[1] or note or "万元"


def header_year(header: str) -> int | None:
    """2026 from '2026年计划投资（万元）'."""
    match = _YEAR_RE.search(header_key(header))
    return int(match[1]) if match else None


def parse_level(text: str) -> Level:
    for word, level in LEVELS.items():
        if word in text:
            return level
    raise CellError("bad_level", text)


def parse_kind(text: str) -> Kind:
    if "续" in text or "在建" in text:
        return Kind.CONTINUING
    if "新" in text:
        return Kind.NEW
    raise CellError("bad_kind", text)


def split_names(text: str) -> list[str]:
    """'市交通运输局、任城区人民政府' → both names, blanks and repeats dropped."""
    return list(dict.fromkeys(part.strip() for part in _SPLIT_RE.split(text) if part.strip()))


def split_contact(text: str) -> tuple[str, str]:
    """'张三 13800000000' → ('张三', '13800000000')."""
    match = _PHONE_RE.search(text)
    if not match:
        return text.strip(), ""
    return (text[: match.start()] + text[match.end():]).strip(" ：:，,（）()"), match[1].strip()


@dataclass
class LedgerRow:
    """One ledger line: typed ``values`` by field, the cells they came from, for problems."""

    sheet: str
    row: int  # 0-based
    values: dict[str, object] = field(default_factory=dict)
    cells: dict[str, tuple[int, str]] = field(default_factory=dict)

    def problem(self, key: str, code: str, value: str = "", expected: str = "", **params: object) -> Problem:
        col, header = self.cells.get(key, (None, ""))
        return Problem(code, self.sheet, self.row + 1, col_letter(col) if col is not None else "", value,
                       expected, header, tuple(params.items()))


def _typed(key: str, value: object, header: str, note: str, year_default: int) -> object:
    if key in ("total_investment", "annual_plan"):
        amount = read_money(value, column_unit(header, note))
        return amount if key == "total_investment" else (header_year(header) or year_default, amount)
    if key in ("planned_start", "planned_end"):
        return read_date(value, month_ok="start" if key == "planned_start" else "end")
    text = read_text(value)
    if key == "national_code":
        return re.sub(r"\s+", "", text)
    if key == "level":
        return parse_level(text)
    if key == "kind":
        return parse_kind(text)
    if key == "coop":
        return split_names(text)
    if key == "contact":
        return split_contact(text)
    return text


def read_rows(sheet: Sheet, header: LedgerHeader, mapping: dict[int, str],
              year_default: int) -> tuple[list[LedgerRow], list[Problem]]:
    """Every data row below the header with its typed values; blank and 合计 rows skipped."""
    rows: list[LedgerRow] = []
    problems: list[Problem] = []
    used = {col: key for col, key in mapping.items() if key}
    for r in range(header.row + 1, len(sheet.rows)):
        cells = [sheet.value(r, c) for c in used]
        if all(is_blank(v) for v in cells) or any(is_summary(v) for v in sheet.rows[r] if isinstance(v, str)):
            continue
        line = LedgerRow(sheet.name, r, cells={key: (col, header.headers.get(col, "")) for col, key in used.items()})
        for col, key in used.items():
            try:
                value = raw(sheet, r, col)
                if is_blank(value):
                    continue
                line.values[key] = _typed(key, value, header.headers.get(col, ""), header.unit_note, year_default)
            except CellError as exc:
                problems.append(line.problem(key, exc.code, exc.found, **exc.params))
        if not line.values.get("name"):
            problems.append(line.problem("name", "missing_name", cell_text(sheet.value(r, next(iter(used), 0)))))
            continue
        rows.append(line)
    return rows, problems
