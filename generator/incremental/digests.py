"""Digests: of values, of files, of the generator, and of everything a build reads.

Every digest of the build is made here, so that "the same" means one thing.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..profiles import Profile
from .state import STATE_VERSION

if TYPE_CHECKING:
    from ..records.model import Catalogue
    from .stamps import Stamps

_PACKAGES = (
    "mkdocs",
    "mkdocs-material",
    "jinja2",
    "markupsafe",
    "markdown",
    "nh3",
    "pyyaml",
    "pillow",
    "segno",
    "pagefind-bin",
    "fontpkg-noto-sans",
    "babel",
    "pycountry",
)
_GENERATOR = Path(__file__).resolve().parent.parent  # the whole package


def files_digest(folder: Path, pattern: str = "*") -> str:
    """A digest of the names and contents of the files under ``folder``."""
    h = hashlib.blake2b(digest_size=16)
    for path in sorted(p for p in folder.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts):
        h.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


#: One encoder for every digest: ``json.dumps`` with options makes a new one per call
#: (a third of its time for the 80,000 digests of an edit at 20,000 products).
_ENCODE = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":")).encode


def digest(value: Any) -> str:
    """A short, stable digest of a JSON-like value."""
    return hashlib.blake2b(_ENCODE(value).encode("utf-8"), digest_size=16).hexdigest()


def join_digest(parts: list[str]) -> str:
    """A short digest of strings without NUL (ids, digests, file names), in order.

    Page keys are made of tens of thousands of such digests: joining them is
    several times quicker than encoding them as JSON first.
    """
    return hashlib.blake2b("\0".join(parts).encode("utf-8"), digest_size=16).hexdigest()


def content_digest(data: bytes) -> str:
    """The digest of a file's bytes."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """The generator's source and the versions of the packages it drives: fixed for one process."""
    return digest([files_digest(_GENERATOR, "*.py"), _versions()])


def _versions() -> dict[str, str]:
    versions = {}
    for name in _PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = ""
    return versions


def global_digest(
    catalogue: Catalogue, strings: Any, theme: Path, configs: Any, profile: Profile, bundles: list[str]
) -> str:
    """Everything every page depends on, records apart.

    Not the date: a product's expiry is in its record digests, so a new day
    rebuilds only the pages whose expiry status changed that day.
    """
    return digest(
        [
            STATE_VERSION,
            code_digest(),
            files_digest(theme),
            strings,
            catalogue.config,
            bundles,  # the search index's parts: the finder on listing pages names every one
            configs,
            profile.name,
        ]
    )


def inputs_digest(root: Path, theme: Path, out: Path, profile: Profile, stamps: Stamps) -> str:
    """A digest of every file a build reads, and of what else decides its output.

    The project's files (records, photos, pages, configuration, theme), hidden
    folders and build output apart; the generator; package versions; profile
    (not the date: see ``BuildState.up_to_date``). Equal digests and no expiry
    since mean an equal site: the build has nothing to do.
    ``stamps`` saves reading the files that did not change.
    """
    h = hashlib.blake2b(digest_size=16)
    outputs = {str(out), *(str(root / name) for name in ("site", "site-kiosk"))}
    for folder in (str(root), str(theme)):
        # Strings, not Paths: one path per file of a national catalogue (27,000 and more).
        for current, dirs, names in os.walk(folder):
            dirs[:] = sorted(
                d
                for d in dirs
                if not d.startswith(".") and d != "__pycache__" and os.path.join(current, d) not in outputs
            )
            prefix = current[len(folder) + 1 :]
            for name in sorted(names):
                if not name.startswith("."):
                    h.update((f"{prefix}/{name}" if prefix else name).encode() + b"\0")
                    with contextlib.suppress(OSError):  # a file deleted while walking: the build reports it
                        h.update(stamps.digest(os.path.join(current, name)).encode())
                    h.update(b"\0")
    h.update(digest([code_digest(), profile.name]).encode())
    return h.hexdigest()
