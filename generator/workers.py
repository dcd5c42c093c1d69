"""Forked worker processes that inherit the parent's objects (the loaded catalogue,
compiled templates) as they are: nothing is pickled but results.

Freezing the whole heap for the garbage collector before each fork was measured
against the build without it (``benchmarks/devices.py``): no gain at 2,000 or
20,000 products. What pays is narrower: the collector paused while the records
are checked and the catalogue frozen afterwards (``build._checked``).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")

#: Below this many pages, rendering and MkDocs run in the building process: starting
#: the workers costs more than sharing the pages between them saves. A summary edit
#: at 20,000 products (six pages) measured rendering 0.45 s forked and 0.35 s not,
#: MkDocs 0.31 s and 0.18 s; a page takes a few milliseconds to render.
FORK_FROM_PAGES = 100


@contextmanager
def forked_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A pool of ``workers`` forked processes that inherit the parent's objects as they are."""
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
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
