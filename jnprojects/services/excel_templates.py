"""Generate fill-in templates for a period: one workbook per lead unit or per place."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from .. import __version__
from ..domain.monthly_problems import problems_text
from ..domain.query import ProjectFilter
from ..exchange.layout import FORMAT_VERSION, KIND_TEMPLATE
from ..exchange.progress_sheet import Cancel, Progress
from ..exchange.problems import Cancelled
from ..exchange.templates import TemplateData, TemplateMilestone, TemplateProject, write_template
from ..store import imports as import_store
from ..store import problems as problem_store
from ..store import projects as project_store
from ..store import reference
from .excel_common import ensure_database_id, period_of, problems_as_of
from .workspace import Workspace

__all__ = ["TemplateResult", "ensure_database_id", "make_templates", "template_file_name"]

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass(frozen=True)
class TemplateResult:
    path: Path
    scope: str
    projects: int
    milestones: int


def template_file_name(period: str, scope: str) -> str:
    """'2026-11_市交通运输局_进展填报表.xlsx' with characters Windows refuses replaced."""
    return f"{period}_{_UNSAFE.sub('_', scope).strip() or '未命名'}_进展填报表.xlsx"


def _groups(ws: Workspace, by: str) -> list[tuple[str, list[int]]]:
    if by == "unit":
        return [(name, pids) for _uid, name, pids in import_store.lead_units(ws.db)]
    if by == "location":
        groups = []
        for location in reference.locations(ws.db):
            pids = [r.id for r in project_store.list_rows(ws.db, ProjectFilter(location=location.code))]
            if pids:
                groups.append((location.name, sorted(pids, key=lambda pid: pid)))
        return groups
    raise ValueError(f"by must be 'unit' or 'location', not {by!r}")


def make_templates(ws: Workspace, out_dir: Path | str, by: str = "unit", period: str | None = None,
                   today: date | None = None, progress: Progress | None = None,
                   cancel: Cancel | None = None) -> list[TemplateResult]:
    """Write one template per lead unit (``by='unit'``) or per place (``by='location'``) into
    ``out_dir`` for ``period`` (default: the current month); return what was written.

    Projects without a lead unit (or place) get no template. A writable workspace gets its
    database identity now, so every template can be checked against it on return. Existing files
    of the same name are replaced atomically; on cancel the files already finished stay.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    period = period or period_of(today or date.today())
    db_id = ensure_database_id(ws)
    categories = {c.code: c.name_zh for c in reference.categories(ws.db)}
    own = import_store.reports_for_period(ws.db, period)
    previous = import_store.latest_reports(ws.db, period, before=True)
    open_problems = problem_store.descriptions(ws.db, problems_as_of(period, today))
    results: list[TemplateResult] = []
    groups = _groups(ws, by)
    for done, (scope, project_ids) in enumerate(groups, start=1):
        if cancel is not None and cancel():
            raise Cancelled()
        projects, milestones = [], []
        for project in sorted(project_store.get_many(ws.db, project_ids).values(), key=lambda p: p.code):
            report = own.get(project.id)
            before = previous.get(project.id)
            projects.append(TemplateProject(
                project.code, project.name, categories.get(project.category_code, project.category_code),
                project.planned_start, project.planned_end,
                f"{before.progress_text}（{before.period}）" if before and before.progress_text else "",
                report.progress_text if report else "", report.progress_pct if report else None,
                report.invest_month if report else None, problems_text(open_problems.get(project.id, []))))
            milestones += [TemplateMilestone(project.code, project.name, m.seq, m.name, m.planned_date, m.actual_date)
                           for m in project.milestones]
        key = {"format_version": str(FORMAT_VERSION), "kind": KIND_TEMPLATE, "database_id": db_id,
               "period": period, "scope": scope, "scope_kind": by,
               "created_at": datetime.now().isoformat(timespec="seconds"), "app_version": __version__}
        path = out_dir / template_file_name(period, scope)
        write_template(TemplateData(scope, by, period, projects, milestones, key), path)
        results.append(TemplateResult(path, scope, len(projects), len(milestones)))
        if progress is not None:
            progress(done, len(groups))
    return results
