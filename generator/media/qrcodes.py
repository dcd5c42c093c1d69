"""QR codes of page URLs, made with segno and cached on disk by URL.

A QR code depends only on its URL, and URLs never change (ids are permanent),
so each is drawn once: segno takes about 15 ms per code, which across every
product and facility page in every language would dominate a rebuild.
"""

from __future__ import annotations

import hashlib
import io
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import segno

from ..output.files import link_or_copy, write_whole

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


def _make_png(job: tuple[str, str]) -> None:
    url, path = job
    data = io.BytesIO()
    segno.make(url, error="m").save(data, kind="png", scale=10, border=4)
    write_whole(Path(path), data.getvalue())


def pngs(codes: list[tuple[str, str]], cache: Path) -> None:
    """Write a printable PNG QR code of each ``(url, target path)``; new codes are drawn on every core.

    A national catalogue has tens of thousands of pages, and segno takes about
    15 ms per code: on a cold cache, drawing them one by one took minutes.
    Paths are plain strings and the cache is listed once: at that scale pathlib
    and a look-up per code cost seconds.
    """
    if not codes:  # every code in place (a spare site): the cache need not be listed (53,000 files at 20,000)
        return
    cache.mkdir(parents=True, exist_ok=True)
    drawn, folder = set(os.listdir(cache)), str(cache)
    names = [f"{_key(url, 'png')}.png" for url, _ in codes]
    missing = sorted(
        {(url, f"{folder}/{name}") for (url, _), name in zip(codes, names, strict=True) if name not in drawn}
    )
    if len(missing) > 50 and (os.cpu_count() or 1) > 1:
        with ProcessPoolExecutor(os.cpu_count()) as pool:
            list(pool.map(_make_png, missing, chunksize=64))
    else:
        list(map(_make_png, missing))
    for (_, target), name in zip(codes, names, strict=True):
        link_or_copy(f"{folder}/{name}", target)
