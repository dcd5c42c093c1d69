"""Link check of the built site: every internal link, image, anchor and twin must exist.

Runs over the staging folder after every build, before publishing. Under
``--strict`` a broken link stops the build; otherwise it is a warning.
"""

from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .diagnostics import Mark, Report

_LINK_ATTRS = {
    ("a", "href"),
    ("link", "href"),
    ("img", "src"),
    ("script", "src"),
    ("source", "srcset"),
    ("img", "srcset"),
}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, int]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if not value or (tag, name) not in _LINK_ATTRS:
                continue
            if tag == "link" and dict(attrs).get("rel") not in ("stylesheet", "icon"):
                continue  # canonical and alternates are absolute public URLs
            if name == "srcset":
                self.links += [(part.strip().split(" ")[0], line) for part in value.split(",") if part.strip()]
            else:
                self.links.append((value, line))


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
    pages: dict[str, _Collector] = {}
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        if rel.startswith(("assets/", "pagefind/")) or "/assets/" in rel:
            continue
        collector = _Collector()
        collector.feed(path.read_text(encoding="utf-8", errors="replace"))
        pages[rel] = collector
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
