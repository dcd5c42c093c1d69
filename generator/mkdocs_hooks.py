"""MkDocs hooks of the engine layer (loaded by MkDocs from this file, see engine.py).

Page bodies arrive already rendered to safe HTML by the render stage; running
them through Python-Markdown again only cost time (about 14 ms a page), so the
body is set aside before Markdown and put back as the page content after it.
"""

from __future__ import annotations

from typing import Any

_BODIES: dict[str, str] = {}


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Keep the pre-rendered HTML body; give Markdown nothing to do."""
    _BODIES[page.file.src_uri] = markdown
    return ""


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Use the pre-rendered HTML body as the page content."""
    return _BODIES.pop(page.file.src_uri, html)
