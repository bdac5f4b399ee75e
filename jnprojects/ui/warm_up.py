"""Libraries a tab will need, imported on a thread once the window is up.

The dashboard's first showing imported numpy and pyqtgraph on the GUI thread: 0.5–1 s of a frozen
window at the first click on its tab. Imported in the background a moment after the start (which
itself still loads neither: tests/bench/test_lazy_imports.py), they cost that click nothing.

Only third-party libraries, which never import this app's modules: two threads importing modules
that import each other can deadlock, and the GUI thread may be importing ours at any moment.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Sequence

from ..import_guard import IMPORT_GUARD

log = logging.getLogger(__name__)

CHART_LIBRARIES = ("numpy", "pyqtgraph")


def warm_up(modules: Sequence[str]) -> threading.Thread:
    """Import ``modules`` in order on a daemon thread (the app may close first); returns it started."""

    def run() -> None:
        for name in modules:
            try:
                with IMPORT_GUARD:  # never while the store imports with numpy hidden
                    importlib.import_module(name)
            except Exception:  # noqa: BLE001 - the tab imports it again and reports the failure itself
                log.warning("warm-up import of %s failed", name, exc_info=True)
                return

    thread = threading.Thread(target=run, name="jnprojects-warm-up", daemon=True)
    thread.start()
    _started.append(thread)
    return thread


_started: list[threading.Thread] = []


def wait_for_warm_ups() -> None:
    """Until every warm-up started so far has ended (the benchmark measures a settled window)."""
    while _started:
        _started.pop().join()
