"""The spare site: the site published before the current one, brought up to date
instead of assembled anew.

After an edit most pages are unchanged, but a new site folder needs a folder
and a hard link for each of them (about 8 s of waiting on the disk at 20,000
products), and removing the old site as many unlinks again. Publishing swaps
the new site with the published one, so the site published before is at hand:
it is kept beside the output folder, with the keys of its pages and the list of
its open data files. The next build takes it as its site folder and changes only
what differs: pages changed since are linked from the published site or built
afresh, files no longer made are removed, the rest stays.

Nothing is ever written into a file of the spare: a file is replaced by a new
one, because the spare's unchanged files are hard links shared with the
published site. The spare's state is deleted before the spare is changed, so a
build killed meanwhile is followed by one that starts from an empty folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..output.publish import discard
from ..pages.urls import html_file
from . import resident
from .plan import Plan
from .state import BuildState

SPARE_VERSION = 4


@dataclass
class Spare:
    """What the spare site holds."""

    pages: dict[str, str]  # "lang:path" -> key of the page it holds
    files: dict[str, str]  # site-relative open data files (exports) it holds -> digest of their bytes
    index: dict[str, str]  # its search index parts -> their digests


def folder(out: Path) -> Path:
    """The spare site of the output folder ``out`` (a hidden sibling)."""
    return out.parent / f".{out.name}.spare"


def _state(out: Path) -> Path:
    return out.parent / f".{out.name}.spare.pickle"


def take(out: Path, site: Path, global_key: str) -> Spare | None:
    """Move the spare site of ``out`` to ``site`` and say what it holds.

    None, and no ``site`` folder, when there is no spare or it was made with
    another global digest than ``global_key`` (theme, configuration, generator,
    date: every page is rebuilt then, and the theme's own files may differ).
    """
    state, spare = _state(out), folder(out)
    try:
        data: Any = resident.load(state)
    except Exception:  # missing or damaged: no spare
        data = None
    resident.forget(state)  # from here on the spare is being changed
    usable = (
        isinstance(data, dict)
        and data.get("version") == SPARE_VERSION
        and data.get("global") == global_key
        and spare.is_dir()
    )
    if not usable:
        if spare.exists():
            discard(spare, out)
        return None
    spare.rename(site)
    return Spare(data["pages"], data["files"], data["index"])


def keep(previous: Path, out: Path, published: BuildState | None) -> None:
    """Keep ``previous``, the site published until the swap, as the next build's spare.

    ``published`` is the saved state of that site; without it the folder is left
    to be removed with the staging folder.
    """
    if published is None or not previous.is_dir():
        return
    spare = folder(out)
    if spare.exists():
        discard(spare, out)
    previous.rename(spare)
    data = {
        "version": SPARE_VERSION,
        "global": published.global_key,
        "pages": {name: entry[0] for name, entry in published.pages.items()},
        "files": published.files,
        "index": published.index,
    }
    resident.dump(_state(out), data)


def remove_stale(spare: Spare | None, site: Path, build_plan: Plan, languages: list[str], files: dict[str, str]) -> int:
    """Remove the spare's pages and open data files this build does not make, and the
    folders that leaves empty; return how many files went."""
    if spare is None:
        return 0
    gone = spare.pages.keys() - build_plan.keys.keys()  # none after most edits: no 50,000 file names to make
    held = {html_file(*name.split(":", 1), languages) for name in gone} | set(spare.files)
    stale_files = held - set(files)
    if any(rel.endswith(".html") for rel in stale_files):  # a page gone, or a redirect whose path is a page now
        stale_files -= {html_file(*name.split(":", 1), languages) for name in build_plan.keys}
    stale = sorted(stale_files, reverse=True)
    root = str(site)
    for rel in stale:
        path = f"{root}/{rel}"
        try:
            os.unlink(path)
        except FileNotFoundError:
            continue
        parent = os.path.dirname(path)
        while parent != root:
            try:
                os.rmdir(parent)
            except OSError:  # not empty: a folder of other pages
                break
            parent = os.path.dirname(parent)
    return len(stale)
