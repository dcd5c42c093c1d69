"""The whole build, one call per stage:
load → validate → link → images → render → mkdocs → exports → index → publish
(the links are checked while the search index is made). The site folder is
the spare site, the one published before, brought up to date where there is one.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .engine import mkdocs_site as engine
from .incremental import plan as incremental
from .incremental import spare
from .incremental.keys import PageKeys
from .incremental.stamps import Stamps
from .media.cards import make_cards, publish_cards
from .media.photos import process_images, publish_images
from .output.exports import write_exports
from .output.linkcheck import check_links
from .output.publish import locked, publish, recover, staging
from .output.search import indexing
from .pages.render import load_strings, plan, render
from .pages.urls import lang_prefix
from .profiles import WEB, Profile
from .progress import step
from .records.cache import RecordCache
from .records.diagnostics import Mark, Report, UserError
from .records.expiry import hide_expired, today
from .records.links import link
from .records.load import load_project
from .records.model import Catalogue
from .records.validate import validate
from .workers import collector_paused, frozen_heap, in_background

CACHE_DIR = ".showroom-cache"
STAMPS_FILE = "stamps.pickle"


@dataclass
class BuildResult:
    """What a build did, for the command line and for tests."""

    out: Path
    report: Report
    pages: dict[str, int] = field(default_factory=dict)
    fallbacks: dict[str, int] = field(default_factory=dict)
    rendered: int = 0  # pages built afresh; the others were unchanged and kept
    indexed: bool = True  # the search index was made again (else the published one was kept)


def theme_dir(root: Path) -> Path:
    """The project's ``theme/``, or the one beside the generator."""
    own = root / "theme"
    return own if own.is_dir() else Path(__file__).resolve().parent.parent / "theme"


def _stop_on_problems(report: Report, strict: bool) -> None:
    if report.failed(strict):
        raise UserError(report)


