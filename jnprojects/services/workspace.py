"""Opening the office's database for a session: create, seed, mark demo, remember who works."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import DomainError
from ..store import seed as seed_store
from ..store.connection import Database
from ..store.database import BeforeMigration, Store, open_store
from .user import os_user

DEMO_SETTING = "database.demo"


@dataclass
class Workspace:
    """An open database plus the session facts every use case needs."""

    store: Store
    user: str

    @property
    def db(self) -> Database:
        return self.store.db

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def readonly(self) -> bool:
        return self.store.readonly

    @property
    def is_demo(self) -> bool:
        return self.store.setting(DEMO_SETTING) == "1"

    def close(self) -> None:
        self.store.close()


def open_workspace(
    path: Path | str,
    *,
    readonly: bool = False,
    demo: bool = False,
    user: str | None = None,
    create: bool = True,
    before_migration: BeforeMigration | None = None,
) -> Workspace:
    """Open ``path``, creating and seeding it from the plan when new.

    Seeding runs on every writable open because it only adds what is missing (a newer release may
    ship more plan projects). ``demo`` creates a demo database, filled with generated schedules and
    marked so the window says 演示数据; an existing office database is never turned into one.
    """
    store = open_store(path, readonly=readonly, create=create, before_migration=before_migration)
    workspace = Workspace(store, user or os_user())
    try:
        if demo and not store.created and not workspace.is_demo:
            raise DomainError("not_demo_database", params={"path": str(store.path)})
        if not readonly:
            seed_store.seed(store.db, workspace.user)
            if demo and store.created:
                from .demo import fill_demo

                fill_demo(workspace)
    except BaseException:
        store.close()
        raise
    return workspace
