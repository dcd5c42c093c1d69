"""Progress bars on a terminal, silence in CI and in pipes."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def interactive() -> bool:
    """True when a person watches a terminal (not CI, not a pipe)."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def progress(items: Iterable[T], total: int, label: str) -> Iterator[T]:
    """Yield ``items``, drawing a rich progress bar when a person is watching."""
    if not interactive() or total < 20:
        yield from items
        return
    from rich.progress import track

    yield from track(items, total=total, description=label, transient=True)


_started: list[float] = []


def step(label: str) -> None:
    """Tell a watching person which stage runs now (silent in CI and pipes).

    With ``SHOWROOM_TIMINGS=1`` every stage's seconds go to stderr, terminal or not:
    what the benchmarks and a profiling engineer read first.
    """
    if os.environ.get("SHOWROOM_TIMINGS"):
        now = time.perf_counter()
        if _started:
            print(f"  {now - _started[0]:7.2f} s", file=sys.stderr, flush=True)
        _started[:] = [now]
        print(f"  {label}…", file=sys.stderr, end="" if label else "\n", flush=True)
    elif interactive() and label:
        print(f"  {label}…", file=sys.stderr, flush=True)
