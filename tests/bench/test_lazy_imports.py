"""Cold start loads only what the populated project list needs: the heavy libraries (sqlite-utils
with click and dateutil, numpy under the charts, the xlsx writer and reader) load when their feature
is first used, and nothing asks the installed metadata for the version (90-100 ms). Once the window
is up, the chart libraries load on a thread of their own, ahead of the dashboard's first showing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlite_utils", "numpy", "pyqtgraph", "openpyxl", "xlsxwriter", "python_calamine",
         # the app's own heavier parts, loaded when their tab or menu is first used
         "jnprojects.services.deck", "jnprojects.ui.monthly.view", "jnprojects.ui.dashboard.view",
         # the command line's commands, with their parsers: a start without a command needs none
         "jnprojects.cli_excel", "jnprojects.cli_monthly", "jnprojects.cli_review",
         "importlib.metadata")


def _start(tmp_path: Path, script: str) -> str:
    """Run ``script`` (which starts the app) on a new database; its output."""
    from jnprojects.services.workspace import open_workspace

    db = tmp_path / "office.db"
    open_workspace(db, user="tester").close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           **{name: str(tmp_path / name) for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")}}
    result = subprocess.run([sys.executable, "-c", script, str(db)], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_opening_the_main_window_loads_no_heavy_library(tmp_path):
    # The app's real start (lock, file check, daily backup, window), as the start-up benchmark runs it.
    output = _start(tmp_path, (
        "import atexit, runpy, sys\n"
        f"atexit.register(lambda: print('loaded:' + ','.join(m for m in {HEAVY!r} if m in sys.modules)))\n"
        "runpy.run_path('tests/bench/start_app.py', run_name='__main__')\n"
    ))
    assert output.strip().splitlines()[-1] == "loaded:"


def test_the_chart_libraries_load_off_the_gui_thread_once_the_window_is_up(tmp_path):
    """Imported by the GUI thread at the first click on the dashboard, they froze it for 0.5-1 s."""
    output = _start(tmp_path, (
        "import sys, threading, time\n"
        "importers = {}\n"
        "def record(event, args):\n"  # (importlib.import_module raises no event; the libraries' own imports do)
        "    package = args[0].partition('.')[0] if event == 'import' else ''\n"
        "    if package in ('numpy', 'pyqtgraph'):\n"
        "        importers.setdefault(package, threading.current_thread().name)\n"
        "sys.addaudithook(record)\n"
        "import jnprojects.app as app_module\n"
        "def run(app):\n"  # the event loop, until both are imported (or 20 s have passed)
        "    deadline = time.monotonic() + 20\n"
        "    while time.monotonic() < deadline and not (len(importers) == 2 and threading.active_count() == 1):\n"
        "        app.processEvents()\n"
        "        time.sleep(0.01)\n"
        "    print(sorted(importers.items()))\n"
        "    return 0\n"
        "make_app = app_module.make_app\n"
        "def started_app(*args, **kwargs):\n"
        "    app = make_app(*args, **kwargs)\n"
        "    type(app).exec = run\n"
        "    return app\n"
        "app_module.make_app = started_app\n"
        "from jnprojects.cli import main\n"
        "sys.exit(main(['--db', sys.argv[1], '--lang', 'zh_CN']))\n"
    ))
    assert output.strip().splitlines()[-1] == "[('numpy', 'jnprojects-warm-up'), ('pyqtgraph', 'jnprojects-warm-up')]"


def test_the_store_never_hides_numpy_while_the_window_imports_it(tmp_path):
    """sqlite-utils loads with numpy hidden; a save then must not cut the window's background
    import of numpy in half (numpy cannot be imported twice in one process)."""
    output = _start(tmp_path, (  # the database is not used: a fresh process is
        "import sys, threading, time\n"
        "from jnprojects.import_guard import IMPORT_GUARD\n"
        "from jnprojects.store import connection\n"
        "IMPORT_GUARD.acquire()\n"  # the warm-up, about to import numpy
        "save = threading.Thread(target=connection._import_sqlite_utils)\n"  # a first save meanwhile
        "save.start()\n"
        "hidden, deadline = False, time.monotonic() + 1\n"
        "while save.is_alive() and time.monotonic() < deadline:\n"
        "    hidden = hidden or ('numpy' in sys.modules and sys.modules['numpy'] is None)\n"
        "import numpy\n"
        "IMPORT_GUARD.release()\n"
        "save.join()\n"
        "print(hidden, 'sqlite_utils' in sys.modules)\n"
    ))
    assert output.strip().splitlines()[-1] == "False True"
