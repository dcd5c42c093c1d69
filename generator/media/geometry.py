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


#: The longest side a WebP image can have.
WEBP_MAX_SIDE = 16383


def tallest_derivative(width: int, height: int, widths: list[int]) -> tuple[int, int]:
    """The size of the tallest derivative of a ``width``×``height`` photo (the widest one)."""
    return scaled_size(width, height, max(derivative_widths(width, widths)))


def exceeds_pixels(width: int, height: int, limit: int) -> bool:
    """True for images whose decoded size would pass the memory limit."""
    return width * height > limit


def srcset(entries: list[tuple[str, int]]) -> str:
    """An HTML ``srcset`` value from (url, width) pairs."""
    return ", ".join(f"{url} {width}w" for url, width in entries)


def cover_box(width: int, height: int, target_w: int, target_h: int) -> tuple[int, int, int, int]:
    """The centred crop of a ``width``×``height`` image that fills ``target_w``×``target_h``."""
    scale = max(target_w / width, target_h / height)
    crop_w, crop_h = round(target_w / scale), round(target_h / scale)
    left, top = (width - crop_w) // 2, (height - crop_h) // 2
    return left, top, left + crop_w, top + crop_h


def wrap_words(words: list[str], fits: object, max_lines: int) -> list[str]:
    """Greedy line breaking: ``fits(text)`` says whether a line fits; the last line gets '…'."""
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if current and not fits(candidate):  # type: ignore[operator]
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and not fits(last + " …"):  # type: ignore[operator]
            last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
        lines = [*lines[: max_lines - 1], last + " …"]
    return lines
