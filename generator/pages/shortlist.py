"""What the shortlist page knows of a product: a small JSON block on the product's own page.

The shortlist page (``theme/showroom/shortlist.html``, ``theme/assets/shortlist.js``) is
named by its address, ``…/<shortlist>/?ids=a,b,c``, and shows only those products. It
fetches each product's own page, which a browser offline or a kiosk has anyway, and reads
this block from it. No file of every product is loaded, so a list costs the same at 3
products as at 20,000, and the block changes exactly when the product page does: the
incremental build keys it with the page, and nothing new is written per product.

The block is data, never markup: JSON in ``<script type="application/json">`` with ``<``,
``>`` and ``&`` escaped (``jsonld.script_json``), which the page's script reads with
``JSON.parse`` and shows through ``textContent``. Links in it are relative to the
product's page, as every link of the site is.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from ..records.certifications import other_programmes
from ..records.model import Record
from ..records.types import ID_PATTERN
from .jsonld import script_json
from .pictured import PLACEHOLDER
from .view import View

#: The most products one shortlist holds: a list is a buyer's picks, not a catalogue, and
#: its address (and the kiosk's QR code of it) must stay short enough to share.
MAX_PRODUCTS = 60
#: The longest id a record may have (``records.types.Id``).
MAX_ID_LENGTH = 80
#: The specifications a shortlist shows, in the product page's order (a printed entry has
#: room for three lines).
SPECS = ("net_content", "packaging", "shelf_life")
#: The columns of the shortlist's spreadsheet before its trade facts, each with the string
#: that heads it in the page's language: what a buyer compares, then whom to call.
CSV_COLUMNS = (
    ("id", "shortlist_csv_id"),
    ("name", "product"),
    ("certification", "certification"),
    ("price", "price"),
    *((key, key) for key in SPECS),
    ("producer", "producer"),
    ("phone", "shortlist_csv_phone"),
    ("email", "email"),
    ("zalo", "zalo"),
    ("address", "address"),
    ("url", "shortlist_csv_page"),
)
#: The trade facts a shortlist shows and exports, by their CSV column with the string that
#: labels them (in the list and at the head of the column), in the order of the product
#: page's "For distributors" block.
TRADE_COLUMNS = (
    ("moq", "moq"),
    ("capacity_per_month", "capacity"),
    ("wholesale", "wholesale"),
    ("gtin", "barcode"),
    ("certificates", "certificates"),
    ("origin_protection", "origin_protection"),
    ("export_markets", "export_markets"),
    ("lead_time", "lead_time"),
)


def csv_columns(v: View) -> list[list[str]]:
    """The spreadsheet's columns as ``[column, heading]``, headings in ``v``'s language."""
    return [[column, v.t(key)] for column, key in (*CSV_COLUMNS, *TRADE_COLUMNS)]


def limits() -> dict[str, Any]:
    """What the showroom script checks an id and a list against: the records' own id rule."""
    return {"pattern": ID_PATTERN, "max_length": MAX_ID_LENGTH, "max": MAX_PRODUCTS}


def entry(v: View, product: Record) -> dict[str, Any]:
    """What the shortlist page shows, prints, exports and mails of ``product`` in ``v``'s language."""
    facility = v.facility_of(product)
    cert = v.badge_cert(product)
    badge = v.badge_text(cert)
    expired = v.expired(product)
    if expired:
        badge = f"{v.t('expired')} · {badge}"
    price = product.get("price")
    price_text = ""
    if price:
        price_text = v.money(price["min"])
        if price.get("max") and price["max"] != price["min"]:
            price_text += " – " + v.money(price["max"])
    specs = product.get("specs") or {}
    found = v.photo(product)
    if found:
        photo, alt = found
        width, height = photo.sizes[0]
        image = {"src": v.root(photo.file(width, "jpg")), "width": width, "height": height, "alt": v.plain(alt)}
    else:
        image = {"src": v.asset(PLACEHOLDER), "width": 4, "height": 3, "alt": v.t("no_photo")}
    contact: dict[str, str] = {
        "id": facility.id,
        "name": v.plain(facility.data["name"]),
        "href": v.url("facility", facility.id),
        "phone": facility.data["phone"],
        "address": v.plain(facility.data["address"]),
    }
    for key in ("zalo", "email"):
        if facility.get(key):
            contact[key] = facility.data[key]
    if not v.kiosk:  # a kiosk links nothing outside the machine, and calls no one
        contact["tel"] = v.tel(facility.data["phone"])
        if facility.get("zalo"):
            contact["zalo_href"] = v.zalo(facility.data["zalo"])
    return {
        "id": product.id,
        "name": v.plain(product.data["name"]),
        "url": v.absolute("product", product.id),
        "kind": v.t("product_set") if product.data["kind"] == "set" else "",
        "badge": badge,
        "marks": [] if expired else v.other_marks(product),  # e.g. "OCOP ★★★★"
        "certified": certified(v, product, cert, expired),
        "price": price_text,
        "specs": [[key, v.t(key), v.plain(specs[key])] for key in SPECS if key in specs],
        "trade": trade_facts(v, product),
        "photo": image,
        "producer": contact,
    }


