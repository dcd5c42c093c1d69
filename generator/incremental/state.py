"""The build state: what a published build remembers, and the one thing the next build reads.

A build saves it after publishing and deletes it before the swap, so a build
killed in between is followed by a full build. It is a pickle (hundreds of
thousands of keys at 20,000 products: JSON took seconds), read whole or not at
all: a missing, damaged or older state means every page is built.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..output.linkcheck import BrokenLink
from ..profiles import Profile
from ..records.diagnostics import Problem
from . import resident

#: Raised whenever the fields below change meaning: an older state is then ignored.
STATE_VERSION = 11

#: A page's entry: its key, its texts that fell back to another language, the digest of its indexed part.
PageEntry = tuple[str, int, str]


@dataclass
class BuildState:
    """What one published build made, for the next build to compare with."""

    inputs: str  # digest of every file the build read: equal, and the site is the same
    same_days: tuple[dt.date | None, dt.date | None]  # the days this site stays as it is (``same_status_days``)
    global_key: str  # what every page depends on, records apart (generator, theme, configuration…)
    pages: dict[str, PageEntry]  # "lang:path" -> its entry
    index: dict[str, str]  # search index part -> digest of everything it is made of
    full: dict[tuple[str, str], str]  # record -> digest of every field
    listed: dict[tuple[str, str], str]  # record -> digest of what cards and listings show
    cards: dict[Any, str]  # share card -> its file's digest
    card_inputs: dict[Any, str]  # share card -> digest of what it is drawn from
    group_products: dict[str, list[str]]  # group -> its products in name order (who stood beside whom)
    facility_products: dict[str, list[str]]  # facility -> its products in name order
    district_facilities: dict[str, list[str]]  # district -> its facilities (where each facility was)
    unit_facilities: dict[str, list[str]]  # unit -> its facilities
    files: dict[str, str]  # open data files (exports) -> digest of their bytes
    page_counts: dict[str, int]  # language -> pages
    fallbacks: dict[str, int]  # language -> texts shown in another language
    warnings: list[Problem] = field(default_factory=list)  # told again by a build with nothing to do
    broken_links: list[BrokenLink] = field(default_factory=list)  # their pages are checked again next time
    deep_links: dict[str, frozenset[str]] = field(default_factory=dict)  # page -> pages it links to an #id of

    def up_to_date(self, inputs: str, day: dt.date) -> bool:
        """Whether a build of ``inputs`` on ``day`` would make exactly this site."""
        first, after = self.same_days
        return self.inputs == inputs and (first is None or first <= day) and (after is None or day < after)


def state_file(cache: Path, out: Path, profile: Profile) -> Path:
    """Where the state of the site published in ``out`` is kept (one per output folder and profile)."""
    tag = hashlib.blake2b(str(out).encode(), digest_size=6).hexdigest()
    return cache / "builds" / f"{profile.name}-{tag}.pickle"


def read_state(path: Path) -> BuildState | None:
    """The saved state, or None when there is none that this generator can trust."""
    try:
        version, state = resident.load(path)
    except Exception:  # missing, damaged or of another Python: every page is built
        return None
    return state if version == STATE_VERSION and isinstance(state, BuildState) else None


def save_state(path: Path, state: BuildState) -> None:
    """Save the state of the site just published (written whole, then renamed into place)."""
    resident.dump(path, (STATE_VERSION, state))


def forget_state(path: Path) -> None:
    """Drop the saved state before publishing: a build killed mid-swap must not trust it."""
    resident.forget(path)
