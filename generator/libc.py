"""The C library, for the two system calls Python does not offer: ``renameat2`` (the
atomic swap that publishes a site, ``output/publish.py``) and ``prctl`` (workers that end
with their build, ``workers.py``)."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools


@functools.cache
def c_library() -> ctypes.CDLL | None:
    """The C library, loaded once; None where it cannot be loaded."""
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return None
