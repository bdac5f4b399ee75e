"""Undo/redo snapshots survive milestone deletes and re-inserts."""

from __future__ import annotations

import copy
from datetime import date

from jnprojects.domain.model import Milestone
from jnprojects.services import projects as project_service


def test_undo_redo_chain_with_milestone_delete(workspace):
    project_id = project_service.list_projects(workspace)[0].id
    start = project_service.get_project(workspace, project_id)
    start.milestones = [Milestone("开工", date(2026, 3, 1)), Milestone("竣工", date(2027, 3, 1))]
    project_service.save_project(workspace, start)
    before = project_service.get_project(workspace, project_id)
    edited = copy.deepcopy(before)
    del edited.milestones[0]
    project_service.save_project(workspace, edited)
    after = project_service.get_project(workspace, project_id)

    for _ in range(2):  # undo, redo, undo, redo
        project_service.restore_project(workspace, copy.deepcopy(before))
        assert [m.name for m in project_service.get_project(workspace, project_id).milestones] == ["开工", "竣工"]
        project_service.restore_project(workspace, copy.deepcopy(after))
        assert [m.name for m in project_service.get_project(workspace, project_id).milestones] == ["竣工"]
