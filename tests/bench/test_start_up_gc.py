"""What a bulk build keeps is not walked again by the young collections that follow it: the
collector is paused while it runs and its objects go straight to the oldest generation."""

from __future__ import annotations

import gc

from jnprojects.bulk import gc_paused


def _generation_of(obj: object) -> int | None:
    ids = {id(obj)}
    return next((g for g in range(3) if any(id(o) in ids for o in gc.get_objects(generation=g))), None)


def test_a_bulk_build_leaves_its_objects_in_the_oldest_generation_and_the_collector_on():
    assert gc.isenabled()
    seen = []
    with gc_paused():
        seen.append(gc.isenabled())
        kept = [[i] for i in range(5000)]
    assert seen == [False] and gc.isenabled()
    assert gc.get_count()[0] < 700  # no young collection is due over what was built
    assert _generation_of(kept[0]) == _generation_of(kept[-1]) == 2


def test_the_decorator_pauses_each_call_and_an_error_leaves_the_collector_on():
    @gc_paused()
    def broken() -> None:
        assert not gc.isenabled()
        raise RuntimeError("no database")

    for _ in range(2):
        try:
            broken()
        except RuntimeError:
            pass
        assert gc.isenabled()


def test_nested_blocks_keep_the_collector_paused_until_the_outer_ends():
    with gc_paused():
        with gc_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
