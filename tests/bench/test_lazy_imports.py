"""Cold start loads only what the populated project list needs: the heavy libraries (sqlite-utils
with click and dateutil, numpy under the charts, the xlsx writer and reader) load when their feature
is first used, and nothing asks the installed metadata for the version (90-100 ms)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlite_utils", "numpy", "pyqtgraph", "openpyxl", "xlsxwriter", "python_calamine",
         # the app's own heavier parts, loaded when their tab or menu is first used
         "jnprojects.services.deck", "jnprojects.ui.monthly.view", "jnprojects.ui.dashboard.view",
         "importlib.metadata")


def test_opening_the_main_window_loads_no_heavy_library(tmp_path):
    from jnprojects.services.workspace import open_workspace

    db = tmp_path / "office.db"
    open_workspace(db, user="tester").close()
    # The app's real start (lock, file check, daily backup, window), as the start-up benchmark runs it.
    script = (
        "import atexit, runpy, sys\n"
        f"atexit.register(lambda: print('loaded:' + ','.join(m for m in {HEAVY!r} if m in sys.modules)))\n"
        "runpy.run_path('tests/bench/start_app.py', run_name='__main__')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           **{name: str(tmp_path / name) for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")}}
    result = subprocess.run([sys.executable, "-c", script, str(db)], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "loaded:"
