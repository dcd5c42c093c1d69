"""Pickled cache files kept in memory by a process that builds again and again (the live preview).

A build starts by unpickling what earlier builds left: the record cache (64
files), the file stamps, the build state and the spare site's list. At 20,000
products that took about 0.4 s of every save in ``showroom serve``, where one
process builds after each save. There, what was last read from or written to
each such file is kept with the file's stamp (size, modification and change
time, inode) and given back while the file on disk is still that one: the file
stays the truth, memory only spares reading it again. Builds replace these files
whole (``write_whole``), so a file another build wrote has another inode and is
read; its times alone could not tell, as the system stamps them to the clock tick.

The open data rows (``output/open_data.py``) are not kept: the exports' forked
process writes them, and a value kept in the parent would not be the file's.

Nothing is kept until ``keep_in_memory`` is called: a one-off build would only
hold the memory longer. What ``load`` returns, and what was given to ``dump``,
is shared with the next build: callers must not change it afterwards
(``tests/test_preview.py`` compares the memory with the files after edits).
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any

from ..output.files import write_whole

_Stamp = tuple[int, int, int, int]
_kept: dict[str, tuple[_Stamp, Any]] = {}
_on: list[bool] = [False]


def keep_in_memory(on: bool = True) -> None:
    """Keep (or, with False, stop keeping and forget) what is loaded and dumped from now on."""
    _on[0] = on
    if not on:
        _kept.clear()


def _stamp(st: os.stat_result) -> _Stamp:
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def load(path: Path) -> Any:
    """The unpickled contents of ``path``: the value kept for it while the file is unchanged.

    Raises what reading and unpickling raise (OSError for a missing file).
    """
    key = str(path)
    with open(path, "rb") as handle:
        before = _stamp(os.fstat(handle.fileno()))
        kept = _kept.get(key)
        if kept is not None and kept[0] == before:
            return kept[1]
        value = pickle.loads(handle.read())
    if _on[0]:
        _kept[key] = (before, value)
    return value


def dump(path: Path, value: Any) -> None:
    """Pickle ``value`` into ``path`` (written whole, then renamed into place), and keep it."""
    write_whole(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    if _on[0]:
        _kept[str(path)] = (_stamp(os.stat(path)), value)


def forget(path: Path) -> None:
    """Remove ``path`` and what is kept of it."""
    _kept.pop(str(path), None)
    path.unlink(missing_ok=True)
