"""Link stage: resolve references into back-references and URLs.

Products point at facilities, facilities at their current unit and former
district, districts at the units that succeeded them, products at rounds;
this stage computes the reverse lists (a facility's products, a district's
facilities…), the URL of every page in every language, and the redirects kept
for renamed records.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import islice

from ..pages.urls import RESERVED_FOLDERS, SINGLE_PAGES, absolute_url, lang_prefix, page_path
from .certifications import certifications, round_key
from .diagnostics import Mark, Report
from .model import Catalogue, Record

KIND_OF = {
    "products": "product",
    "facilities": "facility",
    "districts": "district",
    "units": "unit",
    "rounds": "round",
}


@dataclass
class CataloguePart:
    """One page of a printable catalogue that comes in parts: ``number`` of ``of`` for its group."""

    group: str
    number: int
    of: int
    products: list[str]


@dataclass
class Links:
    """Back-references between records and the URL of every page."""

    facility_products: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    district_facilities: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    district_products: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    unit_facilities: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    unit_products: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    #: The former districts that a current unit now covers (part of), from their ``successors``.
    unit_districts: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    group_products: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    #: Where each product stands in its group's list (``group_products``): its neighbours there are its related products.
    group_place: dict[str, int] = field(default_factory=dict)
    #: The products certified in each round: a product is on every round page it won.
    round_products: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    #: The round id of each of a product's certifications, in the record's order.
    product_rounds: dict[str, list[str]] = field(default_factory=dict)
    #: Parts of the printable catalogue, when it has more products than a listing shows:
    #: "<group>-<n>" -> its part. A printout of tens of thousands of products on one page
    #: would be tens of megabytes, and rebuilt at every edit.
    catalogue_parts: dict[str, CataloguePart] = field(default_factory=dict)
    #: (page kind, id) -> {lang: site-relative path}
    paths: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    #: old site-relative path -> new one, per language, from ``aliases``
    redirects: dict[str, str] = field(default_factory=dict)

    def path(self, kind: str, ident: str, lang: str) -> str:
        """The site-relative URL of a page in a language."""
        return self.paths[(kind, ident)][lang]


def public_url(catalogue: Catalogue, kind: str, ident: str, lang: str) -> str:
    """The permanent public URL of a page (for QR codes, feeds, sitemaps and meta)."""
    path = lang_prefix(lang, catalogue.languages) + catalogue.links.path(kind, ident, lang)
    return absolute_url(catalogue.config["base_url"], path)


#: How many other products of its facility, then of its group, a product page shows.
RELATED = 4


def related(links: Links, product: Record, count: int = RELATED) -> tuple[list[str], list[str]]:
    """Up to ``count`` other products of the same facility, then up to ``count`` of the same
    group: those that follow it in the group's name order (after the last, the first).

    Its neighbours, not the group's first products: those would stand on every page of the
    group (5,000 pages a language at 20,000 products), and a product renamed to the head of
    its group would change them all. Stops at ``count``: a group holds thousands of products.
    """
    same = list(islice((i for i in links.facility_products[product.data["facility"]] if i != product.id), count))
    taken = {product.id, *same}
    group = links.group_products[product.data["group"]]
    after = links.group_place[product.id] + 1
    following = (group[(after + step) % len(group)] for step in range(len(group)))
    similar = list(islice((i for i in following if i not in taken), count))
    return same, similar


def id_number(ident: str, salt: bytes = b"") -> int:
    """A number fixed by a record's id alone, so an edit never moves the record: it picks a
    product's part of the search index and where the printable catalogue's parts end
    (each with its own ``salt``, so the two choices do not follow each other)."""
    return int.from_bytes(hashlib.blake2b(ident.encode(), digest_size=4, person=salt).digest(), "big")


def cut_catalogue(ids: list[str], size: int) -> list[list[str]]:
    """Cut one group's products, in name order, into parts of the printable catalogue of at
    most ``size`` (about half that on average).

    A part ends after a product its id picks (one in ``size // 4``, once the part holds
    that many), not after every ``size`` products: a renamed product moves from one part
    to another and changes those two, where cuts by count would shift every part between
    its old and new place in the order (twenty-odd pages at 20,000 products).
    """
    least = max(1, size // 4)
    pieces: list[list[str]] = [[]]
    for ident in ids:
        piece = pieces[-1]
        piece.append(ident)
        if len(piece) == size or (len(piece) >= least and id_number(ident, b"catalogue") % least == 0):
            pieces.append([])
    return [piece for piece in pieces if piece]


def _sort_key(record: Record) -> tuple[tuple[str, str, str], str]:
    return record.order, record.id


def link(catalogue: Catalogue, report: Report) -> Links:
    """Compute back-references, page URLs and redirects; report URL collisions."""
    links = Links()
    lang0 = catalogue.languages[0]
    rounds = {(r.data["programme"], r.data["year"], r.data["number"]): r.id for r in catalogue.rounds.values()}
    for product in sorted(catalogue.products.values(), key=_sort_key):
        facility = catalogue.facilities[product.data["facility"]]
        links.facility_products[facility.id].append(product.id)
        if facility.get("district"):
            links.district_products[facility.data["district"]].append(product.id)
        if facility.get("unit"):
            links.unit_products[facility.data["unit"]].append(product.id)
        links.group_place[product.id] = len(links.group_products[product.data["group"]])
        links.group_products[product.data["group"]].append(product.id)
        won = links.product_rounds[product.id] = [rounds[round_key(c)] for c in certifications(product)]
        for round_id in dict.fromkeys(won):
            links.round_products[round_id].append(product.id)
    for facility in sorted(catalogue.facilities.values(), key=_sort_key):
        if facility.get("district"):
            links.district_facilities[facility.data["district"]].append(facility.id)
        if facility.get("unit"):
            links.unit_facilities[facility.data["unit"]].append(facility.id)
    for district in sorted(catalogue.districts.values(), key=_sort_key):
        for unit in district.get("successors", []):
            links.unit_districts[unit].append(district.id)
    size = catalogue.config["listing_cards"]
    if len(catalogue.products) > size:
        for group in catalogue.config["groups"]:
            pieces = cut_catalogue(links.group_products.get(group, []), size)
            for number, products in enumerate(pieces, 1):
                links.catalogue_parts[f"{group}-{number}"] = CataloguePart(group, number, len(pieces), products)

    sections = catalogue.config["sections"]
    owners: dict[str, str] = {}
    # The first language's pages are at the top of the site, beside the other languages' folders.
    taken = {folder: "a folder of the site" for folder in RESERVED_FOLDERS}
    taken |= {lang: f"the folder of the {lang} pages" for lang in catalogue.languages[1:]}
    clashes: dict[str, tuple[Mark, str]] = {}  # a section's once, not once per record in it

    def add(kind: str, ident: str, source: str, mark: Mark) -> None:
        paths = {lang: page_path(kind, ident, lang, sections) for lang in catalogue.languages}
        for lang, path in paths.items():
            full = f"{lang}:{path}"
            if full in owners:
                report.error(mark, "", f"its page /{path} would overwrite the page of {owners[full]}", "rename one")
            top = path.split("/", 1)[0]
            if lang == lang0 and top in taken:
                clashes.setdefault(top, (mark, path) if kind == "page" else (Mark("site_config.yml"), f"{top}/"))
            owners[full] = source
        links.paths[(kind, ident)] = paths

    add("home", "", "the home page", Mark("site_config.yml"))
    for kind in SINGLE_PAGES:
        add(kind, "", f"the {kind} page", Mark("site_config.yml"))
    for section in ("products", "facilities", "districts", "units", "rounds", "groups"):
        add(f"index:{section}", "", f"the {section} listing", Mark("site_config.yml"))
    for group in catalogue.config["groups"]:
        add("group", group, f"group {group}", Mark("site_config.yml"))
    for part in links.catalogue_parts:
        add("catalogue-part", part, f"part {part} of the printable catalogue", Mark("site_config.yml"))
    for kind, records in catalogue.records.items():
        for record in records.values():
            add(KIND_OF[kind], record.id, record.rel, Mark(record.rel))
    for slug in catalogue.page_slugs():
        rel = catalogue.page(slug, lang0).rel
        add("page", slug, rel, Mark(rel))
    for top, (mark, path) in clashes.items():
        report.error(mark, "", f"its page /{path} would be in /{top}/, {taken[top]}", "rename it")
    for kind, records in catalogue.records.items():
        for record in records.values():
            for alias in record.get("aliases", []):
                for lang in catalogue.languages:
                    old = page_path(KIND_OF[kind], alias, lang, sections)
                    links.redirects[f"{lang}:{old}"] = links.path(KIND_OF[kind], record.id, lang)
    catalogue.links = links
    return links
