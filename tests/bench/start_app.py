"""The start-up benchmark's child: the app's own start (``python -m jnprojects --db …``), stopped
when its first event-loop turn has shown the populated window.

Everything the user waits for is in it, in the app's order: the command line, logging, the safe
open (lock, file check, daily backup), Qt, settings, the window and its project list. Settings,
logs and backups go to folders the parent chose, never the user's.
"""

from __future__ import annotations

import sys
import time

import jnprojects.app as app_module


def _shown(app) -> int:  # noqa: ANN001 - the QApplication, whose exec() this replaces
    app.processEvents()  # the first turn of the loop: the window is painted
    shown = time.time()
    windows = [w for w in app.topLevelWidgets() if w.isVisible() and hasattr(w, "project_list")]
    assert windows and windows[0].project_list.model.rowCount() > 0, "the project list is empty"
    print(shown)
    return 0


def _make_app(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - app.make_app's own
    # Qt is loaded where the app loads it (importing it here first would start it earlier).
    app = make_app(*args, **kwargs)
    type(app).exec = _shown
    return app


if __name__ == "__main__":
    make_app, app_module.make_app = app_module.make_app, _make_app
    from jnprojects.cli import main

    sys.exit(main(["--db", sys.argv[1], "--lang", "zh_CN"]))
