"""The kiosk profile's own page: the attract loop shown when nobody is using the screen.

The attract loop is one self-contained HTML page of slides, one per featured
product, each in every language. The render stage writes it into the default
language's docs folder, so MkDocs copies it as it is and the link check sees it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import Environment

from ..profiles import ATTRACT_PATH
from .site import Site
from .view import View

#: The loop shows at most this many products: enough variety, a small page.
MAX_SLIDES = 16
#: With fewer featured products than this, products with photos fill the loop.
MIN_SLIDES = 6


def kiosk_settings(config: dict[str, Any], t: Callable[[str], str]) -> dict[str, Any]:
    """What the kiosk script needs: timings, the attract loop's address, its buttons' words."""
    return {
        "idle_seconds": config["kiosk"]["idle_seconds"],
        "slide_seconds": config["kiosk"]["slide_seconds"],
        "attract": "/" + ATTRACT_PATH,
        "home": t("home"),
        "back": t("back"),
        "keyboard": t("kiosk_keyboard"),
        "clear": t("kiosk_clear"),
        "space": t("kiosk_space"),
        "backspace": t("kiosk_backspace"),
    }


def attract_products(v: View) -> list[str]:
    """The products of the loop: featured ones first, then others with photos, in the site's order."""
    ordered = [pid for ids in v.site.links.group_products.values() for pid in ids]
    with_photo = [pid for pid in ordered if v.photo(v.cat.products[pid])]
    featured = [pid for pid in with_photo if v.cat.products[pid].get("featured")]
    if len(featured) < MIN_SLIDES:
        featured += [pid for pid in with_photo if pid not in featured]
    return featured[:MAX_SLIDES]


def write_attract(env: Environment, site: Site, docs: Path) -> str:
    """Write the attract loop page into ``docs`` (the default language's); return its path."""
    languages = site.catalogue.languages
    views = {lang: View(site, lang, ATTRACT_PATH) for lang in languages}
    v = views[languages[0]]
    html = env.get_template("attract.html").render(
        v=v,
        views=[views[lang] for lang in languages],
        products=attract_products(v),
        settings=kiosk_settings(site.catalogue.config, v.t),
        config=site.catalogue.config,
    )
    target = docs / ATTRACT_PATH / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(html, encoding="utf-8")
    return ATTRACT_PATH
