"""``showroom import``: turn the council's list (XLSX or CSV) into records.

Each row is one certified product. Columns are found by the headers named in
``site_config.yml`` (``import.columns``). Every row is checked first; when any
row is bad, each problem is reported with its sheet row and column and nothing
is written. Otherwise new records are created and existing ones updated field
by field with ruamel.yaml, which keeps the fields the sheet does not have and
every comment staff wrote.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from ..pages.urls import slugify
from ..records.diagnostics import Mark, Report
from ..records.model import Catalogue
from ..records.schema import IMPORT_COLUMNS as COLUMNS
from ..records.types import EMAIL_HINT, PHONE_HINT, is_email, is_phone
from .sheet import Row, parse_date, parse_phone, read_rows, write_template

__all__ = ["COLUMNS", "Plan", "apply", "parse_date", "parse_phone", "plan_import", "write_template"]

REQUIRED = ("name_vi", "group", "facility", "level", "decision", "date")


@dataclass
class Plan:
    """What an import would do."""

    create: dict[Path, str] = field(default_factory=dict)  # new files and their text
    update: dict[Path, str] = field(default_factory=dict)  # changed files and their new text
    notes: list[str] = field(default_factory=list)


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value if value is not None else "").split())


def _match(value: str, entries: dict[str, dict[str, Any]]) -> str | None:
    """An id from a config section, by id or by any of its names."""
    key = value.strip().casefold()
    for ident, entry in entries.items():
        names = [ident, *entry["name"].values(), *(entry.get("short") or {}).values()]
        if key in (n.casefold() for n in names):
            return ident
    return None


def _records_by_name(records: dict[str, Any]) -> dict[str, str]:
    index = {}
    for ident, record in records.items():
        index[ident] = ident
        for name in record.data["name"].values():
            index[name.casefold()] = ident
            index[slugify(name)] = ident
    return index


def _yaml() -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _dump(data: CommentedMap) -> str:
    buffer = io.StringIO()
    _yaml().dump(data, buffer)
    return buffer.getvalue()


def _set(target: CommentedMap, key: str, value: Any, changes: list[str], path: str) -> None:
    if isinstance(value, str):
        value = DoubleQuotedScalarString(value)
    current = target.get(key)
    if str(current) != str(value) or (current is None) != (value is None):
        target[key] = value
        changes.append(path)


def plan_import(catalogue: Catalogue, path: Path, report: Report) -> Plan:
    """Check every row and work out the files to create and update; write nothing."""
    root = catalogue.root
    rel = path.name
    config = catalogue.config
    headers = {name: default for name, (default, _) in COLUMNS.items()} | config.get("import", {}).get("columns", {})
    rows = read_rows(path, headers, REQUIRED, report, rel)
    rounds = sorted(catalogue.rounds.values(), key=lambda r: r.data["date"])
    plan = Plan()
    if report.errors:
        return plan
    if not rounds:
        report.error(Mark(rel), "", "add the round's record in content/rounds/ before importing its list")
        return plan
    latest = rounds[-1].data
    facilities = _records_by_name(catalogue.facilities)
    districts = _records_by_name(catalogue.districts)
    new_facilities: dict[str, CommentedMap] = {}
    seen_ids: dict[str, int] = {}

    for row in rows:

        def bad(name: str, message: str, hint: str = "", row: Row = row) -> None:
            report.error(Mark(rel, row.number, row.columns.get(name, 1)), name, message, hint)

        v = {name: _text(value) for name, value in row.values.items()}
        for name in REQUIRED:
            if not v.get(name):
                bad(name, "is empty")
        if any(not v.get(name) for name in REQUIRED):
            continue
        ident = v.get("id") or slugify(v["name_vi"])
        if ident in seen_ids:
            bad("name_vi", f"the product {ident!r} is already on row {seen_ids[ident]}")
        seen_ids[ident] = row.number
        group = _match(v["group"], config["groups"])
        levels = config["programmes"][latest["programme"]]["levels"]
        level = _match(v["level"], levels)
        day = parse_date(row.values.get("date"))
        if group is None:
            bad("group", f"unknown group {v['group']!r}", f"use one of: {', '.join(config['groups'])}")
        if level is None:
            bad("level", f"unknown level {v['level']!r}", f"use one of: {', '.join(levels)}")
        if day is None:
            bad("date", f"{v['date']!r} is not a date", "write it as dd/mm/yyyy, e.g. 20/11/2023")
        facility_id = facilities.get(v["facility"].casefold()) or facilities.get(slugify(v["facility"]))
        if facility_id is None:
            facility_id = slugify(v["facility"])
            if facility_id not in new_facilities:
                made = _new_facility(v, row, bad, districts, config)
                if made is None:
                    continue
                new_facilities[facility_id] = made
                plan.create[root / "content/facilities" / f"{facility_id}.yml"] = (
                    "# imported from " + rel + "\n" + _dump(made)
                )
        if group is None or level is None or day is None:
            continue
        kind = "set" if v.get("kind", "").casefold() in ("set", "bộ sản phẩm", "bộ") else "product"
        target = root / "products" / f"{ident}.yml"
        if ident in catalogue.products:
            data = _yaml().load(target.read_text(encoding="utf-8"))
            changes: list[str] = []
            _set(data["name"], "vi", v["name_vi"], changes, "name.vi")
            if v.get("name_en"):
                _set(data["name"], "en", v["name_en"], changes, "name.en")
            _set(data, "group", group, changes, "group")
            _set(data, "facility", facility_id, changes, "facility")
            cert = data["certifications"][-1]
            _set(cert, "level", level, changes, "certifications.level")
            _set(cert, "decision", v["decision"], changes, "certifications.decision")
            if str(cert.get("date")) != day.isoformat():
                cert["date"] = day
                changes.append("certifications.date")
            if changes:
                plan.update[target] = _dump(data)
                plan.notes.append(f"update products/{ident}.yml: {', '.join(changes)}")
            continue
        if kind == "set":
            bad("kind", "a new set needs its member items", "import it as a product, then add items: to the record")
            continue
        data = CommentedMap()
        data["name"] = _flow({"vi": v["name_vi"], **({"en": v["name_en"]} if v.get("name_en") else {})})
        data["kind"] = kind
        data["group"] = group
        data["facility"] = facility_id
        data["certifications"] = [
            _flow(
                {
                    "programme": latest["programme"],
                    "level": level,
                    "round": latest["number"],
                    "year": latest["year"],
                    "decision": DoubleQuotedScalarString(v["decision"]),
                    "date": day,
                }
            )
        ]
        data["first_entry"] = True
        data["summary"] = _flow({"vi": v.get("summary_vi") or v["name_vi"]})
        plan.create[target] = f"# imported from {rel}, row {row.number}\n" + _dump(data)
        plan.notes.append(f"create products/{ident}.yml")
    for facility_id in new_facilities:
        plan.notes.append(f"create content/facilities/{facility_id}.yml")
    return plan


def _flow(values: dict[str, Any]) -> CommentedMap:
    data = CommentedMap()
    for key, value in values.items():
        data[key] = DoubleQuotedScalarString(value) if isinstance(value, str) and key in ("vi", "en") else value
    data.fa.set_flow_style()
    return data


def _new_facility(
    v: dict[str, str], row: Row, bad: Any, districts: dict[str, str], config: dict[str, Any]
) -> CommentedMap | None:
    missing = [name for name in ("district", "facility_type", "address", "phone") if not v.get(name)]
    if missing:
        bad(
            "facility",
            f"unknown facility {v['facility']!r}",
            f"fill {', '.join(missing)} to create it, or use an existing facility's name",
        )
        return None
    district = districts.get(v["district"].casefold()) or districts.get(slugify(v["district"]))
    kind = _match(v["facility_type"], config["facility_types"])
    phone = parse_phone(row.values.get("phone"))
    ok = True
    if district is None:
        bad("district", f"unknown district {v['district']!r}")
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
    data["name"] = _flow({"vi": v["facility"]})
    data["type"] = kind
    data["district"] = district
    data["address"] = _flow({"vi": v["address"]})
    data["phone"] = DoubleQuotedScalarString(phone)
    if v.get("email"):
        data["email"] = DoubleQuotedScalarString(v["email"])
    return data


def apply(plan: Plan) -> None:
    """Write the planned files (new ones are never overwritten)."""
    for path, text in sorted(plan.create.items()):
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "x", encoding="utf-8") as handle:
            handle.write(text)
    for path, text in sorted(plan.update.items()):
        path.write_text(text, encoding="utf-8")
