"""Use cases of the project list and the project editor."""

from __future__ import annotations

from ..domain.model import Category, Location, Project, ProjectRow, Unit
from ..domain.query import ProjectFilter, ProjectSort
from ..store import history, projects, reference
from .changes import Changes
from .workspace import Workspace


def list_projects(ws: Workspace, flt: ProjectFilter = ProjectFilter(), sort: ProjectSort = ProjectSort(), *,
                  search_texts: bool = True) -> list[ProjectRow]:
    return projects.list_rows(ws.db, flt, sort, search_texts=search_texts)


def search_texts(ws: Workspace) -> dict[int, str]:
    return projects.search_texts(ws.db)


def count_projects(ws: Workspace) -> int:
    return projects.count(ws.db)


def get_project(ws: Workspace, project_id: int) -> Project:
    return projects.get(ws.db, project_id)


def new_project(ws: Workspace, category_code: str) -> Project:
    """A blank project with the next free code of its category (not yet saved)."""
    return Project(code=projects.next_code(ws.db, category_code), name="", category_code=category_code)


def save_project(ws: Workspace, project: Project) -> Changes:
    project_id = projects.save(ws.db, project, ws.user)
    return Changes(projects=frozenset({project_id}))


def restore_project(ws: Workspace, snapshot: Project) -> Changes:
    """Put a project back to an earlier snapshot (undo/redo of an edit).

    Milestones the snapshot knows by an id that no longer exists are written as new ones, so a
    chain of undo and redo keeps working after deletes and re-inserts.
    """
    current_ids = {m.id for m in projects.get(ws.db, snapshot.id).milestones} if snapshot.id else set()
    for milestone in snapshot.milestones:
        if milestone.id not in current_ids:
            milestone.id = None
    return save_project(ws, snapshot)


def delete_project(ws: Workspace, project_id: int) -> Changes:
    projects.delete(ws.db, project_id, ws.user)
    return Changes(deleted=frozenset({project_id}))


def project_history(ws: Workspace, project_id: int):  # noqa: ANN201 - list[ChangeRecord]
    return history.project_history(ws.db, project_id)


def categories(ws: Workspace) -> list[Category]:
    return reference.categories(ws.db)


def locations(ws: Workspace) -> list[Location]:
    return reference.locations(ws.db)


def units(ws: Workspace) -> list[Unit]:
    return reference.units(ws.db)


def unit_choices(ws: Workspace) -> list[tuple[int, str]]:
    return reference.unit_choices(ws.db)


def add_unit(ws: Workspace, unit: Unit) -> tuple[int, Changes]:
    unit_id = reference.add_unit(ws.db, unit, ws.user)
    return unit_id, Changes(units=True)
