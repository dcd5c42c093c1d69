"""Exports stage: open data, sitemap, feeds and redirects for the built site.

``products.json``, ``products.csv``, ``certifications.csv`` and
``facilities.csv`` carry every language and the page URLs; the CSV files start
with a BOM so spreadsheet software shows Vietnamese correctly. A product's flat
columns describe its newest certification and the main trade facts;
``products.json`` also carries the list of every certification and every trade
fact, and ``certifications.csv`` has one row per certification.
Exports are not given the build date, so nothing in them says whether a
certification is current (its ``expires`` says when it ends). The sitemap lists
every page once with its ``hreflang`` twins; an Atom feed per language has an
entry per certification, newest decision first.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import heapq
import io
import json
import operator
import os
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from markupsafe import escape

from ..media import qrcodes
from ..pages.formats import tel_href
from ..pages.urls import absolute_url, lang_prefix, page_file, relative_url
from ..records.certifications import Cert, certifications, history
from ..records.links import Links, public_url
from ..records.model import Catalogue, Record, pick_language
from ..records.trade import longest_food_safety, trade
from .files import remove_others, write_whole


def _text(value: dict[str, str] | None, lang: str) -> str:
    return (value or {}).get(lang, "")


#: How many certifications the Atom feed lists, newest decision first.
FEED_ENTRIES = 200


def product_row(catalogue: Catalogue, product: Record) -> dict[str, Any]:
    """One flat row of a product with every language and its page URLs.

    Its certification columns are those of the newest certification (the latest
    decision): exports do not know the build date, so not which ones are current.
    ``products.json`` adds the list of every one, ``certifications.csv`` a row each.
    """
    facility = catalogue.facilities[product.data["facility"]]
    cert = history(product)[0]
    row: dict[str, Any] = {"id": product.id, "kind": product.data["kind"], "group": product.data["group"]}
    for lang in catalogue.languages:
        row[f"name_{lang}"] = _text(product.data["name"], lang)
        row[f"summary_{lang}"] = _text(product.data["summary"], lang)
    row |= {
        "facility": facility.id,
        "facility_name": _text(facility.data["name"], catalogue.languages[0]),
        "unit": facility.get("unit", ""),
        "district": facility.get("district", ""),
        "programme": cert["programme"],
        "level": cert["level"],
        "round": cert["round"],
        "year": cert["year"],
        "decision": cert["decision"],
        "decision_date": cert["date"].isoformat(),
        "expires": cert["expires"].isoformat() if cert.get("expires") else "",
        "first_entry": bool(product.get("first_entry")),
        "price_min": (product.get("price") or {}).get("min", ""),
        "price_max": (product.get("price") or {}).get("max", ""),
        "phone": facility.data["phone"],
    }
    row |= trade_columns(catalogue, product)
    for lang in catalogue.languages:
        row[f"url_{lang}"] = public_url(catalogue, "product", product.id, lang)
    return row


def trade_columns(catalogue: Catalogue, product: Record) -> dict[str, Any]:
    """A product's trade facts as flat columns (empty when it has none): minimum order and monthly
    capacity with their units per language, barcode, the food-safety certificate that runs longest
    and its end, export markets (codes separated by spaces) and lead time.

    ``products.json`` carries every trade fact (``trade_item``).
    """
    facts = trade(product)
    moq, capacity = facts.get("moq") or {}, facts.get("capacity") or {}
    row: dict[str, Any] = {"moq": moq.get("quantity", "")}
    row |= {f"moq_unit_{lang}": _text(moq.get("unit"), lang) for lang in catalogue.languages}
    row["capacity"] = capacity.get("quantity", "")
    row |= {f"capacity_unit_{lang}": _text(capacity.get("unit"), lang) for lang in catalogue.languages}
    food_safety = longest_food_safety(product, catalogue.config)
    expires = food_safety.get("expires") if food_safety else None
    row |= {
        "gtin": facts.get("gtin", ""),
        "food_safety_certificate": f"{food_safety['kind']} {food_safety['number']}" if food_safety else "",
        "food_safety_expires": expires.isoformat() if expires else "",
        "export_markets": " ".join(facts.get("export_markets", [])),
        "lead_time_days": facts.get("lead_time_days", ""),
    }
    return row


def trade_item(product: Record) -> dict[str, Any]:
    """A product's trade facts as the object ``trade`` of ``products.json`` ({} when it has none)."""
    facts = dict(trade(product))
    if "certificates" in facts:
        facts["certificates"] = [
            cert | {"expires": cert["expires"].isoformat()} if cert.get("expires") else cert
            for cert in facts["certificates"]
        ]
    return facts


def with_rounds(links: Links, product: Record) -> list[tuple[Cert, str]]:
    """A product's certifications, newest decision first, each with its round's id."""
    rounds = dict(zip(map(id, certifications(product)), links.product_rounds[product.id], strict=True))
    return [(cert, rounds[id(cert)]) for cert in history(product)]


def certification_item(cert: Cert, round_id: str) -> dict[str, Any]:
    """One certification as an object of a product's ``certifications`` in ``products.json``."""
    return {
        "programme": cert["programme"],
        "level": cert["level"],
        "round": cert["round"],
        "round_id": round_id,
        "year": cert["year"],
        "decision": cert["decision"],
        "date": cert["date"].isoformat(),
        "expires": cert["expires"].isoformat() if cert.get("expires") else None,
    }


def certification_columns(languages: list[str]) -> list[str]:
    """The columns of ``certifications.csv``."""
    return [
        "product_id",
        *(f"name_{lang}" for lang in languages),
        "programme",
        *(f"programme_name_{lang}" for lang in languages),
        "level",
        *(f"level_name_{lang}" for lang in languages),
        "round",
        "round_id",
        "year",
        "decision",
        "date",
        "expires",
        *(f"url_{lang}" for lang in languages),
    ]


