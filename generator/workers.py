"""Forked worker processes that share the parent's heap instead of copying it,
and a heap the garbage collector leaves alone.

A forked worker shares the parent's memory until either writes to it. Python
writes into every object its garbage collector visits, so the first full
collection in a worker copies the whole catalogue, page by page: at 20,000
products each render worker spent about half a second on it before rendering
the 42 pages of an edit. In the build process itself each full collection
walks the catalogue again (about 0.2 s at 20,000 products) although none of
it is garbage. Frozen objects are skipped by the collector.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Keep the garbage collector off every object made so far, until the block ends.

    Within an outer frozen block the objects stay frozen until that one ends.
    """
    outer = gc.get_freeze_count() > 0
    gc.freeze()
    try:
        yield
    finally:
        if not outer:
            gc.unfreeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No garbage collection while the block makes many lasting objects (records, links).

    Each full collection walks every object made so far; while 27,000 records
    are made from the cache, that is half a second of walking for nothing.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() > 0:
            # Within ``frozen_heap`` the new objects join the frozen ones: left young, the
            # first collection after this block walked all of them (0.3 s at 20,000 products).
            gc.freeze()
        if was_enabled:
            gc.enable()


@contextmanager
def forked_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A pool of ``workers`` forked processes that inherit the parent's objects as they are."""
    with frozen_heap(), ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        yield pool


#: The call a background process runs: set before it is forked, so nothing is pickled but the result.
_CALL: list[Callable[[], Any]] = []


def _run() -> Any:
    return _CALL[0]()


@contextmanager
def in_background(call: Callable[[], T]) -> Iterator[Callable[[], T]]:
    """Run ``call`` in a forked process; yield the call that waits for its result.

    The process inherits every object as it is, so ``call`` may close over the
    catalogue; only its result comes back. Leaving the block waits for it.
    """
    _CALL[:] = [call]
    try:
        with forked_pool(1) as pool:
            future = pool.submit(_run)
            yield future.result
    finally:
        _CALL.clear()
