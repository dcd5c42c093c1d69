"""What pages show of a product's trade facts: the "For distributors" block and its
search facets.

A mixin of ``View``: it reads the view's site (build date), configuration and
strings. The rules themselves are in ``records/trade.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from ..records.certifications import is_current
from ..records.countries import country_name
from ..records.model import Record
from ..records.trade import certificates, has_food_safety, trade
from .formats import number

if TYPE_CHECKING:
    from .site import Site


class Traded:
    """Trade views; ``View`` provides the site, the configuration, ``lang``, ``t`` and ``text``."""

    site: Site
    config: dict[str, Any]
    lang: str

    def trade(self, product: Record) -> dict[str, Any]:
        """The product's trade facts ({} when it has none)."""
        return trade(product)

    def trade_certificates(self, product: Record) -> list[tuple[dict[str, Any], bool]]:
        """Each certificate, as listed, with whether it has ended on the build date."""
        return [(c, not is_current(c, self.site.today)) for c in certificates(product)]

    def food_safety(self, product: Record) -> bool:
        """True when the product holds a current food-safety certificate (a search facet)."""
        return has_food_safety(product, self.site.today, self.config)

    def number(self, amount: int) -> str:
        """A whole number written for the language (20.000, 20,000)."""
        return number(amount, self.lang)

    def quantity(self, amount: int, unit: dict[str, str]) -> Markup:
        """A quantity with its unit, e.g. "20.000 chai"."""
        return Markup("{} {}").format(number(amount, self.lang), self.text(unit))

    def countries(self, codes: list[str]) -> str:
        """Countries' names in the page's language, in the record's order, joined by commas."""
        return ", ".join(country_name(code, self.lang) for code in codes)

    def origin_kind(self, kind: str) -> str:
        """The name of a kind of protected origin (geographical indication, EU PDO…)."""
        return self.t(f"origin_{kind}")

    def lead_time(self, days: int) -> str:
        """The time from a confirmed order to delivery, e.g. "14 ngày sau khi chốt đơn"."""
        return self.t("lead_time_days").replace("{days}", number(days, self.lang))

    def gtin_kind(self, gtin: str) -> str:
        """GTIN-13 or GTIN-8, by the number's length."""
        return f"GTIN-{len(gtin)}"
