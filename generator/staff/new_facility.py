"""The facility record a row of the council's sheet creates, when the records do not hold its producer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from ..records.types import EMAIL_HINT, PHONE_HINT, is_email, is_phone
from .matching import Places, config_id
from .sheet import Row, parse_phone
from .yaml_edit import flow


def facility_record(
    v: dict[str, str],
    row: Row,
    bad: Any,
    places: Places,
    config: dict[str, Any],
    alike: Callable[[], tuple[str, str] | None],
) -> CommentedMap | None:
    """The record of a facility the row names and the records do not, or None (reported);
    ``alike`` finds the existing facility most like it (a look over every facility's names), asked
    only when the row cannot create one."""
    missing = [name for name in ("district", "facility_type", "address", "phone") if not v.get(name)]
    if missing:
        found = alike()
        like = f"is it {found[1]!r} ({found[0]})? " if found else ""
        bad(
            "facility",
            f"unknown facility {v['facility']!r}",
            f"{like}write an existing facility's name or id, or fill {', '.join(missing)} to create it",
        )
        return None
    place = places.find(v["district"])
    kind = config_id(v["facility_type"], config["facility_types"])
    phone = parse_phone(row.values.get("phone"))
    ok = True
    if place is None:
        bad(
            "district",
            f"unknown commune, ward or district {v['district']!r}",
            "write the name of a unit of content/units/ (e.g. 'Xã An Biên') or of a district of content/districts/",
        )
        ok = False
    if kind is None:
        bad(
            "facility_type",
            f"unknown facility type {v['facility_type']!r}",
            f"use one of: {', '.join(config['facility_types'])}",
        )
        ok = False
    if not is_phone(phone):
        bad("phone", f"{phone!r} is not a Vietnamese phone number", PHONE_HINT)
        ok = False
    if v.get("email") and not is_email(v["email"]):
        bad("email", f"{v['email']!r} is not an e-mail address", EMAIL_HINT)
        ok = False
    if not ok:
        return None
    data = CommentedMap()
    data["name"] = flow({"vi": v["facility"]})
    data["type"] = kind
    data[place[0]] = place[1]  # "unit" or "district", as ``showroom new facility`` writes it
    data["address"] = flow({"vi": v["address"]})
    data["phone"] = DoubleQuotedScalarString(phone)
    if v.get("email"):
        data["email"] = DoubleQuotedScalarString(v["email"])
    return data
