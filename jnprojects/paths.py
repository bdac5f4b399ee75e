"""Where the app's read-only files live, in a checkout and in a frozen (PyInstaller) bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding ``resources/`` and ``db/``: the checkout, or the bundle's data folder."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return app_root() / "resources"


def schema_path() -> Path:
    return app_root() / "db" / "schema.sql"


def seed_dir() -> Path:
    return resources_dir() / "seed"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def plan_text_path() -> Path:
    return resources_dir() / "plan" / "jining-new-urbanization-plan-2022-2035.txt"


def data_dir() -> Path:
    """The per-user folder for the database and backups (never beside a bundled executable)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("jnprojects", appauthor=False))


def default_db_path(demo: bool = False) -> Path:
    return data_dir() / ("jnprojects-demo.db" if demo else "jnprojects.db")
