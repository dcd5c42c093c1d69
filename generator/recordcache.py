"""Validated records kept between runs, found again by the digest of their file.

Parsing and validating one record takes about a millisecond; a national
catalogue has tens of thousands, so after one file is edited the others come
from here. Only a record that was valid and drew no warning is kept, so every
problem is still reported on every run. Entries belong to one project folder
and one version of the generator and its packages (the cache file's name) and
to the site's languages; any other change to a file changes its digest.

Entries are plain values (no classes), loaded in one go with the garbage
collector paused: with it running, loading 20,000 records took four times longer.
"""

from __future__ import annotations

import contextlib
import gc
import pickle
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .fields import PendingRef
from .incremental import code_digest, digest
from .model import Record
from .publish import write_whole

if TYPE_CHECKING:
    from .load import Source

#: file digest, languages, data, field positions, references (PendingRef's fields)
_Entry = tuple[str, tuple[str, ...], dict[str, Any], dict[str, tuple[int, int]], list[tuple[Any, ...]]]


class RecordCache:
    """Valid records by file, saved in ``folder`` (None: remember nothing)."""

    def __init__(self, folder: Path | None, root: Path) -> None:
        self.file = folder / f"records-{digest([code_digest(), str(root)])}.pickle" if folder else None
        self._old: dict[str, _Entry] = {}
        self._new: dict[str, _Entry] = {}
        self.hits = 0
        if self.file is not None:
            gc.disable()
            try:
                self._old = pickle.loads(self.file.read_bytes())
            except Exception:  # missing or damaged: every record is parsed again
                self._old = {}
            finally:
                gc.enable()

    def has(self, rel: str, file_digest: str) -> bool:
        """Whether the record of this file, with these bytes, is kept (so it need not be parsed)."""
        entry = self._old.get(rel)
        return entry is not None and entry[0] == file_digest

    def get(self, source: Source, languages: list[str]) -> tuple[Record, list[PendingRef]] | None:
        """The kept record of ``source`` and its references to check, or None."""
        entry = self._old.get(source.rel)
        if entry is None or entry[0] != source.digest or entry[1] != tuple(languages):
            return None
        self._new[source.rel] = entry
        self.hits += 1
        _, _, data, marks, refs = entry
        record = Record(source.kind, source.id, source.rel, source.path, data, marks, source.digest)
        return record, [PendingRef(*ref) for ref in refs]

    def put(self, source: Source, languages: list[str], record: Record, refs: list[PendingRef]) -> None:
        """Keep a record that was valid and drew no warning."""
        self._new[source.rel] = (source.digest, tuple(languages), record.data, record.marks, [tuple(r) for r in refs])

    def save(self) -> None:
        """Write the records seen in this run (deleted files are forgotten).

        Call it before later stages could change the records' values.
        """
        if self.file is None or self._new == self._old:
            return
        with contextlib.suppress(OSError):  # a read-only cache: the next run parses every record again
            write_whole(self.file, pickle.dumps(self._new, protocol=pickle.HIGHEST_PROTOCOL))
