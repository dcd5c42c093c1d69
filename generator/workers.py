"""Forked worker processes that share the parent's heap instead of copying it.

A forked worker shares the parent's memory until either writes to it. Python
writes into every object its garbage collector visits, so the first full
collection in a worker copies the whole catalogue, page by page: at 20,000
products each render worker spent about half a second on it before rendering
the 42 pages of an edit. Freezing the heap before forking keeps the collector
off the parent's objects; the parent unfreezes them afterwards.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager


@contextmanager
def forked_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A pool of ``workers`` forked processes that inherit the parent's objects as they are."""
    gc.freeze()
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            yield pool
    finally:
        gc.unfreeze()
