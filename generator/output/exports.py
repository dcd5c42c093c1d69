"""Exports stage: open data (its rows made in ``open_data``), sitemap, feeds, vCards,
QR codes and redirects for the built site. The sitemap lists
every page once with its ``hreflang`` twins; an Atom feed per language has an
entry per certification, newest decision first.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import operator
import os
import re
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from markupsafe import escape

from ..media import qrcodes
from ..pages.formats import tel_href
from ..pages.urls import absolute_url, lang_prefix, page_file, relative_url
from ..records.certifications import Cert, certifications
from ..records.links import Links, public_url
from ..records.model import Catalogue, Record, pick_language
from .files import remove_others, write_whole
from .open_data import (
    certification_columns,
    csv_file,
    csv_text,
    dict_values,
    facility_row,
    json_array,
    product_exports,
)

#: How many certifications the Atom feed lists, newest decision first.
FEED_ENTRIES = 200


#: Pages a search engine has nothing to find on: the shortlist shows only what its address names.
UNLISTED = frozenset({"shortlist"})


#: What XML escapes in a text or an attribute; page URLs hardly ever hold one.
_SPECIAL = re.compile("[&<>\"'\n\r\t]")


def _xml_text(url: str) -> str:
    # The standard library's escaping, called only where it changes something: calling it on
    # each of the 160,000 URLs of the sitemap took 0.7 s at 20,000 products.
    return xml_escape(url) if _SPECIAL.search(url) else url


def _xml_attribute(url: str) -> str:
    return quoteattr(url) if _SPECIAL.search(url) else f'"{url}"'


def sitemap(catalogue: Catalogue, links: Links) -> str:
    """``sitemap.xml``: every page once per language with all its twins."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    for kind, ident in links.paths:
        if kind in UNLISTED:
            continue
        urls = [public_url(catalogue, kind, ident, lang) for lang in catalogue.languages]
        # Each URL escaped once, not once per twin (53,000 pages at 20,000 products).
        twins = [
            f'<xhtml:link rel="alternate" hreflang="{lang}" href={_xml_attribute(url)}/>'
            for lang, url in zip(catalogue.languages, urls, strict=True)
        ]
        for url in urls:
            out += (f"<url><loc>{_xml_text(url)}</loc>", *twins, "</url>")
    out.append("</urlset>")
    return "\n".join(out) + "\n"


def feed_events(catalogue: Catalogue) -> list[tuple[Record, Cert]]:
    """The certifications the Atom feed lists: newest decision first, then by product id and
    programme; at most ``FEED_ENTRIES``."""
    events = ((product, cert) for product in catalogue.products.values() for cert in certifications(product))
    return heapq.nsmallest(
        FEED_ENTRIES,
        events,
        key=lambda e: (-e[1]["date"].toordinal(), e[0].id, e[1]["programme"], -e[1]["year"], -e[1]["round"]),
    )


def atom_feed(
    catalogue: Catalogue, links: Links, lang: str, title: str, events: list[tuple[Record, Cert]] | None = None
) -> str:
    """An Atom feed of certifications, one entry each (a product's later win is news too),
    newest decision first; ``events`` are ``feed_events``, made once for every language."""
    events = feed_events(catalogue) if events is None else events
    languages = catalogue.languages
    feed_url = absolute_url(catalogue.config["base_url"], lang_prefix(lang, languages) + "feed.xml")
    updated = events[0][1]["date"] if events else dt.date(2000, 1, 1)
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">',
        f"<title>{xml_escape(title)}</title>",
        f"<id>{xml_escape(feed_url)}</id>",
        f'<link rel="self" href={quoteattr(feed_url)}/>',
        f"<updated>{updated.isoformat()}T00:00:00Z</updated>",
    ]
    for product, cert in events:
        url = public_url(catalogue, "product", product.id, lang)
        name = pick_language(product.data["name"], lang, languages)[0]
        summary = pick_language(product.data["summary"], lang, languages)[0]
        programme = catalogue.config["programmes"][cert["programme"]]
        level = pick_language(programme["levels"][cert["level"]]["name"], lang, languages)[0]
        award = f"{pick_language(programme['name'], lang, languages)[0]} — {level} {cert['year']} ({cert['decision']})"
        # A certification is one per programme, year and round: its entry keeps its id.
        entry_id = f"{url}#{cert['programme']}-{cert['year']}-{cert['round']}"
        entry_title = f"{name} — {level} {cert['year']}"
        out += [
            "<entry>",
            f"<title>{xml_escape(entry_title)}</title>",
            f"<id>{xml_escape(entry_id)}</id>",
            f"<link href={quoteattr(url)}/>",
            f"<updated>{cert['date'].isoformat()}T00:00:00Z</updated>",
            f"<summary>{xml_escape(award + '. ' + summary)}</summary>",
            "</entry>",
        ]
    out.append("</feed>")
    return "\n".join(out) + "\n"


def redirect_page(target: str) -> str:
    """A small page that sends visitors (and search engines) to a record's new URL."""
    href = escape(target)
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>→</title>'
        f'<link rel="canonical" href="{href}"><meta name="robots" content="noindex">'
        f'<meta http-equiv="refresh" content="0; url={href}"></head>'
        f'<body><a href="{href}">{href}</a></body></html>\n'
    )


