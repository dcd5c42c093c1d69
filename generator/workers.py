"""Forked worker processes that inherit the parent's objects (the loaded catalogue,
compiled templates) as they are: nothing is pickled but results.

Freezing the whole heap for the garbage collector before each fork was measured
against the build without it (``benchmarks/devices.py``): no gain at 2,000 or
20,000 products. What pays is narrower: the collector paused while the records
are checked and the catalogue frozen afterwards (``build._checked``).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

from .libc import c_library

T = TypeVar("T")

#: Below this many pages, rendering and MkDocs run in the building process: starting
#: the workers costs more than sharing the pages between them saves. A summary edit
#: at 20,000 products (six pages) measured rendering 0.45 s forked and 0.35 s not,
#: MkDocs 0.31 s and 0.18 s; a page takes a few milliseconds to render.
FORK_FROM_PAGES = 100


_PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent ends


@contextmanager
def forked_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A pool of ``workers`` forked processes that inherit the parent's objects as they are."""
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_die_with, initargs=(os.getpid(),)) as pool:
        yield pool


def _die_with(parent: int) -> None:
    """End this worker when its parent ends (Linux), however it ends.

    A worker waiting for its next job does not notice that its parent has gone: a
    ``showroom serve`` stopped during a build left one, with its copy of the catalogue
    (600 MB at 20,000 products), asleep for good. The signal comes when the thread that
    forked the worker ends; a pool lives within one call of that thread.
    """
    prctl = getattr(c_library(), "prctl", None)
    if prctl is not None:  # else not Linux: the worker stays as before
        prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it ended before the line above
        os._exit(1)


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
