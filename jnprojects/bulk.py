"""Building many Python objects at once (province scale: 100,000 milestones in one load).

CPython's cyclic garbage collector runs every few hundred allocations and, once the objects
survive, walks all of them again; while a load creates objects that are all kept (rows, records),
those passes find nothing to free and took a third of the status computation's time. Pausing it
for the duration of one bulk build is the standard remedy; it is re-enabled right after.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic collector inside the block (nested blocks keep it paused until the outer ends)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
