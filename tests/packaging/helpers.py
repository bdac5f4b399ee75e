"""Shared by the packaging tests: the checkout, its version, and packaging/trim.py (not a package)."""

from __future__ import annotations

import importlib.metadata
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "jnprojects.spec"
CHECK_NAMES = ("resources", "qt", "database", "main window", "views", "chart", "export", "import", "network")


def installed_version() -> str:
    """The version pip installed from pyproject.toml (which reads jnprojects/version.py)."""
    return importlib.metadata.version("jnprojects")


def load_trim():  # noqa: ANN201 - the packaging/trim.py module
    spec = importlib.util.spec_from_file_location("jnprojects_packaging_trim", ROOT / "packaging" / "trim.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
