"""The site engine: MkDocs with Material for MkDocs, behind the calls the build makes, and
the live preview of ``showroom serve`` (``preview.py``). Swapping the engine (for Material's successor) changes this package only."""

from __future__ import annotations

from .mkdocs_site import build_sites, configure

__all__ = ["build_sites", "configure"]