def certification_rows(
    catalogue: Catalogue, products: list[dict[str, Any]], items: dict[str, list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """One row per certification with the product's name, the programme's and level's names
    in every language and the product page's URLs; by product id, then decision date.

    Made of the products' rows (``product_row``) and their certifications
    (``certification_item``, by product id), which the other exports make anyway.
    """
    languages = catalogue.languages
    programmes = catalogue.config["programmes"]
    programme_names = {
        pid: {f"programme_name_{lang}": _text(programme["name"], lang) for lang in languages}
        for pid, programme in programmes.items()
    }
    level_names = {
        (pid, lid): {f"level_name_{lang}": _text(level["name"], lang) for lang in languages}
        for pid, programme in programmes.items()
        for lid, level in programme["levels"].items()
    }
    rows = []
    for product in sorted(products, key=operator.itemgetter("id")):
        names = {f"name_{lang}": product[f"name_{lang}"] for lang in languages}
        urls = {f"url_{lang}": product[f"url_{lang}"] for lang in languages}
        held = sorted(items[product["id"]], key=operator.itemgetter("date", "programme", "year", "round"))
        for cert in held:
            rows.append(
                {
                    "product_id": product["id"],
                    **names,
                    "programme": cert["programme"],
                    **programme_names[cert["programme"]],
                    "level": cert["level"],
                    **level_names[cert["programme"], cert["level"]],
                    "round": cert["round"],
                    "round_id": cert["round_id"],
                    "year": cert["year"],
                    "decision": cert["decision"],
                    "date": cert["date"],
                    "expires": cert["expires"] or "",
                    **urls,
                }
            )
    return rows


def facility_row(catalogue: Catalogue, links: Links, facility: Record) -> dict[str, Any]:
    """One flat row of a facility with contact and page URLs."""
    row: dict[str, Any] = {"id": facility.id, "type": facility.data["type"]}
    row |= {"unit": facility.get("unit", ""), "district": facility.get("district", "")}
    for lang in catalogue.languages:
        row[f"name_{lang}"] = _text(facility.data["name"], lang)
        row[f"address_{lang}"] = _text(facility.data["address"], lang)
        row[f"former_address_{lang}"] = _text(facility.get("former_address"), lang)
    for key in ("phone", "zalo", "email", "website", "representative"):
        row[key] = facility.get(key, "")
    row["products"] = len(links.facility_products.get(facility.id, []))
    for lang in catalogue.languages:
        row[f"url_{lang}"] = public_url(catalogue, "facility", facility.id, lang)
    return row


def open_data_columns(catalogue: Catalogue, links: Links, kind: str) -> list[str]:
    """The column names of ``products.csv``, ``certifications.csv`` or ``facilities.csv``.

    Every row has the same columns, so one row says them: the open data page is
    rebuilt on every edit, and making every row took seconds at 20,000 products.
    """
    if kind == "certifications":
        return certification_columns(catalogue.languages)
    if kind == "products":
        first = next(iter(catalogue.products.values()), None)
        return list(product_row(catalogue, first)) if first else []
    first = next(iter(catalogue.facilities.values()), None)
    return list(facility_row(catalogue, links, first)) if first else []


def _json_lines(rows: list[dict[str, Any]]) -> str:
    """A JSON array with one object per line: readable, and written by the C encoder
    (``indent`` switches to the pure-Python one, seconds at 20,000 products)."""
    lines = [json.dumps(row, ensure_ascii=False, sort_keys=True) for row in rows]
    return "[\n" + ",\n".join(lines) + "\n]\n"


def _csv(rows: list[dict[str, Any]], columns: list[str] | None = None) -> str:
    """CSV with a header row; every row has the same columns (``product_row``, ``facility_row``),
    ``columns`` when given (the header of a file without rows)."""
    buffer = io.StringIO()
    columns = columns or (list(rows[0]) if rows else ["id"])
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    # One itemgetter in C for every row: DictWriter checks each row's keys in Python
    # (0.4 s at 20,000 products).
    writer.writerows(map(operator.itemgetter(*columns), rows) if len(columns) > 1 else ([r[columns[0]]] for r in rows))
    return "\ufeff" + buffer.getvalue()


#: Pages a search engine has nothing to find on: the shortlist shows only what its address names.
UNLISTED = frozenset({"shortlist"})


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
            f'<xhtml:link rel="alternate" hreflang="{lang}" href={quoteattr(url)}/>'
            for lang, url in zip(catalogue.languages, urls, strict=True)
        ]
        for url in urls:
            out += (f"<url><loc>{xml_escape(url)}</loc>", *twins, "</url>")
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
        try:
            with open(target, "rb") as handle:
                same = handle.read() == data
        except FileNotFoundError:
            same = False
            os.makedirs(os.path.dirname(target), exist_ok=True)
        if not same:
            write_whole(Path(target), data)

    records = catalogue.products.values()
    products = [product_row(catalogue, product) for product in records]
    items = {p.id: [certification_item(*pair) for pair in with_rounds(links, p)] for p in records}
    trades = {p.id: trade_item(p) for p in records}
    put(
        "products.json",
        _json_lines([row | {"certifications": items[row["id"]], "trade": trades[row["id"]]} for row in products]),
    )
    put("products.csv", _csv(products))
    rows = certification_rows(catalogue, products, items)
    put("certifications.csv", _csv(rows, certification_columns(catalogue.languages)))
    put("facilities.csv", _csv([facility_row(catalogue, links, f) for f in catalogue.facilities.values()]))
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
