"""What Pagefind was given of each page, kept between builds by the page's key.

Pagefind has no incremental mode: after a rename, the renamed product's part of
the search index (4,000 pages at 20,000 products) is made again from every
page in it. Reading those pages (22 KB each) and cutting out what Pagefind
indexes of them (``indexed_copy``) ran in the build's own process, beside the
link check, for every page of the part. A page's key (``incremental/keys.py``)
is a digest of everything the page shows, the generator and theme included: a
page with the key of a page indexed before has the same bytes, so what
Pagefind was given of it then is given again, and only the pages built afresh
are read. Numbers in benchmarks/README.md.

The copies of one part are one pickle in the cache (about 3.6 KB a page),
written whole once the part is made; a missing or damaged one only means the
pages are read. A full build reads every page and keeps what it gave.
"""

from __future__ import annotations

import contextlib
import pickle
from collections.abc import Callable, Iterator
from pathlib import Path

from ..pages.urls import lang_prefix
from .files import write_whole

_VERSION = 1


class SearchCopies:
    """The indexed copies of the pages of each search index part, by page key.

    ``keys`` maps each page of the site being indexed (``"lang:path"``) to its key;
    with ``reuse`` False (a full build) nothing kept is taken, only kept anew.
    """

    def __init__(self, folder: Path, keys: dict[str, str], languages: list[str], reuse: bool = True) -> None:
        self.folder, self.keys, self.languages, self.reuse = folder, keys, languages, reuse
        self._made: dict[str, dict[str, tuple[str, str]]] = {}  # part -> file -> (key, copy), this run
        self.taken = 0  # pages whose copy was kept, not read (for tests and timings)

    def pages(
        self, bundle: str, lang: str, files: Iterator[str], read: Callable[[str], str]
    ) -> Iterator[tuple[str, str]]:
        """(file, copy) of each of ``files`` of part ``bundle``: the kept copy where the page's
        key is the one it was made from, else ``read(file)`` (which is then kept)."""
        kept = self._load(bundle) if self.reuse else {}
        made = self._made[bundle] = {}
        prefix = lang_prefix(lang, self.languages)
        for file in files:
            key = self._key(file, lang, prefix)
            old = kept.get(file)
            if key and old is not None and old[0] == key:
                copy = old[1]
                self.taken += 1
            else:
                copy = read(file)
            if key:
                made[file] = (key, copy)
            yield file, copy

    def save(self, bundle: str) -> None:
        """Keep the copies of part ``bundle`` given in this run (once Pagefind made it)."""
        made = self._made.pop(bundle, None)
        if made is not None:
            with contextlib.suppress(OSError):  # a read-only cache: the next build reads the pages
                write_whole(self._file(bundle), pickle.dumps((_VERSION, made), protocol=pickle.HIGHEST_PROTOCOL))

    def _key(self, file: str, lang: str, prefix: str) -> str:
        """The key of the page in ``file`` (a page's ``index.html`` under its language's folder), or ""."""
        if not file.startswith(prefix) or not file.endswith("index.html"):
            return ""
        return self.keys.get(f"{lang}:{file[len(prefix) : -len('index.html')]}", "")

    def _load(self, bundle: str) -> dict[str, tuple[str, str]]:
        try:
            version, kept = pickle.loads(self._file(bundle).read_bytes())
        except Exception:  # missing, damaged or of another Python: the pages are read
            return {}
        return kept if version == _VERSION and isinstance(kept, dict) else {}

    def _file(self, bundle: str) -> Path:
        return self.folder / f"{bundle}.pickle"
