"""Incremental builds: what must be built again, and what the published site already has.

A build first digests every file it reads; when nothing changed since the
published build, it stops there. Otherwise every page gets a key, a digest
of everything it shows (``keys.py``) and of the global digest:
generator, theme, interface strings, site and MkDocs configuration, package
versions and profile.

Pages whose key is unchanged keep their published HTML; the others are
rendered and built by MkDocs. The search index is kept too when no product's
indexed block changed. A key that says too little would leave a stale page,
so the tests make every kind of edit and compare with a full build, byte for byte.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..output.files import link_or_copy
from ..output.search import is_bundle, language_of, part_count
from ..pages.urls import html_file, lang_prefix
from .digests import digest
from .keys import PageKeys
from .state import BuildState


@dataclass
class Plan:
    """Which pages to render, which to take from the published site."""

    keys: dict[str, str]  # "lang:path" -> key
    reuse: set[tuple[str, str]] = field(default_factory=set)  # (lang, path) taken as they are
    fallbacks: dict[str, int] = field(default_factory=dict)  # "lang:path" -> texts in another language
    previous: Path | None = None  # the published site the reused pages come from
    fragments: dict[str, str] = field(default_factory=dict)  # "lang:path" -> digest of what the index reads
    index: dict[str, str] = field(default_factory=dict)  # search index part -> digest of all it is made of
    previous_index: dict[str, str] = field(default_factory=dict)  # the same, for the published site
    global_key: str = ""  # what every page depends on, records apart
    cards: dict[Any, str] = field(default_factory=dict)  # share card -> digest of its file
    card_inputs: dict[Any, str] = field(default_factory=dict)  # share card -> digest of what it is drawn from
    held: dict[str, str] = field(default_factory=dict)  # "lang:path" -> key, of the pages the site folder has

    # Made once: the link check and the saved state both ask (0.18 s each at 20,000 products).
    _kept_files: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    def kept_files(self, languages: list[str]) -> frozenset[str]:
        """The site-relative HTML files taken from the published site (``reuse`` is complete)."""
        key = tuple(languages)
        if key not in self._kept_files:
            self._kept_files[key] = frozenset(html_file(lang, path, languages) for lang, path in self.reuse)
        return self._kept_files[key]


def changes(
    page_keys: PageKeys,
    cards: dict[Any, str],
    specs: list[Any],
    global_key: str,
    previous: BuildState | None,
    out: Path,
    have: dict[str, str] | None = None,
) -> Plan:
    """Key every page of ``specs`` (render's PageSpecs) and find those the published site
    (its saved state ``previous``) already has.

    ``have`` holds the keys of the pages the new site folder has already (a spare
    site): those stay, and are not looked for in the published site.
    """
    keys = page_keys.keys(specs, global_key, previous)
    result = Plan(keys, global_key=global_key, held=have or {}, cards=cards)
    result.card_inputs = page_keys.card_inputs() if cards else {}
    if previous is None or not out.is_dir():
        return result
    old, languages, links = previous.pages, page_keys.cat.languages, page_keys.links
    for spec in specs:
        kind, ident = spec.kind, spec.ident
        for lang in languages:
            path = links.path(kind, ident, lang)
            name = f"{lang}:{path}"
            key = keys[name]
            same = name in old and old[name][0] == key
            if same and (result.held.get(name) == key or os.path.isfile(f"{out}/{html_file(lang, path, languages)}")):
                result.reuse.add((lang, path))
                result.fallbacks[name] = old[name][1]
                result.fragments[name] = old[name][2]
    result.previous = out
    result.previous_index = previous.index
    return result


def published_cards(previous: BuildState | None, global_key: str) -> tuple[dict[Any, str], dict[Any, str]] | None:
    """The share cards of the published build and the digests of what each was drawn from,
    when it was made with the same global digest (strings, configuration, generator)."""
    if previous is None or previous.global_key != global_key:
        return None
    return previous.cards, previous.card_inputs


def index_digest(
    build_plan: Plan, rendered: dict[str, str], parts: dict[str, list[str]], languages: list[str]
) -> dict[str, str]:
    """A digest of what Pagefind reads for each part of the search index (``search_parts``);
    "" for a part when no page of it names its indexed part.

    ``rendered`` holds the digests of the pages rendered in this build; kept
    pages bring theirs from the saved state. The global digest covers the page
    chrome, whose every change rebuilds every page anyway.
    """
    build_plan.fragments.update(rendered)
    by_folder: dict[str, tuple[str, str]] = {}
    for name, fragment in build_plan.fragments.items():
        if fragment and name in build_plan.keys:
            lang, path = name.split(":", 1)
            by_folder[lang_prefix(lang, languages) + path] = (name, fragment)
    whole = part_count(parts) == 1
    for bundle, folders in parts.items():
        # A language's only part reads its product section whole; each of several names its
        # product pages' folders.
        if whole:
            prefix = f"{language_of(bundle)}:"  # the pages' names are "lang:path"
            mine = [entry for entry in by_folder.values() if entry[0].startswith(prefix)]
        else:
            mine = [by_folder[f] for f in folders if f in by_folder]
        build_plan.index[bundle] = digest([build_plan.global_key, folders, sorted(mine)]) if mine else ""
    return build_plan.index


def reuse_index(build_plan: Plan, site: Path, bundle: str, held: str = "") -> bool:
    """Keep the search index part ``bundle`` that ``site`` holds (its digest ``held``), or link
    the published one into it, when nothing it is made of changed; else remove what ``site`` holds."""
    made = build_plan.index.get(bundle, "")
    if made and held == made and (site / bundle).is_dir():
        return True
    shutil.rmtree(site / bundle, ignore_errors=True)  # a spare site's older part
    if not made or made != build_plan.previous_index.get(bundle):
        return False
    return link_published_index(build_plan, site, bundle)


def drop_other_parts(site: Path, parts: dict[str, list[str]]) -> None:
    """Remove the search index parts a spare ``site`` holds that this build does not make
    (the number of parts changed with the catalogue)."""
    if site.is_dir():
        for entry in os.scandir(site):
            if is_bundle(entry.name) and entry.name not in parts:
                shutil.rmtree(entry.path, ignore_errors=True)


def link_published_index(build_plan: Plan, site: Path, bundle: str) -> bool:
    """Link the published site's search index part ``bundle`` into ``site``, as it is; False when there is none."""
    old = build_plan.previous / bundle if build_plan.previous else None
    if old is None or not old.is_dir():
        return False
    for folder, _, names in os.walk(old):
        target = site / bundle / Path(folder).relative_to(old)
        target.mkdir(parents=True, exist_ok=True)
        for name in names:
            link_or_copy(Path(folder) / name, target / name)
    return True


@contextlib.contextmanager
def keeping_pages(build_plan: Plan, site: Path, languages: list[str]) -> Iterator[Callable[[], None]]:
    """Put the unchanged pages into ``site`` in a background thread; yield the call that waits for it.

    Pages ``site`` already has (a spare site, ``Plan.held``) stay. Into an empty
    folder, after an edit at 20,000 products, this is 53,650 folders and links, about 8 s of waiting on the disk (a ``mkdir`` costs
    0.1–0.2 ms here), which the thread spends while the pages that did change are
    rendered and built and the exports written. Leaving the block waits for the
    thread; on an error it stops first.
    """
    if build_plan.previous is None or not build_plan.reuse:
        yield lambda: None
        return
    site.mkdir(exist_ok=True)
    stop = threading.Event()
    pool = ThreadPoolExecutor(1)
    done = pool.submit(reuse_pages, build_plan, site, languages, stop)
    try:
        yield done.result
    except BaseException:
        stop.set()
        raise
    finally:
        pool.shutdown(wait=True)


def reuse_pages(
    build_plan: Plan,
    site: Path,
    languages: list[str],
    stop: threading.Event | None = None,
) -> None:
    """Put the unchanged pages' HTML from the published site into the new one, but for
    those it already has (``Plan.held``).

    Hard links cost no copying; no later stage writes into a page file, and
    publishing swaps whole folders, so the published files are never changed.
    """
    if build_plan.previous is None:
        return
    # Plain strings: at tens of thousands of pages, pathlib costs more than the links.
    previous, new, keys, held = str(build_plan.previous), str(site), build_plan.keys, build_plan.held
    # The spare holds most of them already: those are left out before sorting.
    todo = sorted((lang, path) for lang, path in build_plan.reuse if held.get(n := f"{lang}:{path}") != keys[n])
    for lang, path in todo:
        if stop is not None and stop.is_set():
            return
        rel = html_file(lang, path, languages)
        folder = os.path.dirname(rel)
        os.makedirs(f"{new}/{folder}", exist_ok=True)
        link_or_copy(f"{previous}/{rel}", f"{new}/{rel}")
