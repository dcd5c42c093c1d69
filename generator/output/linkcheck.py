"""Link check of the built site: every internal link, image, anchor and twin must exist.

Runs over the staging folder after every build, before publishing. Under
``--strict`` a broken link stops the build; otherwise it is a warning.
"""

from __future__ import annotations

import functools
import html
import os
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from ..records.diagnostics import Mark, Problem, Report
from ..workers import forked_pool
from .search import is_bundle

_TAG = re.compile(r"<(a|link|img|script|source)\b([^>]*)>", re.I)
_ATTR = re.compile(r'\s(href|src|srcset|rel)="([^"]*)"')  # only what the check reads
_ID = re.compile(r'id="([^"]+)"')  # a literal first: four times faster than r'\sid=…' to find


def _ids(text: str) -> frozenset[str]:
    """The ids of the elements of a page."""
    return frozenset(html.unescape(m[1]) for m in _ID.finditer(text) if text[m.start() - 1].isspace())


class _Page:
    """The links and ids of one page.

    The pages are the generator's own output, written with double-quoted
    attributes, so regular expressions read them reliably, and about ten times
    faster than an HTML parser.
    """

    def __init__(self, text: str) -> None:
        self.ids = _ids(text)
        self.links: list[tuple[str, int]] = []  # (link, offset in the text)
        add, known = self.links.append, _TAG_LINKS
        for match in _TAG.finditer(text):
            tag = match.group()
            links = known.get(tag)
            if links is None:
                if len(known) >= _TAGS_KEPT:
                    known.clear()
                links = known[tag] = _tag_links(match.group(1), match.group(2))
            for link in links:
                add((link, match.start()))


#: The links of a tag, by the tag's text. The menus, header and footer of one section are the
#: same tags on every page: a look-up instead of matching their attributes (10,739 pages of the
#: 20,000-product site read in 2.4 s instead of 3.3-3.8 s).
_TAG_LINKS: dict[str, tuple[str, ...]] = {}
_TAGS_KEPT = 1 << 16  # then forgotten, so the memory of a check stays bounded


def _tag_links(tag: str, attributes: str) -> tuple[str, ...]:
    """The links a tag holds: its href, src and srcset, unescaped."""
    attrs = dict(_ATTR.findall(attributes))
    if tag.lower() == "link" and attrs.get("rel") not in ("stylesheet", "icon"):
        return ()  # canonical and alternates are absolute public URLs
    links = [html.unescape(attrs[name]) for name in ("href", "src") if attrs.get(name)]
    for part in attrs.get("srcset", "").split(","):
        if part.strip():
            links.append(html.unescape(part.strip().split(" ")[0]))
    return tuple(links)


def _line(site: Path, rel: str, offset: int) -> int:
    """The line of an offset in a page: counted only for a broken link."""
    return site.joinpath(rel).read_text(encoding="utf-8", errors="replace").count("\n", 0, offset) + 1


