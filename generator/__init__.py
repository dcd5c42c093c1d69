"""Showroom: a static-site generator for catalogues of certified products."""

from __future__ import annotations

__version__ = "0.1.0"
