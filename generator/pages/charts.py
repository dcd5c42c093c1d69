"""Accessible bar charts drawn at build time as inline SVG (no chart script).

Each chart has a title and a description for screen readers, and the page
shows the same numbers as a table beside it.

The chart has no viewBox: its text keeps the page's size (a scaled drawing shrank its
labels to about 8 px on a phone) and its bars are percentages of the width it is given.
Each label stands above its bar, so a long name never squeezes the bars. Lengths are in
``em`` of the chart's text, so a larger text (the kiosk's) makes rows taller, not crowded.
"""

from __future__ import annotations

from markupsafe import Markup, escape

ROW = 3.0  # em: a label line, its bar and the gap below
LABEL_BASELINE = 1.1  # em below the row's top, room for the marks above Vietnamese capitals
BAR_TOP, BAR_HEIGHT = 1.45, 1.1  # em
BAR_SPAN = 85  # % of the width that the largest value's bar takes; the rest holds its number
LABEL_CHARS = 40  # a longer label is cut with "…" (whole in the description and the table)


def bar_chart(title: str, rows: list[tuple[str, int]], series_label: str = "") -> Markup:
    """A horizontal bar chart of (label, value) rows as an SVG with role=img."""
    top = max((value for _, value in rows), default=0) or 1
    described = "; ".join(f"{label}: {value}" for label, value in rows)
    parts = [
        f'<svg class="sr-chart" role="img" width="100%" height="{len(rows) * ROW + 0.2:g}em" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title><desc>{escape(series_label)} {escape(described)}</desc>",
    ]
    for i, (label, value) in enumerate(rows):
        y = i * ROW
        width = max(BAR_SPAN * value / top, 0.5)
        short = label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"
        parts.append(
            f'<text x="0" y="{y + LABEL_BASELINE:g}em" class="sr-chart__label">{escape(short)}</text>'
            f'<rect x="0" y="{y + BAR_TOP:g}em" width="{width:.1f}%" height="{BAR_HEIGHT:g}em" rx="4" class="sr-chart__bar"></rect>'
            f'<text x="{width:.1f}%" dx="0.4em" y="{y + BAR_TOP + 0.85:g}em" class="sr-chart__value">{value}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
