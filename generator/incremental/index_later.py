"""The search index made after publishing, for the live preview.

Pagefind has no incremental mode: when a name, a level or a place changes it
indexes every product of that product's part again, seconds at 2,000 products.
``showroom serve`` should not keep a staff member waiting for that after each
save, so its builds (``build(search_later=True)``) publish the new pages with
older search index parts (those the spare site holds, else the published ones),
and hand back an ``IndexLater`` that
indexes those parts over the published site, swaps each in and only then marks
the saved state current. Until then the state names the older parts and no input
digest, so any other build indexes again; a build stopped or killed meanwhile
leaves a site whose search works, with the older parts.
"""

from __future__ import annotations

import shutil
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from ..output.publish import locked, publish
from ..output.search import indexing
from .state import read_state, save_state

#: Where the new parts are written, inside the published site, before they are swapped in.
NEXT = ".pagefind-next"


@dataclass(frozen=True)
class IndexLater:
    """The search index parts a build published without: made over the published site when run."""

    out: Path  # the published site
    parts: dict[str, list[str]]  # the parts to make -> the folders Pagefind reads for each
    digests: dict[str, str]  # the digests of the parts the published pages call for
    chunk: int  # word positions per index chunk (``chunk_postings``)
    state_file: Path  # the saved state of the published site
    inputs: str  # the digest of the build's inputs, saved once the index is in place

    def run(self, stop: threading.Event | None = None) -> bool:
        """Index the published site, swap the parts in and mark the state current.

        False, and nothing changed, when ``stop`` is set first or another build
        published meanwhile.
        """
        next_parts = self.out / NEXT
        try:
            with locked(self.out):
                state = read_state(self.state_file)
                if state is None or state.inputs:  # not the state this build left: another one ran
                    return False
                shutil.rmtree(next_parts, ignore_errors=True)
                with indexing(self.out, self.parts, next_parts, self.chunk, before=self.out) as finish:
                    if not finish(stop):
                        return False
                for bundle in self.parts:  # one swap each: every part is whole at every moment
                    publish(next_parts / bundle, self.out / bundle)
                save_state(self.state_file, replace(state, index={**state.index, **self.digests}, inputs=self.inputs))
                return True
        finally:
            shutil.rmtree(next_parts, ignore_errors=True)


def drop_unfinished(site: Path) -> None:
    """Remove the parts a stopped ``IndexLater`` left unfinished in ``site``."""
    shutil.rmtree(site / NEXT, ignore_errors=True)
