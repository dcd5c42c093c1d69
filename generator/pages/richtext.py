"""Record text to safe HTML: Markdown rendered, then sanitised by nh3.

Record authors may write Markdown (bold, lists, links) but never raw HTML:
whatever Python-Markdown lets through is cleaned by nh3 (the Rust ``ammonia``
sanitiser), which keeps a short list of tags and only http(s)/mailto/tel links.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable

import markdown
import nh3
from markupsafe import Markup

_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "ul",
    "ol",
    "li",
    "a",
    "blockquote",
    "h3",
    "h4",
    "code",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
_ATTRIBUTES = {"a": {"href", "title"}}
_SCHEMES = {"http", "https", "mailto", "tel"}
_md = markdown.Markdown(extensions=["sane_lists", "tables"], output_format="html")


def markdown_html(text: str, shift_headings: bool = True) -> Markup:
    """Render record Markdown to sanitised HTML safe to put on a page."""
    if shift_headings:
        # A record's headings sit under the page's own h1/h2: '#' becomes h3.
        text = "\n".join("##" + line if line.startswith("#") else line for line in text.split("\n"))
    html = _md.reset().convert(text)
    clean = nh3.clean(
        html,
        tags=_TAGS if shift_headings else _TAGS | {"h1", "h2"},
        attributes=_ATTRIBUTES,
        url_schemes=_SCHEMES,
        link_rel="nofollow noopener noreferrer",
        strip_comments=True,
    )
    return Markup(clean)


#: Text with none of Markdown's marks, list numbers or entities: as plain text it is itself.
_NO_MARKDOWN = re.compile(r"[^\\`*_\[\]<>#!&|~=+\-\u00a0]*")
_LIST_NUMBER = re.compile(r"^\s*\d+[.)]", re.M)


@functools.lru_cache(maxsize=1024)
def plain_text(text: str, limit: int = 300) -> str:
    """Markdown reduced to plain text (for meta descriptions and exports).

    A page asks for its summary twice (meta description and structured data);
    most summaries are one plain sentence, which skips Markdown (0.2 ms a call).
    """
    if _NO_MARKDOWN.fullmatch(text) and not _LIST_NUMBER.search(text):
        text = " ".join(text.split())
    else:
        text = " ".join(nh3.clean(_md.reset().convert(text), tags=set()).split())
        # nh3 leaves entities such as &amp; in place; the caller escapes once more.
        text = html.unescape(text)
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


_LINK = re.compile(r'<a href="([^"]*)"[^>]*>(.*?)</a>', re.S)


def offline_links(html_text: Markup, scan: Callable[[str, str], Markup]) -> Markup:
    """Turn links that leave the site into their text, with a QR code of each after the text.

    A kiosk visitor cannot follow a link to another site, but can scan it with a
    phone. Links inside the site (relative) stay links.
    """
    found: list[tuple[str, str]] = []

    def replace(match: re.Match[str]) -> str:
        href, text = match.group(1), match.group(2)
        if "://" not in href and not href.startswith(("mailto:", "tel:", "//")):
            return match.group(0)
        target = html.unescape(href)
        if target not in (url for url, _ in found):
            found.append((target, html.unescape(re.sub(r"<[^>]+>", "", text))))
        return f'<span class="sr-offline-link">{text}</span>'

    body = _LINK.sub(replace, str(html_text))
    if not found:
        return Markup(body)
    codes = "".join(str(scan(url, label)) for url, label in found)
    return Markup(f'{body}<div class="sr-scan-row">{codes}</div>')
