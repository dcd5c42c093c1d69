"""Share cards: a 1200×630 picture per product and facility page, per language.

Social networks and chat apps show it when a page is shared (Open Graph and
Twitter meta tags). Text is drawn with Noto Sans, which has every Vietnamese
diacritic; the font comes from the ``fontpkg-noto-sans`` package. Cards are
cached by a hash of everything drawn on them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import math
import os
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from fontpkg_noto_sans import ROOT as FONT_ROOT
from PIL import Image, ImageDraw, ImageFont

from ..output.files import link_folder, write_whole
from ..pages.formats import roman
from ..progress import progress
from ..records.certifications import shown
from ..records.links import Links
from ..records.model import Catalogue, Record, counted_string, interface_string, pick_language
from .geometry import cover_box, wrap_words
from .photos import Photo, prune

SIZE = (1200, 630)
CARD_VERSION = "2"
CARDS_DIR = "cards"
_FONT = FONT_ROOT / "files" / "NotoSans[wdth,wght].ttf"
#: A card is drawn again when the font changes: its version is in every card's digest.
_FONT_VERSION = metadata.version("fontpkg-noto-sans")
_INK, _MUTED, _BRAND, _GOLD, _PAPER = (29, 37, 33), (85, 97, 91), (15, 81, 50), (246, 196, 83), (250, 248, 243)


@lru_cache(maxsize=32)
def font(size: int, weight: int) -> ImageFont.FreeTypeFont:
    """Noto Sans at a size and weight (a variable font: one file, every weight)."""
    face = ImageFont.truetype(str(_FONT), size)
    face.set_variation_by_axes([weight, 100])
    return face


def star(cx: float, cy: float, radius: float) -> list[tuple[float, float]]:
    """The points of a five-pointed star (fonts may lack the ★ character)."""
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = math.pi / 2 + i * math.pi / 5
        points.append((cx + r * math.cos(angle), cy - r * math.sin(angle)))
    return points


def draw_card(photo: Path | None, title: str, lines: list[str], badge: str, site_name: str) -> Image.Image:
    """Draw one card: photo on the left, name, facts, badge and site name on the right."""
    card = Image.new("RGB", SIZE, _PAPER)
    if photo is not None:
        with Image.open(photo) as img:
            img = img.convert("RGB")
            box = cover_box(img.width, img.height, 600, 630)
            card.paste(img.resize((600, 630), Image.Resampling.LANCZOS, box=box), (0, 0))
        x = 640
    draw = ImageDraw.Draw(card)
    if photo is None:  # no photo yet: a brand panel with the certification star
        draw.rectangle((0, 0, 420, SIZE[1]), fill=_BRAND)
        draw.polygon(star(210, 315, 120), fill=_GOLD)
        x = 460
    width = SIZE[0] - x - 56
    draw.rectangle((x - 40, 0, SIZE[0], 14), fill=_BRAND)
    draw.text((x, 48), site_name, font=font(26, 600), fill=_BRAND)
    title_font = font(54 if len(title) < 40 else 46, 700)
    y = 104
    for line in wrap_words(title.split(), lambda t: draw.textlength(t, font=title_font) <= width, 4):
        draw.text((x, y), line, font=title_font, fill=_INK)
        y += int(title_font.size * 1.22)
    y += 16
    for text in lines:
        for line in wrap_words(text.split(), lambda t: draw.textlength(t, font=font(30, 400)) <= width, 2):
            draw.text((x, y), line, font=font(30, 400), fill=_MUTED)
            y += 40
    badge_font = font(28, 700)
    badge_w = int(draw.textlength(badge, font=badge_font)) + 78
    draw.rounded_rectangle((x, 530, x + badge_w, 584), radius=27, fill=_GOLD)
    draw.polygon(star(x + 32, 557, 14), fill=(91, 67, 0))
    draw.text((x + 54, 538), badge, font=badge_font, fill=(91, 67, 0))
    return card


def _job(job: tuple[str, str | None, str, list[str], str, str, str]) -> str:
    key, photo, title, lines, badge, site_name, out = job
    data = io.BytesIO()
    draw_card(Path(photo) if photo else None, title, lines, badge, site_name).save(
        data, "JPEG", quality=82, optimize=True, progressive=True
    )
    write_whole(Path(out) / f"{key}.jpg", data.getvalue())
    return key


def _text(value: dict[str, str] | None, lang: str, languages: list[str]) -> str:
    return str(pick_language(value, lang, languages)[0])


#: One encoder for every card digest: ``json.dumps`` with options makes a new one per call.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def card_jobs(
    catalogue: Catalogue,
    photos: dict[tuple[str, str], Photo],
    cache: Path,
    strings: dict[str, dict[str, str]],
    day: dt.date,
    only: set[tuple[str, str, str]] | None = None,
) -> dict[tuple[str, str, str], tuple]:
    """What to draw for every (page kind, id, language), keyed by page; only for the pages
    ``only`` names, when given."""
    config, languages = catalogue.config, catalogue.languages
    jobs = {}
    folder = str(cache)

    def best_photo(record: Record) -> str | None:
        entries = record.get("photos") or []
        found = photos.get((record.rel, entries[0]["file"])) if entries else None
        if not found:
            return None
        return f"{folder}/{found.key}-{found.sizes[-1][0]}.jpg"

    for lang in languages:
        site_name = _text(config["site_name"], lang, languages)
        label = interface_string(strings["round_short"], lang, languages)
        badges: dict[tuple[str, str, Any, Any], str] = {}  # a few levels, rounds and years for every product
        for product in catalogue.products.values():
            if only is not None and ("product", product.id, lang) not in only:
                continue
            facility = catalogue.facilities[product.data["facility"]]
            district = catalogue.place_of(facility)
            cert = shown(product, day, config)
            badge_key = (cert["programme"], cert["level"], cert["round"], cert["year"])
            badge = badges.get(badge_key)
            if badge is None:
                level = config["programmes"][cert["programme"]]["levels"][cert["level"]]
                level_name = _text(level.get("short") or level["name"], lang, languages)
                badge = badges[badge_key] = f"{level_name} · {label} {roman(cert['round'])} · {cert['year']}"
            lines = [
                f"{_text(facility.data['name'], lang, languages)} · {_text(district.data['name'], lang, languages)}"
            ]
            jobs[("product", product.id, lang)] = (
                best_photo(product),
                _text(product.data["name"], lang, languages),
                lines,
                badge,
                site_name,
            )
        for facility in catalogue.facilities.values():
            if only is not None and ("facility", facility.id, lang) not in only:
                continue
            district = catalogue.place_of(facility)
            kind = _text(config["facility_types"][facility.data["type"]]["name"], lang, languages)
            count = len(catalogue.links.facility_products.get(facility.id, []))
            jobs[("facility", facility.id, lang)] = (
                best_photo(facility),
                _text(facility.data["name"], lang, languages),
                [f"{kind} · {_text(district.data['name'], lang, languages)}"],
                f"{count} {counted_string(strings, 'count_products', count, lang, languages)}",
                site_name,
            )
    return jobs


def make_cards(
    catalogue: Catalogue,
    links: Links,
    photos: dict[tuple[str, str], Photo],
    cache: Path,
    strings: dict[str, dict[str, str]],
    day: dt.date,
    inputs: dict[tuple[str, str, str], str] | None = None,
    published: tuple[dict[tuple[str, str, str], str], dict[tuple[str, str, str], str]] | None = None,
) -> dict[tuple[str, str, str], str]:
    """Draw (or take from the cache) every share card; return page -> cache key.

    ``inputs`` are digests of what each card is drawn from (``PageKeys.card_inputs``)
    and ``published`` the published build's cards and inputs: a card whose inputs
    are unchanged keeps its key when the cache still holds it, and only the others
    are worked out (53,000 card texts and digests took 0.75 s at 20,000 products).
    """
    cache.mkdir(parents=True, exist_ok=True)
    drawn = set(os.listdir(cache))  # one listing, not a look-up per card: tens of thousands of cards
    keys: dict[tuple[str, str, str], str] = {}
    only = None
    if inputs is not None and published is not None:
        old_keys, old_inputs = published
        for page, value in inputs.items():
            key = old_keys.get(page)
            if key is not None and old_inputs.get(page) == value and f"{key}.jpg" in drawn:
                keys[page] = key
        only = inputs.keys() - keys.keys()
        if not only:
            return keys
    todo = {}
    for page, (photo, title, lines, badge, site_name) in card_jobs(
        catalogue, photos, cache.parent / "images", strings, day, only
    ).items():
        source = photo.rpartition("/")[2] if photo else ""
        digest = _ENCODE([CARD_VERSION, _FONT_VERSION, source, title, lines, badge, site_name])
        key = hashlib.sha256(digest.encode()).hexdigest()[:24]
        keys[page] = key
        if f"{key}.jpg" not in drawn:
            todo[key] = (key, photo, title, lines, badge, site_name, str(cache))
    work = [todo[k] for k in sorted(todo)]
    if len(work) > 8 and (os.cpu_count() or 1) > 1:
        with ProcessPoolExecutor(os.cpu_count()) as pool:
            list(progress(pool.map(_job, work, chunksize=8), len(work), "Share cards"))
    else:
        list(map(_job, work))
    prune(cache, set(keys.values()))
    return keys


def publish_cards(keys: dict[tuple[str, str, str], str], cache: Path, site: Path) -> None:
    """Link the cards the pages use into the site, and only those (named by content digest);
    nothing for a profile without share cards."""
    if not keys:
        return
    link_folder(site / CARDS_DIR, {f"{key}.jpg": f"{cache}/{key}.jpg" for key in keys.values()})
