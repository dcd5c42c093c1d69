"""How the council's sheet names what the records hold: products, groups, levels, types and places.

A sheet is typed by hand, often on a keyboard without Vietnamese input, so names are
compared without case, diacritics or extra spaces where that cannot confuse two records.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import defaultdict
from typing import Any

from ..pages.urls import slugify
from ..records.model import Catalogue
from .addresses import strip_type


def normalise_name(text: str) -> str:
    """A name as rows and records are compared: without case, diacritics (đ as d) or extra spaces."""
    text = text.replace("Đ", "D").replace("đ", "d")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


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


def records_by_name(records: dict[str, Any]) -> dict[str, str]:
    """Record ids by id, by each name (any case) and by the id each name would make."""
    index = {}
    for ident, record in records.items():
        index[ident] = ident
        for name in record.data["name"].values():
            index[name.casefold()] = ident
            index[slugify(name)] = ident
    return index


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
        self.units = records_by_name(catalogue.units)
        self.districts = records_by_name(catalogue.districts)
        short: dict[str, list[str]] = defaultdict(list)
        for ident, record in catalogue.units.items():
            for name in {normalise_name(strip_type(n)) for n in record.data["name"].values()}:
                short[name].append(ident)
        self.short = {name: idents[0] for name, idents in short.items() if len(idents) == 1}

    def find(self, text: str) -> tuple[str, str] | None:
        """``("unit", id)`` or ``("district", id)`` of the place named ``text``; None if unknown."""
        for field_name, index in (("unit", self.units), ("district", self.districts)):
            found = index.get(text.casefold()) or index.get(slugify(text))
            if found:
                return field_name, found
        unit = self.short.get(normalise_name(text))
        return ("unit", unit) if unit else None
