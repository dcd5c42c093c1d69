"""What every page view of one build shares: the catalogue, photos, strings, the build
date, product cards made once, and product counts made once before the workers fork."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup

from ..media.photos import Photo
from ..records.certifications import shown
from ..records.links import Links
from ..records.model import Catalogue


@dataclass
class Site:
    """What every view of a build shares."""

    catalogue: Catalogue
    links: Links
    photos: dict[tuple[str, str], Photo]
    strings: dict[str, dict[str, str]]
    today: dt.date
    cards: dict[tuple[str, str, str], str]
    cache: Path
    kiosk: bool = False  # the exhibition profile: no links out, QR codes instead
    card_macro: Callable[..., Markup] | None = None  # the templates' product card, set by render
    #: Each product's card by (language, product, eager), its links marked, and its fallbacks.
    cards_made: dict[tuple[str, str, bool], tuple[str, int]] = field(default_factory=dict)
    #: Product counts by (list, grouping), with the list they count (its id may be reused otherwise).
    tallies: dict[tuple[int, str], tuple[list[str], dict[str, int]]] = field(default_factory=dict)
    #: Each product's value by grouping (``count``'s ``by``).
    values: dict[str, dict[str, str | None]] = field(default_factory=dict)
    product_ids: list[str] = field(default_factory=list)
    #: The products marked ``featured``, in catalogue order (a Jinja filter over every
    #: product took 0.3 s per language at 20,000 products).
    featured_ids: list[str] = field(default_factory=list)
    #: The folders of the search index's parts, the first one holding Pagefind's script (set by render).
    search_bundles: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.product_ids = list(self.catalogue.products)
        self.featured_ids = [p.id for p in self.catalogue.products.values() if p.data.get("featured")]

    def count(self, ids: list[str], by: str) -> dict[str, int]:
        """How many of the products ``ids`` are in each group, level (``programme:level``),
        former district, current unit, kind or facility.

        Each product's value is taken once per grouping (``_values``) and every list counted
        from those by ``Counter``: a template testing each product's membership in a group's
        list took 5 s of a full build at 20,000 products; counting the lists of home,
        statistics and the rounds (``count_ahead``) took 0.40–0.63 s per build that shows them
        when each list looked its products' values up again, 0.29–0.40 s now (five runs each,
        alternated, at 20,000 products).
        """
        kept = self.tallies.get((id(ids), by))
        if kept is not None and kept[0] is ids:
            return kept[1]
        counts = Counter(map(self._values(by).__getitem__, ids))
        counts.pop(None, None)  # a facility that names no district, or no unit
        result = self.tallies[(id(ids), by)] = (ids, dict(counts))
        return result[1]

    def _values(self, by: str) -> dict[str, str | None]:
        """Each product's value for ``by`` (see ``count``): None when its facility names no such place."""
        values = self.values.get(by)
        if values is None:
            products, facilities = self.catalogue.products, self.catalogue.facilities
            if by in ("district", "unit"):  # a facility may name only one of them
                values = {i: facilities[p.data["facility"]].data.get(by) for i, p in products.items()}
            elif by in ("group", "kind", "facility"):
                values = {i: p.data[by] for i, p in products.items()}
            else:  # the level its badge shows, of its programme
                config, today = self.catalogue.config, self.today
                values = {}
                for ident, product in products.items():
                    cert = shown(product, today, config)
                    values[ident] = f"{cert['programme']}:{cert['level']}"
            self.values[by] = values
        return values

    def count_ahead(self) -> None:
        """Count the lists of the pages every edit rebuilds (home, rounds, statistics) before
        the render workers fork: a worker reading every product copies the memory they live
        in, about 0.3 s per count at 20,000 products; here they are shared."""
        for ids in (self.product_ids, *self.links.round_products.values()):
            for by in ("group", "level", "district", "unit", "kind", "facility"):
                self.count(ids, by)
