"""The rules of a product's certifications, in one place.

A product holds a list of certifications, each of one programme (CNNT, OCOP…)
at one of that programme's levels, won in one round. Pages, counts, search
facets, share cards, exports and the expiry rule all read them through these
functions, so "the highest current certification" means one thing everywhere.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .model import Record

Cert = dict[str, Any]


def certifications(product: Record) -> list[Cert]:
    """A product's certifications as written in its record."""
    return product.data["certifications"]


def is_current(cert: Cert, day: dt.date) -> bool:
    """True while a certification has not ended: it has no end date, or ends on ``day`` or later."""
    expires = cert.get("expires")
    return not expires or expires >= day


def rank(cert: Cert, config: dict[str, Any]) -> tuple[int, int, dt.date]:
    """How high a certification stands: programme order in ``site_config.yml``, then level
    (lowest first there), then the newer decision."""
    programmes = list(config["programmes"])
    levels = list(config["programmes"][cert["programme"]]["levels"])
    return -programmes.index(cert["programme"]), levels.index(cert["level"]), cert["date"]


def shown(product: Record, day: dt.date, config: dict[str, Any]) -> Cert:
    """The certification a product's badge, level facet and counts show: its highest current
    one, else (every one has ended) its highest."""
    certs = certifications(product)
    current = [c for c in certs if is_current(c, day)] or certs
    return max(current, key=lambda c: rank(c, config))


def other_programmes(product: Record, day: dt.date, config: dict[str, Any]) -> list[Cert]:
    """The highest current certification of each other programme the product holds
    (the small second mark beside the badge, e.g. "OCOP ★★★★"), in programme order."""
    main = shown(product, day, config)
    best: dict[str, Cert] = {}
    for cert in certifications(product):
        if cert["programme"] != main["programme"] and is_current(cert, day):
            held = best.get(cert["programme"])
            if held is None or rank(cert, config) > rank(held, config):
                best[cert["programme"]] = cert
    order = list(config["programmes"])
    return sorted(best.values(), key=lambda c: order.index(c["programme"]))


def history(product: Record) -> list[Cert]:
    """Every certification, newest decision first (the product page's timeline)."""
    return sorted(certifications(product), key=lambda c: (c["date"], c["year"]), reverse=True)


def is_expired(product: Record, day: dt.date) -> bool:
    """True when every certification of a product ended before ``day``: it is then marked
    expired, or hidden (``expired: hide``), as a whole."""
    return not any(is_current(c, day) for c in certifications(product))


def status(product: Record, day: dt.date) -> str:
    """Which certifications have ended on ``day``, as text ('' when none has): everything on a
    product's pages that depends on the date follows from it."""
    ended = ["x" if not is_current(c, day) else "-" for c in certifications(product)]
    return "".join(ended) if "x" in ended else ""


def round_key(cert: Cert) -> tuple[str, int, int]:
    """The round a certification was won in: programme, year and round number."""
    return cert["programme"], cert["year"], cert["round"]
