"""Index stage: Pagefind indexes the built site, one index per language.

Pagefind folds diacritics (``nuoc mam`` finds ``Nước mắm``) and loads its
index in small fragments, where Material's lunr search does neither.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from pagefind_bin import get_executable


class PagefindError(Exception):
    """Pagefind failed; its output is in the message."""


def index_site(site: Path) -> None:
    """Run Pagefind over ``site`` and make its output deterministic."""
    command = [str(get_executable()), "--site", str(site), "--output-subdir", "pagefind", "--silent"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise PagefindError(f"Pagefind failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    normalise_entry(site / "pagefind" / "pagefind-entry.json")


def normalise_entry(entry: Path) -> None:
    """Pagefind 1.5 writes its languages in a random order: sort the keys."""
    if entry.exists():
        data = json.loads(entry.read_text(encoding="utf-8"))
        entry.write_text(json.dumps(data, sort_keys=True, separators=(",", ":")), encoding="utf-8")