def write_exports(
    catalogue: Catalogue, links: Links, site: Path, cache: Path, held: dict[str, str] | None = None
) -> dict[str, str]:
    """Write open data, sitemap, robots.txt, feeds and redirects; return the files and the
    digests of their bytes.

    ``held`` are the files a spare site folder holds and their digests: one whose
    bytes would be the same is not read to compare (6,700 vCards at 20,000 products).
    """
    written: dict[str, str] = {}
    held = held or {}

    def put(rel: str, text: str) -> None:
        # The site may be a spare one: a file already right stays; another is replaced,
        # never written into (it may be a hard link shared with the published site).
        target, data = f"{site}/{rel}", text.encode("utf-8")
        digest = written[rel] = hashlib.blake2b(data, digest_size=16).hexdigest()
        if held.get(rel) == digest and os.path.isfile(target):
            return
        if rel in held:  # the spare's file holds other bytes: no need to read them (products.json: 20 MB)
            write_whole(Path(target), data)
            return
        try:
            with open(target, "rb") as handle:
                same = handle.read() == data
        except FileNotFoundError:
            same = False
            os.makedirs(os.path.dirname(target), exist_ok=True)
        if not same:
            write_whole(Path(target), data)

    columns, exports = product_exports(catalogue, links, cache)
    put("products.json", json_array([export.json_line for export in exports]))
    put("products.csv", csv_file(columns, [export.csv_line for export in exports]))
    by_id = sorted(zip(catalogue.products, exports, strict=True), key=operator.itemgetter(0))
    put(
        "certifications.csv",
        csv_file(certification_columns(catalogue.languages), [e.certification_lines for _, e in by_id]),
    )
    facilities = [facility_row(catalogue, links, f) for f in catalogue.facilities.values()]
    facility_columns = list(facilities[0]) if facilities else ["id"]
    put("facilities.csv", csv_text(facility_columns, dict_values(facilities, facility_columns)))
    events = feed_events(catalogue)
    for lang in catalogue.languages:
        title = pick_language(catalogue.config["site_name"], lang, catalogue.languages)[0]
        put(lang_prefix(lang, catalogue.languages) + "feed.xml", atom_feed(catalogue, links, lang, title, events))
    for facility_id in catalogue.facilities:
        put(f"vcard/{facility_id}.vcf", vcard(catalogue, links, facility_id))
    write_qr_codes(catalogue, links, site, cache)
    put("sitemap.xml", sitemap(catalogue, links))
    put(
        "robots.txt", f"User-agent: *\nAllow: /\nSitemap: {absolute_url(catalogue.config['base_url'], 'sitemap.xml')}\n"
    )
    for old, new in sorted(links.redirects.items()):
        lang, _, old_path = old.partition(":")
        prefix = lang_prefix(lang, catalogue.languages)
        put(
            prefix + page_file(old_path),
            redirect_page(relative_url(prefix + old_path, prefix + new)),
        )
    return written


def write_qr_codes(catalogue: Catalogue, links: Links, site: Path, cache: Path) -> None:
    """A PNG QR code of every product and facility page, large enough to print on labels.

    A code depends on its page's URL only, made of the record's id and the site's
    configuration. A site folder holding codes already (a spare site, which is only
    taken with the same configuration) keeps those of the records it had: at 20,000
    products that spares checking 53,000 files.
    """
    codes = []
    for kind, records in (("product", catalogue.products), ("facility", catalogue.facilities)):
        folder = site / "qr" / kind
        folder.mkdir(parents=True, exist_ok=True)
        present, wanted = set(os.listdir(folder)), set()
        for ident in records:
            for lang in catalogue.languages:
                name = f"{ident}.{lang}.png"
                wanted.add(name)
                if name not in present:
                    codes.append((public_url(catalogue, kind, ident, lang), f"{folder}/{name}"))
        remove_others(folder, wanted)
    qrcodes.pngs(codes, cache / "qr")


def _vcard_text(value: str) -> str:
    """Escape a vCard value (RFC 6350: backslash, comma, semicolon, newline)."""
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def vcard(catalogue: Catalogue, links: Links, facility_id: str) -> str:
    """A vCard 3.0 of a facility, for a phone's address book."""
    facility = catalogue.facilities[facility_id]
    lang0 = catalogue.languages[0]
    place = catalogue.place_of(facility)  # its current unit, else its former district
    name = _vcard_text(facility.data["name"][lang0])
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{name}", f"ORG:{name}"]
    if facility.get("representative"):
        lines.append(f"NOTE:{_vcard_text(facility.data['representative'])}")
    lines.append(f"TEL;TYPE=WORK,VOICE:{tel_href(facility.data['phone'])[4:]}")
    if facility.get("zalo"):
        lines.append(f"TEL;TYPE=CELL:{tel_href(facility.data['zalo'])[4:]}")
    if facility.get("email"):
        lines.append(f"EMAIL;TYPE=INTERNET:{facility.data['email']}")
    address = _vcard_text(facility.data["address"][lang0])
    locality = _vcard_text(place.data["name"][lang0])
    lines.append(f"ADR;TYPE=WORK:;;{address};{locality};;;Việt Nam")
    if facility.get("geo"):
        lines.append(f"GEO:{facility.data['geo']['lat']};{facility.data['geo']['lon']}")
    lines.append(
        f"URL:{facility.data['website'] if facility.get('website') else public_url(catalogue, 'facility', facility.id, lang0)}"
    )
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"
