"""File digests that skip reading the files whose size and times are unchanged.

A national catalogue has tens of thousands of record and photo files; reading
them all takes seconds on a slow disk, asking for their sizes and times a
fraction of that. As in git's index, a file is read again when its stamp
(size, modification and change time, inode) differs from the one saved with
its digest, and also when it was saved so soon after being modified that a
second edit within the same clock tick could have kept the stamp (the "racy"
case): such a stamp is not trusted until it is old enough.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
from pathlib import Path

from . import resident
from .digests import content_digest

#: A stamp is trusted only when the file was last modified this long before it was taken.
RACY_NS = 2_000_000_000
_VERSION = 1


def _regular(path: str | Path) -> os.stat_result:
    """``path``'s status, refusing what is not a regular file: reading a pipe waits for a
    writer for ever, and a link to ``/dev/zero`` never ends."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise OSError(errno.EINVAL, "not a file: a pipe or a device")
    return st


def _stamp(st: os.stat_result) -> tuple[int, int, int, int]:
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


class Stamps:
    """Content digests by path, remembered between builds in one cache file."""

    def __init__(self, file: Path | None) -> None:
        self.file = file
        self._old: dict[str, tuple[tuple[int, int, int, int], int, str]] = {}
        self._new: dict[str, tuple[tuple[int, int, int, int], int, str]] = {}
        self.read_count = 0  # files whose bytes were read (for tests and timings)
        # Digests taken in this run: a build digests every input first and loads the
        # records next; looking each file up once spares 27,000 stats at national scale.
        self._seen: dict[str, str] = {}
        if file is not None:
            try:
                version, entries = resident.load(file)
                if version == _VERSION:
                    self._old = entries
            except Exception:  # a missing, old or damaged cache is only slower
                self._old = {}

    def read(self, path: str | Path) -> tuple[str, bytes | None]:
        """The digest of ``path``, and its bytes when they had to be read (else None).

        A file is looked at once per run: later calls return the first digest.

        Raises OSError when the file cannot be read.
        """
        key = str(path)
        seen = self._seen.get(key)
        if seen is not None:
            return seen, None
        before = _stamp(_regular(path))
        known = self._old.get(key) or self._new.get(key)
        if known and known[0] == before and known[1] - before[1] > RACY_NS:
            self._new[key] = known
            self._seen[key] = known[2]
            return known[2], None
        with open(path, "rb") as handle:
            data = handle.read()
        self.read_count += 1
        digest = self._seen[key] = content_digest(data)
        after = _stamp(os.stat(path))
        if after == before:  # not written to while it was read
            self._new[key] = (after, time.time_ns(), digest)
        return digest, data

    def read_again(self, path: str | Path) -> tuple[str, bytes]:
        """The bytes of a file ``read`` did not return, and their own digest: the file
        may have changed since it was first looked at in this run, and what is made of
        the bytes must be keyed by them."""
        _regular(path)
        with open(path, "rb") as handle:
            data = handle.read()
        self.read_count += 1
        return content_digest(data), data

    def digest(self, path: str | Path) -> str:
        """The digest of ``path``'s bytes; raises OSError when it cannot be read."""
        return self.read(path)[0]

    def save(self, forget_unseen: bool = False) -> None:
        """Keep the stamps for the next run; ``forget_unseen`` after a run that saw every file."""
        # A copy: ``_new`` may still grow in this run (a file first read after the save),
        # and what is saved may be kept in memory as the file's contents (``resident``).
        entries = dict(self._new) if forget_unseen else {**self._old, **self._new}
        if self.file is None or entries == self._old:
            return
        with contextlib.suppress(OSError):  # a read-only cache: the next build reads the files again
            resident.dump(self.file, (_VERSION, entries))
        self._old = entries
