"""The window's first build runs with the cyclic collector paused and then freezes what it built
(start-up's objects live all session), once per process; the collector is on again afterwards."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_first_build_freezes_once_and_leaves_the_collector_on():
    script = (
        "import gc\n"
        "from jnprojects.bulk import settled_after_first_call\n"
        "seen = []\n"
        "@settled_after_first_call\n"
        "def build(n):\n"
        "    seen.append(gc.isenabled())\n"
        "    return [[i] for i in range(n)]\n"
        "assert gc.get_freeze_count() == 0\n"
        "kept = build(1000)\n"
        "first = gc.get_freeze_count()\n"
        "again = build(1000)\n"
        "print(seen, first >= 1000, gc.get_freeze_count() == first, gc.isenabled(), len(kept), len(again))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["[False,", "True]", "True", "True", "True", "1000", "1000"]


def test_a_failed_build_freezes_nothing(monkeypatch):
    import jnprojects.bulk as bulk

    monkeypatch.setattr(bulk, "_settled", False)
    monkeypatch.setattr(gc, "freeze", lambda: (_ for _ in ()).throw(AssertionError("froze")))

    @bulk.settled_after_first_call
    def broken() -> None:
        raise RuntimeError("no database")

    try:
        broken()
    except RuntimeError:
        pass
    assert gc.isenabled()
    assert bulk._settled is False
