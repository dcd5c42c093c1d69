"""Validate stage: check ``site_config.yml`` and every record against the schema.

Every problem of the run is collected in the report (with file, line, column
and field); nothing is raised here, so one run shows them all.
"""

from __future__ import annotations

import difflib
import unicodedata
from pathlib import Path
from typing import Any

import yaml

from ..incremental.digests import digest
from .cache import RecordCache
from .config_schema import SITE_CONFIG
from .diagnostics import Mark, Report
from .load import Project, Source, load_yaml_file
from .model import Catalogue, Page, Record, name_order, pick_language
from .schema import DETAIL_FIELDS, PAGE, RECORD_SCHEMAS, REF_NAMES
from .types import INVALID, Context, PendingRef, is_id

DEFAULT_LANGUAGES = ["vi", "en"]
DEFAULT_CONFIG = {
    "featured_count": 8,
    "listing_cards": 200,
    "search_part_size": 4000,
    "expired": "mark",
    "expiry_warning_days": 90,
    "images": {"widths": [320, 640, 960], "quality": 78, "max_kb": 120},
    "kiosk": {"idle_seconds": 90, "slide_seconds": 8},
    "certificate_kinds": {},
}


def _child(node: yaml.Node | None, name: str) -> yaml.Node | None:
    """The value of ``name`` in a mapping node, if the node is a mapping that has it."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if getattr(key, "value", None) == name:
                return value
    return None


def _languages_node(node: yaml.Node | None) -> yaml.Node | None:
    """The node of the configuration's language list, if it has one."""
    return _child(node, "languages")


def _languages(node: yaml.Node | None) -> list[str]:
    """Read the language list before anything else: translated fields need it."""
    if isinstance(node, yaml.SequenceNode):
        langs = [v.value for v in node.value if isinstance(v, yaml.ScalarNode) and is_id(v.value)]
        if langs:
            return langs
    return list(DEFAULT_LANGUAGES)


def _config(source: Source | None, report: Report) -> tuple[dict[str, Any], Context]:
    written = _languages_node(source.node if source else None)
    languages = _languages(written)
    ctx = Context(report, source.rel if source else "site_config.yml", languages)
    data: Any = INVALID
    probe = Context(report, ctx.rel, languages)  # a context of its own: the whole file is parsed next
    if written is not None and SITE_CONFIG.fields["languages"].parse(written, probe, "languages") is INVALID:
        pass  # every text of the file is read by its language: the list is reported alone
    elif len(set(languages)) != len(languages):  # alone too: [vi, vi] meant [vi, en], not "en is unknown"
        report.error(ctx.mark(written) if written else Mark(ctx.rel), "languages", "a language is listed twice")
    elif source and source.node is not None:
        data = SITE_CONFIG.parse(source.node, ctx, "")
        _languages_in_theme(languages, written, ctx)
    config = {**DEFAULT_CONFIG, **(data if isinstance(data, dict) else {}), "languages": languages}
    config["images"] = {**DEFAULT_CONFIG["images"], **config.get("images", {})}
    config["kiosk"] = {**DEFAULT_CONFIG["kiosk"], **config.get("kiosk", {})}
    if isinstance(data, dict):
        _sections_once(data.get("sections", {}), _child(source.node if source else None, "sections"), ctx)
    return config, ctx


def _languages_in_theme(languages: list[str], node: yaml.Node | None, ctx: Context) -> None:
    """Report a language the theme has no interface for (its menus, search and dates): the
    build would stop at it, naming a template file instead of the configuration."""
    import material

    folders = [
        Path(material.__file__).parent / "templates/partials/languages",
        ctx.report.root / "theme/partials/languages",
    ]
    known = sorted({p.stem for folder in folders if folder.is_dir() for p in folder.glob("*.html") if is_id(p.stem)})
    items = node.value if isinstance(node, yaml.SequenceNode) else []
    for i, lang in enumerate(languages):
        if lang not in known:
            at = items[i] if i < len(items) else node
            ctx.report.error(
                ctx.mark(at) if at is not None else Mark(ctx.rel),
                "languages",
                f"the theme has no interface in {lang!r}",
                f"use one of: {', '.join(known)}; or add theme/partials/languages/{lang}.html",
            )


