"""The previous build, as the next one sees it: what changed, what is kept, what is checked
and indexed again.

``build()`` asks this one object every incremental question, so the stages
themselves know nothing of earlier builds. "Previous" is the site published in
the output folder and the state it left (``state.py``); a ``--full`` build sees
no previous pages, but its site still becomes the next build's spare.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ..output.linkcheck import BrokenLink, anchors, is_link_problem
from ..output.search import ENTRY
from ..pages.urls import html_file
from ..profiles import Profile
from ..records.diagnostics import Report
from ..records.expiry import same_status_days
from ..records.model import Catalogue
from .digests import inputs_digest
from .index_later import IndexLater
from .keys import PageKeys
from .plan import Plan, changes, published_cards
from .spare import Spare
from .stamps import Stamps
from .state import BuildState, forget_state, read_state, save_state, state_file

STAMPS_FILE = "stamps.pickle"


class Previous:
    """The published build of one output folder and profile."""

    def __init__(self, cache: Path, out: Path, profile: Profile, full: bool) -> None:
        self.out = out
        self.file = state_file(cache, out, profile)
        self.stamps = Stamps(cache / STAMPS_FILE)
        self.published = read_state(self.file)  # the state of the site in ``out``
        self.state = None if full else self.published  # what this build may take from it
        self.inputs = ""

    def site_is_current(self, root: Path, theme: Path, profile: Profile, day: dt.date) -> bool:
        """Whether nothing the site is made of changed since it was published (the build stops)."""
        self.inputs = inputs_digest(root, theme, self.out, profile, self.stamps)
        self.stamps.save(forget_unseen=True)
        return (
            self.state is not None
            and self.state.up_to_date(self.inputs, day)
            and self.out.is_dir()
            # The search index parts the state names are there: one removed by hand is made again.
            and all((self.out / bundle / ENTRY).is_file() for bundle in self.state.index)
        )

    def card_inputs(self, page_keys: PageKeys, global_key: str) -> tuple[dict[Any, str], Any]:
        """What each share card is drawn from, and the published cards with their inputs."""
        return page_keys.card_inputs(self.state), published_cards(self.state, global_key)

    def plan(
        self, page_keys: PageKeys, cards: dict[Any, str], specs: list[Any], global_key: str, spare: Spare | None
    ) -> Plan:
        """Key every page; find those the published site (or the spare ``site``) has already."""
        return changes(page_keys, cards, specs, global_key, self.state, self.out, spare.pages if spare else None)

    def pages_to_check(
        self, changed: Plan, rebuilt: list[str], exported: dict[str, str], site: Path, languages: list[str]
    ) -> tuple[frozenset[str], list[str] | None]:
        """The kept pages whose links need not be read again, and the pages to read (None: all).

        A kept page has the same links as when it was checked, so it is read again
        only when it had a broken link, or when it links to an element (``#id``) of a
        rebuilt page that lost one: the saved state says which pages link into which
        (``deep_links``). When a file is gone every page is read, so that the report
        equals a full build's.
        """
        kept = changed.kept_files(languages)
        if self.state is None or not kept:
            return frozenset(), None
        if self._files_gone(changed, exported, languages):
            return frozenset(), None
        # A renamed product moves to another part of the printable catalogue: its anchor leaves
        # one part. Reading every page then cost 1.5 s of a name edit at 2,000 products.
        lost = {rel for rel in rebuilt if anchors(self.out / rel) - anchors(site / rel)}
        again = {link.page for link in self.state.broken_links}
        if lost:
            again |= {page for page, into in self.state.deep_links.items() if into & lost}
        again &= kept
        return kept - again, [*rebuilt, *sorted(again)]

    def _files_gone(self, changed: Plan, exported: dict[str, str], languages: list[str]) -> bool:
        """Whether a page or an open data file (a redirect) of the published site is no longer made."""
        assert self.state is not None
        gone_pages = self.state.pages.keys() - changed.keys.keys()  # none after most edits
        gone = {html_file(*name.split(":", 1), languages) for name in gone_pages}
        gone |= self.state.files.keys() - exported.keys()
        if not gone:
            return False
        # A removed redirect's path may be a page now, and a removed page's a redirect.
        made = {html_file(*name.split(":", 1), languages) for name in changed.keys} | exported.keys()
        return bool(gone - made)

    def _deep_links(
        self, changed: Plan, read: dict[str, frozenset[str]], languages: list[str]
    ) -> dict[str, frozenset[str]]:
        """Every page of the new site that links to an element of another: those read now, and
        the kept pages not read, as the published build found them."""
        kept = changed.kept_files(languages)
        old = self.state.deep_links if self.state else {}
        links = {page: into for page, into in old.items() if page in kept and page not in read}
        links.update((page, into) for page, into in read.items() if into)
        return links

    def forget(self) -> None:
        """Drop the saved state before publishing: a build killed mid-swap must not trust it."""
        forget_state(self.file)

    def save(
        self,
        catalogue: Catalogue,
        day: dt.date,
        page_keys: PageKeys,
        changed: Plan,
        page_fallbacks: dict[str, int],
        pages: dict[str, list[str]],
        fallbacks: dict[str, int],
        exported: dict[str, str],
        report: Report,
        broken: list[BrokenLink],
        deep: dict[str, frozenset[str]],
        standing: dict[str, str] | None = None,
    ) -> BuildState:
        """Save what the build just published made, for the next build; return it.

        ``deep`` holds the pages the link check read and the pages each links to an element of;
        the kept pages it did not read bring theirs from the published build.
        The search index parts left for later hold an older part, not the one the pages call
        for (``IndexLater``): ``standing`` maps them to its digest, which the state names, with
        no inputs, so the next build is never told the site is up to date.
        """
        entries = {
            name: (key, page_fallbacks.get(name, changed.fallbacks.get(name, 0)), changed.fragments.get(name, ""))
            for name, key in changed.keys.items()
        }
        state = BuildState(
            inputs="" if standing else self.inputs,
            same_days=same_status_days(catalogue, day),
            global_key=changed.global_key,
            pages=entries,
            index={bundle: (standing or {}).get(bundle, made) for bundle, made in changed.index.items()},
            full=page_keys.full,
            listed=page_keys.listed,
            cards=changed.cards,
            card_inputs=changed.card_inputs,
            group_products=dict(catalogue.links.group_products),
            facility_products=dict(catalogue.links.facility_products),
            district_facilities=dict(catalogue.links.district_facilities),
            unit_facilities=dict(catalogue.links.unit_facilities),
            files=exported,
            page_counts={lang: len(paths) for lang, paths in pages.items()},
            fallbacks=fallbacks,
            warnings=[p for p in report.warnings if not is_link_problem(p)],
            broken_links=broken,
            deep_links=self._deep_links(changed, deep, catalogue.languages),
        )
        save_state(self.file, state)
        return state

    def index_later(self, left: dict[str, list[str]], changed: Plan, chunk: int) -> IndexLater:
        """The search index parts this build left to make (chunks of ``chunk`` word positions),
        over the site it published."""
        digests = {bundle: changed.index[bundle] for bundle in left}
        return IndexLater(self.out, left, digests, chunk, self.file, self.inputs)
