"""The build date, the products hidden when expired, and the days a build stays the same.

The date is taken once per build (``build_date``) and passed down, so a build
that runs past midnight sees one day throughout.
"""

from __future__ import annotations

import datetime as dt
import os

from .certifications import certifications, is_expired
from .model import Catalogue
from .trade import ends as certificate_ends


def build_date() -> dt.date:
    """The build's date: ``SOURCE_DATE_EPOCH`` when set (reproducible), else today.

    Called once per build; every stage is handed the result.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.date.today()


def hide_expired(catalogue: Catalogue, day: dt.date) -> list[str]:
    """Leave products whose every certification has ended out of the site (policy ``hide``)."""
    gone = [ident for ident, product in catalogue.products.items() if is_expired(product, day)]
    for ident in gone:
        catalogue.hidden[ident] = catalogue.products.pop(ident)
    return gone


def same_status_days(catalogue: Catalogue, day: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The days around ``day`` on which every certification's and trade certificate's expiry status
    is the same as on ``day``: from the first (None: since ever) up to, not including, the second
    (None: for ever).

    Within them a build of the same records makes the same site.
    """
    products = [*catalogue.products.values(), *catalogue.hidden.values()]
    ends = [expires for p in products for c in certifications(p) if (expires := c.get("expires"))]
    ends += [expires for p in products for expires in certificate_ends(p)]
    one = dt.timedelta(days=1)
    # Ending on the calendar's last day (9999-12-31), a certificate never ends: no day after it.
    ended, ending = [e for e in ends if e < day], [e for e in ends if day <= e < dt.date.max]
    return (max(ended) + one if ended else None), (min(ending) + one if ending else None)
