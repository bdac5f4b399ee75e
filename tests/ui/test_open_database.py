"""Opening the database from the window: the open the app began before loading Qt is the one
finished, and what its background check found is asked about like any other open's."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from jnprojects.services import safety
from jnprojects.store import backup as backupmod
from jnprojects.store.lock import lock_path
from jnprojects.ui import open_database


def _fail_if_opened_again(*args, **kwargs):
    raise AssertionError("the database was opened a second time")


def test_the_begun_open_is_finished_rather_than_opened_again(qapp, tmp_path, monkeypatch):
    path = tmp_path / "office.db"
    safety.open_safely(path, user="王工").close()
    begun = safety.begin_open(path, user="王工")
    monkeypatch.setattr(open_database, "open_safely", _fail_if_opened_again)
    ws = open_database.open_interactively(path, begun=begun)
    try:
        assert ws is not None and ws.lock is begun.lock and lock_path(path).exists()
    finally:
        ws.close()


def test_damage_found_while_qt_loaded_offers_the_backup_and_restores_it(qapp, tmp_path, monkeypatch):
    path = tmp_path / "office.db"
    safety.open_safely(path, user="王工").close()
    good = backupmod.create_backup(path, tmp_path / "backups", "manual")
    with open(path, "r+b") as handle:
        handle.seek(20 * 4096)
        handle.write(b"\x5a" * 12 * 4096)
    asked = []

    def answer(parent, title, text, buttons):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    begun = safety.begin_open(path, user="王工")
    ws = open_database.open_interactively(path, begun=begun)
    try:
        assert len(asked) == 1 and good.created.isoformat(timespec="seconds") in asked[0]
        assert ws is not None and ws.check == "quick"  # the restored file, opened and checked again
    finally:
        ws.close()
