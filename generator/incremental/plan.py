"""Incremental builds: what must be built again, and what the published site already has.

A build first digests every file it reads; when nothing changed since the
published build, it stops there. Otherwise every page gets a key, a digest
of everything it shows (``pagekeys.py``) and of the global digest:
generator, theme, interface strings, site and MkDocs configuration, package
versions, profile and build date.

Pages whose key is unchanged keep their published HTML; the others are
rendered and built by MkDocs. The search index is kept too when no product's
indexed block changed. A key that says too little would leave a stale page,
so the tests make every kind of edit and compare with a full build, byte for byte.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import os
import pickle
import shutil
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from ..output.files import link_or_copy
from ..pages.urls import lang_prefix
from ..profiles import Profile
from ..records.model import Catalogue
from ..workers import collector_paused
from .keys import PageKeys, digest
from .stamps import Stamps

STATE_VERSION = 6
_PACKAGES = (
    "mkdocs",
    "mkdocs-material",
    "jinja2",
    "markupsafe",
    "markdown",
    "nh3",
    "pyyaml",
    "pillow",
    "segno",
    "pagefind-bin",
    "fontpkg-noto-sans",
)
_GENERATOR = Path(__file__).resolve().parent.parent  # the whole package


def files_digest(folder: Path, pattern: str = "*") -> str:
    """A digest of the names and contents of the files under ``folder``."""
    h = hashlib.blake2b(digest_size=16)
    for path in sorted(p for p in folder.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts):
        h.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def html_file(lang: str, path: str, languages: list[str]) -> str:
    """The site-relative HTML file MkDocs writes for a page (directory URLs)."""
    full = lang_prefix(lang, languages) + path
    return f"{full}index.html" if full.endswith("/") or not full else f"{full}/index.html"


@dataclass
class Plan:
    """Which pages to render, which to take from the published site."""

    keys: dict[str, str]  # "lang:path" -> key
    reuse: set[tuple[str, str]] = field(default_factory=set)  # (lang, path) taken as they are
    fallbacks: dict[str, int] = field(default_factory=dict)  # "lang:path" -> texts in another language
    previous: Path | None = None  # the published site the reused pages come from
    fragments: dict[str, str] = field(default_factory=dict)  # "lang:path" -> digest of what the index reads
    index: str = ""  # digest of everything the search index is made of
    previous_index: str = ""  # the same, for the published site
    global_key: str = ""  # what every page depends on, records apart
    published: dict[str, Any] | None = None  # the saved state of the published site
    records: dict[str, dict[Any, str]] = field(default_factory=dict)  # "full"/"listed" digests, "cards"
    held: dict[str, str] = field(default_factory=dict)  # "lang:path" -> key, of the pages the site folder has

    def kept_files(self, languages: list[str]) -> frozenset[str]:
        """The site-relative HTML files taken from the published site."""
        return frozenset(html_file(lang, path, languages) for lang, path in self.reuse)


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """The generator's source and the versions of the packages it drives: fixed for one process."""
    return digest([files_digest(_GENERATOR, "*.py"), _versions()])


def _versions() -> dict[str, str]:
    versions = {}
    for name in _PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = ""
    return versions


def global_digest(catalogue: Catalogue, strings: Any, theme: Path, configs: Any, profile: Profile, day: dt.date) -> str:
    """Everything every page depends on, records apart."""
    return digest(
        [
            STATE_VERSION,
            code_digest(),
            files_digest(theme),
            strings,
            catalogue.config,
            configs,
            profile.name,
            day.isoformat(),
        ]
    )


def inputs_digest(root: Path, theme: Path, out: Path, profile: Profile, day: dt.date, stamps: Stamps) -> str:
    """A digest of every file a build reads, and of what else decides its output.

    The project's files (records, photos, pages, configuration, theme), hidden
    folders and build output apart; the generator; package versions; profile
    and date. Equal digests mean an equal site: the build has nothing to do.
    ``stamps`` saves reading the files that did not change.
    """
    h = hashlib.blake2b(digest_size=16)
    outputs = {str(out), *(str(root / name) for name in ("site", "site-kiosk"))}
    for folder in (str(root), str(theme)):
        # Strings, not Paths: one path per file of a national catalogue (27,000 and more).
        for current, dirs, names in os.walk(folder):
            dirs[:] = sorted(
                d
                for d in dirs
                if not d.startswith(".") and d != "__pycache__" and os.path.join(current, d) not in outputs
            )
            prefix = current[len(folder) + 1 :]
            for name in sorted(names):
                if not name.startswith("."):
                    h.update((f"{prefix}/{name}" if prefix else name).encode() + b"\0")
                    with contextlib.suppress(OSError):  # a file deleted while walking: the build reports it
                        h.update(stamps.digest(os.path.join(current, name)).encode())
                    h.update(b"\0")
    h.update(digest([code_digest(), profile.name, day.isoformat()]).encode())
    return h.hexdigest()


