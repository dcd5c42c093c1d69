"""Countries, for the markets a product is exported to.

The codes are ISO 3166-1 alpha-2 as pycountry ships them (from Debian's
iso-codes, kept up to date with ISO's changes); the names shown on pages are
CLDR's in the page's language, through Babel (Vietnamese "Nhật Bản", English
"Japan"), with pycountry's English name for a language CLDR does not know.
Both are imported when first needed: importing pycountry takes a quarter of
a second, which every command would pay.
"""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code (249 of them)."""
    import pycountry

    return frozenset(country.alpha_2 for country in pycountry.countries)


def is_country(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code written in capitals, e.g. JP."""
    return code in codes()


def code_for(text: str) -> str | None:
    """The code a mistaken value probably means: "jp", "JPN", "Japan" -> "JP"; None when nothing fits."""
    import pycountry

    try:
        return pycountry.countries.lookup(text.strip()).alpha_2
    except LookupError:
        return None


@functools.lru_cache(maxsize=16)
def _territories(lang: str) -> dict[str, str]:
    from babel import Locale, UnknownLocaleError

    try:
        return dict(Locale.parse(lang).territories)
    except (UnknownLocaleError, ValueError):
        return {}


def country_name(code: str, lang: str) -> str:
    """A country's name in ``lang`` (CLDR), else its English name (ISO 3166), else the code."""
    name = _territories(lang).get(code)
    if name:
        return name
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or getattr(country, "name", code)
