"""Build profiles: the public web site, and the exhibition kiosk.

A profile changes what a build makes, never what the records say: the kiosk
profile builds the same pages for a touch screen served from the local
machine, without share cards, downloads or open-data files, and with an
attract loop.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    """What one kind of build makes and where it goes by default."""

    name: str
    out: str  # default output folder, inside the project
    kiosk: bool  # touch screen: no links out, QR codes instead, idle timer
    exports: bool  # open data, sitemap, feeds, vCards, QR PNGs, redirects
    share_cards: bool  # 1200×630 images for social networks
    skip_pages: frozenset[str]  # page kinds not built (downloads, printing)


WEB = Profile("web", "site", kiosk=False, exports=True, share_cards=True, skip_pages=frozenset())
KIOSK = Profile(
    "kiosk",
    "site-kiosk",
    kiosk=True,
    exports=False,
    share_cards=False,
    skip_pages=frozenset({"opendata", "catalogue", "catalogue-part"}),
)
#: Where the kiosk's attract loop lives, from the site root.
ATTRACT_PATH = "attract/"
PROFILES = {profile.name: profile for profile in (WEB, KIOSK)}