def _target(page: str, href: str) -> tuple[str, str] | None:
    """The site path and fragment a relative link points to; None for external links."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith(("mailto:", "tel:", "data:")):
        return None
    if not parts.path:
        return page, parts.fragment
    path = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(parts.path)))
    if parts.path.endswith("/") or path == ".":
        path = posixpath.join(path, "index.html") if path != "." else "index.html"
    return path, parts.fragment


def _folder_target(folder: str, href: str) -> tuple[str, str] | None:
    """``_target`` of a link on the page of ``folder``.

    Each page has a folder of its own, so a leading ``../`` is first taken off
    with the folder's last segment: the menus, assets and cards of every page of
    one section then resolve once, from the same (folder, link) pair.
    """
    while href.startswith("../") and folder:
        folder = folder[: folder.rstrip("/").rfind("/") + 1]
        href = href[3:]
    return _shared_target(folder, href)


@functools.lru_cache(maxsize=1 << 17)
def _shared_target(folder: str, href: str) -> tuple[str, str] | None:
    return _target(folder + "index.html", href)


@dataclass(frozen=True, order=True)
class BrokenLink:
    """A link of a built page to a file or an anchor that does not exist."""

    page: str  # site-relative HTML file
    line: int
    message: str


def is_link_problem(problem: Problem) -> bool:
    """Whether a reported problem is a broken link (the build state keeps those apart)."""
    return problem.field == "link" and problem.mark.path.startswith("site/")


def anchors(page: Path) -> frozenset[str]:
    """The ids of a built page; none when it does not exist."""
    try:
        return _ids(page.read_text(encoding="utf-8", errors="replace"))
    except FileNotFoundError:
        return frozenset()


def report_broken(report: Report, broken: list[BrokenLink], strict: bool) -> None:
    """Report broken links: errors under ``--strict``, else warnings."""
    add = report.error if strict else report.warning
    for link in broken:
        add(Mark(f"site/{link.page}", link.line), "link", link.message)


def check_links(
    site: Path,
    unchanged: frozenset[str] = frozenset(),
    only: list[str] | None = None,
    deep: dict[str, frozenset[str]] | None = None,
) -> list[BrokenLink]:
    """Check the HTML pages of ``site``; return the broken links, in page order.

    Pages in ``unchanged`` (site-relative files) are kept from the published
    site with the same key, so the same links to the same files: they are not
    read again. ``only``, where given, names every other page. Many pages are
    checked by one forked process per core (reading and matching is Python
    work: 38 s for 53,694 pages on one core). ``deep``, where given, receives
    for every page read the other pages it links to an element of (``#id``).
    """
    files: set[str] | _Present
    if only is not None and len(only) * 4 < len(unchanged):
        # A few pages after an edit: a look-up per linked file costs far less than
        # listing every folder (2.4 s of a one-product edit at 20,000 products).
        files, pages = _Present(site), sorted(rel for rel in only if _checked(rel, unchanged))
    else:
        # One walk lists every file: a set lookup per link instead of a stat. Pagefind may be
        # writing its index meanwhile; no page links into it (the finder's script loads it).
        files = set()
        for folder, subfolders, names in os.walk(site):
            if folder == str(site):
                subfolders[:] = [name for name in subfolders if not is_bundle(name)]
            prefix = os.path.relpath(folder, site).replace(os.sep, "/")
            files.update(name if prefix == "." else f"{prefix}/{name}" for name in names)
        pages = [rel for rel in sorted(files) if _checked(rel, unchanged)]
    workers = min(os.cpu_count() or 1, max(1, len(pages) // PAGES_PER_WORKER))
    _JOB.update(site=site, files=files, pages=pages, workers=workers)
    try:
        if workers > 1:
            # Forked workers share the file listing; each takes every n-th page, for balance.
            with forked_pool(workers) as pool:
                shares = list(pool.map(_check_share, range(workers)))
        else:
            shares = [_check_share(0)]
    finally:
        _JOB.clear()
    found = [problem for share, _ in shares for problem in share]
    if deep is not None:
        for _, into in shares:
            deep.update(into)
    return [BrokenLink(rel, _line(site, rel, offset), message) for _, _, rel, offset, message in sorted(found)]


class _Present:
    """The files of a site, looked up one by one as links name them (and remembered)."""

    def __init__(self, site: Path) -> None:
        self.site, self.known = str(site), {}

    def __contains__(self, rel: str) -> bool:
        found = self.known.get(rel)
        if found is None:
            found = self.known[rel] = os.path.isfile(f"{self.site}/{rel}")
        return found


#: Fewer pages than this per core are checked in this process: forking costs more. The 838
#: pages of a new day at 20,000 products took 1.05–1.86 s in one process, 0.65–0.71 s in two.
PAGES_PER_WORKER = 400
#: What the workers check: set by ``check_links`` before it forks them.
_JOB: dict[str, Any] = {}


def _checked(rel: str, unchanged: frozenset[str]) -> bool:
    """Whether a site file is a page whose links are checked."""
    if not rel.endswith(".html") or rel in unchanged or rel.endswith("404.html"):
        return False  # the 404 page is served at any depth; its links are absolute
    return not (rel.startswith("assets/") or "/assets/" in rel or is_bundle(rel.split("/", 1)[0]))


def _check_share(share: int) -> tuple[list[tuple[int, int, str, int, str]], dict[str, frozenset[str]]]:
    """Broken links of every ``workers``-th page from ``share`` (page, link, page file, offset,
    message), and the other pages each of those pages links to an element of."""
    site, files, pages, workers = _JOB["site"], _JOB["files"], _JOB["pages"], _JOB["workers"]
    parsed: dict[str, _Page] = {}

    def page(rel: str) -> _Page:
        if rel not in parsed:
            parsed[rel] = _Page((site / rel).read_text(encoding="utf-8", errors="replace"))
        return parsed[rel]

    found, deep = [], {}
    for number in range(share, len(pages), workers):
        rel = pages[number]
        folder = rel[: rel.rfind("/") + 1]
        into = set()
        for seq, (href, offset) in enumerate(page(rel).links):
            target = _target(rel, href) if href.startswith("#") else _folder_target(folder, href)
            if target is None:
                continue
            path, fragment = target
            if path.startswith("..") or path not in files:
                found.append((number, seq, rel, offset, f"{href!r} points to a file that does not exist"))
            elif fragment and path.endswith(".html"):
                if path != rel:
                    into.add(path)
                if fragment not in page(path).ids:
                    found.append((number, seq, rel, offset, f"{href!r}: no element with id {fragment!r}"))
        deep[rel] = frozenset(into)
    return found, deep
