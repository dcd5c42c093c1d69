"""QR codes of page URLs, made with segno and cached on disk by URL.

A QR code depends only on its URL, and URLs never change (ids are permanent),
so each is drawn once: segno takes about 15 ms per code, which across every
product and facility page in every language would dominate a rebuild.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import segno

from .publish import link_or_copy, write_whole

QR_VERSION = "2"


def _key(url: str, kind: str) -> str:
    return hashlib.sha256(f"{QR_VERSION}:{kind}:{url}".encode()).hexdigest()[:32]


def svg(url: str, cache: Path) -> str:
    """An inline SVG QR code (``class="sr-qr"``) of ``url``."""
    path = cache / f"{_key(url, 'svg')}.svg"
    if path.exists():
        return path.read_text(encoding="utf-8")
    code = segno.make(url, error="m")
    text = code.svg_inline(scale=3, border=2, dark="#1d2521", light="#ffffff", svgclass="sr-qr", omitsize=True)
    write_whole(path, text.encode("utf-8"))
    return text


def png(url: str, cache: Path, target: Path) -> None:
    """Write a printable PNG QR code of ``url`` to ``target``."""
    path = cache / f"{_key(url, 'png')}.png"
    if not path.exists():
        data = io.BytesIO()
        segno.make(url, error="m").save(data, kind="png", scale=10, border=4)
        write_whole(path, data.getvalue())
    link_or_copy(path, target)
