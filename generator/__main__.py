"""``python -m generator`` runs the ``showroom`` command."""

from __future__ import annotations

from .staff.cli import main

main()
