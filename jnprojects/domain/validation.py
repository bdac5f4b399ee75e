"""Rules a project must satisfy before it is written, reported field by field."""

from __future__ import annotations

import re

from .errors import ValidationError, ValidationErrors
from .model import Project

CODE_RE = re.compile(r"^[A-Z]{2,4}-\d{3,6}$")


def project_problems(project: Project) -> list[ValidationError]:
    """Every problem at once, so the editor can mark all offending fields together."""
    problems: list[ValidationError] = []
    if not project.name.strip():
        problems.append(ValidationError("required", "name"))
    if not CODE_RE.match(project.code or ""):
        problems.append(ValidationError("bad_code", "code", {"value": project.code}))
    if not project.category_code:
        problems.append(ValidationError("required", "category_code"))
    if project.total_investment is not None and project.total_investment < 0:
        problems.append(
            ValidationError("negative_money", "total_investment", {"value": str(project.total_investment)})
        )
    for first, last, field in (
        (project.planned_start, project.planned_end, "planned_end"),
        (project.actual_start, project.actual_end, "actual_end"),
    ):
        if first and last and last < first:
            problems.append(
                ValidationError("end_before_start", field, {"start": first.isoformat(), "end": last.isoformat()})
            )
    seen_units: set[str] = set()
    for assignment in project.assignments:
        name = assignment.unit_name.strip()
        if not name:
            problems.append(ValidationError("required", "assignments"))
        elif name in seen_units:
            problems.append(ValidationError("duplicate_unit", "assignments", {"unit": name}))
        seen_units.add(name)
    total_weight = 0.0
    for index, milestone in enumerate(project.milestones, start=1):
        if not milestone.name.strip():
            problems.append(ValidationError("milestone_name_required", "milestones", {"row": index}))
        if milestone.weight is not None:
            if not 0 <= milestone.weight <= 100:
                problems.append(
                    ValidationError("weight_range", "milestones", {"row": index, "value": milestone.weight})
                )
            total_weight += milestone.weight
    if total_weight > 100.0001:
        problems.append(ValidationError("weights_over_100", "milestones", {"value": round(total_weight, 2)}))
    return problems


def check_project(project: Project) -> None:
    problems = project_problems(project)
    if problems:
        raise ValidationErrors(problems)
