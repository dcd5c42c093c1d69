"""MkDocs stage: the only module that knows MkDocs and Material for MkDocs.

It writes one ``mkdocs.yml`` per language into the staging folder and runs
MkDocs through its Python API. Swapping the engine (Material for MkDocs is in
maintenance mode; its successor is Zensical) touches this module only.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import yaml
from markupsafe import escape

from ..pages.attract import kiosk_settings
from ..pages.formats import tel_href
from ..pages.shortlist import limits
from ..pages.urls import absolute_url, lang_prefix
from ..profiles import WEB, Profile
from ..records.model import Catalogue, interface_string, pick_language
from ..workers import forked_pool

# Material prints an end-of-life notice when run as `mkdocs`; it is about our
# engine, not about the staff's records, so it never reaches them.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


class EngineError(Exception):
    """MkDocs failed or warned: a fault of the generator, not of the records."""


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _escaped(value: dict[str, str] | None, lang: str, languages: list[str]) -> str:
    if not value:
        return ""
    return str(escape(pick_language(value, lang, languages)[0]))


def _home_url(config: dict[str, Any], lang: str, languages: list[str], profile: Profile) -> str:
    # The kiosk is served from its own machine: its 404 page links home locally.
    prefix = lang_prefix(lang, languages)
    return "/" + prefix if profile.kiosk else absolute_url(config["base_url"], prefix)


def mkdocs_config(
    catalogue: Catalogue,
    links: Any,
    strings: dict[str, dict[str, str]],
    lang: str,
    staging: Path,
    theme: Path,
    profile: Profile = WEB,
    templates: Path | None = None,
) -> dict[str, Any]:
    """The MkDocs configuration of one language's site; every text escaped.

    ``templates`` is a folder for the theme's compiled templates (see ``mkdocs_hooks.py``).
    """
    config = catalogue.config
    languages = catalogue.languages
    prefix = lang_prefix(lang, languages)

    def t(key: str) -> str:
        return str(escape(interface_string(strings[key], lang, languages)))

    def raw(key: str) -> str:  # for values the theme writes with `tojson`, which escapes them itself
        return interface_string(strings[key], lang, languages)

    def item(kind: str, key: str, ident: str = "") -> dict[str, str]:
        return {"path": prefix + links.path(kind, ident, lang), "label": t(key)}

    menu = [
        item("index:products", "products"),
        item("index:groups", "groups"),
        item("index:units", "units"),
        item("index:districts", "districts"),
        item("index:facilities", "facilities"),
    ]
    page_items = [
        {
            "path": prefix + links.path("page", slug, lang),
            "label": str(escape(catalogue.page(slug, lang).meta["title"])),
        }
        for slug in catalogue.page_slugs()
    ]
    footer = [
        item(kind, key)
        for kind, key in (
            ("index:rounds", "rounds"),
            ("statistics", "statistics"),
            ("opendata", "open_data"),
            ("catalogue", "catalogue"),
        )
        if kind not in profile.skip_pages
    ] + page_items
    agency = config["agency"]
    return {
        "site_name": _escaped(config["site_name"], lang, languages),
        "site_url": absolute_url(config["base_url"], prefix),
        "docs_dir": str(staging / "docs" / lang),
        "site_dir": str(staging / "build" / lang),
        "use_directory_urls": True,
        "strict": False,
        "theme": {"name": "material", "custom_dir": str(theme), "language": lang, "font": False, "features": []},
        "plugins": [],
        "hooks": [str(Path(__file__).with_name("mkdocs_hooks.py"))],
        "markdown_extensions": [],
        # No navigation: the theme draws its own menus, and MkDocs then needs no page but
        # those that changed (with a navigation, it would need every page the nav names).
        "nav": [],
        "not_in_nav": "/**",
        "validation": {
            "nav": {"omitted_files": "ignore", "not_found": "warn"},
            "links": {"unrecognized_links": "ignore"},
        },
        "extra": {
            "sr_templates": str(templates) if templates else "",
            "sr": {
                "site_name": _escaped(config["site_name"], lang, languages),
                "sample_banner": t("sample_banner") if config["sample_data"] else "",
                "fallback_notice": t("fallback_notice"),
                "skip": t("skip"),
                "menu": t("products"),
                "search": t("search"),
                "search_placeholder": t("search_placeholder"),
                "switch_language": t("switch_language"),
                "published_by": t("published_by"),
                "not_found": t("not_found_title"),
                "home": t("home"),
                "home_url": _home_url(config, lang, languages, profile),
                # A host serves the first language's 404 page for every missing address, English
                # ones too: that page says it in each other language as well, with its home page.
                "not_found_elsewhere": [
                    {
                        "lang": other,
                        "title": str(escape(interface_string(strings["not_found_title"], other, languages))),
                        "home": str(escape(interface_string(strings["home"], other, languages))),
                        "url": _home_url(config, other, languages, profile),
                    }
                    for other in (languages[1:] if lang == languages[0] else [])
                ],
                "agency": {
                    "name": _escaped(agency["name"], lang, languages),
                    "address": _escaped(agency.get("address"), lang, languages),
                    "phone": str(escape(agency.get("phone", ""))),
                    "tel": tel_href(agency["phone"]) if agency.get("phone") else "",
                    "email": str(escape(agency.get("email", ""))),
                },
                "menu_items": menu,
                # The shortlist's link in the header (with its count) and what showroom.js needs
                # for the control on cards and product pages.
                "shortlist": {
                    **item("shortlist", "shortlist"),
                    "products": prefix + links.path("index:products", "", lang),
                    "script": {
                        **limits(),
                        "words": {key: raw(f"shortlist_{key}") for key in ("add_named", "added", "removed", "full")},
                    },
                },
                "footer_items": footer,
                "kiosk": kiosk_settings(config, t) if profile.kiosk else None,
            },
        },
    }


def _build_one(config_file: str) -> list[str]:
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    handler = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    try:
        mkdocs_build(load_config(config_file))
    finally:
        logger.removeHandler(handler)
    return handler.messages


def configure(
    catalogue: Catalogue,
    strings: dict[str, dict[str, str]],
    staging: Path,
    theme: Path,
    profile: Profile = WEB,
    templates: Path | None = None,
) -> dict[str, dict[str, Any]]:
    """The MkDocs configuration of every language's site (see ``mkdocs_config``)."""
    return {
        lang: mkdocs_config(catalogue, catalogue.links, strings, lang, staging, theme, profile, templates)
        for lang in catalogue.languages
    }


