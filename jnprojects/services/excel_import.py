"""Import returned fill-in templates and exported progress sheets: preview first, then apply.

:func:`preview_import` reads and checks the file and lists every change and every problem; it
writes nothing. :func:`apply_import` writes the preview's changes in ONE transaction after a
backup, with an ``import_batches`` row whose id is on every change-log row it causes.

Rules enforced here (the file-level ones raise ``FileRefused``, nothing written):

* a file whose key names another database is refused; a file for another period than the current
  month needs ``accept_other_period=True`` (the UI asks first);
* with problems, apply refuses unless ``skip_rejected=True``, and then applies only the rows
  without problems;
* apply refuses when the database changed since the preview (the values shown as “old” must still
  be the current ones), so an import never overwrites an edit it did not show.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from itertools import repeat
from operator import add
from pathlib import Path
from types import MappingProxyType

from ..bulk import gc_paused, records
from ..domain.model import ProgressReport
from ..domain.monthly import period_end
from ..domain.monthly_problems import Problem as LedgerProblem
from ..domain.monthly_problems import problems_text
from ..exchange.layout import KIND_TEMPLATE
from ..exchange.problems import Cancelled, FileRefused, Problem, problem_text
from ..exchange.progress_import import FieldChange, Located, MilestoneNow, ProjectNow, diff, locate
from ..exchange.progress_sheet import Cancel, Progress
from ..exchange.reader import read_book
from ..store import imports as import_store
from ..store import problems as problem_store
from ..store import projects as project_store
from ..store import reports as report_store
from .changes import Changes
from .excel_common import backup_before_import, database_id, period_of, problems_as_of, zh_period
from .workspace import Workspace


@dataclass
class ImportPreview:
    """What importing a file would do. ``changes`` and ``problems`` are in file order."""

    path: Path
    sha256: str
    kind: str
    period: str
    as_of: date | None
    scope: str
    changes: list[FieldChange]
    problems: list[Problem]
    other_period: bool = False
    problems_day: date | None = None  # whose open ledger entries the file's 存在问题 was compared with
    # The current values the changes were computed against, to detect edits made since; they hold
    # milestones only for ``milestone_codes``, the projects the file has milestone lines for.
    snapshot: dict[str, ProjectNow] = field(default_factory=dict, repr=False)
    milestone_codes: frozenset[str] = frozenset()

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def rejected_rows(self) -> set[tuple[str, int]]:
        return {(p.sheet, p.row) for p in self.problems if p.row is not None}

    def applicable(self, skip_rejected: bool = False) -> list[FieldChange]:
        """The changes apply would write: all of them, or those of rows without problems."""
        if not skip_rejected:
            return list(self.changes)
        rejected = self.rejected_rows
        return [c for c in self.changes if (c.sheet, c.row) not in rejected]


_NO_REPORT = MappingProxyType({})


def _current(ws: Workspace, kind: str, codes: set[str], milestone_codes: set[str], period: str,
             problems_day: date) -> dict[str, ProjectNow]:
    """The values the file is compared with, loaded for the file's ``codes`` only: milestones only
    for ``milestone_codes`` (the projects the file has milestone lines for), and the latest report's
    text only for a progress sheet (a template shows the period's own report). ``problems_day`` is
    the day whose open ledger entries the file was written with."""
    targets = import_store.import_targets(ws.db, codes)
    ids = [t.id for t in targets.values()]
    milestones = import_store.milestone_targets(ws.db, [targets[c].id for c in milestone_codes if c in targets])
    own = import_store.reports_for_period(ws.db, period, ids)
    shown = {} if kind == KIND_TEMPLATE else import_store.latest_texts(ws.db, period, ids)
    ledger = problem_store.descriptions(ws.db, problems_day, ids)
    known = problem_store.descriptions(ws.db, project_ids=ids)
    # Built by the ten thousand: most projects have no report, ledger entry or milestone line and
    # share one tail (an ImportTarget is the first fields of a ProjectNow, test_import_reads pins
    # this); only the others are built one by one (10,000 projects: 24 ms → 13).
    plain = ((), _NO_REPORT, "", "", ())
    current = dict(zip(targets, records(ProjectNow, map(add, targets.values(), repeat(plain)))))
    special = milestones.keys() | own.keys() | shown.keys() | ledger.keys() | known.keys()
    for t in [t for t in targets.values() if t.id in special]:
        report = own.get(t.id)
        ledger_lines = ledger.get(t.id)
        known_lines = known.get(t.id)
        milestone_rows = milestones.get(t.id)
        current[t.code] = ProjectNow._make(t + (
            tuple(records(MilestoneNow, milestone_rows)) if milestone_rows else (),
            _NO_REPORT if report is None else {
                "progress_text": report.progress_text, "progress_pct": report.progress_pct,
                "invest_month": report.invest_month, "problems": report.problems},
            shown.get(t.id, ""), problems_text(ledger_lines) if ledger_lines else "",
            tuple(known_lines) if known_lines else ()))
    return current


def _check_key(ws: Workspace, located: Located, name: str, accept_other_period: bool, today: date) -> bool:
    file_id = (located.key or {}).get("database_id", "")
    ours = database_id(ws)
    if file_id and file_id != ours:
        raise FileRefused("other_database", params={"name": name, "found": file_id[:8],
                                                     "expected": ours[:8] or "本库尚无标识"})
    current = period_of(today)
    if located.period != current:
        if not accept_other_period:
            raise FileRefused("other_period", params={"name": name, "found": zh_period(located.period),
                                                       "expected": zh_period(current), "period": located.period})
        return True
    return False


def preview_import(ws: Workspace, path: Path | str, *, accept_other_period: bool = False,
                   today: date | None = None) -> ImportPreview:
    """Read ``path`` and list what importing it would change and what is wrong; writes nothing."""
    path = Path(path)
    # One pause for reading, loading and comparing: the cells, current values and changes built
    # are all kept until the preview is returned, so the collector's passes would find nothing.
    with gc_paused():
        book = read_book(path)
        located = locate(book)
        other = _check_key(ws, located, path.name, accept_other_period, today or date.today())
        milestone_codes = {line.code for line in located.milestones}
        codes = {line.code for line in located.projects} | milestone_codes
        problems_day = (located.as_of if located.kind != KIND_TEMPLATE and located.as_of
                        else problems_as_of(located.period, today))
        current = _current(ws, located.kind, codes, milestone_codes, located.period, problems_day)
        changes, problems = diff(located, current)
    scope = (located.key or {}).get("scope", "")
    return ImportPreview(path, book.sha256, located.kind, located.period, located.as_of, scope, changes, problems,
                         other, problems_day, current, frozenset(milestone_codes))


def preview_lines(preview: ImportPreview) -> list[str]:
    """The preview as Chinese lines (CLI output, logs)."""
    lines = [f"文件：{preview.file_name}（{'填报表' if preview.kind == KIND_TEMPLATE else '推进情况表'}，"
             f"{zh_period(preview.period)}）", f"变更：{len(preview.changes)}处；问题：{len(preview.problems)}处"]
    for change in preview.changes:
        lines.append(f"  {change.code} {change.project_name} · {change.label}：{change.old} → {change.new}"
                     f"（{change.sheet} 第{change.row}行）")
    for problem in preview.problems:
        lines.append("  问题：" + problem_text(problem))
    return lines


def _new_report(kind: str, period: str, project_id: int, base: ProgressReport | None,
                previous: ProgressReport | None) -> ProgressReport:
    """The report a change starts from when the period has none yet.

    A progress sheet shows the latest report; changing its text creates this period's report as a
    copy of that one (cumulative figures and the other text stay what the sheet showed), so the
    next export shows exactly what was imported. A template starts empty: its columns are the
    period's own report.
    """
    if base is not None:
        return base
    if kind != KIND_TEMPLATE and previous is not None:
        same_year = previous.period[:4] == period[:4]
        return ProgressReport(project_id, period, previous.progress_text, previous.progress_pct, None,
                              previous.invest_ytd if same_year else None, previous.invest_since_start,
                              previous.problems)
    return ProgressReport(project_id, period)


def _with_investment(report: ProgressReport, previous: ProgressReport | None) -> ProgressReport:
    """Cumulative figures follow a template's 本月完成投资 where the previous report allows it.

    年度累计: the month itself in January, else the previous report's (same year) plus the month.
    开工累计: the previous report's plus the month. Where the previous figure is unknown the stored
    one is kept rather than guessed.
    """
    month = report.invest_month
    if month is None:
        return report
    ytd, since = report.invest_ytd, report.invest_since_start
    if report.period.endswith("-01"):
        ytd = month
    elif previous is not None and previous.period[:4] == report.period[:4] and previous.invest_ytd is not None:
        ytd = previous.invest_ytd + month
    if previous is not None and previous.invest_since_start is not None:
        since = previous.invest_since_start + month
    return replace(report, invest_ytd=ytd, invest_since_start=since)


def apply_import(ws: Workspace, preview: ImportPreview, skip_rejected: bool = False,
                 progress: Progress | None = None, cancel: Cancel | None = None) -> Changes:
    """Write the preview's changes in one transaction (see module notes); returns what changed."""
    if ws.readonly:
        raise FileRefused("readonly")
    if preview.problems and not skip_rejected:
        raise FileRefused("has_problems", params={"count": len(preview.problems)})
    changes = preview.applicable(skip_rejected)
    if not changes:
        return Changes()
    by_code: dict[str, list[FieldChange]] = {}
    for change in changes:
        by_code.setdefault(change.code, []).append(change)
    now = _current(ws, preview.kind, set(by_code), preview.milestone_codes & set(by_code), preview.period,
                   preview.problems_day or date.today())
    stale = [code for code in by_code if now.get(code) != preview.snapshot.get(code)]
    if stale:
        raise FileRefused("stale_preview", params={"detail": "、".join(stale[:5])})
    backup_before_import(ws)
    own = import_store.reports_for_period(ws.db, preview.period)
    before = import_store.latest_reports(ws.db, preview.period, before=True)
    raised_on = min(date.today(), period_end(preview.period))  # reported in that month, noticed now
    counts = {"fields": 0, "projects": 0, "reports": 0, "milestones": 0, "problems": 0,
              "rows": len({(c.sheet, c.row) for c in changes}),
              "skipped_rows": len(preview.rejected_rows) if skip_rejected else 0}
    written: set[int] = set()
    with ws.db.atomic():
        batch_id = import_store.insert_batch(ws.db, f"excel_{preview.kind}", preview.file_name, preview.sha256,
                                             ws.user)
        for done, (code, items) in enumerate(by_code.items(), start=1):
            if cancel is not None and cancel():
                raise Cancelled()  # inside the transaction: everything is rolled back
            project_id = now[code].id
            _apply_project(ws, project_id, [c for c in items if c.entity in ("project", "milestone")], batch_id)
            report_items = [c for c in items if c.entity == "report"]
            if report_items:
                report = _new_report(preview.kind, preview.period, project_id, own.get(project_id),
                                     before.get(project_id))
                report = replace(report, **{c.field: c.value for c in report_items})
                if preview.kind == KIND_TEMPLATE and any(c.field == "invest_month" for c in report_items):
                    report = _with_investment(report, before.get(project_id))
                report_store.upsert(ws.db, [report], ws.user, batch_id)
                counts["reports"] += 1
            for change in (c for c in items if c.entity == "problem"):
                for description in change.value:
                    problem_store.add(ws.db, LedgerProblem(project_id, description, raised_on), ws.user, batch_id)
                    counts["problems"] += 1
            counts["fields"] += len(items)
            counts["milestones"] += sum(1 for c in items if c.entity == "milestone")
            written.add(project_id)
            if progress is not None:
                progress(done, len(by_code))
        counts["projects"] = len(written)
        import_store.set_batch_counts(ws.db, batch_id, counts)
    return Changes(projects=frozenset(written), reports=counts["reports"] > 0)


def _apply_project(ws: Workspace, project_id: int, items: list[FieldChange], batch_id: int) -> None:
    if not items:
        return
    project = project_store.get(ws.db, project_id)
    milestones = {m.id: m for m in project.milestones}
    for change in items:
        if change.entity == "project":
            setattr(project, change.field, change.value)
        else:
            setattr(milestones[change.target], change.field, change.value)
    project_store.save(ws.db, project, ws.user, batch_id)