def check(root: Path, strict: bool = False, stamps: Stamps | None = None) -> tuple[Catalogue, Report]:
    """Load and validate without building; raise UserError when the run fails.

    Valid records are kept in the cache folder, so the next run parses only
    the files that changed.
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
    with collector_paused():
        records = RecordCache(root / CACHE_DIR, root)
        reads = stamps or Stamps(root / CACHE_DIR / STAMPS_FILE)
        catalogue = validate(load_project(root, report, reads, records), report, records)
    records.save()
    if stamps is None:  # a build saves its own stamps, after digesting every input
        reads.save()
    _stop_on_problems(report, strict)
    if catalogue.config["expired"] == "hide":
        hide_expired(catalogue, today())
    with collector_paused():
        link(catalogue, report)
    _stop_on_problems(report, strict)
    return catalogue, report


def build(
    root: Path, out: Path | None = None, strict: bool = False, profile: Profile = WEB, full: bool = False
) -> BuildResult:
    """Build the showroom of ``root`` for ``profile`` into ``out`` (default: the profile's folder).

    Only pages whose content changed since the published build are rendered
    and built again, unless ``full``; the result is the same either way.
    """
    root = root.resolve()
    out = (out or root / profile.out).resolve()
    theme, cache = theme_dir(root), root / CACHE_DIR
    state = incremental.state_file(cache, out, profile)
    with locked(out), frozen_heap():  # the catalogue lives to the end: no collector walks
        recover(out)
        stamps = Stamps(cache / STAMPS_FILE)
        inputs = incremental.inputs_digest(root, theme, out, profile, today(), stamps)
        stamps.save(forget_unseen=True)
        previous = incremental.read_state(state)  # of the published site
        kept = None if full else incremental.up_to_date(previous, inputs, out)
        if kept is not None:  # nothing the site is made of has changed
            return _unchanged(root, out, kept["result"], strict)
        step("Checking records")
        catalogue, report = check(root, strict, stamps)
        links = catalogue.links
        strings = load_strings(theme)

        try:
            with staging(out) as stage:
                configs = {
                    lang: engine.mkdocs_config(
                        catalogue, links, strings, lang, stage, theme, profile, cache / "theme-templates"
                    )
                    for lang in catalogue.languages
                }
                everywhere = incremental.global_digest(catalogue, strings, theme, configs, profile, today())
                site = stage / "site"
                held = spare.take(out, site, everywhere)
                with _exporting(catalogue, site, cache, profile, held) as exports_done:
                    step("Processing photos")
                    photos = process_images(catalogue, cache / "images", report, stamps=stamps)
                    _stop_on_problems(report, strict)
                    step("Making share cards")
                    page_keys = PageKeys(catalogue, photos)
                    known = None if full else previous
                    card_inputs = page_keys.card_inputs(known)
                    published_cards = incremental.published_cards(known, everywhere)
                    cards = (
                        make_cards(catalogue, links, photos, cache / "cards", strings, card_inputs, published_cards)
                        if profile.share_cards
                        else {}
                    )
                    step("Finding what changed")
                    have = held.pages if held else None  # the pages the spare site holds
                    changed = incremental.changes(
                        page_keys, cards, plan(links, profile), everywhere, previous, out, full, have
                    )
                    with incremental.keeping_pages(changed, site, catalogue.languages) as pages_kept:
                        step("Rendering pages")
                        rendered = render(
                            catalogue, links, photos, cards, theme, strings, stage / "docs", cache, profile, changed
                        )
                        step("Building the site with MkDocs")
                        _assemble(engine.build_sites(configs, stage), site, catalogue.languages)
                        step("Linking photos and cards")
                        publish_images(photos, cache / "images", site)
                        if profile.share_cards:
                            publish_cards(cards, cache / "cards", site)
                        step("Writing open data, sitemap and feeds")
                        exported = exports_done()
                        step("Keeping the unchanged pages")
                        pages_kept()
                spare.remove_stale(held, site, changed, catalogue.languages, exported)
                step("Indexing for search, checking links meanwhile")
                with _index(catalogue, changed, rendered.indexed, site, held) as index_done:
                    checked = _rebuilt_files(rendered.pages, changed, catalogue.languages, exported)
                    check_links(site, report, strict, changed.kept_files(catalogue.languages), checked)
                    _stop_on_problems(report, strict)
                    step("Finishing the search index")
                    reindexed = index_done()
                incremental.forget(state)
                step("Publishing")
                publish(site, out)
                spare.keep(site, out, changed.published)  # ``site`` now holds the site published until now
                summary = _summary(rendered.pages, rendered.fallbacks, report)
                incremental.remember(state, changed, rendered.page_fallbacks, inputs, summary, exported)
                step("")
        except OSError as exc:  # a full disk or a read-only folder: the published site is untouched
            report.error(
                Mark(out.name), "", f"cannot write the site: {exc.strerror or exc}", "free disk space, then build again"
            )
            raise UserError(report) from None
    return BuildResult(out, report, summary["pages"], rendered.fallbacks, rendered.written, reindexed)


@contextmanager
def _exporting(
    catalogue: Catalogue, site: Path, cache: Path, profile: Profile, held: spare.Spare | None
) -> Iterator[Callable[[], dict[str, str]]]:
    """Write open data, sitemap and feeds; yield the call that waits for them and returns
    the files written (with their digests).

    Where the site folder is there already (a spare site, ``held``) they are
    written by a forked process while photos, cards, changes and pages are
    worked out: at 20,000 products that is 1.5 s off a one-product edit. Into a
    new folder they are written when called, after MkDocs made it.
    """
    if not profile.exports:
        yield dict
    elif held is None:
        yield lambda: write_exports(catalogue, catalogue.links, site, cache)
    else:
        with in_background(lambda: write_exports(catalogue, catalogue.links, site, cache, held.files)) as done:
            yield done


@contextmanager
def _index(
    catalogue: Catalogue, changed: incremental.Plan, indexed: dict[str, str], site: Path, held: spare.Spare | None
) -> Iterator[Callable[[], bool]]:
    """Index the product pages in the background, or keep the index the site holds or the
    published one when nothing it reads changed; yield the call that waits for it and
    says whether it indexed."""
    folders = _product_folders(catalogue)
    incremental.index_digest(changed, indexed, folders)
    # A full build (``changed.previous`` is None) makes the index again, as it makes every page.
    if incremental.reuse_index(changed, site, held.index if held and changed.previous else ""):
        yield lambda: False
        return
    with indexing(site, folders) as finish:
        yield lambda: finish() or True


def _summary(pages: dict[str, list[str]], fallbacks: dict[str, int], report: Report) -> dict[str, Any]:
    """What a later build with nothing to do reports again."""
    return {
        "pages": {lang: len(paths) for lang, paths in pages.items()},
        "fallbacks": fallbacks,
        "warnings": [asdict(problem) for problem in report.warnings],
    }


def _unchanged(root: Path, out: Path, result: dict[str, Any], strict: bool) -> BuildResult:
    """The result of a build with nothing to do: the published build's, its warnings told again."""
    report = Report(root)
    for problem in result["warnings"]:
        report.warning(Mark(**problem["mark"]), problem["field"], problem["message"], problem["hint"])
    _stop_on_problems(report, strict)
    return BuildResult(out, report, result["pages"], result["fallbacks"], 0, False)


def _rebuilt_files(
    pages: dict[str, list[str]], changed: incremental.Plan, languages: list[str], exported: dict[str, str]
) -> list[str]:
    """The site-relative HTML files this build wrote: the pages it rebuilt, the redirects."""
    rebuilt = [
        incremental.html_file(lang, path, languages)
        for lang, paths in pages.items()
        for path in paths
        if (lang, path) not in changed.reuse
    ]
    return rebuilt + [rel for rel in exported if rel.endswith(".html")]


def _product_folders(catalogue: Catalogue) -> list[str]:
    """The folders of the product pages, the only pages the search index holds."""
    languages = catalogue.languages
    return [lang_prefix(lang, languages) + catalogue.links.path("index:products", "", lang) for lang in languages]


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
