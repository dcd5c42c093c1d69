"""Page keys: a digest of everything a page shows, so a page whose key is unchanged is kept.

A product page shows its product, facility and the facility's places (current
unit, former district) whole, its rounds and its related products' cards; a
facility page its facility and places whole and its products' cards; a
district or unit page itself whole, the names of the units that succeeded it
(or the districts it was part of), and its facilities' and products' cards; a content
page its own text; the printable catalogue (and each of its parts) its whole products,
and the cover of a catalogue in parts how many products each part has and the names of
the first and last; the producers listing its facilities' cards and places; the
products listing and a group's page each group's count and first cards; the
shortlist page no record at all (its script reads the products' own pages);
every other page (home, the other listings, rounds, statistics) what the whole
catalogue's cards and counts show.

Each record therefore has two digests: ``full``, of everything in it, and
``listed``, without its detail fields (``Field.detail``), for
cards, listings and counts. When only full digests changed (a summary, a
phone number, a story), the links between records are as they were, so only
the pages that show those records whole get new keys; the others keep theirs
from the published build (``PageKeys.keys``). When only products and facilities changed as
cards show them (a name, a level, a place), the pages keyed again are also those showing
their cards (a facility's: its products' cards too) and those standing near them in their
groups' and facilities' name order, before and after (the state keeps those orders and
where each facility was). The tests check both ways of keying against each other.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from ..media.photos import Photo
from ..records.certifications import status
from ..records.links import RELATED, related
from ..records.model import Catalogue
from ..records.trade import status as trade_status
from .digests import digest, join_digest
from .state import BuildState


class PageKeys:
    """Record digests (data and photos) and the page keys made of them.

    A page's share card is not in its key: everything drawn on it (name,
    facility, district, certification, photo, settings) is.
    """

    def __init__(self, catalogue: Catalogue, photos: dict[tuple[str, str], Photo], day: dt.date) -> None:
        self.cat, self.links = catalogue, catalogue.links
        photo_keys: dict[str, list[str]] = defaultdict(list)
        for (rel, file), photo in photos.items():
            photo_keys[rel] += (file, photo.key)
        self.full: dict[tuple[str, str], str] = {}
        self.listed: dict[tuple[str, str], str] = {}
        for kind, records in catalogue.records.items():
            for record in records.values():
                # The file's digest stands for its values (the languages are in the global digest).
                content = record.digest or digest(record.data)
                photos_of = [str(len(photo_keys[record.rel])), *photo_keys[record.rel]]
                # The date is in no key: which certifications have ended is part of the product,
                # so a new day rebuilds only the pages of the products whose status changed that day.
                # A trade certificate shows on the pages of the whole product only (it is a detail).
                ended = status(record, day) if kind == "products" else ""
                closed = trade_status(record, day) if kind == "products" else ""
                whole = f"{ended}/{closed}" if closed else ended
                self.full[(kind, record.id)] = join_digest([record.id, content, whole, *photos_of])
                self.listed[(kind, record.id)] = join_digest([record.id, record.listed or content, ended, *photos_of])
        self._everything = ""
        self._whole_catalogue = ""
        self._cards: dict[str, str] = {}
        self._facility_cards: dict[str, str] = {}
        self._places: dict[str, list[tuple[str, str]]] = {}
        self._wholes: dict[str, list[str]] = {}
        self._card_inputs: dict[tuple[str, str, str], str] | None = None
        self._carded_since: tuple[BuildState | None, list[str] | None] | None = None
        self._placed: tuple[dict[str, str], dict[str, str]] | None = None

    def everything(self) -> str:
        """What the whole catalogue's cards and counts show (home, listings, statistics)."""
        # Content pages' titles reach every page through the MkDocs configuration (footer),
        # which is in the global digest; their bodies show on their own pages only.
        if not self._everything:
            self._everything = digest(sorted(self.listed.items()))
        return self._everything

    def whole_catalogue(self) -> str:
        """What a page showing every whole record depends on (the printable catalogue)."""
        if not self._whole_catalogue:
            self._whole_catalogue = digest(sorted(self.full.items()))
        return self._whole_catalogue

    def card_inputs(self, previous: BuildState | None = None) -> dict[tuple[str, str, str], str]:
        """A digest of what each share card (page kind, id, language) is drawn from: its
        records as cards show them and, for a facility, how many products it makes.

        When no listed digest changed since the ``previous`` build state, its
        inputs are the same (the product counts follow from the links).
        """
        carded = self._carded(previous)
        if self._card_inputs is None and carded is not None and previous is not None and previous.card_inputs:
            inputs = previous.card_inputs
            if any(carded):
                # Only products and facilities changed as cards show them: the cards of those products
                # and of the facilities' products, and of their facilities (how many products each makes)
                # before and after, are drawn from something else; no other card is.
                inputs = dict(inputs)
                products = self._card_products(previous)
                makers = {maker for ident in carded[0] for maker in self._makers(ident, previous)} | set(carded[1])
                for lang in self.cat.languages:
                    inputs.update((("product", ident, lang), self.product_card(ident)) for ident in products)
                    inputs.update((("facility", ident, lang), self.facility_card(ident)) for ident in makers)
            self._card_inputs = inputs
        if self._card_inputs is None:
            # A share card shows what a product's or facility's card in a listing shows: one
            # digest for both, made once (the page keys read the same ones).
            per_record = {("product", ident): self.product_card(ident) for ident in self.cat.products}
            per_record.update({("facility", ident): self.facility_card(ident) for ident in self.cat.facilities})
            self._card_inputs = {
                (kind, ident, lang): value for lang in self.cat.languages for (kind, ident), value in per_record.items()
            }
        return self._card_inputs

    def places(self, facility: str) -> list[tuple[str, str]]:
        """The records of where a facility is: its current unit and its former district (either may be missing)."""
        # Made once per facility: every card and whole product of its products asks (73,000 times at 20,000).
        found = self._places.get(facility)
        if found is None:
            data = self.cat.facilities[facility].data
            pairs = (("units", "unit"), ("districts", "district"))
            found = self._places[facility] = [(kind, data[name]) for kind, name in pairs if name in data]
        return found

    def product_card(self, ident: str) -> str:
        """What a product card shows: the product, its facility and places (digested once)."""
        card = self._cards.get(ident)
        if card is None:
            listed = self.listed
            facility = self.cat.products[ident].data["facility"]
            parts = [ident, listed[("products", ident)], listed[("facilities", facility)]]
            card = self._cards[ident] = join_digest(parts + [listed[p] for p in self.places(facility)])
        return card

    def facility_card(self, ident: str) -> str:
        """What a facility card shows: the facility, its places, how many products it makes (digested once)."""
        card = self._facility_cards.get(ident)
        if card is None:
            count = str(len(self.links.facility_products.get(ident, [])))
            places = [self.listed[p] for p in self.places(ident)]
            card = self._facility_cards[ident] = join_digest(
                [ident, self.listed[("facilities", ident)], *places, count]
            )
        return card

    def group_listing(self, group: str) -> str:
        """What a listing shows of a group: how many products it has and the first cards
        (``listing_cards``); a product renamed further down the list does not show."""
        ids = self.links.group_products.get(group, [])
        return join_digest([group, str(len(ids)), *map(self.product_card, ids[: self.cat.config["listing_cards"]])])

    def whole_product(self, ident: str) -> list[str]:
        """A product with its facility and places, every field (a product page, the catalogue)."""
        whole = self._wholes.get(ident)  # made once: its page and its part of the catalogue both ask
        if whole is None:
            facility = self.cat.products[ident].data["facility"]
            full = self.full
            places = [full[p] for p in self.places(facility)]
            whole = self._wholes[ident] = [full[("products", ident)], full[("facilities", facility)], *places]
        return whole

    def page(self, kind: str, ident: str) -> str:
        """A digest of what one page shows, apart from the global digest."""
        links, full = self.links, self.full
        cards = self.product_card
        if kind == "product":
            same, similar = related(links, self.cat.products[ident])
            parts = [*self.whole_product(ident), *links.product_rounds[ident], *map(cards, same + similar)]
            return join_digest(parts)
        if kind == "facility":
            products = links.facility_products[ident]
            parts = [full[("facilities", ident)], *(full[p] for p in self.places(ident)), str(len(products))]
            return join_digest([*parts, *map(cards, products)])
        if kind in ("district", "unit"):
            if kind == "district":
                record, products, facilities = (
                    ("districts", ident),
                    links.district_products[ident],
                    links.district_facilities[ident],
                )
                named = [self.listed[("units", u)] for u in self.cat.districts[ident].get("successors", [])]
            else:
                record, products, facilities = (
                    ("units", ident),
                    links.unit_products[ident],
                    links.unit_facilities[ident],
                )
                named = [self.listed[("districts", d)] for d in links.unit_districts[ident]]
            return join_digest(
                [full[record], *named, str(len(products)), *map(cards, products), *map(self.facility_card, facilities)]
            )
        if kind == "page":
            return digest([[p.lang, p.meta, p.body] for p in self.cat.pages if p.slug == ident])
        if kind == "catalogue-part":  # its whole products, and how many parts its group has (for "part 2/5")
            part = links.catalogue_parts[ident]
            return join_digest([str(part.of), *(d for i in part.products for d in self.whole_product(i))])
        if kind == "catalogue":
            if links.catalogue_parts:  # a cover: the counts, and each part's size and first and last names
                listed = self.listed
                covered = [
                    f"{name}:{len(part.products)}:{listed[('products', part.products[0])]}"
                    f":{listed[('products', part.products[-1])]}"
                    for name, part in links.catalogue_parts.items()
                ]
                return join_digest([str(len(self.cat.products)), str(len(self.cat.facilities)), *covered])
            return self.whole_catalogue()  # unsplit, it prints every whole product
        if kind == "index:facilities":  # producer cards by place: a product renamed does not show
            places = [
                *(self.listed[("units", i)] for i in self.cat.units),
                *(self.listed[("districts", i)] for i in self.cat.districts),
            ]
            return join_digest([*places, *map(self.facility_card, self.cat.facilities)])
        if kind == "index:products":  # each group's count and first cards; the finder counts products
            return join_digest([str(len(self.cat.products)), *map(self.group_listing, links.group_products)])
        if kind == "group":
            return join_digest([str(len(self.cat.products)), self.group_listing(ident)])
        if kind == "shortlist":  # it shows no record: its script reads the products' own pages
            return ""
        return self.everything()

    def showing_whole(self, kind: str, ident: str) -> list[tuple[str, str]] | None:
        """The pages that show the record ``(kind, ident)`` whole (those ``page`` gives its
        full digest); None for a kind whose full digest other pages read too (rounds)."""
        links = self.links
        pages: list[tuple[str, str]] = []
        if kind in ("districts", "units"):
            page = "district" if kind == "districts" else "unit"
            facilities = (links.district_facilities if kind == "districts" else links.unit_facilities)[ident]
            pages.append((page, ident))
            pages += (("facility", facility) for facility in facilities)
            products = (links.district_products if kind == "districts" else links.unit_products)[ident]
        elif kind == "facilities":
            pages.append(("facility", ident))
            products = links.facility_products[ident]
        elif kind == "products":
            products = [ident]
        else:
            return None
        pages += (("product", product) for product in products)
        wanted = set(products)
        pages += (
            ("catalogue-part", part) for part, entry in links.catalogue_parts.items() if wanted & set(entry.products)
        )
        if not links.catalogue_parts:  # a catalogue in parts has a cover that shows no record whole
            pages.append(("catalogue", ""))
        return pages

    def keys(self, specs: list[Any], global_key: str, previous: BuildState | None) -> dict[str, str]:
        """The key of every page of ``specs`` in every language: ``"lang:path" -> key``.

        With the ``previous`` build's state, made with the same global digest,
        and no listed digest changed, only the pages showing a changed record
        whole are keyed again; the others keep their previous keys.
        """
        links, languages = self.links, self.cat.languages
        fresh = self._changed_pages(previous, global_key)
        # A record changed as cards show it changes what the whole catalogue's pages count and show.
        carded = self._carded(previous)
        counted = carded is not None and any(carded)
        old = previous.pages if previous is not None else {}
        keys = {}
        for spec in specs:
            kind, ident = spec.kind, spec.ident
            names = [f"{lang}:{links.path(kind, ident, lang)}" for lang in languages]
            whole_catalogue = counted and kind not in KEYED_BY_THEIR_RECORDS
            if (
                fresh is not None
                and kind != "page"
                and (kind, ident) not in fresh
                and not whole_catalogue
                and all(n in old for n in names)
            ):
                for name in names:
                    keys[name] = old[name][0]
                continue
            key = join_digest([global_key, kind, ident, self.page(kind, ident)])
            for name in names:
                keys[name] = key
        return keys

    def _changed_pages(self, previous: BuildState | None, global_key: str) -> set[tuple[str, str]] | None:
        """The pages showing whole a record changed since ``previous``, and those showing the card
        of a product or facility changed as cards show it or standing near it in a name order; None
        when every page must be keyed again (no state, another global digest, a record added or
        removed, a district or unit changed as cards show it)."""
        if previous is None or previous.global_key != global_key:
            return None
        carded = self._carded(previous)
        if carded is None:
            return None
        old_full = previous.full
        pages: set[tuple[str, str]] = set()
        for record, value in self.full.items():
            if old_full.get(record) != value:
                showing = self.showing_whole(*record)
                if showing is None:
                    return None
                pages.update(showing)
        for ident in self._card_products(previous):
            showing = self._showing_card(ident, previous)
            if showing is None:
                return None
            pages.update(showing)
        for facility in carded[1]:
            pages.update(self._showing_facility_card(facility, previous))
        return pages

    def _carded(self, previous: BuildState | None) -> tuple[list[str], list[str]] | None:
        """The products and the facilities changed as cards show them since ``previous`` (both
        empty: only details changed, or nothing); None when records were added or removed, or a
        district or unit changed so."""
        if self._carded_since is None or self._carded_since[0] is not previous:
            changed: tuple[list[str], list[str]] | None = None
            if previous is not None and previous.listed.keys() == self.listed.keys():
                old = previous.listed
                records = [record for record, value in self.listed.items() if old[record] != value]
                if all(kind in ("products", "facilities") for kind, _ in records):
                    products = [ident for kind, ident in records if kind == "products"]
                    changed = (products, [ident for kind, ident in records if kind == "facilities"])
            self._carded_since = (previous, changed)
        return self._carded_since[1]

    def _card_products(self, previous: BuildState) -> list[str]:
        """The products whose card changed since ``previous``: those changed as cards show them,
        and those of the facilities changed so (a card shows its product's facility)."""
        carded = self._carded(previous)
        assert carded is not None
        products, makers = carded
        for maker in makers:
            products = [
                *products,
                *self.links.facility_products.get(maker, []),
                *previous.facility_products.get(maker, []),
            ]
        return list(dict.fromkeys(products))

    def _placed_before(self, previous: BuildState) -> tuple[dict[str, str], dict[str, str]]:
        """Each product's group and facility in the ``previous`` build (made once, when asked)."""
        if self._placed is None:
            groups = {product: group for group, products in previous.group_products.items() for product in products}
            makers = {product: maker for maker, products in previous.facility_products.items() for product in products}
            self._placed = groups, makers
        return self._placed

    def _makers(self, ident: str, previous: BuildState) -> set[str]:
        """The facility of product ``ident`` in the ``previous`` build (if it had one there) and now."""
        before = self._placed_before(previous)[1].get(ident)
        return {self.cat.products[ident].data["facility"], *([before] if before else [])}

    def _showing_card(self, ident: str, previous: BuildState) -> list[tuple[str, str]] | None:
        """The pages that show product ``ident``'s card, or may have shown it in the ``previous``
        build: its facility's and places' pages, the products of its facility (their first related
        products), those just before it in its group's name order (their next ones), its group's
        pages and printable catalogue; before and after it moved. None when its place was not saved."""
        links = self.links
        group_then = self._placed_before(previous)[0].get(ident)
        if group_then is None:
            return None
        group_now = self.cat.products[ident].data["group"]
        makers = self._makers(ident, previous)
        pages: list[tuple[str, str]] = [("product", ident), ("catalogue", ""), ("index:products", "")]
        if len(makers) > 1:  # it moved to another facility: both cards count its products
            pages.append(("index:facilities", ""))
        for group, order in (
            (group_then, previous.group_products[group_then]),
            (group_now, links.group_products[group_now]),
        ):
            pages.append(("group", group))
            pages += (("product", product) for product in _just_before(order, ident))
            pages += (("catalogue-part", name) for name, part in links.catalogue_parts.items() if part.group == group)
        for maker in makers:
            pages.append(("facility", maker))
            pages += (("product", product) for product in links.facility_products.get(maker, []))
            pages += (("product", product) for product in previous.facility_products.get(maker, []))
            pages += ((PLACE_PAGES[kind], place) for kind, place in self.places(maker))
        return pages

    def _showing_facility_card(self, facility: str, previous: BuildState) -> list[tuple[str, str]]:
        """The pages that show ``facility``'s card, or may have shown it in the ``previous`` build
        (beside those of its products' cards): its page, its places' pages before and after it
        moved, and the producers listing."""
        districts, units = previous.district_facilities, previous.unit_facilities
        before = [("districts", d) for d, facilities in districts.items() if facility in facilities]
        before += [("units", u) for u, facilities in units.items() if facility in facilities]
        pages = [("facility", facility), ("index:facilities", "")]
        return pages + [(PLACE_PAGES[kind], place) for kind, place in {*self.places(facility), *before}]


#: The page of each kind of place record.
PLACE_PAGES = {"units": "unit", "districts": "district"}

#: The kinds of page keyed on the records they show (``PageKeys.page``); a page of any other kind
#: (home, listings, rounds, statistics) shows what the whole catalogue's cards and counts show.
KEYED_BY_THEIR_RECORDS = frozenset(
    {"product", "facility", "district", "unit", "page", "catalogue-part", "catalogue", "index:facilities",
     "index:products", "group", "shortlist"}
)  # fmt: skip


def _just_before(order: list[str], ident: str) -> list[str]:
    """The products that may stand close enough before ``ident`` in a group's name ``order``
    (round the end) to count it among their ``RELATED`` next products: those skip their own
    facility's first ``RELATED`` others, so at most ``2 * RELATED - 1`` products stand between."""
    if ident not in order:
        return []
    place = order.index(ident)
    reach = min(2 * RELATED, len(order) - 1)
    return [order[(place - step) % len(order)] for step in range(1, reach + 1)]