def _sections_once(sections: dict[str, Any], node: yaml.Node | None, ctx: Context) -> None:
    """Report a URL folder given to two sections in one language, at the second: their
    listings would be one page (the link stage would only see two pages clash)."""
    owners: dict[tuple[str, str], str] = {}
    for section, names in sections.items():
        for lang, folder in names.items():
            first = owners.setdefault((lang, folder), section)
            if first != section:
                at = _child(_child(node, section), lang)
                ctx.report.error(
                    ctx.mark(at) if at is not None else Mark(ctx.rel),
                    f"sections.{section}.{lang}",
                    f"{folder!r} is the folder of the {first} section already",
                    "give each section a folder of its own",
                )


def _record(
    source: Source, languages: list[str], report: Report, refs: list[tuple[Any, ...]], cache: RecordCache
) -> Record | None:
    """The valid record of ``source`` (from the cache when it holds it), else None."""
    if source.cached:
        kept = cache.get(source, languages)
        if kept is not None:
            refs.extend(kept[1])
            return kept[0]
        source.node = load_yaml_file(Path(source.path), report.root, report)  # the languages changed
    problems, first_ref = len(report.problems), len(refs)
    record = _parse_record(source, languages, report, refs)
    if record is not None and source.digest and len(report.problems) == problems:
        cache.put(source, languages, record, refs[first_ref:])
    return record


def _parse_record(source: Source, languages: list[str], report: Report, refs: list[PendingRef]) -> Record | None:
    if not is_id(source.id):
        report.error(
            Mark(source.rel),
            "",
            f"file name {source.id!r} is not a valid id",
            "rename the file with lower-case letters a-z, digits and hyphens, e.g. nuoc-mam-phu-quoc.yml",
        )
    if source.node is None:
        return None
    ctx = Context(report, source.rel, languages, refs=refs)
    data = RECORD_SCHEMAS[source.kind].parse(source.node, ctx, "")
    if data is INVALID or not is_id(source.id):
        return None
    marks = {name: (mark.line, mark.col) for name, mark in ctx.marks.items()}
    detail = DETAIL_FIELDS[source.kind]
    listed = digest({name: value for name, value in data.items() if name not in detail})
    order = name_order(str(pick_language(data.get("name"), languages[0], languages)[0]))
    return Record(source.kind, source.id, source.rel, source.path, data, marks, source.digest, listed, order)


def _check_refs(refs: list[tuple[Any, ...]], catalogue: Catalogue, report: Report, project: Project) -> None:
    """Report each reference to a record or config entry that is not there, with the nearest ids.

    A record of the project that has errors of its own (so is not in ``catalogue``) is not
    unknown: its products are not told "unknown facility" for a typo in the facility's phone.
    """
    present: dict[str, set[str]] = {}  # the project's record ids, listed at the first miss only
    for fields in refs:
        target, ident = fields[0], fields[1]  # PendingRef's first fields: cached references are plain tuples
        if not target.startswith("config:") and ident in catalogue.records.get(target, ()):
            continue  # the common case, without listing tens of thousands of ids
        if not present:
            present = {kind: {source.id for source in sources} for kind, sources in project.records.items()}
        if ident in present.get(target, ()):
            continue
        ref = PendingRef._make(fields)
        if ref.target.startswith("config:"):
            section = ref.target.split(":", 1)[1]
            if section not in catalogue.config:
                continue  # site_config.yml itself is broken; that error is reported already
            known = list(catalogue.config.get(section, {}))
        else:
            valid = catalogue.records.get(ref.target, {})
            known = [*valid, *sorted(present.get(ref.target, set()) - set(valid))]
        if ref.id not in known:
            near = difflib.get_close_matches(ref.id, known, n=3, cutoff=0.75)
            hint = (
                "did you mean " + " or ".join(repr(ident) for ident in near) + "?"
                if near
                else f"known: {', '.join(known[:12])}{'…' if len(known) > 12 else ''}"
                if known
                else ""
            )
            report.error(ref.mark, ref.field, f"unknown {REF_NAMES[ref.target]} {ref.id!r}", hint)


