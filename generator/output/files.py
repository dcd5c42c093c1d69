"""File helpers shared by every stage that writes into a site or a cache.

The files of a site are hard links shared with the published site and the
caches, so a file is never written into: it is written whole under another
name and renamed into place, or linked.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def write_whole(path: Path, data: bytes) -> None:
    """Write a file under a temporary name, then rename it into place.

    Cache files are hard-linked into built sites, so they must never change
    in place; and a killed build must not leave half a file to be trusted later.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def link_or_copy(source: str | Path, target: str | Path) -> None:
    """Hard-link ``source`` to ``target`` (no bytes copied), or copy it where links fail.

    An existing ``target`` is replaced, never written into: the files of a site
    are hard links shared with the published site and the caches, so a write in
    place would change them too.
    """
    try:
        os.link(source, target)
        return
    except FileExistsError:
        if os.path.samefile(source, target):
            return
    except OSError:
        pass
    tmp = f"{target}.{os.getpid()}.tmp"
    try:
        os.link(source, tmp)
    except OSError:
        shutil.copyfile(source, tmp)
    os.replace(tmp, target)


def link_folder(folder: Path, sources: dict[str, str]) -> None:
    """Make ``folder`` hold exactly the files of ``sources`` (name -> file to link).

    For files named by their content's digest: a name the folder has already (a
    spare site) is the right file and stays; the others are linked, leftovers removed.
    """
    folder.mkdir(parents=True, exist_ok=True)
    present = set(os.listdir(folder))
    for name in sorted(sources.keys() - present):
        link_or_copy(sources[name], folder / name)
    remove_others(folder, set(sources))


def remove_others(folder: str | Path, keep: set[str]) -> None:
    """Remove the files of ``folder`` not named in ``keep`` (a spare site's leftovers)."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name not in keep and entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