def build_sites(configs: dict[str, dict[str, Any]], staging: Path, parallel: bool = True) -> dict[str, Path]:
    """Write each language's ``mkdocs.yml`` and build it; return the output folders.

    MkDocs' sitemaps are left out: one sitemap with every language replaces them.
    """
    files = {}
    for lang, config in configs.items():
        path = staging / f"mkdocs.{lang}.yml"
        path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=True), encoding="utf-8")
        files[lang] = str(path)
    langs = sorted(files)
    if parallel and len(langs) > 1 and (os.cpu_count() or 1) > 1:
        with forked_pool(min(len(langs), os.cpu_count() or 1)) as pool:
            results = dict(zip(langs, pool.map(_build_one, [files[x] for x in langs]), strict=True))
    else:
        results = {lang: _build_one(files[lang]) for lang in langs}
    problems = [f"[{lang}] {msg}" for lang in langs for msg in results[lang]]
    if problems:
        raise EngineError("MkDocs reported:\n" + "\n".join(problems))
    built = {lang: Path(configs[lang]["site_dir"]) for lang in langs}
    for folder in built.values():  # the exports write one sitemap with every language instead
        for name in ("sitemap.xml", "sitemap.xml.gz"):
            (folder / name).unlink(missing_ok=True)
    return built
