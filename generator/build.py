"""The whole build, one call per stage:
load → validate → link → images → render → mkdocs → exports → index → publish
(the links are checked while the search index is made). The site folder is
the spare site, the one published before, brought up to date where there is one.
Every question about earlier builds goes to ``incremental.previous.Previous``.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from . import engine
from .incremental import spare
from .incremental.digests import global_digest
from .incremental.index_later import IndexLater, drop_unfinished
from .incremental.keys import PageKeys
from .incremental.plan import Plan, drop_other_parts, index_digest, keeping_pages, link_published_index, reuse_index
from .incremental.previous import STAMPS_FILE, Previous
from .incremental.stamps import Stamps
from .incremental.state import BuildState, state_file
from .media.cards import make_cards, publish_cards
from .media.photos import Photo, process_images, publish_images
from .output.exports import write_exports
from .output.linkcheck import check_links, report_broken
from .output.publish import locked, publish, recover, refuse_foreign_folder, staging
from .output.search import chunk_postings, indexing, search_parts
from .pages.render import load_strings, plan, render
from .pages.urls import html_file
from .profiles import WEB, Profile
from .progress import step
from .records.cache import RecordCache
from .records.diagnostics import Mark, Report, UserError
from .records.expiry import build_date, hide_expired
from .records.links import link
from .records.load import load_project
from .records.model import Catalogue
from .records.validate import validate
from .workers import FORK_FROM_PAGES, in_background

CACHE_DIR = ".showroom-cache"


@dataclass
class BuildResult:
    """What a build did, for the command line and for tests."""

    out: Path
    report: Report
    pages: dict[str, int] = field(default_factory=dict)
    fallbacks: dict[str, int] = field(default_factory=dict)
    rendered: int = 0  # pages built afresh; the others were unchanged and kept
    indexed: bool = True  # the search index was made again (else the published one was kept)
    index_later: IndexLater | None = None  # the index still to make (``search_later``), else None


@dataclass(frozen=True)
class Run:
    """What one build is fixed on from its start: folders, profile, strictness and date."""

    root: Path
    out: Path
    theme: Path
    cache: Path
    profile: Profile
    strict: bool
    day: dt.date  # one date for the whole build, even one that runs past midnight

    @classmethod
    def start(cls, root: Path, out: Path | None, strict: bool, profile: Profile) -> Run:
        """The run of a build of ``root`` into ``out`` (default: the profile's folder), dated now."""
        root = root.resolve()
        out = (out or root / profile.out).resolve()
        return cls(root, out, theme_dir(root), root / CACHE_DIR, profile, strict, build_date())


def theme_dir(root: Path) -> Path:
    """The project's ``theme/``, or the one beside the generator."""
    own = root / "theme"
    return own if own.is_dir() else Path(__file__).resolve().parent.parent / "theme"


def _lock(run: Run, stack: ExitStack) -> None:
    """Hold the build lock of ``run.out`` until ``stack`` closes; a folder where it cannot be
    written (read-only, not the user's) is the user's error, before anything is built."""
    try:
        stack.enter_context(locked(run.out))
    except OSError as exc:
        report = Report(run.root)
        report.error(
            Mark(os.path.relpath(run.out)),
            "--out",
            f"cannot write the site here: {exc.strerror or exc}",
            "choose a folder you can write to",
        )
        raise UserError(report) from None


def _stop_on_problems(report: Report, strict: bool) -> None:
    if report.failed(strict):
        raise UserError(report)


def check(
    root: Path, strict: bool = False, stamps: Stamps | None = None, day: dt.date | None = None
) -> tuple[Catalogue, Report]:
    """Load, validate and link without building; raise UserError when the run fails.

    Valid records are kept in the cache folder, so the next run parses only
    the files that changed. ``day`` is the build date (default: today).
    """
    report = Report(root)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None and not epoch.strip().isdigit():
        report.error(
            Mark("environment"),
            "SOURCE_DATE_EPOCH",
            f"{epoch!r} is not a whole number of seconds since 1970",
            "unset it, or set it to e.g. $(git log -1 --format=%ct)",
        )
    records = RecordCache(root / CACHE_DIR, root)
    reads = stamps or Stamps(root / CACHE_DIR / STAMPS_FILE)
    catalogue = validate(load_project(root, report, reads, records), report, records)
    records.save()
    if stamps is None:  # a build saves its own stamps, after digesting every input
        reads.save()
    _stop_on_problems(report, strict)
    if catalogue.config["expired"] == "hide":
        hide_expired(catalogue, day or build_date())
    link(catalogue, report)
    _stop_on_problems(report, strict)
    return catalogue, report


def build(
    root: Path,
    out: Path | None = None,
    strict: bool = False,
    profile: Profile = WEB,
    full: bool = False,
    search_later: bool = False,
    published: Callable[[bool], None] | None = None,
) -> BuildResult:
    """Build the showroom of ``root`` for ``profile`` into ``out`` (default: the profile's folder).

    Only pages whose content changed since the published build are rendered
    and built again, unless ``full``; the result and the report are the same either way.
    With ``search_later`` (the live preview) a search index that must be made again is
    left to ``BuildResult.index_later``: the pages are published with the older index.
    ``published`` is called as soon as the site is published, told whether its search
    index is left for later (the preview reloads the browsers while the state is saved).
    """
    run = Run.start(root, out, strict, profile)  # the build date is taken here, once
    refuse_foreign_folder(run.out, run.root, run.root / profile.out, state_file(run.cache, run.out, profile).is_file())
    with ExitStack() as waiting:
        _lock(run, waiting)  # released last, after everything the build holds
        recover(run.out)
        previous = Previous(run.cache, run.out, profile, full)
        if previous.site_is_current(run.root, run.theme, profile, run.day):
            return _told_again(run, previous.published)
        step("Checking records")
        waiting.callback(gc.unfreeze)  # what ``_checked`` froze, however the build ends
        catalogue, report = _checked(run, previous.stamps)  # load → validate → link
        stage = waiting.enter_context(_staging(run, report))
        strings, languages = load_strings(run.theme), catalogue.languages
        configs = engine.configure(catalogue, strings, stage, run.theme, profile, run.cache / "theme-templates")
        parts = search_parts(catalogue)  # the search index's parts: the finder names them, the index stage makes them
        global_key = global_digest(catalogue, strings, run.theme, configs, profile, list(parts))
        site, spare_site = stage / "site", spare.take(run.out, stage / "site", global_key)
        exports_done = waiting.enter_context(_exporting(catalogue, site, run, spare_site))
        step("Processing photos")
        photos = process_images(catalogue, run.cache / "images", report, stamps=previous.stamps)
        _stop_on_problems(report, strict)
        step("Making share cards")
        page_keys = PageKeys(catalogue, photos, run.day)
        cards = _share_cards(run, catalogue, photos, strings, *previous.card_inputs(page_keys, global_key))
        step("Finding what changed")
        changed = previous.plan(page_keys, cards, plan(catalogue.links, profile), global_key, spare_site)
        pages_kept = waiting.enter_context(keeping_pages(changed, site, languages))
        step("Rendering pages")
        rendered = render(
            catalogue, catalogue.links, photos, cards, run.theme, strings, stage / "docs", run.cache, run.day,
            profile, changed, list(parts),
        )  # fmt: skip
        step("Building the site with MkDocs")
        _assemble(engine.build_sites(configs, stage, parallel=rendered.written >= FORK_FROM_PAGES), site, languages)
        step("Linking photos and cards")
        publish_images(photos, run.cache / "images", site)
        publish_cards(cards, run.cache / "cards", site)
        step("Writing open data, sitemap and feeds")
        exported = exports_done()
        step("Keeping the unchanged pages")
        pages_kept()
        spare.remove_stale(spare_site, site, changed, languages, exported)
        step("Indexing for search, checking links meanwhile")
        index_done = waiting.enter_context(
            _index(catalogue, parts, changed, rendered.indexed, site, spare_site, run.out, search_later)
        )
        rebuilt = _rebuilt_files(rendered.pages, changed, languages, exported)
        deep: dict[str, frozenset[str]] = {}  # the pages read, and the pages each links to an #id of
        broken = check_links(site, *previous.pages_to_check(changed, rebuilt, exported, site, languages), deep)
        report_broken(report, broken, strict)
        _stop_on_problems(report, strict)
        step("Finishing the search index")
        indexed = index_done()
        step("Publishing")
        previous.forget()
        publish(site, run.out)
        if published is not None:
            published(bool(indexed.later))
        spare.keep(site, run.out, previous.published)  # ``site`` now holds the site published until now
        state = previous.save(
            catalogue, run.day, page_keys, changed, rendered.page_fallbacks, rendered.pages, rendered.fallbacks,
            exported, report, broken, deep, standing=indexed.standing,
        )  # fmt: skip
        step("")
    later = previous.index_later(indexed.later, changed, chunk_postings(parts)) if indexed.later else None
    return BuildResult(run.out, report, state.page_counts, state.fallbacks, rendered.written, bool(indexed.made), later)


def _checked(run: Run, stamps: Stamps) -> tuple[Catalogue, Report]:
    """``check``, the garbage collector paused meanwhile, then told to leave what it loaded alone.

    Loading makes millions of objects and no garbage; each full collection the
    allocations set off scans them all again (at 20,000 products a summary edit took
    6.96 s with the collector running here, 6.37 s paused: medians of five pairs).
    Frozen, the catalogue is skipped by later collections and by copy-on-write in the
    forked workers; ``build`` unfreezes it as it ends, so a live preview building again
    and again holds no earlier catalogue.
    """
    gc.disable()
    try:
        return check(run.root, run.strict, stamps, run.day)
    finally:
        gc.freeze()
        gc.enable()


@contextmanager
def _staging(run: Run, report: Report) -> Iterator[Path]:
    """The staging folder of the build; a full disk or a read-only folder is the user's error,
    and leaves the published site untouched."""
    try:
        with staging(run.out) as stage:
            yield stage
    except OSError as exc:
        report.error(
            Mark(run.out.name), "", f"cannot write the site: {exc.strerror or exc}", "free disk space, then build again"
        )
        raise UserError(report) from None


def _share_cards(
    run: Run,
    catalogue: Catalogue,
    photos: dict[tuple[str, str], Photo],
    strings: dict[str, dict[str, str]],
    inputs: dict[Any, str],
    published: Any,
) -> dict[Any, str]:
    """The share cards of the profile (none in the kiosk), drawn again only where their inputs changed."""
    if not run.profile.share_cards:
        return {}
    return make_cards(catalogue, catalogue.links, photos, run.cache / "cards", strings, run.day, inputs, published)


@contextmanager
def _exporting(
    catalogue: Catalogue, site: Path, run: Run, held: spare.Spare | None
) -> Iterator[Callable[[], dict[str, str]]]:
    """Write open data, sitemap and feeds; yield the call that waits for them and returns
    the files written (with their digests).

    Where the site folder is there already (a spare site, ``held``) they are
    written by a forked process while photos, cards, changes and pages are
    worked out: at 20,000 products that is 1.5 s off a one-product edit. Into a
    new folder they are written when called, after MkDocs made it.
    """
    if not run.profile.exports:
        yield dict
    elif held is None:
        yield lambda: write_exports(catalogue, catalogue.links, site, run.cache)
    else:
        with in_background(lambda: write_exports(catalogue, catalogue.links, site, run.cache, held.files)) as done:
            yield done


class Indexed(NamedTuple):
    """What became of the search index's parts in one build."""

    made: list[str]  # the parts Pagefind made again
    later: dict[str, list[str]]  # the parts left for later (``search_later``) -> the folders they read
    standing: dict[str, str]  # the parts left for later -> the digest of the older part in their place


@contextmanager
def _index(
    catalogue: Catalogue,
    parts: dict[str, list[str]],
    changed: Plan,
    indexed: dict[str, str],
    site: Path,
    held: spare.Spare | None,
    published: Path,
    later: bool,
) -> Iterator[Callable[[], Indexed]]:
    """Index the product pages of each search index part that changed, in the background;
    keep the part the site holds or the published one when nothing it reads changed
    (the files of a part made again that the ``published`` site's part holds are linked).
    Yield the call that waits for Pagefind. With ``later``, the parts to make again are
    left for later, older ones in their place (the spare site's, else the published ones)."""
    drop_unfinished(site)
    index_digest(changed, indexed, parts, catalogue.languages)
    drop_other_parts(site, parts)
    todo: dict[str, list[str]] = {}
    left: dict[str, list[str]] = {}
    standing: dict[str, str] = {}
    for bundle, folders in parts.items():
        # A full build (``changed.previous`` is None) makes every part again, as it makes every page.
        kept = held.index.get(bundle, "") if held and changed.previous else ""
        if later and kept and kept != changed.index[bundle] and (site / bundle).is_dir():
            # The older part the spare site holds stands in until the new one is made: removing
            # it and linking the published one instead (4,000 files at 2,000 products) was a
            # fifth of a preview's name edit.
            left[bundle], standing[bundle] = folders, kept
        elif reuse_index(changed, site, bundle, kept):
            continue
        elif later and link_published_index(changed, site, bundle):
            left[bundle], standing[bundle] = folders, changed.previous_index.get(bundle, "")
        else:
            todo[bundle] = folders
    if not todo:
        yield lambda: Indexed([], left, standing)
        return
    with indexing(site, todo, chunk=chunk_postings(parts), before=published) as finish:
        yield lambda: Indexed(list(todo), left, standing) if finish() else Indexed([], left, standing)


def _told_again(run: Run, state: BuildState | None) -> BuildResult:
    """The result of a build with nothing to do: the published build's, its problems told again."""
    assert state is not None
    report = Report(run.root)
    report.problems += state.warnings
    report_broken(report, state.broken_links, run.strict)
    _stop_on_problems(report, run.strict)
    return BuildResult(run.out, report, state.page_counts, state.fallbacks, 0, False)


def _rebuilt_files(
    pages: dict[str, list[str]], changed: Plan, languages: list[str], exported: dict[str, str]
) -> list[str]:
    """The site-relative HTML files this build wrote: the pages it rebuilt, the redirects."""
    rebuilt = [
        html_file(lang, path, languages)
        for lang, paths in pages.items()
        for path in paths
        if (lang, path) not in changed.reuse
    ]
    return rebuilt + [rel for rel in exported if rel.endswith(".html")]


def _assemble(built: dict[str, Path], site: Path, languages: list[str]) -> None:
    """Put the default language at the root and the others under ``/<lang>/``.

    Where ``site`` already holds the unchanged pages, MkDocs' output is moved in file by file.
    """
    merge = site.exists()
    for lang in languages:
        target = site if lang == languages[0] else site / lang
        if merge:
            _move_into(built[lang], target)
        else:
            built[lang].rename(target)


def _move_into(source: Path, target: Path) -> None:
    """Move every file of ``source`` to the same place under ``target``, making folders as needed."""
    for folder, _, names in os.walk(source):
        into = target / Path(folder).relative_to(source)
        into.mkdir(parents=True, exist_ok=True)
        for name in names:
            os.rename(os.path.join(folder, name), into / name)