def certified(v: View, product: Record, badge: dict[str, Any], expired: bool) -> list[str]:
    """The certifications the spreadsheet names in full: the ``badge``'s, then each other
    programme's, each with its decision and how long it is valid (what a buyer checks)."""
    certs = [badge, *([] if expired else other_programmes(product, v.site.today, v.config))]
    texts = []
    for cert in certs:
        details = [f"{v.t('decision')} {cert['decision']}"]
        if cert.get("expires"):
            details.append(f"{v.t('expires')} {v.date(cert['expires'])}")
        programme = v.label("programmes", cert["programme"], short=True)
        texts.append(f"{programme} · {v.badge_text(cert)} ({', '.join(details)})")
    if expired:
        texts[0] = f"{v.t('expired')} · {texts[0]}"
    return texts


def trade_facts(v: View, product: Record) -> list[list[str]]:
    """The product's trade facts as ``[column, label, text]``, in ``TRADE_COLUMNS`` order.

    Only current certificates are named: the list is what a buyer acts on, and the product's
    page keeps the ended ones, marked.
    """
    trade = v.trade(product)
    if not trade:
        return []

    def amount(fact: dict[str, Any]) -> str:
        return f"{v.number(fact['quantity'])} {v.plain(fact['unit'])}"

    facts: list[list[str]] = []  # appended in TRADE_COLUMNS order
    heading = dict(TRADE_COLUMNS)

    def add(column: str, text: str) -> None:
        facts.append([column, v.t(heading[column]), text])

    if trade.get("moq"):
        add("moq", amount(trade["moq"]))
    if trade.get("capacity"):
        add("capacity_per_month", f"{amount(trade['capacity'])} {v.t('per_month')}")
    if trade.get("wholesale"):
        unit = v.plain(trade["wholesale"]["unit"])
        tiers = "; ".join(f"{v.number(t['from'])}+: {v.money(t['price'])}/{unit}" for t in trade["wholesale"]["tiers"])
        add("wholesale", tiers)
    if trade.get("gtin"):
        add("gtin", trade["gtin"])
    current = []
    for cert, ended in v.trade_certificates(product):
        if not ended:
            until = f" ({v.t('expires')} {v.date(cert['expires'])})" if cert.get("expires") else ""
            kind = v.config["certificate_kinds"][cert["kind"]]
            current.append(f"{v.plain(kind.get('short') or kind['name'])} {cert['number']}{until}")
    if current:
        add("certificates", "; ".join(current))
    if trade.get("origin_protection"):
        origins = "; ".join(
            f"{v.origin_kind(o['kind'])}{': ' + v.plain(o['name']) if o.get('name') else ''} ({o['registration']})"
            for o in trade["origin_protection"]
        )
        add("origin_protection", origins)
    if trade.get("export_markets"):
        add("export_markets", v.countries(trade["export_markets"]))
    if trade.get("lead_time_days") is not None:
        add("lead_time", v.lead_time(trade["lead_time_days"]))
    return facts


def entry_script(v: View, product: Record) -> Markup:
    """The product's entry as a JSON block for its page."""
    data = script_json(entry(v, product))
    return Markup(f'<script type="application/json" data-shortlist-entry>{data}</script>')
