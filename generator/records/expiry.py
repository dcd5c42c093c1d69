"""The build date and the one rule of expiry, read by every stage that hides or marks.

The date is taken once per build (``build_date``) and passed down, so a build
that runs past midnight sees one day throughout.
"""

from __future__ import annotations

import datetime as dt
import os

from .model import Catalogue, Record


def today() -> dt.date:
    """The build's date: ``SOURCE_DATE_EPOCH`` when set (reproducible), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.date.today()


def is_expired(record: Record, day: dt.date) -> bool:
    """True when a product's certification ended before ``day``."""
    expires = record.data["certification"].get("expires")
    return bool(expires and expires < day)


def hide_expired(catalogue: Catalogue, day: dt.date) -> list[str]:
    """Leave products whose certification has expired out of the site (policy ``hide``)."""
    gone = [ident for ident, product in catalogue.products.items() if is_expired(product, day)]
    for ident in gone:
        catalogue.hidden[ident] = catalogue.products.pop(ident)
    return gone
