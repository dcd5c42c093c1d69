"""The rules of a product's trade facts (``trade:``), in one place.

A product's certificates (food safety, HACCP, ISO 22000…) may end; whether one
has ended follows the same rule as a certification (``is_current``), on the
build's date. Pages, facets, the staff report and the incremental build's keys
read them through these functions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .certifications import is_current
from .model import Record

Certificate = dict[str, Any]


def trade(product: Record) -> dict[str, Any]:
    """A product's trade facts ({} when it has none)."""
    return product.data.get("trade") or {}


def certificates(product: Record) -> list[Certificate]:
    """A product's certificates, as written in its record."""
    return trade(product).get("certificates", [])


def is_food_safety(cert: Certificate, config: dict[str, Any]) -> bool:
    """True when the certificate's kind attests food safety (``food_safety`` in ``site_config.yml``)."""
    return bool(config["certificate_kinds"].get(cert["kind"], {}).get("food_safety"))


def has_food_safety(product: Record, day: dt.date, config: dict[str, Any]) -> bool:
    """True when the product holds a current certificate of a food-safety kind on ``day``."""
    return any(is_food_safety(c, config) and is_current(c, day) for c in certificates(product))


def status(product: Record, day: dt.date) -> str:
    """Which certificates have ended on ``day``, as text ('' when none has): what the product
    page shows of the trade facts that depends on the date follows from it."""
    ended = ["x" if not is_current(c, day) else "-" for c in certificates(product)]
    return "".join(ended) if "x" in ended else ""


def ends(product: Record) -> list[dt.date]:
    """The last days of the product's certificates that end."""
    return [expires for c in certificates(product) if (expires := c.get("expires"))]


def longest_food_safety(product: Record, config: dict[str, Any]) -> Certificate | None:
    """The food-safety certificate that runs longest (one without an end first), or None.

    Exports do not know the build date: they name this one and say when it ends.
    """
    held = [c for c in certificates(product) if is_food_safety(c, config)]
    return max(held, key=lambda c: c.get("expires") or dt.date.max, default=None)
