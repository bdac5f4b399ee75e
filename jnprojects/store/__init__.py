"""The only SQL: connection, migrations and repositories over sqlite-utils.

sqlite-utils imports numpy and pandas when it finds them, only to map their scalar types to column
types; the store never writes numpy or pandas values. numpy alone took 0.33 s of a cold start
(more than the empty window itself), so sqlite-utils is imported here, before any repository, with
both hidden; a module that needs numpy later (the charts) imports it as usual.
"""

from __future__ import annotations

import sys


def _import_sqlite_utils_without_numpy() -> None:
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import name` raise ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]


_import_sqlite_utils_without_numpy()
