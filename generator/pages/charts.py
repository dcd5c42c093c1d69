"""Accessible bar charts drawn at build time as inline SVG (no chart script).

Each chart has a title and a description for screen readers, and the page
shows the same numbers as a table beside it.
"""

from __future__ import annotations

from markupsafe import Markup, escape

BAR_HEIGHT = 26
GAP = 10
LABEL_WIDTH = 210
BAR_AREA = 300
WIDTH = LABEL_WIDTH + BAR_AREA + 60


def bar_chart(title: str, rows: list[tuple[str, int]], series_label: str = "") -> Markup:
    """A horizontal bar chart of (label, value) rows as an SVG with role=img."""
    top = max((value for _, value in rows), default=0) or 1
    height = len(rows) * (BAR_HEIGHT + GAP) + GAP
    described = "; ".join(f"{label}: {value}" for label, value in rows)
    parts = [
        f'<svg class="sr-chart" role="img" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'preserveAspectRatio="xMinYMin meet" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title><desc>{escape(series_label)} {escape(described)}</desc>",
    ]
    for i, (label, value) in enumerate(rows):
        y = GAP + i * (BAR_HEIGHT + GAP)
        width = round(BAR_AREA * value / top) if value else 0
        short = label if len(label) <= 30 else label[:29] + "…"
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + BAR_HEIGHT * 0.68:.1f}" text-anchor="end" class="sr-chart__label">{escape(short)}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{max(width, 2)}" height="{BAR_HEIGHT}" rx="4" class="sr-chart__bar"></rect>'
            f'<text x="{LABEL_WIDTH + max(width, 2) + 6}" y="{y + BAR_HEIGHT * 0.68:.1f}" class="sr-chart__value">{value}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
