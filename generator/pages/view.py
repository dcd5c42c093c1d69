"""What page templates may call: text in the page's language, URLs, photos.

A ``View`` belongs to one page in one language. It picks the language's text
(falling back to the default language, marked on the page and counted), makes
every link relative to the page, and writes ``<picture>`` markup for photos.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote

from markupsafe import Markup, escape

from ..media import qrcodes
from ..output.search import bundles_of
from ..records.links import RELATED, CataloguePart, public_url, related
from ..records.model import Record, counted_string, interface_string, pick_language
from .certified import Certified
from .formats import date_text, money, phone_digits, roman, tel_href
from .pictured import Pictured
from .places import Placed
from .richtext import markdown_html, offline_links, plain_text
from .site import Site
from .trade import Traded
from .urls import lang_prefix, relative_url

#: Catalogues up to this many products show the filters open on wide screens (about 55 KB of facets).
FACETS_OPEN_UP_TO = 5000

#: A link in a card made once for many pages: the site path between two marks, made relative
#: per page. No text a card shows can hold these control characters: YAML and validation refuse them.
_LINK_MARK = re.compile("\x00([^\x01]*)\x01")


class View(Certified, Placed, Traded, Pictured):
    """Helpers for one page (``path`` inside language ``lang``)."""

    def __init__(self, site: Site, lang: str, path: str | None) -> None:
        self.site = site
        self.cat = site.catalogue
        self.config = site.catalogue.config
        self.lang = lang
        self.path = path
        # None: a view of no page, whose links are marked site paths (see ``product_card``).
        self.full_path = None if path is None else lang_prefix(lang, self.cat.languages) + path
        self.fallbacks = 0

    def _link(self, target: str) -> str:
        """A relative link from this page to a site path."""
        if self.full_path is None:
            return f"\x00{target}\x01"
        return relative_url(self.full_path, target)

    def product_card(self, ident: str, eager: bool = False) -> Markup:
        """A product's card (the templates' ``product_card`` macro), made once per language and
        reused on every page that lists it.

        A card shows on about nine pages per language (its facility, district, group and
        round, its neighbours' related products) and was a third of rendering: it is made
        with its links as marked site paths, and each page only makes those relative.
        """
        key = (self.lang, ident, eager)
        made = self.site.cards_made.get(key)
        if made is None:
            blank = View(self.site, self.lang, None)
            html = str(self.site.card_macro(blank, self.product(ident), eager=eager))
            made = self.site.cards_made[key] = (html, blank.fallbacks)
        self.fallbacks += made[1]
        return Markup(_LINK_MARK.sub(lambda m: relative_url(self.full_path, m.group(1)), made[0]))

    # -- text ---------------------------------------------------------------
    def t(self, key: str) -> str:
        """An interface string in the page's language (English, then the default, as fallback)."""
        entry = self.site.strings[key]
        return interface_string(entry, self.lang, self.cat.languages)

    def t_n(self, key: str, n: int) -> str:
        """An interface string for ``n`` things ("1 product", "2 products")."""
        return counted_string(self.site.strings, key, n, self.lang, self.cat.languages)

    def _pick(self, value: dict[str, str] | str | None) -> tuple[str, str | None]:
        text, fallback = pick_language(value, self.lang, self.cat.languages)
        return str(text), fallback

    def plain(self, value: dict[str, str] | str | None) -> str:
        """Translated record text as plain text (escaped later by autoescape)."""
        return self._pick(value)[0]

    def text(self, value: dict[str, str] | str | None) -> Markup:
        """Translated record text, marked when it falls back to another language."""
        text, fallback = self._pick(value)
        return self._marked(escape(text), fallback)

    def words(self, value: dict[str, list[str]] | None) -> tuple[list[str], str | None]:
        """A translated list (search words) in the page's language, and the language it fell
        back to (None when the page's own); a fallback is counted as one text."""
        words, fallback = pick_language(value, self.lang, self.cat.languages)
        if fallback is not None:
            self.fallbacks += 1
        return list(words or []), fallback

    def _marked(self, html: Markup, fallback: str | None) -> Markup:
        if fallback is None:
            return html
        self.fallbacks += 1
        return Markup('<span lang="{}" class="sr-fallback" title="{}">{}</span>').format(
            fallback, self.t("not_translated"), html
        )

    def _legal_form(self, facility: Record) -> tuple[str, str, str, str | None]:
        """A facility's name as (before, legal form, after, fallback language).

        The form is one of its type's ``legal_forms`` that the name begins or ends
        with as whole words (the longest that fits); without one, the form is "".
        """
        text, fallback = self._pick(facility.data["name"])
        forms = self.config["facility_types"][facility.data["type"]].get("legal_forms") or {}
        for form in sorted(forms.get(fallback or self.lang, []), key=len, reverse=True):
            n = len(form)
            if text.casefold() == form.casefold():
                break  # a name that is only a legal form ("Cơ sở sản xuất") keeps it
            if text[:n].casefold() == form.casefold() and text[n : n + 1].isspace():
                return "", text[:n], text[n:], fallback
            if text[-n:].casefold() == form.casefold() and text[-n - 1 : -n].isspace():
                return text[:-n], text[-n:], "", fallback
        return text, "", "", fallback

    def maker_name(self, facility: Record) -> Markup:
        """A facility's name with its legal form kept out of the search index.

        "Cơ sở", "Công ty cổ phần", "Household Business" begin or end most producers'
        names: indexed, "co" or "cong" would match most products, and every query
        with them would fetch and rank thousands of postings.
        """
        before, form, after, fallback = self._legal_form(facility)
        html = (
            Markup("{}<span data-pagefind-ignore>{}</span>{}").format(before, form, after) if form else escape(before)
        )
        return self._marked(html, fallback)

    def search_name(self, facility: Record) -> str:
        """A facility's name without its legal form, as the search index and result cards hold it."""
        before, _, after, _ = self._legal_form(facility)
        return (before + after).strip()

    def md(self, value: dict[str, str] | None) -> Markup:
        """Translated Markdown as sanitised HTML, marked when it falls back."""
        text, fallback = self._pick(value)
        if not text:
            return Markup("")
        html = self.prose(text)
        if fallback is None:
            return html
        self.fallbacks += 1
        return Markup('<div lang="{}" class="sr-fallback" title="{}">{}</div>').format(
            fallback, self.t("not_translated"), html
        )

    def prose(self, text: str, shift_headings: bool = True) -> Markup:
        """Markdown as sanitised HTML; on a kiosk, links out become text with a QR code."""
        html = markdown_html(text, shift_headings)
        return offline_links(html, self.scan) if self.kiosk else html

    def summary(self, value: dict[str, str] | None, limit: int = 300) -> str:
        """Markdown reduced to plain text, for descriptions."""
        return plain_text(self.plain(value), limit)

    def label(self, section: str, ident: str, short: bool = False) -> Markup:
        """The name of a config entry (group, level, programme, type)."""
        entry = self.config[section][ident]
        return self.text(entry.get("short") if short and entry.get("short") else entry["name"])

    def name(self, record: Record) -> Markup:
        """A record's name in this language."""
        return self.text(record.data["name"])

    def money(self, amount: int) -> str:
        """An amount of VND formatted for the language."""
        return money(amount, self.lang)

    def date(self, day: dt.date) -> str:
        """A date formatted for the language."""
        return date_text(day, self.lang)

    def roman(self, number: int) -> str:
        """A round number in Roman numerals."""
        return roman(number)

    # -- links --------------------------------------------------------------
    def url(self, kind: str, ident: str = "", lang: str | None = None) -> str:
        """A relative link to another page of the site."""
        lang = lang or self.lang
        target = lang_prefix(lang, self.cat.languages) + self.site.links.path(kind, ident, lang)
        return self._link(target)

    def search_url(self, query: str) -> str:
        """A relative link to the search page that opens on ``query``.

        The finder reads its query from the ``q`` parameter, as the search forms send it.
        """
        return f"{self.url('search')}?q={quote(query, safe='')}"

    def absolute(self, kind: str, ident: str = "", lang: str | None = None) -> str:
        """The permanent public URL of a page (for QR codes, feeds and meta)."""
        return public_url(self.cat, kind, ident, lang or self.lang)

    def _qr_svg(self, data: str, label: str) -> Markup:
        """An inline SVG QR code of ``data``, named ``QR: label`` for screen readers."""
        svg = qrcodes.svg(data, self.site.cache / "qr")
        return Markup(svg.replace("<svg ", f'<svg role="img" aria-label="{escape("QR: " + label)}" ', 1))

    def qr(self, kind: str, ident: str = "") -> Markup:
        """An inline SVG QR code of a page's public URL, so printed labels keep working."""
        url = self.absolute(kind, ident)
        return self._qr_svg(url, url)

    @property
    def kiosk(self) -> bool:
        """True when building for an exhibition touch screen."""
        return self.site.kiosk

    def scan(self, data: str, label: str = "") -> Markup:
        """A QR code of any link or text with a caption: what a kiosk shows instead of a link out."""
        code = self._qr_svg(data, label or data)
        caption = Markup('<span class="sr-scan__label">{}</span>').format(label) if label else ""
        return Markup('<span class="sr-scan">{}{}<span class="sr-scan__hint">{}</span></span>').format(
            code, caption, self.t("scan_with_phone")
        )

    def qr_png(self, kind: str, ident: str) -> str:
        """A link to the printable PNG QR code of a page."""
        return self.root(f"qr/{kind}/{ident}.{self.lang}.png")

    def vcard(self, facility: Record) -> str:
        """A link to a facility's vCard file."""
        return self.root(f"vcard/{facility.id}.vcf")

    def root(self, path: str) -> str:
        """A relative link to a file at the site root (media, open data)."""
        return self._link(path)

    def search_bundles(self) -> list[str]:
        """Relative links to the search index's parts of the page's language; the first holds
        Pagefind's script."""
        return [self._link(bundle + "/") for bundle in bundles_of(self.site.search_bundles, self.lang)]

    def asset(self, path: str) -> str:
        """A relative link to a theme asset of this language's site."""
        return self._link(lang_prefix(self.lang, self.cat.languages) + path)

    def tel(self, phone: str) -> str:
        """A ``tel:`` link."""
        return tel_href(phone)

    def zalo(self, phone: str) -> str:
        """A link that opens a Zalo chat with the number."""
        return f"https://zalo.me/{phone_digits(phone)}"

    def mailto(self, email: str, subject: str) -> str:
        """A ``mailto:`` link with a subject; quoting keeps extra headers out."""
        return f"mailto:{quote(email, safe='@.')}?subject={quote(subject, safe='')}"

    def map_url(self, record: Record) -> str:
        """An OpenStreetMap link to the record's point, or a search for its address."""
        geo = record.get("geo")
        if geo:
            return (
                f"https://www.openstreetmap.org/?mlat={geo['lat']}&mlon={geo['lon']}#map=15/{geo['lat']}/{geo['lon']}"
            )
        return "https://www.openstreetmap.org/search?query=" + quote(self.plain(record.get("address")), safe="")

    # -- records ------------------------------------------------------------
    def product(self, ident: str) -> Record:
        """A product by id."""
        return self.cat.products[ident]

    def facility_of(self, product: Record) -> Record:
        """The facility that makes a product."""
        return self.cat.facilities[product.data["facility"]]

    def related(self, product: Record, count: int = RELATED) -> tuple[list[str], list[str]]:
        """Up to ``count`` other products of the same facility, then of the same group."""
        return related(self.site.links, product, count)

    def count_sets(self, ids: list[str]) -> int:
        """How many of the products are sets."""
        return self.site.count(ids, "kind").get("set", 0)

    def count_facilities(self, ids: list[str]) -> int:
        """How many facilities make the products."""
        return len(self.site.count(ids, "facility"))

    def counts(self, ids: list[str], by: str) -> dict[str, int]:
        """How many of the products are in each ``group``, ``level``, ``district`` or ``kind``."""
        return self.site.count(ids, by)

    def tally(self, ids: list[str], by: str) -> list[tuple[str, int]]:
        """Count products by ``group``, ``level``, ``district`` or ``kind``, as chart rows."""
        counts = self.counts(ids, by)
        if by in ("district", "unit"):
            records = self.cat.districts if by == "district" else self.cat.units
            order = sorted(counts, key=lambda k: (-counts[k], k))
            return [(self.plain(records[k].data["name"]), counts[k]) for k in order]
        if by == "kind":
            return [
                (self.t("product" if k == "product" else "product_set"), counts.get(k, 0)) for k in ("product", "set")
            ]
        if by == "level":
            programmes = self.config["programmes"]
            several = len({key.split(":")[0] for key in counts}) > 1
            rows = []
            for pid, programme in programmes.items():
                for lid in reversed(programme["levels"]):  # highest first
                    if f"{pid}:{lid}" in counts:
                        label = self.level_label({"programme": pid, "level": lid})
                        label = f"{self.label('programmes', pid, short=True)} · {label}" if several else label
                        rows.append((label, counts[f"{pid}:{lid}"]))
            return rows
        entries = self.config["groups"]
        return [
            (self.plain(entries[k].get("short") or entries[k]["name"]), counts.get(k, 0))
            for k in entries
            if k in counts
        ]

    def catalogue_sections(self, part: str = "") -> list[tuple[str, list[str]]]:
        """The groups and products a printable catalogue page lists: one ``part``, else every
        group's products when the catalogue is not split into parts (else none)."""
        links = self.site.links
        if part:
            return [(links.catalogue_parts[part].group, links.catalogue_parts[part].products)]
        if links.catalogue_parts:
            return []
        return [(g, links.group_products[g]) for g in self.config["groups"] if links.group_products.get(g)]

    def catalogue_parts(self, group: str) -> list[tuple[str, CataloguePart]]:
        """The parts of the printable catalogue that hold ``group``'s products, in order."""
        return [(ident, part) for ident, part in self.site.links.catalogue_parts.items() if part.group == group]

    def declared_rows(self, counts: dict[str, int]) -> list[tuple[str, int]]:
        """A round's declared figures per group, as chart rows."""
        groups = self.config["groups"]
        return [(self.plain(groups[g].get("short") or groups[g]["name"]), n) for g, n in counts.items()]

    def facets_open(self) -> bool:
        """Whether the finder's filter panel starts open on a wide screen.

        Each facet file lists every product (about 11 bytes a product for the five
        filters), and with them loaded Pagefind counts every value over every result.
        Above ``FACETS_OPEN_UP_TO`` products they load when the panel is opened.
        """
        return len(self.cat.products) <= FACETS_OPEN_UP_TO
