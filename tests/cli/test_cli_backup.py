"""``backup``, ``backups`` and ``restore`` from the command line; the lock is obeyed there too."""

from __future__ import annotations

from jnprojects.services import projects as project_service
from jnprojects.services.safety import open_safely
from tests.cli.test_cli_init import run_cli
from tests.helpers import sql_dump


def test_backup_list_and_restore(tmp_path):
    db = tmp_path / "office.db"
    assert run_cli("--db", str(db), "init").returncode == 0
    made = run_cli("--db", str(db), "backup")
    assert made.returncode == 0, made.stderr
    assert "备份已写入并校验" in made.stdout
    listing = run_cli("--db", str(db), "backups")
    backup_path = next(line.split("\t")[-1] for line in listing.stdout.splitlines() if "\tmanual\t" in line)
    snapshot = sql_dump(db)

    ws = open_safely(db, user="t")
    project = project_service.get_project(ws, project_service.list_projects(ws)[0].id)
    project.name = "备份之后的修改"
    project_service.save_project(ws, project)
    ws.close()
    assert sql_dump(db) != snapshot

    restored = run_cli("--db", str(db), "restore", backup_path)
    assert restored.returncode == 0, restored.stderr
    assert sql_dump(db) == snapshot


def test_second_writer_is_refused_with_the_holders_name(tmp_path):
    db = tmp_path / "office.db"
    ws = open_safely(db, user="王五", computer="OFFICE-PC-7")
    try:
        result = run_cli("--db", str(db), "backup")
        assert result.returncode != 0
        assert "王五" in result.stderr and "OFFICE-PC-7" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        ws.close()
