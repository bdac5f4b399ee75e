"""One lock for the imports that must not overlap.

The store imports sqlite-utils with numpy hidden (``sys.modules["numpy"] = None`` while it
loads, see ``store.connection``), and the window imports numpy on a thread ahead of the charts
(``ui.warm_up``). Were the two to overlap, the hiding could cut the thread's numpy import in
half, and numpy cannot be imported twice in one process. Each holds this lock while it imports.
"""

from __future__ import annotations

import threading

IMPORT_GUARD = threading.Lock()
