"""What pages show of where a producer is: its current unit (commune, ward or special
zone), the district it was in before districts ended, and the province names, today's
and former, that find its products.

A mixin of ``View``: it reads the view's catalogue and configuration.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..records.model import Catalogue, Record

if TYPE_CHECKING:
    from .site import Site


class Placed:
    """Place views; ``View`` provides ``cat``, ``config``, ``site``, ``facility_of`` and ``plain``."""

    cat: Catalogue
    config: dict[str, Any]
    site: Site

    def district_of(self, record: Record) -> Record | None:
        """The former district of a facility or of a product's facility, if it names one."""
        facility = self.facility_of(record) if record.kind == "products" else record
        return self.cat.districts[facility.data["district"]] if facility.get("district") else None

    def unit_of(self, record: Record) -> Record | None:
        """The current unit (commune, ward, special zone) of a facility or a product's facility."""
        facility = self.facility_of(record) if record.kind == "products" else record
        return self.cat.units[facility.data["unit"]] if facility.get("unit") else None

    def place_of(self, record: Record) -> tuple[str, Record]:
        """Where a facility (or a product's facility) is, as cards say it: its current unit,
        else its former district; with the page kind."""
        facility = self.facility_of(record) if record.kind == "products" else record
        place = self.cat.place_of(facility)
        return ("unit" if place.kind == "units" else "district"), place

    def former_names(self, record: Record) -> list[str]:
        """The former place names a facility's products are found by: the communes and towns its
        unit took in ("thị trấn Thứ Ba"), and the short name of the former province its district
        was part of ("Kiên Giang")."""
        unit, district = self.unit_of(record), self.district_of(record)
        names = list(unit.get("former_names", [])) if unit is not None else []
        former = self.config.get("former_provinces") or {}
        entry = former.get(district.get("province")) if district is not None else None
        if entry:
            names.append(self.plain(entry.get("short") or entry["name"]))
        return names

    def units_of_type(self, unit_type: str) -> list[str]:
        """The ids of the units of one type, by name."""
        units = [u for u in self.cat.units.values() if u.data["type"] == unit_type]
        return [u.id for u in sorted(units, key=lambda u: (self.plain(u.data["name"]).casefold(), u.id))]

    def facilities_by_place(self) -> list[tuple[str, Record, list[str]]]:
        """The producers listing's sections: each unit's facilities, then each former district's
        facilities that name no current unit; with the page kind of the place."""
        links = self.site.links
        sections: list[tuple[str, Record, list[str]]] = [
            ("unit", unit, links.unit_facilities[uid])
            for uid, unit in self.cat.units.items()
            if links.unit_facilities.get(uid)
        ]
        for did, district in self.cat.districts.items():
            left = [f for f in links.district_facilities.get(did, []) if not self.cat.facilities[f].get("unit")]
            if left:
                sections.append(("district", district, left))
        return sections
