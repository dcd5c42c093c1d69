"""The site engine: MkDocs with Material for MkDocs, behind the three calls the build and
``showroom serve`` make. Swapping the engine (for Material's successor) changes this package only."""

from __future__ import annotations

from .mkdocs_site import build_sites, configure, serve

__all__ = ["build_sites", "configure", "serve"]
