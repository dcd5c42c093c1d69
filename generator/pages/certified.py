"""What pages show of a product's certifications: the badge, the marks of other
programmes, the history, and the values search filters by.

A mixin of ``View``: it reads the view's site (build date, links), configuration
and strings. The rules themselves are in ``records/certifications.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..records.certifications import certifications, history, is_current, is_expired, other_programmes, shown
from ..records.model import Record
from .formats import roman

if TYPE_CHECKING:
    from .site import Site


class Certified:
    """Certification views; ``View`` provides the site, the configuration, ``t``, ``plain`` and ``label``."""

    site: Site
    config: dict[str, Any]

    def expired(self, product: Record) -> bool:
        """True when every certification of the product ended before the build date."""
        return is_expired(product, self.site.today)

    def badge_cert(self, product: Record) -> dict[str, Any]:
        """The certification the product's badge shows: its highest current one."""
        return shown(product, self.site.today, self.config)

    def other_marks(self, product: Record) -> list[str]:
        """The small marks of the other programmes the product holds, e.g. "OCOP ★★★★"."""
        return [
            f"{self.label('programmes', c['programme'], short=True)} {self.level_label(c, short=True)}"
            for c in other_programmes(product, self.site.today, self.config)
        ]

    def level_label(self, cert: dict[str, Any], short: bool = False) -> str:
        """The name (or short name) of a certification's level, in its programme."""
        level = self.config["programmes"][cert["programme"]]["levels"][cert["level"]]
        return self.plain(level.get("short") or level["name"]) if short else self.plain(level["name"])

    def history(self, product: Record) -> list[tuple[dict[str, Any], str, bool]]:
        """Each certification, newest first, with its round's id and whether it has ended."""
        rounds = dict(zip(map(id, certifications(product)), self.site.links.product_rounds[product.id], strict=True))
        return [(c, rounds[id(c)], not is_current(c, self.site.today)) for c in history(product)]

    def cert_years(self, product: Record) -> list[int]:
        """The years the product was certified in, oldest first."""
        return sorted({c["year"] for c in certifications(product)})

    def cert_programmes(self, product: Record) -> list[str]:
        """The programmes the product holds a certification of, in programme order."""
        held = {c["programme"] for c in certifications(product)}
        return [p for p in self.config["programmes"] if p in held]

    def badge_text(self, cert: dict[str, Any]) -> str:
        """A badge's words: level, round and year, e.g. "Tỉnh · Đợt VII · 2023"."""
        return f"{self.level_label(cert, short=True)} · {self.t('round_short')} {roman(cert['round'])} · {cert['year']}"
