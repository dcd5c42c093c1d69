"""Link check of the built site: every internal link, image, anchor and twin must exist.

Runs over the staging folder after every build, before publishing. Under
``--strict`` a broken link stops the build; otherwise it is a warning.
"""

from __future__ import annotations

import bisect
import html
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .diagnostics import Mark, Report

_TAG = re.compile(r"<(a|link|img|script|source)\b([^>]*)>", re.I)
_ATTR = re.compile(r'\s([a-z-]+)="([^"]*)"')
_NEWLINE = re.compile("\n")
_ID = re.compile(r'\sid="([^"]+)"')


class _Page:
    """The links and ids of one page.

    The pages are the generator's own output, written with double-quoted
    attributes, so regular expressions read them reliably, and about ten times
    faster than an HTML parser.
    """

    def __init__(self, text: str) -> None:
        self.ids = {html.unescape(i) for i in _ID.findall(text)}
        self.links: list[tuple[str, int]] = []
        newlines = [m.start() for m in _NEWLINE.finditer(text)]
        for match in _TAG.finditer(text):
            tag, attrs = match.group(1).lower(), dict(_ATTR.findall(match.group(2)))
            if tag == "link" and attrs.get("rel") not in ("stylesheet", "icon"):
                continue  # canonical and alternates are absolute public URLs
            line = bisect.bisect(newlines, match.start()) + 1
            for name in ("href", "src"):
                if attrs.get(name):
                    self.links.append((html.unescape(attrs[name]), line))
            for part in attrs.get("srcset", "").split(","):
                if part.strip():
                    self.links.append((html.unescape(part.strip().split(" ")[0]), line))


def _target(page: str, href: str) -> tuple[str, str] | None:
    """The site path and fragment a relative link points to; None for external links."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith(("mailto:", "tel:", "data:")):
        return None
    if not parts.path:
        return page, parts.fragment
    base = posixpath.dirname(page)
    path = posixpath.normpath(posixpath.join(base, unquote(parts.path)))
    if parts.path.endswith("/") or path == ".":
        path = posixpath.join(path, "index.html") if path != "." else "index.html"
    return path, parts.fragment


def check_links(site: Path, report: Report, strict: bool) -> int:
    """Check every HTML page of ``site``; report broken links; return how many."""
    pages: dict[str, _Page] = {}
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        if rel.startswith(("assets/", "pagefind/")) or "/assets/" in rel:
            continue
        pages[rel] = _Page(path.read_text(encoding="utf-8", errors="replace"))
    broken = 0
    add = report.error if strict else report.warning
    for rel, collector in pages.items():
        if rel.endswith("404.html"):
            continue  # served at any depth; its links are absolute
        for href, line in collector.links:
            target = _target(rel, href)
            if target is None:
                continue
            path, fragment = target
            if path.startswith("..") or not (site / path).exists():
                add(Mark(f"site/{rel}", line), "link", f"{href!r} points to a file that does not exist")
                broken += 1
            elif fragment and path in pages and fragment not in pages[path].ids:
                add(Mark(f"site/{rel}", line), "link", f"{href!r}: no element with id {fragment!r}")
                broken += 1
    return broken
