"""Render stage: one Markdown page per record and listing, per language.

Jinja2 renders each page body with autoescaping and StrictUndefined, so record
text is always escaped and a typo in a template fails loudly. Each page is
written to ``<staging>/docs/<lang>/`` as Markdown whose front matter carries
only pre-escaped values: MkDocs themes print page meta without escaping.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import escape

from ..incremental.digests import code_digest, digest
from ..incremental.plan import Plan
from ..media.photos import Photo
from ..output.exports import vcard
from ..output.open_data import open_data_columns
from ..output.search import indexed_part, search_parts, spelled_with_d
from ..profiles import WEB, Profile
from ..records.links import Links
from ..records.model import Catalogue
from ..workers import FORK_FROM_PAGES, forked_pool
from . import jsonld, shortlist
from .attract import write_attract
from .charts import bar_chart
from .richtext import markdown_html
from .site import Site
from .urls import absolute_url, doc_file
from .view import View


@dataclass
class PageSpec:
    """A page to render: its kind, the record or listing it shows, its template."""

    kind: str
    ident: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)


@dataclass
class Rendered:
    """What render produced, for the later stages."""

    pages: dict[str, list[str]]  # lang -> site-relative paths of every page (written or reused)
    fallbacks: dict[str, int]  # lang -> texts that fell back to another language
    page_fallbacks: dict[str, int] = field(default_factory=dict)  # "lang:path" -> the same, per page
    indexed: dict[str, str] = field(default_factory=dict)  # "lang:path" -> digest of what search indexes
    written: int = 0  # pages rendered afresh


def load_strings(theme: Path) -> dict[str, dict[str, str]]:
    """The interface strings of ``theme/locales/strings.yml``."""
    # The C loader: PyYAML's own took 0.35 s of every build for this one file.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((theme / "locales" / "strings.yml").read_text(encoding="utf-8"), Loader=loader)


#: Page kinds drawn by another kind's template.
_TEMPLATES = {"catalogue-part": "catalogue.html"}


def plan(links: Links, profile: Profile = WEB) -> list[PageSpec]:
    """Every page of one language the profile builds, in the link stage's stable order.

    Made once per build: the render workers, forked later, find it made.
    """
    made = _PLANS.get(profile.name)
    if made is None or made[0] is not links:
        specs = [
            PageSpec(kind, ident, _TEMPLATES.get(kind, kind.replace(":", "_") + ".html"))
            for kind, ident in links.paths
            if kind not in profile.skip_pages
        ]
        made = _PLANS[profile.name] = (links, specs)
    return made[1]


_PLANS: dict[str, tuple[Links, list[PageSpec]]] = {}


def environment(theme: Path, cache: Path | None = None) -> Environment:
    """The Jinja2 environment of page bodies: autoescape on, undefined is an error.

    Compiled templates are kept in ``cache`` (Jinja2 checks each against its
    source): compiling them took each render worker 0.25 s of every edit. The
    folder is named by the generator's digest, which holds the options above.
    """
    bytecode = None
    if cache is not None:
        folder = cache / f"templates-{code_digest()[:16]}"
        for stale in cache.glob("templates-*"):
            if stale != folder:
                shutil.rmtree(stale, ignore_errors=True)
        folder.mkdir(parents=True, exist_ok=True)
        bytecode = FileSystemBytecodeCache(str(folder))
    env = Environment(
        loader=FileSystemLoader(theme / "showroom"),
        bytecode_cache=bytecode,
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["markdown"] = markdown_html
    env.globals["bar_chart"] = bar_chart
    env.globals["shortlist_entry"] = shortlist.entry_script
    env.globals["shortlist_csv_columns"] = shortlist.csv_columns
    env.globals["spelled_with_d"] = spelled_with_d
    return env


def _subject(v: View, spec: PageSpec) -> tuple[str, str, str | None, Any]:
    """Title, description, image path and JSON-LD of a page."""
    cat, config = v.cat, v.config
    site_name = v.plain(config["site_name"])
    if spec.kind == "product":
        record = cat.products[spec.ident]
        group = config["groups"][record.data["group"]]
        trail = [(v.t("products"), "index:products", ""), (v.plain(group["name"]), "group", record.data["group"])]
        data = [jsonld.product(v, record), jsonld.breadcrumb(v, trail)]
        return v.plain(record.data["name"]), v.summary(record.data["summary"]), v.card_url("product", record.id), data
    if spec.kind == "facility":
        record = cat.facilities[spec.ident]
        text = v.summary(record.get("story")) or v.plain(record.data["address"])
        return v.plain(record.data["name"]), text, v.card_url("facility", record.id), [jsonld.facility(v, record)]
    if spec.kind in ("district", "unit"):
        record = (cat.districts if spec.kind == "district" else cat.units)[spec.ident]
        text = v.summary(record.get("description")) or v.plain(record.data["name"])
        return v.plain(record.data["name"]), text, v.image_url(record), [jsonld.place(v, record, spec.kind)]
    if spec.kind == "round":
        record = cat.rounds[spec.ident]
        return v.plain(record.data["name"]), v.summary(record.get("description")), None, None
    if spec.kind == "group":
        entry = config["groups"][spec.ident]
        return v.plain(entry["name"]), v.summary(entry.get("description")), None, None
    if spec.kind == "page":
        page = cat.page(spec.ident, v.lang)
        return page.meta["title"], page.meta.get("description", ""), None, None
    if spec.kind == "home":
        return site_name, v.plain(config["tagline"]), None, None
    if spec.kind == "catalogue-part":
        part = v.site.links.catalogue_parts[spec.ident]
        title = f"{v.t('catalogue')}: {v.plain(config['groups'][part.group]['name'])}"
        if part.of > 1:
            title += f" ({v.t('catalogue_part')} {part.number})"
        return title, v.plain(config["tagline"]), None, None
    key = {"opendata": "open_data"}.get(spec.kind, spec.kind.partition(":")[2] or spec.kind)
    return v.t(key), v.plain(config["tagline"]), None, None


def _front_matter(v: View, spec: PageSpec, body_fallbacks: int) -> dict[str, Any]:
    """Page meta for the theme; every text value is escaped here, once."""
    title, description, image, data = _subject(v, spec)
    config = v.config
    base = config["base_url"]
    alternates = []
    for lang in v.cat.languages:
        alternates.append(
            {
                "lang": lang,
                "href": v.url(spec.kind, spec.ident, lang),
                "absolute": v.absolute(spec.kind, spec.ident, lang),
                "label": str(escape(v.site.strings["language"].get(lang, lang))),
            }
        )
    canonical = next(a["absolute"] for a in alternates if a["lang"] == v.lang)
    return {
        "title": str(escape(title)),
        "description": str(escape(description)),
        "hide": ["navigation", "toc"],
        "sr": {
            "kind": spec.kind.partition(":")[0],
            "lang": v.lang,
            "canonical": canonical,
            "alternates": alternates,
            "image": absolute_url(base, image) if image else "",
            "jsonld": [jsonld.script_json(item) for item in data or []],
            "fallback": body_fallbacks > 0,
            "home": v.url("home"),
            "search": v.url("search"),
            "root": v.root(""),
        },
    }


def render(
    catalogue: Catalogue,
    links: Links,
    photos: dict[tuple[str, str], Photo],
    cards: dict[tuple[str, str, str], str],
    theme: Path,
    strings: dict[str, dict[str, str]],
    docs: Path,
    cache: Path,
    day: dt.date,
    profile: Profile = WEB,
    changed: Plan | None = None,
    bundles: list[str] | None = None,
) -> Rendered:
    """Write every page's Markdown into ``docs/<lang>/``, except those ``changed`` keeps as they are.

    Languages are rendered in parallel, one process each, when the machine has the cores
    and there are pages enough to share (``FORK_FROM_PAGES``).
    """
    env = environment(theme, cache)
    env.globals["open_data_columns"] = _open_data_columns
    env.globals["vcard_text"] = _vcard_text
    site = Site(catalogue, links, photos, strings, day, cards, cache, kiosk=profile.kiosk)
    site.search_bundles = bundles if bundles is not None else list(search_parts(catalogue))
    site.card_macro = env.get_template("_macros.html").module.product_card
    reuse = changed.reuse if changed else set()
    if any(
        (lang, links.path(kind, ident, lang)) not in reuse
        for kind, ident in _counting(links)
        for lang in catalogue.languages
    ):
        site.count_ahead()  # only for the pages that count (0.3 s at 20,000 products)
    _JOB.clear()
    reused = changed.fallbacks if changed else {}
    _JOB.update(env=env, site=site, docs=docs, profile=profile, reuse=reuse, reused=reused)
    languages = catalogue.languages
    workers = min(len(languages), os.cpu_count() or 1)
    if workers > 1 and len(plan(links, profile)) * len(languages) - len(reuse) >= FORK_FROM_PAGES:
        # Forked workers inherit the loaded catalogue and compiled templates: nothing is pickled but results.
        with forked_pool(workers) as pool:
            results = list(pool.map(_render_language, languages))
    else:
        results = [_render_language(lang) for lang in languages]
    _JOB.clear()
    rendered = Rendered({}, {})
    for lang, (written, fallbacks, per_page, indexed, count) in zip(languages, results, strict=True):
        rendered.pages[lang] = written
        rendered.fallbacks[lang] = fallbacks
        rendered.page_fallbacks.update(per_page)
        rendered.indexed.update(indexed)
        rendered.written += count
    if profile.kiosk:
        lang0 = catalogue.languages[0]
        rendered.pages[lang0].append(write_attract(env, site, docs / lang0))
    return rendered


def _counting(links: Links) -> list[tuple[str, str]]:
    """The pages whose lists ``Site.count_ahead`` counts: home, statistics, rounds."""
    pages = [("home", ""), ("statistics", ""), *(("round", ident) for ident in links.round_products)]
    return [page for page in pages if page in links.paths]


#: What the language workers render: set by ``render`` before it forks them.
_JOB: dict[str, Any] = {}


# The templates' functions read the job rather than close over the catalogue: Jinja2's
# environment and its templates refer to each other, and a closure there left the whole
# catalogue (530,000 objects at 20,000 products) to the garbage collector once pages were
# rendered in the building process: 0.4 s at the end of every small edit.
def _open_data_columns(kind: str) -> list[str]:
    site = _JOB["site"]
    return open_data_columns(site.catalogue, site.links, kind)


def _vcard_text(facility_id: str) -> str:
    site = _JOB["site"]
    return vcard(site.catalogue, site.links, facility_id)


def _render_language(lang: str) -> tuple[list[str], int, dict[str, int], dict[str, str], int]:
    """Render one language's pages; return (paths, fallbacks, fallbacks per page, indexed digests, pages written)."""
    env, site, docs = _JOB["env"], _JOB["site"], _JOB["docs"]
    catalogue, links = site.catalogue, site.links
    reuse, reused = _JOB["reuse"], _JOB["reused"]
    paths, per_page, indexed = [], {}, {}
    fallbacks = count = 0
    (docs / lang).mkdir(parents=True, exist_ok=True)  # MkDocs needs the folder when no page of it changed
    for spec in plan(links, _JOB["profile"]):
        path = links.path(spec.kind, spec.ident, lang)
        paths.append(path)
        if (lang, path) in reuse:  # unchanged since the published build: its HTML is kept
            fallbacks += reused.get(f"{lang}:{path}", 0)
            continue
        v = View(site, lang, path)
        context = {"v": v, "cat": catalogue, "links": links, "config": catalogue.config, "spec": spec}
        if spec.kind == "page":
            context["page"] = catalogue.page(spec.ident, lang)
            v.fallbacks += context["page"].lang != lang  # the whole page is untranslated
        body = env.get_template(spec.template).render(context)
        meta = _front_matter(v, spec, v.fallbacks)
        fallbacks += v.fallbacks
        per_page[f"{lang}:{path}"] = v.fallbacks
        part = indexed_part(body)
        indexed[f"{lang}:{path}"] = digest(part) if part is not None else ""
        count += 1
        target = docs / lang / doc_file(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        # JSON is YAML too, and writing it is far faster than PyYAML's emitter.
        front = json.dumps(meta, ensure_ascii=False, sort_keys=True) + "\n"
        target.write_text(f"---\n{front}---\n\n{body}", encoding="utf-8")
    return paths, fallbacks, per_page, indexed, count