def up_to_date(previous: dict[str, Any] | None, inputs: str, out: Path) -> dict[str, Any] | None:
    """The saved state of the published build (``read_state``) when nothing it read has changed since."""
    if previous is None or previous.get("inputs") != inputs or not out.is_dir():
        return None
    return previous


def state_file(cache: Path, out: Path, profile: Profile) -> Path:
    """Where the keys of the site published in ``out`` are kept."""
    tag = hashlib.blake2b(str(out).encode(), digest_size=6).hexdigest()
    return cache / "builds" / f"{profile.name}-{tag}.pickle"


def changes(
    page_keys: PageKeys,
    cards: dict[Any, str],
    specs: list[Any],
    global_key: str,
    previous: dict[str, Any] | None,
    out: Path,
    full: bool = False,
    have: dict[str, str] | None = None,
) -> Plan:
    """Key every page of ``specs`` (render's PageSpecs) and find those the published site
    (its saved state ``previous``) already has.

    ``have`` holds the keys of the pages the new site folder has already (a spare
    site): those stay, and are not looked for in the published site.
    """
    keys = page_keys.keys(specs, global_key, None if full else previous)
    result = Plan(keys, global_key=global_key, published=previous, held=have or {})
    result.records = {
        "full": page_keys.full,
        "listed": page_keys.listed,
        "cards": cards,
        "card_inputs": page_keys.card_inputs() if cards else {},
    }
    if full or previous is None or not out.is_dir():
        return result
    old, languages, links = previous["pages"], page_keys.cat.languages, page_keys.links
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
                if len(old[name]) > 2:
                    result.fragments[name] = old[name][2]
    result.previous = out
    result.previous_index = previous.get("index", "")
    return result


def published_cards(previous: dict[str, Any] | None, global_key: str) -> tuple[dict[Any, str], dict[Any, str]] | None:
    """The share cards of the published build and the digests of what each was drawn from,
    when it was made with the same global digest (strings, configuration, generator)."""
    if previous is None or previous.get("global") != global_key:
        return None
    return previous.get("cards") or {}, previous.get("card_inputs") or {}


def index_digest(build_plan: Plan, rendered: dict[str, str], folders: list[str]) -> str:
    """A digest of what Pagefind reads; "" when no page names its indexed part.

    ``rendered`` holds the digests of the pages rendered in this build; kept
    pages bring theirs from the saved state. The global digest covers the page
    chrome, whose every change rebuilds every page anyway.
    """
    build_plan.fragments.update(rendered)
    indexed = sorted((name, d) for name, d in build_plan.fragments.items() if d and name in build_plan.keys)
    if not indexed:
        return ""  # Pagefind would read whole pages: no reuse
    build_plan.index = digest([build_plan.global_key, folders, indexed])
    return build_plan.index


def reuse_index(build_plan: Plan, site: Path, held: str = "", bundle: str = "pagefind") -> bool:
    """Keep the search index ``site`` holds (its digest ``held``), or link the published
    one into it, when nothing it is made of changed; else remove what ``site`` holds."""
    if build_plan.index and held == build_plan.index and (site / bundle).is_dir():
        return True
    shutil.rmtree(site / bundle, ignore_errors=True)  # a spare site's older index
    old = build_plan.previous / bundle if build_plan.previous else None
    if not build_plan.index or build_plan.index != build_plan.previous_index or old is None or not old.is_dir():
        return False
    for folder, _, names in os.walk(old):
        target = site / bundle / Path(folder).relative_to(old)
        target.mkdir(parents=True, exist_ok=True)
        for name in names:
            link_or_copy(Path(folder) / name, target / name)
    return True


def read_state(state: Path) -> dict[str, Any] | None:
    try:
        with collector_paused():  # hundreds of thousands of keys: no collection walks them
            data = pickle.loads(state.read_bytes())
    except Exception:  # missing, damaged or of another Python: every page is built
        return None
    return data if isinstance(data, dict) and data.get("version") == STATE_VERSION else None


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


def forget(state: Path) -> None:
    """Drop the saved keys before publishing: a build killed mid-swap must not trust them."""
    state.unlink(missing_ok=True)


def remember(
    state: Path,
    build_plan: Plan,
    fallbacks: dict[str, int],
    inputs: str,
    result: dict[str, Any],
    files: dict[str, str],
) -> None:
    """Save the keys of the site just published (written whole, then renamed into place).

    ``result`` is what a build with nothing to do reports again: pages and
    fallbacks per language, the warnings. ``files`` are its open data files: a
    later build that takes this site as its spare removes those it no longer makes.
    """
    pages = {
        name: [key, fallbacks.get(name, build_plan.fallbacks.get(name, 0)), build_plan.fragments.get(name, "")]
        for name, key in build_plan.keys.items()
    }
    data = {
        "version": STATE_VERSION,
        "inputs": inputs,
        "pages": pages,
        "index": build_plan.index,
        "global": build_plan.global_key,
        **build_plan.records,  # the next build keys again, and draws again, only what they changed
        "files": files,
        "result": result,
    }
    state.parent.mkdir(parents=True, exist_ok=True)
    tmp = state.with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
    tmp.replace(state)