def _check_rounds(catalogue: Catalogue, report: Report) -> dict[tuple[str, int, int], Record]:
    """Rounds by (programme, year, number); two records of one round are an error."""
    rounds: dict[tuple[str, int, int], Record] = {}
    programmes = catalogue.config.get("programmes") or {}
    for rnd in catalogue.rounds.values():
        key = (rnd.data["programme"], rnd.data["year"], rnd.data["number"])
        if key in rounds:
            report.error(
                rnd.mark("number"), "number", f"round {key[2]} of {key[0]!r} in {key[1]} is also {rounds[key].rel}"
            )
        rounds.setdefault(key, rnd)
        levels = programmes.get(rnd.data["programme"], {}).get("levels", {})
        if levels and rnd.data.get("level") and rnd.data["level"] not in levels:
            report.error(
                rnd.mark("level"),
                "level",
                f"unknown level {rnd.data['level']!r} of programme {rnd.data['programme']!r}",
                f"known: {', '.join(levels)}",
            )
    return rounds


def _check_certifications(product: Record, catalogue: Catalogue, rounds: dict, report: Report) -> None:
    programmes = catalogue.config.get("programmes") or {}
    decisions: dict[tuple[str, str], int] = {}
    for i, cert in enumerate(product.data["certifications"]):
        name = f"certifications[{i}]"
        programme, year = cert["programme"], cert["year"]
        levels = programmes.get(programme, {}).get("levels", {})
        if levels and cert["level"] not in levels:
            report.error(
                product.mark(f"{name}.level"),
                f"{name}.level",
                f"unknown level {cert['level']!r} of programme {programme!r}",
                f"known: {', '.join(levels)}",
            )
        if programme in programmes and (programme, year, cert["round"]) not in rounds:
            report.error(
                product.mark(f"{name}.round"),
                f"{name}.round",
                f"no round {cert['round']} of programme {programme!r} in {year}",
                "add a record for it in content/rounds/",
            )
        if cert["date"].year != year:
            report.error(product.mark(f"{name}.date"), f"{name}.date", f"is in {cert['date'].year}, not in {year}")
        if cert.get("expires") and cert["expires"] < cert["date"]:
            report.error(product.mark(f"{name}.expires"), f"{name}.expires", "is before the decision date")
        first = decisions.setdefault((programme, cert["decision"]), i)
        if first != i:
            report.error(
                product.mark(f"{name}.decision"),
                f"{name}.decision",
                f"decision {cert['decision']!r} of programme {programme!r} is also certifications[{first}]",
                "keep one of the two",
            )


def _check_trade(product: Record, report: Report) -> None:
    """Wholesale tiers go from the smallest order up; an export market is named once."""
    trade = product.data.get("trade") or {}
    tiers = (trade.get("wholesale") or {}).get("tiers", [])
    for i in range(1, len(tiers)):
        if tiers[i]["from"] <= tiers[i - 1]["from"]:
            name = f"trade.wholesale.tiers[{i}].from"
            report.error(
                product.mark(name),
                name,
                f"{tiers[i]['from']} is not above the tier before it ({tiers[i - 1]['from']})",
                "list the tiers from the smallest order up",
            )
    markets = trade.get("export_markets", [])
    for code in sorted({c for c in markets if markets.count(c) > 1}):
        report.error(product.mark("trade.export_markets"), "trade.export_markets", f"{code} is listed twice")


def _check_places(catalogue: Catalogue, report: Report) -> None:
    """Facilities name a place; units belong to the province covered; districts to it or a former one."""
    province = (catalogue.config.get("province") or {}).get("id")
    former = catalogue.config.get("former_provinces") or {}
    for facility in catalogue.facilities.values():
        if not facility.get("unit") and not facility.get("district"):
            report.error(
                facility.mark("type"),
                "unit",
                "names neither its current unit nor its former district",
                "write unit: <id of its commune, ward or special zone> (and district: <id> if it had one)",
            )
    for unit in catalogue.units.values():
        if province and unit.data["province"] != province:
            report.error(
                unit.mark("province"),
                "province",
                f"{unit.data['province']!r} is not the province this showroom covers ({province!r})",
                "a unit of another province belongs in that province's showroom",
            )
    for district in catalogue.districts.values():
        named = district.get("province")
        if named and province and named != province and named not in former:
            known = ", ".join([province, *former])
            report.error(district.mark("province"), "province", f"unknown province {named!r}", f"known: {known}")
        if district.get("ended") and not district.get("successors"):
            report.warning(
                district.mark("ended"),
                "successors",
                "an ended district names no successor units",
                "list the ids of the units that now cover it: successors: [...]",
            )


