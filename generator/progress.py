"""Progress bars on a terminal, silence in CI and in pipes."""

from __future__ import annotations

import os
import sys
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


def step(label: str) -> None:
    """Tell a watching person which stage runs now (silent in CI and pipes)."""
    if interactive():
        print(f"  {label}…", file=sys.stderr, flush=True)
