"""Pure functions for slugs, URLs and the output paths they map to."""

from __future__ import annotations

import posixpath
import re
import unicodedata

#: Single pages whose URL folder is a section name (page kind -> section).
SINGLE_PAGES = {
    "search": "search",
    "statistics": "statistics",
    "opendata": "open_data",
    "catalogue": "catalogue",
    "shortlist": "shortlist",
}
#: The site's top folders that hold no page: the theme's files, share cards, photos, QR codes
#: and contact cards. A section or content page of the first language there would be lost.
RESERVED_FOLDERS = ("assets", "cards", "media", "qr", "vcard")
#: Page kinds that live in a URL section; the rest are at fixed places.
SECTION_OF = {
    "product": "products",
    "facility": "facilities",
    "district": "districts",
    "unit": "units",
    "group": "groups",
    "round": "rounds",
}


def slugify(text: str, max_length: int = 60) -> str:
    """Make an id from Vietnamese text: ``Đ``→``d``, diacritics dropped, hyphens."""
    text = text.replace("Đ", "D").replace("đ", "d")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug


def lang_prefix(lang: str, languages: list[str]) -> str:
    """The URL folder of a language: the default one is at the root."""
    return "" if lang == languages[0] else f"{lang}/"


def page_path(kind: str, ident: str, lang: str, sections: dict[str, dict[str, str]]) -> str:
    """The site-relative URL of a page inside its language, e.g. ``san-pham/x/``.

    ``kind`` is a record kind (product, facility, …), ``index:<section>`` for a
    section's listing, ``home``, ``search`` or ``page`` (``ident`` is its slug).
    """
    if kind == "home":
        return ""
    if kind == "page":
        return f"{ident}/"
    if kind in SINGLE_PAGES:
        return f"{_section(sections, SINGLE_PAGES[kind], lang)}/"
    if kind == "catalogue-part":
        return f"{_section(sections, 'catalogue', lang)}/{ident}/"
    if kind.startswith("index:"):
        return f"{_section(sections, kind[6:], lang)}/"
    return f"{_section(sections, SECTION_OF[kind], lang)}/{ident}/"


def _section(sections: dict[str, dict[str, str]], name: str, lang: str) -> str:
    names = sections.get(name)
    if not names:
        return name.replace("_", "-")  # an optional section left out of site_config.yml
    return names.get(lang) or next(iter(names.values()))


def doc_file(path: str) -> str:
    """The Markdown source that MkDocs turns into ``path`` (directory URLs).

    ``x/y/`` comes from ``x/y.md``, not ``x/y/index.md``: MkDocs makes the same page
    of either, and a folder per source file cost a ``mkdir`` per page (about 0.3 ms
    each on the benchmark machine's disk, 9 s of a 20,000-product build).
    """
    if not path:
        return "index.md"
    return f"{path[:-1]}.md" if path.endswith("/") else f"{path}.md"


def page_file(path: str) -> str:
    """The HTML file of a site-relative page URL (directory URLs)."""
    return f"{path}index.html" if path.endswith("/") or not path else path


def html_file(lang: str, path: str, languages: list[str]) -> str:
    """The site-relative HTML file of a page of language ``lang`` (``path`` from ``page_path``)."""
    return page_file(lang_prefix(lang, languages) + path)


def relative_url(from_path: str, to_path: str) -> str:
    """A link from one site-relative page URL to another, e.g. ``../../en/x/``.

    Relative links keep the site working from any base URL, from a sub-folder
    and from the kiosk's local server. Called for every link of every page, so
    it works on the segments directly rather than through ``posixpath.relpath``.
    """
    from_dir = from_path if from_path.endswith("/") or not from_path else posixpath.dirname(from_path) + "/"
    here = from_dir.strip("/").split("/") if from_dir.strip("/") else []  # "a/b/" -> ["a", "b"]
    there = to_path.split("/")
    if to_path.endswith("/"):
        there.pop()  # "x/y/" -> ["x", "y"]
    elif not to_path:
        there = []
    common = 0
    while common < len(here) and common < len(there) and here[common] == there[common]:
        common += 1
    rel = "/".join([".."] * (len(here) - common) + there[common:])
    if to_path.endswith("/") or not to_path:
        return rel + "/" if rel else "./"
    return rel or "."


def absolute_url(base_url: str, path: str) -> str:
    """The public URL of a site-relative path."""
    return base_url.rstrip("/") + "/" + path
