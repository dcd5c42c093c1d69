"""How the council's sheet names what the records hold: products, groups, levels, types and places.

A sheet is typed by hand, often on a keyboard without Vietnamese input, so names are
compared without case, diacritics or extra spaces where that cannot confuse two records.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from typing import Any

from ..pages.urls import slugify
from ..records.model import Catalogue
from .addresses import normalise_name, strip_type


def config_id(value: str, entries: dict[str, dict[str, Any]]) -> str | None:
    """An id from a config section, by id or by any of its names, as written, else without
    diacritics ("Cap tinh" for "Cấp tỉnh": a sheet typed on a keyboard without them)."""
    named = {
        ident: [ident, *entry["name"].values(), *(entry.get("short") or {}).values()]
        for ident, entry in entries.items()
    }
    for fold in (str.casefold, normalise_name):
        key = fold(value.strip())
        found = next((ident for ident, names in named.items() if key in map(fold, names)), None)
        if found is not None:
            return found
    return None


class Names:
    """Record ids by id, by each name in any case, and by the id each name would make.

    A name two records share finds neither (two producers may trade under one name in
    different communes): ``sharing`` lists them, so the caller asks for an id instead of
    picking one.
    """

    def __init__(self, records: dict[str, Any]) -> None:
        self.ids = set(records)
        self._named: dict[str, set[str]] = defaultdict(set)
        for ident, record in records.items():
            for name in record.data["name"].values():
                self._named[name.casefold()].add(ident)
                self._named[slugify(name)].add(ident)

    def _matches(self, text: str) -> set[str]:
        if text in self.ids:
            return {text}
        return self._named.get(text.casefold()) or self._named.get(slugify(text)) or set()

    def find(self, text: str) -> str | None:
        """The id of the one record named ``text`` (or of that id), else None."""
        found = self._matches(text)
        return next(iter(found)) if len(found) == 1 else None

    def sharing(self, text: str) -> list[str]:
        """The ids of the records that share the name ``text``, when more than one does."""
        found = self._matches(text)
        return sorted(found) if len(found) > 1 else []


def products_like(catalogue: Catalogue, facility: str, name: str) -> list[str]:
    """The files of the products of ``facility`` with a name like ``name``: a product certified
    again gets a certification in its own record (``showroom import`` adds it), not a second record."""
    wanted = normalise_name(name)
    return [
        catalogue.products[ident].rel
        for ident in catalogue.links.facility_products.get(facility, [])
        if difflib.SequenceMatcher(
            None, wanted, normalise_name(catalogue.products[ident].data["name"][catalogue.languages[0]])
        ).ratio()
        >= 0.8
    ]


def closest(text: str, records: dict[str, Any]) -> tuple[str, str] | None:
    """The record with a name most like ``text`` (``… Phú Mĩ`` for ``… Phú Mỹ``), as ``(id, that
    name)``, or None when none is much alike."""
    names = {normalise_name(name): (ident, name) for ident, r in records.items() for name in r.data["name"].values()}
    found = difflib.get_close_matches(normalise_name(text), list(names), n=1, cutoff=0.6)
    return names[found[0]] if found else None


class Places:
    """A new facility's place by the name in its row: a current unit (commune, ward, special
    zone) by id or name, else a former district, else a unit by its name without its type
    word ("An Biên" for "Xã An Biên") when one unit alone has it and no district."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.units = Names(catalogue.units)
        self.districts = Names(catalogue.districts)
        short: dict[str, list[str]] = defaultdict(list)
        for ident, record in catalogue.units.items():
            for name in {normalise_name(strip_type(n)) for n in record.data["name"].values()}:
                short[name].append(ident)
        self.short = {name: idents[0] for name, idents in short.items() if len(idents) == 1}

    def find(self, text: str) -> tuple[str, str] | None:
        """``("unit", id)`` or ``("district", id)`` of the place named ``text``; None if unknown."""
        for field_name, names in (("unit", self.units), ("district", self.districts)):
            found = names.find(text)
            if found:
                return field_name, found
        unit = self.short.get(normalise_name(text))
        return ("unit", unit) if unit else None