def _check_products(catalogue: Catalogue, report: Report) -> None:
    rounds = _check_rounds(catalogue, report)
    for product in catalogue.products.values():
        _check_certifications(product, catalogue, rounds, report)
        _check_trade(product, report)
        is_set = product.data["kind"] == "set"
        if is_set and not product.data.get("items"):
            report.error(
                product.mark("kind"), "items", "a set lists its member items", "add items: with 2 or more entries"
            )
        if not is_set and product.data.get("items"):
            report.error(product.mark("items"), "items", "only a set has member items", "write kind: set")
        price = product.data.get("price")
        if price and price.get("max") is not None and price["max"] < price["min"]:
            report.error(product.mark("price.max"), "price.max", "is lower than price.min")


def _check_unique(project: Project, report: Report) -> None:
    """Ids must stay unique even on case-insensitive disks and after normalisation."""
    for sources in project.records.values():
        seen: dict[str, Source] = {}
        for source in sources:
            key = unicodedata.normalize("NFC", source.id).casefold()
            if key in seen:
                report.error(
                    Mark(source.rel), "", f"id {source.id!r} is already used by {seen[key].rel}", "rename one of them"
                )
            else:
                seen[key] = source


def _check_aliases(catalogue: Catalogue, report: Report) -> None:
    for records in catalogue.records.values():
        owners: dict[str, str] = {}
        for record in records.values():
            for alias in record.get("aliases", []):
                if alias in records or alias in owners:
                    other = records[alias].rel if alias in records else owners[alias]
                    report.error(record.mark("aliases"), "aliases", f"{alias!r} is also the id of {other}")
                owners[alias] = record.rel


def _pages(project: Project, languages: list[str], report: Report) -> list[Page]:
    pages = []
    for source in project.pages:
        if source.lang not in languages:
            report.error(Mark(source.rel), "", f"unknown language {source.lang!r} in the file name")
            continue
        if not is_id(source.slug):
            report.error(Mark(source.rel), "", f"page name {source.slug!r} is not a valid id")
            continue
        meta: Any = {}
        if source.meta is not None:
            meta = PAGE.parse(source.meta, Context(report, source.rel, languages), "")
        else:
            report.error(Mark(source.rel), "title", "missing front matter", "start the file with ---, title: …, ---")
        if meta is not INVALID:
            pages.append(Page(source.slug, source.lang, source.rel, meta, source.body))
    return pages


def validate(project: Project, report: Report, cache: RecordCache | None = None) -> Catalogue:
    """Check the whole project; the report holds every problem found.

    Valid records are kept in ``cache`` for the next run, and taken from it.
    """
    cache = cache or RecordCache(None, project.root)
    before = len(report.errors)
    config, _ = _config(project.config, report)
    if project.config is None or project.config.node is None or len(report.errors) > before:
        # Records are read against the configuration (groups, levels, languages…): with it
        # wrong, they would draw dozens of false errors burying the one that counts.
        return Catalogue(project.root, config, {kind: {} for kind in project.records}, [])
    refs: list[tuple[Any, ...]] = []  # PendingRefs, or their plain tuples from the cache
    records: dict[str, dict[str, Record]] = {}
    for kind, sources in project.records.items():
        records[kind] = {}
        for source in sources:
            record = _record(source, config["languages"], report, refs, cache)
            if record and record.id not in records[kind]:
                records[kind][record.id] = record
    _check_unique(project, report)
    if not project.records["products"]:  # a folder moved or renamed by mistake would publish an empty showroom
        report.warning(
            Mark("products"),
            "",
            "no product records: the showroom would show no products",
            "the product records go in products/<id>.yml; run showroom in the project folder or pass -C DIR",
        )
    catalogue = Catalogue(project.root, config, records, _pages(project, config["languages"], report))
    _check_refs(refs, catalogue, report, project)
    _check_products(catalogue, report)
    _check_places(catalogue, report)
    _check_aliases(catalogue, report)
    return catalogue
