"""Test configuration: no display, and nothing outside temporary folders.

Qt runs on the offscreen platform, and the per-user data and settings folders point into a
temporary directory so no test can touch a real user's database or preferences.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SANDBOX = Path(tempfile.mkdtemp(prefix="jnprojects-tests-"))
for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[variable] = str(_SANDBOX / variable.lower())
os.environ["HOME"] = str(_SANDBOX / "home")


@pytest.fixture
def workspace(tmp_path: Path):
    """A freshly created and seeded database in a temporary folder."""
    from jnprojects.services.workspace import open_workspace

    ws = open_workspace(tmp_path / "office.db", user="tester")
    yield ws
    ws.close()



@pytest.fixture
def demo_ws(tmp_path: Path, request: pytest.FixtureRequest):
    """A workspace on a fresh copy of the demo database (generated once per run). A test module
    may set ``DEMO_USER`` to open it as another user."""
    from jnprojects.services.workspace import open_workspace
    from tests.exchange.helpers import demo_copy

    ws = open_workspace(demo_copy(tmp_path, "x.db"), user=getattr(request.module, "DEMO_USER", "t"))
    yield ws
    ws.close()
