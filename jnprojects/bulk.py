"""Building many Python objects at once (province scale: 100,000 milestones in one load).

CPython's cyclic garbage collector runs every few hundred allocations and, once the objects
survive, walks all of them again; while a load creates objects that are all kept (rows, records),
those passes find nothing to free and took a third of the status computation's time. Pausing it
for the duration of one bulk build is the standard remedy; it is re-enabled right after.

What start-up builds (modules, classes, the window, the list's 10,000 rows) lives for the whole
session: :func:`settled_after_first_call` moves it out of the collector's reach once, so later
passes, and the full pass at exit (a quarter of a cold start at 10,000 projects), no longer walk it.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")

_settled = False


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


def settled_after_first_call(build: Callable[_P, _R]) -> Callable[_P, _R]:
    """Decorates what builds the session (the main window's ``__init__``): its first call in a
    process runs with the collector paused, then ``gc.freeze()`` moves everything alive into the
    permanent generation. Later calls (tests build hundreds of windows) run as usual.

    Frozen objects are still freed as soon as nothing refers to them (reference counting); only a
    reference cycle among them would outlive its use, which is why this happens once.
    """

    @functools.wraps(build)
    def first_call_settles(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        global _settled
        if _settled or not gc.isenabled():
            return build(*args, **kwargs)
        gc.disable()
        try:
            result = build(*args, **kwargs)
            _settled = True
            gc.freeze()
            return result
        finally:
            gc.enable()

    return first_call_settles
