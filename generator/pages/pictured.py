"""What pages show of photos: ``<picture>`` markup, the lightbox's largest size, share
cards, the finder's thumbnail word and the photo of meta and feeds.

A mixin of ``View``: it reads the view's site (the processed photos) and makes its
links with the view's ``root`` and ``asset``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from ..media.geometry import srcset
from ..media.photos import MEDIA_DIR, Photo
from ..records.model import Record

if TYPE_CHECKING:
    from .site import Site

PLACEHOLDER = "assets/placeholder.svg"
_DIGITS_AS_LETTERS = str.maketrans("0123456789", "ghijklmnop")


class Pictured:
    """Photo views; ``View`` provides the site, ``lang``, ``t``, ``plain``, ``root`` and ``asset``."""

    site: Site
    lang: str

    def photo(self, record: Record, index: int = 0) -> tuple[Photo, dict[str, str]] | None:
        """The processed photo ``index`` of a record with its alt text, if any."""
        entries = record.get("photos") or ([record.data["photo"]] if record.get("photo") else [])
        if index >= len(entries):
            return None
        entry = entries[index]
        photo = self.site.photos.get((record.rel, entry["file"]))
        return (photo, entry["alt"]) if photo else None

    def picture(
        self, record: Record, index: int = 0, sizes: str = "100vw", eager: bool = False, css: str = ""
    ) -> Markup:
        """A ``<picture>`` with WebP and JPEG ``srcset``, or the neutral placeholder."""
        found = self.photo(record, index)
        loading = "eager" if eager else "lazy"
        if not found:
            return Markup('<img class="{} sr-placeholder" src="{}" alt="{}" width="4" height="3" loading="{}">').format(
                css, self.asset(PLACEHOLDER), self.t("no_photo"), loading
            )
        photo, alt = found
        webp = srcset([(self.root(photo.file(w, "webp")), w) for w, _ in photo.sizes])
        jpeg = srcset([(self.root(photo.file(w, "jpg")), w) for w, _ in photo.sizes])
        width, height = photo.sizes[-1]
        src = self.root(photo.file(photo.sizes[0][0], "jpg"))
        priority = ' fetchpriority="high"' if eager else ""
        # Every value escaped by hand: Markup.format is several times slower, and this
        # runs for every card of every listing.
        webp, jpeg, sizes, css, src, alt = (escape(x) for x in (webp, jpeg, sizes, css, src, self.plain(alt)))
        return Markup(
            f'<picture><source type="image/webp" srcset="{webp}" sizes="{sizes}">'
            f'<img class="{css}" src="{src}" srcset="{jpeg}" sizes="{sizes}" width="{width}" height="{height}" '
            f'alt="{alt}" loading="{loading}" decoding="async"{priority}></picture>'
        )

    def card_url(self, kind: str, ident: str) -> str | None:
        """The site-root path of a page's share card in this language."""
        key = self.site.cards.get((kind, ident, self.lang))
        return f"cards/{key}.jpg" if key else None

    def photo_indexes(self, record: Record) -> list[int]:
        """The positions of a record's photos that were processed (missing ones are skipped)."""
        entries = record.get("photos") or ([record.data["photo"]] if record.get("photo") else [])
        return [i for i in range(len(entries)) if self.photo(record, i)]

    def full(self, record: Record, index: int) -> str:
        """A relative link to the largest JPEG of a photo (the lightbox and no-script view)."""
        found = self.photo(record, index)
        return self.root(found[0].file(found[0].sizes[-1][0], "jpg")) if found else ""

    def thumb_word(self, record: Record) -> str:
        """A record's narrowest JPEG, ``<key>-<width>``, spelt as one word of letters, or "".

        Pagefind makes searchable words of every meta value, matches query words
        as prefixes, and splits words where letters meet digits or at "_": a path
        would put "media", "jpg" and "320" on every product, and pieces of the hash
        such as "de" would match real words. Digits become the letters g–p and the
        dash a z, after "qz", which begins no word anyone types, so no query matches
        it and these words sit in index chunks no query fetches. The finder spells
        it back.
        """
        found = self.photo(record)
        if not found:
            return ""
        photo = found[0]
        return "qz" + f"{photo.key[:20]}z{photo.sizes[0][0]}".translate(_DIGITS_AS_LETTERS)

    def media_root(self) -> str:
        """A relative link to the folder of processed photos (for the finder's thumbnails)."""
        return self.root(MEDIA_DIR + "/")

    def image_url(self, record: Record, width_index: int = -1) -> str | None:
        """The site-root path of a record's main photo (for meta and feeds)."""
        found = self.photo(record)
        if not found:
            return None
        photo = found[0]
        return photo.file(photo.sizes[width_index][0], "jpg")
