"""``showroom import``: add the council's list of one round (XLSX or CSV) to the records.

Each row is one product certified in the round the sheet is for (``--round``, a
record of ``content/rounds/``; by default the latest by date). Columns are found
by the headers named in ``site_config.yml`` (``import.columns``).

A row is matched to an existing product by its id (the id column), else by its
Vietnamese name, compared without case, diacritics (``đ`` as ``d``) or extra
spaces, at the same facility. The round's certification (programme, level,
round, year, decision, date) is then appended to the product's
``certifications:``; nothing else in the record changes, and its comments stay
where they are. A row matching no product becomes a new product record (with a
new facility record when the facility is unknown).

A product that already holds the row's decision of the programme is left alone
("already recorded"), so importing a sheet twice changes nothing. Every row is
checked first; a row matching several products, a product holding another
decision for the same round, or any bad cell is reported with its sheet row and
column, and then nothing is written.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap

from ..pages.urls import slugify
from ..records.certifications import Cert, round_key
from ..records.config_schema import IMPORT_COLUMNS as COLUMNS
from ..records.diagnostics import Mark, Report
from ..records.model import Catalogue, Record
from ..records.schema import NAME, SHORT
from ..records.types import CONTROL, ID_PATTERN, Id
from .matching import Names, Places, closest, config_id, normalise_name, products_like
from .new_facility import facility_record
from .sheet import Row, cell_problem, parse_date, parse_phone, read_rows, write_template
from .yaml_edit import append_certification, dump, edit_record, flow, read_record, write_record

__all__ = [
    "COLUMNS",
    "Plan",
    "RoundNotFound",
    "append_certification",
    "apply",
    "normalise_name",
    "parse_date",
    "parse_phone",
    "pick_round",
    "plan_import",
    "write_template",
]

#: The cells every row must fill; the level too unless the round has a level.
REQUIRED = ("name_vi", "group", "facility", "decision", "date")
#: The ``kind`` column's words, compared as names are (without case or diacritics); empty is a product.
_KINDS = {"": "product", "san pham": "product", "product": "product", "bo san pham": "set", "bo": "set", "set": "set"}


@dataclass
class Plan:
    """What an import would do."""

    create: dict[Path, str] = field(default_factory=dict)  # new files and their text
    update: dict[Path, str] = field(default_factory=dict)  # changed files and their new text
    #: What each row does, in row order: "row 2: new product x", "row 3: adds region 2024 to y",
    #: "row 4: already recorded (z)", and "row 2: new facility f" after the row that creates one.
    lines: list[str] = field(default_factory=list)

    @property
    def changes(self) -> bool:
        """True when the import writes anything."""
        return bool(self.create or self.update)


class RoundNotFound(LookupError):
    """The round a sheet is for is not a record of ``content/rounds/``."""


def pick_round(catalogue: Catalogue, round_id: str | None = None) -> Record:
    """The round a sheet is for: the record ``round_id``, or the latest round by date."""
    if not catalogue.rounds:
        raise RoundNotFound("no round in content/rounds/: add the round's record before importing its list")
    if round_id is None:
        return max(catalogue.rounds.values(), key=lambda r: r.data["date"])
    if round_id not in catalogue.rounds:
        known = ", ".join(sorted(catalogue.rounds))
        raise RoundNotFound(f"--round: no round {round_id!r} in content/rounds/; known: {known}")
    return catalogue.rounds[round_id]


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", " ".join(str(value if value is not None else "").split()))


def _describe(cert: Cert) -> str:
    return f"level {cert['level']!r} of round {cert['round']} in {cert['year']}"


class _Planner:
    """Works out, row by row, what importing a sheet for one round does."""

    def __init__(self, catalogue: Catalogue, rel: str, rnd: Record, headers: dict[str, str], report: Report):
        self.catalogue, self.rel, self.rnd, self.headers, self.report = catalogue, rel, rnd, headers, report
        self.config = catalogue.config
        self.levels = self.config["programmes"][rnd.data["programme"]]["levels"]
        self.facilities = Names(catalogue.facilities)
        self.places = Places(catalogue)
        self.new_facilities: dict[str, CommentedMap] = {}
        self.seen: dict[str, tuple[int, str]] = {}  # product id -> its row and the facility that row names
        self.by_name: dict[tuple[str, str], list[str]] = defaultdict(list)
        for product in catalogue.products.values():
            key = (product.data["facility"], normalise_name(product.data["name"].get("vi", "")))
            self.by_name[key].append(product.id)
        self.plan = Plan()

    def row(self, row: Row) -> None:
        """Check one row and add what it does to the plan."""

        def bad(name: str, message: str, hint: str = "") -> None:
            self.report.error(Mark(self.rel, row.number, row.columns.get(name, 1)), name, message, hint)

        r = self.rnd.data
        if not self._cells_are_values(row, bad):
            return
        v = {name: _text(value) for name, value in row.values.items()}
        for name, value in v.items():  # what the record would refuse, refused here, before anything is written
            longest = (NAME if name in ("name_vi", "name_en", "facility") else SHORT).max_length
            if CONTROL.search(value):
                bad(name, "contains an invisible control character", "retype the cell")
            elif len(value) > longest:
                bad(name, f"is {len(value):,} characters long; at most {longest} are allowed")
        required = REQUIRED if r.get("level") else (*REQUIRED, "level")
        missing = [name for name in required if not v.get(name)]
        for name in missing:
            hint = f"round {self.rnd.id!r} has no level: write each product's level" if name == "level" else ""
            bad(name, "is empty", hint)
        if missing:
            return
        kind = _KINDS.get(normalise_name(v.get("kind", "")))
        if kind is None:
            bad("kind", f"unknown kind {v['kind']!r}", "write 'Sản phẩm' (a product) or 'Bộ sản phẩm' (a set)")
            return
        group = config_id(v["group"], self.config["groups"])
        level = config_id(v["level"], self.levels) if v.get("level") else r["level"]
        day = parse_date(row.values.get("date"))
        if group is None:
            bad("group", f"unknown group {v['group']!r}", f"use one of: {', '.join(self.config['groups'])}")
        if level is None:
            bad("level", f"unknown level {v['level']!r}", f"use one of: {', '.join(self.levels)}")
        if day is None:
            bad("date", f"{v['date']!r} is not a date", "write it as dd/mm/yyyy, e.g. 20/11/2023")
        elif day.year != r["year"]:
            bad(
                "date",
                f"{day.strftime('%d/%m/%Y')} is not in {r['year']}, the year of round {self.rnd.id!r}",
                "import the sheet with --round ROUND-ID for the round it lists",
            )
            day = None
        cert = None
        if level is not None and day is not None:
            cert = {
                "programme": r["programme"],
                "level": level,
                "round": r["number"],
                "year": r["year"],
                "decision": v["decision"],
                "date": day,
            }
        existing, ident = self._find(v, bad)
        if ident is None:
            return
        if ident in self.seen:
            earlier, facility = self.seen[ident]
            if existing or normalise_name(facility) == normalise_name(v["facility"]):
                bad("name_vi", f"the product {ident!r} is already on row {earlier}")
            else:  # two producers' products of one name: the id made from it cannot be both
                bad(
                    "name_vi",
                    f"row {earlier} has a product of this name too, of {facility!r}: both would have the id {ident!r}",
                    f"write an id for each in the {self.headers['id']!r} column, e.g. {ident}-{slugify(v['facility'])}",
                )
            return
        self.seen[ident] = row.number, v["facility"]
        if existing:
            if cert is not None:
                self._add(ident, cert, row, bad)
        else:
            self._create(ident, v, row, bad, group, cert, kind)

    def _cells_are_values(self, row: Row, bad: Any) -> bool:
        """Report each cell that shows a formula's error, or a date where text belongs."""
        problems = {name: cell_problem(value, name == "date") for name, value in row.values.items()}
        for name, problem in problems.items():
            if problem:
                bad(name, *problem)
        return not any(problems.values())

    def _find(self, v: dict[str, str], bad: Any) -> tuple[bool, str | None]:
        """Whether the row is an existing product, and the product's id (None after an error)."""
        products = self.catalogue.products
        column = self.headers["id"]
        if v.get("id"):
            ident = v["id"]
            if ident in products:
                # A mistyped id would add the certification to another producer's product.
                held, named = products[ident].data["facility"], self.facilities.find(v["facility"])
                if named is not None and named != held:
                    bad("id", f"{ident!r} is a product of {held!r}, not of {named!r}", f"check the {column!r} column")
                    return False, None
                return True, ident
            if not re.fullmatch(ID_PATTERN, ident):
                bad("id", f"{ident!r} is not an id", Id.pattern_hint)
                return False, None
            return False, ident
        shared = self.facilities.sharing(v["facility"])
        if shared:
            bad(
                "facility",
                f"{v['facility']!r} is the name of {len(shared)} facilities: {', '.join(shared)}",
                "write the id of one",
            )
            return False, None
        facility_id = self._facility(v["facility"])
        if facility_id is not None:
            found = sorted(self.by_name.get((facility_id, normalise_name(v["name_vi"])), []))
            if len(found) > 1:
                bad(
                    "name_vi",
                    f"{v['name_vi']!r} of {facility_id!r} matches {len(found)} products: {', '.join(found)}",
                    f"write the product's id in the {column!r} column",
                )
                return False, None
            if found:
                return True, found[0]
        ident = slugify(v["name_vi"])
        if not ident:
            bad(
                "name_vi",
                f"cannot make an id from {v['name_vi']!r}: use letters or digits",
                f"write the product's id in the {column!r} column",
            )
            return False, None
        if ident in products:
            other = products[ident]
            bad(
                "name_vi",
                f"the id {ident!r} is taken by {other.rel}, a product of {other.data['facility']!r}",
                f"write its id in the {column!r} column if it is that product, else a new id",
            )
            return False, None
        return False, ident

    def _facility(self, value: str) -> str | None:
        """The id of an existing facility, by id or name."""
        return self.facilities.find(value)

    def _add(self, ident: str, cert: Cert, row: Row, bad: Any) -> None:
        """Append ``cert`` to an existing product, unless it holds that decision already."""
        record = self.catalogue.products[ident]
        held = record.data["certifications"]
        same = next((c for c in held if (c["programme"], c["decision"]) == (cert["programme"], cert["decision"])), None)
        if same is not None:
            if (same["level"], same["round"], same["year"]) != (cert["level"], cert["round"], cert["year"]):
                bad(
                    "decision",
                    f"{ident!r} holds decision {cert['decision']!r} at {_describe(same)}, not at {_describe(cert)}",
                    "check --round and the level column",
                )
                return
            self.plan.lines.append(f"row {row.number}: already recorded ({ident})")
            return
        rival = next((c for c in held if round_key(c) == round_key(cert)), None)
        if rival is not None:
            bad(
                "decision",
                f"{ident!r} holds round {cert['round']} of {cert['programme']!r} in {cert['year']} "
                f"by decision {rival['decision']!r}, not {cert['decision']!r}",
                "correct the sheet, or the record if the council replaced its decision",
            )
            return
        path = self.catalogue.root / record.rel
        self.plan.update[path] = edit_record(read_record(path), lambda text: append_certification(text, cert))
        self.plan.lines.append(f"row {row.number}: adds {cert['level']} {cert['year']} to {ident}")

    def _create(
        self, ident: str, v: dict[str, str], row: Row, bad: Any, group: str | None, cert: Cert | None, kind: str
    ) -> None:
        """A new product record (and its facility's, when the facility is new)."""
        root = self.catalogue.root
        made = None
        facility_id = self._facility(v["facility"])
        if facility_id is None:
            facility_id = slugify(v["facility"])
            if not facility_id:
                bad("facility", f"cannot make an id from {v['facility']!r}: use letters or digits")
                return
            if facility_id not in self.new_facilities:
                made = facility_record(
                    v, row, bad, self.places, self.config, lambda: closest(v["facility"], self.catalogue.facilities)
                )
                if made is None:
                    return
                self.new_facilities[facility_id] = made
                self.plan.create[root / "content/facilities" / f"{facility_id}.yml"] = (
                    "# imported from " + self.rel + "\n" + dump(made)
                )
        if group is None or cert is None:
            return
        if kind == "set":
            bad("kind", "a new set needs its member items", "import it as a product, then add items: to the record")
            return
        data = CommentedMap()
        data["name"] = flow({"vi": v["name_vi"], **({"en": v["name_en"]} if v.get("name_en") else {})})
        data["kind"] = "product"
        data["group"] = group
        data["facility"] = facility_id
        data["certifications"] = [flow(cert)]
        data["first_entry"] = True
        data["summary"] = flow({"vi": v.get("summary_vi") or v["name_vi"]})
        self.plan.create[root / "products" / f"{ident}.yml"] = f"# imported from {self.rel}, row {row.number}\n" + dump(
            data
        )
        like = "" if made is not None else ", ".join(products_like(self.catalogue, facility_id, v["name_vi"]))
        # A product certified again belongs in its own record: name a record it may be, so the row gets its id.
        note = (
            f" (like {like}: if it is that product, write its id in the {self.headers['id']!r} column)" if like else ""
        )
        self.plan.lines.append(f"row {row.number}: new product {ident}{note}")
        if made is not None:
            self.plan.lines.append(f"row {row.number}: new facility {facility_id}")


def plan_import(catalogue: Catalogue, path: Path, report: Report, rnd: Record | None = None) -> Plan:
    """Check every row of a sheet for the round ``rnd`` (default: the latest) and work out the
    files to create and update; write nothing. Problems go to ``report``."""
    rnd = rnd or pick_round(catalogue)
    config = catalogue.config
    headers = {name: default for name, (default, _) in COLUMNS.items()} | config.get("import", {}).get("columns", {})
    required = REQUIRED if rnd.data.get("level") else (*REQUIRED, "level")
    rows = read_rows(path, headers, required, report, path.name)
    planner = _Planner(catalogue, path.name, rnd, headers, report)
    if report.errors:
        return planner.plan
    for row in rows:
        if row.heading:
            planner.plan.lines.append(f"row {row.number}: a heading, no product: {row.heading!r}")
        else:
            planner.row(row)
    return planner.plan


def apply(plan: Plan) -> None:
    """Write the planned files (new ones are never overwritten)."""
    for path, text in sorted(plan.create.items()):
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "x", encoding="utf-8") as handle:
            handle.write(text)
    for path, text in sorted(plan.update.items()):
        write_record(path, text)
