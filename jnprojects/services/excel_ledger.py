"""Import an office's project ledger (项目台账): map its columns, preview, apply in one transaction.

Flow: :func:`read_ledger` (finds the header and proposes a column mapping — the one remembered for
this header layout, else a guess) → the user confirms or edits the mapping → :func:`preview_ledger`
→ :func:`apply_ledger`.

Matching: a row is the project with the same 投资项目代码 (national code), else the project with the
same name (compared without spaces, full-width folded); other rows create projects (origin
``ledger``) in the row's 类别 or the category the user picked, with the category's next free code.
The ledger is the source of unit names: units it names that do not exist are created here, and
only here. A blank ledger cell never clears a stored value. The category of an existing project is
never changed (its code carries the category prefix).

Invariant: importing the same ledger twice changes nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from ..domain.model import Assignment, Origin, Project, Role
from ..exchange.cell_values import fold_text
from ..exchange.ledger import FIELDS, LedgerHeader, LedgerRow, find_header, guess_mapping, read_rows, split_names
from ..exchange.problems import Cancelled, FileRefused, Problem, problem_text
from ..exchange.progress_import import FieldChange, shown
from ..exchange.progress_sheet import Cancel, Progress
from ..exchange.reader import Sheet, name_key, read_book
from ..store import imports as import_store
from ..store import projects as project_store
from ..store import reference
from .changes import Changes
from .excel_common import backup_before_import
from .workspace import Workspace

_CITYWIDE = ("全市", "市域", "市本级", "市直", "跨县")
_LABELS = {"national_code": "投资项目代码", "level": "级别", "kind": "新开工/续建", "content": "建设内容",
           "notes": "备注", "total_investment": "总投资（万元）", "planned_start": "计划开工",
           "planned_end": "计划竣工", "locations": "建设地点", "assignments": "责任单位"}
_LEVEL_ZH = {"province": "省级", "city": "市级", "county": "县级"}
_KIND_ZH = {"new": "新开工", "continuing": "续建"}


@dataclass
class LedgerFile:
    """A ledger read from disk with its proposed ``mapping`` (column → field, '' = ignored)."""

    path: Path
    sha256: str
    header: LedgerHeader
    mapping: dict[int, str]
    remembered: bool
    sheet: Sheet = field(repr=False)


@dataclass
class LedgerItem:
    """What one ledger row does: ``create``, ``update`` or ``unchanged`` a project."""

    sheet: str
    row: int  # 1-based
    action: str
    code: str
    name: str
    changes: list[FieldChange]
    project: Project | None = field(default=None, repr=False)
    annual: tuple[int, Decimal] | None = None


@dataclass
class LedgerPreview:
    ledger: LedgerFile
    mapping: dict[int, str]
    default_category: str | None
    year: int
    items: list[LedgerItem]
    problems: list[Problem]
    new_units: list[str]
    rows: list[LedgerRow] = field(default_factory=list, repr=False)

    @property
    def changes(self) -> list[FieldChange]:
        return [c for item in self.items for c in item.changes]

    @property
    def rejected_rows(self) -> set[tuple[str, int]]:
        return {(p.sheet, p.row) for p in self.problems if p.row is not None}

    def count(self, action: str) -> int:
        return sum(1 for i in self.items if i.action == action)


def read_ledger(ws: Workspace, path: Path | str) -> LedgerFile:
    """Read the file, find its header and propose a mapping (remembered for this layout, else guessed)."""
    book = read_book(Path(path))
    sheet, header = find_header(book)
    remembered = import_store.remembered_mapping(ws.db, header.header_set)
    if remembered is not None:
        mapping = {col: remembered.get(text, "") for col, text in header.headers.items()}
        mapping = {col: key if key in FIELDS else "" for col, key in mapping.items()}
    else:
        mapping = guess_mapping(header.headers)
    return LedgerFile(Path(path), book.sha256, header, mapping, remembered is not None, sheet)


class _Context:
    """Reference data and the running state of one planning pass (codes handed out, units seen)."""

    def __init__(self, ws: Workspace, default_category: str | None) -> None:
        self.ws = ws
        self.default_category = default_category
        self.categories = reference.categories(ws.db)
        self.locations = reference.locations(ws.db)
        self.units = {name_key(u.name): u.name for u in reference.units(ws.db)}
        keys = import_store.project_keys(ws.db)
        self.by_national = {nc: pid for pid, _c, _n, nc, _cat in keys if nc}
        self.by_name: dict[str, int] = {}
        for pid, _c, name, _nc, _cat in keys:
            self.by_name.setdefault(name_key(name), pid)
        self.names = {pid: name for pid, _c, name, _nc, _cat in keys}
        self.next_numbers: dict[str, str] = {}
        self.new_units: list[str] = []

    def category(self, text: str) -> str | None:
        key = name_key(text)
        for c in self.categories:
            if key in (name_key(c.name_zh), c.code, c.prefix.upper(), name_key(c.name_en)):
                return c.code
        return next((c.code for c in self.categories if key and (key in c.name_zh or c.name_zh in key)), None)

    def location_codes(self, text: str) -> list[str] | None:
        """Codes of the places named in ``text``; [] for city-wide; None when nothing is recognised."""
        key = name_key(text).replace("经济技术开发区", "经开区")
        found = [loc.code for loc in self.locations if loc.name in key or loc.short_name.replace("济宁", "") in key]
        if found:
            return found
        return [] if any(word in key for word in _CITYWIDE) else None

    def unit(self, name: str) -> str:
        existing = self.units.get(name_key(name))
        if existing is None:
            existing = name.strip()
            self.units[name_key(name)] = existing
            self.new_units.append(existing)
        return existing

    def next_code(self, category: str) -> str:
        code = self.next_numbers.get(category) or project_store.next_code(self.ws.db, category)
        prefix, number = code.rsplit("-", 1)
        self.next_numbers[category] = f"{prefix}-{int(number) + 1:0{len(number)}d}"
        return code


def _assignments(values: dict, current: list[Assignment], ctx: _Context) -> list[Assignment]:
    leads = [ctx.unit(n) for n in _names(values.get("lead"))] or [a.unit_name for a in current if a.role == Role.LEAD]
    coops = [ctx.unit(n) for n in values["coop"]] if "coop" in values else [
        a.unit_name for a in current if a.role == Role.COOP]
    person, phone = values.get("contact", ("", ""))
    person, phone = values.get("contact_person", person), values.get("phone", phone)
    old = {a.unit_name: a for a in current}
    result = []
    for index, name in enumerate(leads):
        keep = old.get(name, Assignment(name, Role.LEAD))
        if index == 0 and (person or phone):
            result.append(Assignment(name, Role.LEAD, person or keep.contact_person, phone or keep.phone))
        else:
            result.append(Assignment(name, Role.LEAD, keep.contact_person, keep.phone))
    for name in coops:
        if name not in leads:
            keep = old.get(name, Assignment(name, Role.COOP))
            result.append(Assignment(name, Role.COOP, keep.contact_person, keep.phone))
    return result


def _names(value: object) -> list[str]:
    return split_names(value) if isinstance(value, str) else []


def _assignment_text(items: list[Assignment]) -> str:
    return "、".join(f"{a.unit_name}（{'牵头' if a.role == Role.LEAD else '配合'}）" for a in items)


def _plan_row(line: LedgerRow, ctx: _Context, year: int, problems: list[Problem]) -> LedgerItem | None:
    values = line.values
    name = str(values["name"])
    national = values.get("national_code") or None
    pid = ctx.by_national.get(national) if national else None
    by_name = ctx.by_name.get(name_key(name))
    if pid is not None and by_name is not None and by_name != pid:
        problems.append(line.problem("national_code", "national_code_conflict", national, other=ctx.names[pid]))
        return None
    pid = pid if pid is not None else by_name
    locations = None
    if "location" in values:
        locations = ctx.location_codes(str(values["location"]))
        if locations is None:
            problems.append(line.problem("location", "unknown_location", str(values["location"])))
            return None
    if pid is None:
        category = ctx.category(str(values["category"])) if "category" in values else ctx.default_category
        if category is None:
            code = "unknown_category" if "category" in values else "no_category"
            problems.append(line.problem("category", code, str(values.get("category", ""))))
            return None
        project = Project(code=ctx.next_code(category), name=name, category_code=category, origin=Origin.LEDGER)
        before = None
    else:
        project = project_store.get(ctx.ws.db, pid)
        before = project_store.get(ctx.ws.db, pid)
    for key in ("national_code", "level", "kind", "content", "notes", "total_investment", "planned_start",
                "planned_end"):
        if key in values:
            setattr(project, key, values[key])
    if locations is not None and (locations or before is None):
        project.locations = locations
    start, end = project.planned_start, project.planned_end
    if start and end and end < start:
        problems.append(line.problem("planned_end" if "planned_end" in values else "planned_start",
                                     "end_before_start", end.isoformat(), start=start.isoformat()))
        return None
    if any(k in values for k in ("lead", "coop", "contact", "contact_person", "phone")):
        project.assignments = _assignments(values, project.assignments, ctx)
    annual = values.get("annual_plan")
    changes = _changes(line, project, before, annual, ctx)
    action = "create" if before is None else ("update" if changes else "unchanged")
    return LedgerItem(line.sheet, line.row + 1, action, project.code, name, changes, project, annual)


def _changes(line: LedgerRow, project: Project, before: Project | None, annual, ctx: _Context) -> list[FieldChange]:  # noqa: ANN001
    def change(field_name: str, label: str, old: object, new: object, entity: str = "project") -> FieldChange:
        return FieldChange(line.sheet, line.row + 1, project.code, project.name, entity, field_name, label,
                           shown(old), shown(new), new)

    place_names = {loc.code: loc.name for loc in ctx.locations}

    if before is None:
        category = next((c.name_zh for c in ctx.categories if c.code == project.category_code), "")
        result = [change("create", "新建项目", "（无）", f"{project.code} {project.name}（{category}）")]
    else:
        result = []
        for key, label in _LABELS.items():
            old, new = getattr(before, key), getattr(project, key)
            if key in ("content", "notes"):
                differs = fold_text(old) != fold_text(new)
            elif key == "locations":
                differs = sorted(old) != sorted(new)
                old, new = ("、".join(place_names.get(c, c) for c in codes) for codes in (old, new))
            elif key == "assignments":
                differs = sorted(map(_akey, old)) != sorted(map(_akey, new))
                old, new = _assignment_text(old), _assignment_text(new)
            else:
                differs = old != new
            if differs:
                if key in ("level", "kind"):
                    table = _LEVEL_ZH if key == "level" else _KIND_ZH
                    old, new = table.get(str(old), "") if old else "", table.get(str(new), "")
                result.append(change(key, label, old, new))
    if annual is not None:
        year, amount = annual
        old_amount = import_store.annual_plan(ctx.ws.db, project.id, year) if project.id else None
        if amount is not None and old_amount != amount:
            result.append(change("annual_plan", f"{year}年计划投资（万元）", old_amount, amount, "annual_plan"))
    return result


def _akey(a: Assignment) -> tuple[str, str, str, str]:
    return (a.unit_name, str(a.role), a.contact_person, a.phone)


def _plan(ws: Workspace, rows: list[LedgerRow], read_problems: list[Problem], default_category: str | None,
          year: int) -> tuple[list[LedgerItem], list[Problem], list[str]]:
    ctx = _Context(ws, default_category)
    problems = list(read_problems)
    items: list[LedgerItem] = []
    seen: dict[str, int] = {}
    for line in rows:
        keys = [("name", name_key(line.values["name"]))]
        if line.values.get("national_code"):
            keys.append(("national_code", str(line.values["national_code"])))
        duplicate = next(((k, seen[v]) for k, v in keys if v in seen), None)
        if duplicate is not None:
            problems.append(line.problem(duplicate[0], "duplicate_row", str(line.values.get(duplicate[0], "")),
                                         first_row=duplicate[1]))
            continue
        for _k, v in keys:
            seen[v] = line.row + 1
        item = _plan_row(line, ctx, year, problems)
        if item is not None:
            items.append(item)
    return items, problems, ctx.new_units


def preview_ledger(ws: Workspace, ledger: LedgerFile, mapping: dict[int, str] | None = None,
                   default_category: str | None = None, year: int | None = None) -> LedgerPreview:
    """What importing ``ledger`` with ``mapping`` would do; writes nothing."""
    mapping = dict(ledger.mapping if mapping is None else mapping)
    if "name" not in mapping.values():
        raise FileRefused("no_name_column")
    year = year or date.today().year
    rows, read_problems = read_rows(ledger.sheet, ledger.header, mapping, year)
    items, problems, new_units = _plan(ws, rows, read_problems, default_category, year)
    return LedgerPreview(ledger, mapping, default_category, year, items, problems, new_units, rows)


def preview_lines(preview: LedgerPreview) -> list[str]:
    lines = [f"台账：{preview.ledger.path.name}（工作表“{preview.ledger.header.sheet}”）",
             f"新建{preview.count('create')}个、更新{preview.count('update')}个、无变化{preview.count('unchanged')}个项目；"
             f"新增单位{len(preview.new_units)}个；问题{len(preview.problems)}处"]
    for change in preview.changes:
        lines.append(f"  第{change.row}行 {change.code} {change.project_name} · {change.label}：{change.old} → {change.new}")
    lines += ["  问题：" + problem_text(p) for p in preview.problems]
    return lines


def _signature(items: list[LedgerItem]) -> list[tuple]:
    return [(i.row, i.action, i.code, [(c.field, c.old, c.new) for c in i.changes]) for i in items]


def apply_ledger(ws: Workspace, preview: LedgerPreview, skip_rejected: bool = False,
                 progress: Progress | None = None, cancel: Cancel | None = None) -> Changes:
    """Create and update the previewed projects (and units) in one transaction, logged with a batch."""
    if ws.readonly:
        raise FileRefused("readonly")
    if preview.problems and not skip_rejected:
        raise FileRefused("has_problems", params={"count": len(preview.problems)})
    items, _problems, _units = _plan(ws, preview.rows, [], preview.default_category, preview.year)
    if _signature(items) != _signature(preview.items):
        raise FileRefused("stale_preview", params={"detail": preview.ledger.path.name})
    rejected = preview.rejected_rows
    todo = [i for i in items if i.action != "unchanged" and (i.sheet, i.row) not in rejected]
    if not todo:
        return Changes()
    backup_before_import(ws)
    written: set[int] = set()
    counts = {"created": 0, "updated": 0, "units": 0, "fields": sum(len(i.changes) for i in todo),
              "skipped_rows": len(rejected)}
    with ws.db.atomic():
        batch_id = import_store.insert_batch(ws.db, "ledger", preview.ledger.path.name, preview.ledger.sha256, ws.user)
        existing = import_store.unit_ids(ws.db)
        needed = {a.unit_name for i in todo for a in (i.project.assignments if i.project else [])}
        for name in needed - set(existing):
            import_store.add_unit(ws.db, name, ws.user, batch_id)
            counts["units"] += 1
        for done, item in enumerate(todo, start=1):
            if cancel is not None and cancel():
                raise Cancelled()  # rolls the whole import back
            project_id = project_store.save(ws.db, item.project, ws.user, batch_id)
            if item.annual is not None and item.annual[1] is not None:
                import_store.set_annual_plan(ws.db, project_id, item.annual[0], format(item.annual[1], "f"),
                                             ws.user, batch_id)
            counts["created" if item.action == "create" else "updated"] += 1
            written.add(project_id)
            if progress is not None:
                progress(done, len(todo))
        headers = preview.ledger.header.headers
        import_store.remember_mapping(ws.db, preview.ledger.header.header_set,
                                      {headers[c]: key for c, key in preview.mapping.items() if c in headers})
        import_store.set_batch_counts(ws.db, batch_id, counts)
    return Changes(projects=frozenset(written), units=counts["units"] > 0)
