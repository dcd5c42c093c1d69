"""The search index made after publishing, for the live preview.

Pagefind has no incremental mode: when a name, a level or a place changes it
indexes every product again, seconds at 2,000 products and half a minute at
20,000. ``showroom serve`` should not keep a staff member waiting for that after
each save, so its builds (``build(search_later=True)``) publish the new pages with
the search index published before, and hand back an ``IndexLater`` that indexes
the published site, swaps the new index in and only then marks the saved state
current. Until then the state names the older index and no input digest, so any
other build indexes again; a build stopped or killed meanwhile leaves a site whose
search works, with the older index.
"""

from __future__ import annotations

import shutil
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from ..output.publish import locked, publish
from ..output.search import BUNDLE, indexing
from .state import read_state, save_state

#: Where the new index is written, inside the published site, before it is swapped in.
NEXT = ".pagefind-next"


@dataclass(frozen=True)
class IndexLater:
    """The search index a build published without: made over the published site when run."""

    out: Path  # the published site
    folders: list[str]  # the product folders Pagefind reads
    digest: str  # the digest of the index the published pages call for
    state_file: Path  # the saved state of the published site
    inputs: str  # the digest of the build's inputs, saved once the index is in place

    def run(self, stop: threading.Event | None = None) -> bool:
        """Index the published site, swap the index in and mark the state current.

        False, and nothing changed, when ``stop`` is set first or another build
        published meanwhile.
        """
        next_bundle = self.out / NEXT
        try:
            with locked(self.out):
                state = read_state(self.state_file)
                if state is None or state.inputs:  # not the state this build left: another one ran
                    return False
                shutil.rmtree(next_bundle, ignore_errors=True)
                with indexing(self.out, self.folders, NEXT) as finish:
                    if not finish(stop):
                        return False
                publish(next_bundle, self.out / BUNDLE)  # one swap: ``next_bundle`` now holds the older index
                save_state(self.state_file, replace(state, index=self.digest, inputs=self.inputs))
                return True
        finally:
            shutil.rmtree(next_bundle, ignore_errors=True)


def drop_unfinished(site: Path) -> None:
    """Remove an index a stopped ``IndexLater`` left unfinished in ``site``."""
    shutil.rmtree(site / NEXT, ignore_errors=True)
