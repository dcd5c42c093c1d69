"""Pure geometry for photo derivatives: no Pillow, no files."""

from __future__ import annotations


def scaled_size(width: int, height: int, target_width: int) -> tuple[int, int]:
    """The size of a photo scaled to ``target_width``, keeping its proportions."""
    if width <= 0 or height <= 0:
        raise ValueError("an image has a positive width and height")
    return target_width, max(1, round(height * target_width / width))


def derivative_widths(width: int, widths: list[int]) -> list[int]:
    """The widths to make for a photo ``width`` wide: never upscale.

    A photo narrower than the smallest configured width is kept at its own width.
    """
    chosen = sorted({w for w in widths if w <= width})
    return chosen or [width]


def exceeds_pixels(width: int, height: int, limit: int) -> bool:
    """True for images whose decoded size would pass the memory limit."""
    return width * height > limit


def srcset(entries: list[tuple[str, int]]) -> str:
    """An HTML ``srcset`` value from (url, width) pairs."""
    return ", ".join(f"{url} {width}w" for url, width in entries)
