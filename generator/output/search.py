"""Index stage: Pagefind indexes the built site, one index per language, in parts.

Pagefind folds diacritics (``nuoc mam`` finds ``Nước mắm``) and loads its
index in small fragments, where Material's lunr search does neither. It has
no incremental mode, so a large catalogue's index comes in parts (one per
``search_part_size`` products, a product's part fixed by a hash of its id):
an edit indexes again the part of the product it changed, and the browser
merges the parts (Pagefind's ``mergeIndex``).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import cbor2
from pagefind_bin import get_executable

from ..pages.urls import lang_prefix

if TYPE_CHECKING:
    from ..records.model import Catalogue

#: Word positions per index chunk. A query fetches the whole chunk of each of its words:
#: Pagefind's default (20,000) made chunks of 50–80 KB gzipped at 20,000 products.
#: Pagefind reads it from an environment variable it calls unstable; a version without
#: it would index with its default, which only makes queries fetch more.
INDEX_CHUNK_POSTINGS = 4000


def chunk_postings(parts: int) -> int:
    """Word positions per chunk in each of ``parts`` parts of an index.

    A query fetches, in every part, the chunk of each of its words: chunks a part's
    share of the size keep the bytes of a query about what one index would fetch.
    """
    return max(100, INDEX_CHUNK_POSTINGS // parts)


class PagefindError(Exception):
    """Pagefind failed, or wrote files this version does not know; the message says which."""


#: The folder of the search index's first part in the site (the others are ``pagefind-<n>``),
#: and the file a browser reads first in each.
BUNDLE = "pagefind"
ENTRY = "pagefind-entry.json"
_PART = re.compile(r"pagefind(-\d+)?")


def is_bundle(name: str) -> bool:
    """Whether a top folder of the site holds a part of the search index."""
    return _PART.fullmatch(name) is not None


def search_parts(catalogue: Catalogue) -> dict[str, list[str]]:
    """The parts of the search index: bundle folder -> the site folders Pagefind reads for it.

    One part per ``search_part_size`` products. A product's part is fixed by a hash
    of its id, so an edit, an added or a removed product changes one part only;
    parts no product falls into are not made. One part reads the product sections
    whole (Pagefind then lists one folder per language, not every page).
    """
    languages, links = catalogue.languages, catalogue.links
    ids = list(catalogue.products)
    count = max(1, -(-len(ids) // catalogue.config["search_part_size"]))
    if count == 1:
        return {BUNDLE: [lang_prefix(lang, languages) + links.path("index:products", "", lang) for lang in languages]}
    parts: dict[int, list[str]] = {}
    for ident in ids:
        number = int.from_bytes(hashlib.blake2b(ident.encode(), digest_size=4).digest(), "big") % count
        parts.setdefault(number, []).extend(
            lang_prefix(lang, languages) + links.path("product", ident, lang) for lang in languages
        )
    return {(f"{BUNDLE}-{n}" if n else BUNDLE): parts[n] for n in sorted(parts)}


@contextmanager
def indexing(
    site: Path, parts: dict[str, list[str]], into: Path | None = None, chunk: int = INDEX_CHUNK_POSTINGS
) -> Iterator[Callable[..., bool]]:
    """Start Pagefind over ``site`` in the background, once per part; yield the call that waits.

    ``parts`` maps each bundle folder to the site folders it indexes (none: every
    page); bundles are written under ``into`` (default: ``site``), their index chunks of
    ``chunk`` word positions (``chunk_postings``). Pagefind keeps
    about one core busy, so the build checks its links on the other meanwhile.
    Only product pages carry ``data-pagefind-body``; naming their folders spares
    Pagefind reading every other page (a quarter less time at 2,000 products).
    Leaving the block early stops every Pagefind.
    """
    into = into or site
    env = {**os.environ, "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE": str(chunk)}
    with ExitStack() as stack:
        runs = []
        for bundle, folders in parts.items():
            # Pagefind reads its options from a file in its working folder: a folder of our
            # own, where the list of a part's pages is no command-line argument (at most 128 KB).
            work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="showroom-index-")))
            options = {"site": str(site), "output_path": str(into / bundle)}
            if folders:
                options["glob"] = "{" + ",".join(f.strip("/") for f in folders) + "}/**/*.html"
            (work / "pagefind.json").write_text(json.dumps(options), encoding="utf-8")
            output = stack.enter_context(tempfile.TemporaryFile())
            command = [str(get_executable()), "--silent"]
            process = subprocess.Popen(command, cwd=work, stdout=output, stderr=subprocess.STDOUT, env=env)
            stack.callback(_stop, process)
            runs.append((bundle, process, output))

        def finish(stop: threading.Event | None = None) -> bool:
            """Wait for every Pagefind and normalise its output; False, and every Pagefind
            stopped, when ``stop`` is set first."""
            for bundle, process, output in runs:
                while stop is not None and process.poll() is None:
                    if stop.wait(0.05):
                        return False
                if process.wait() != 0:
                    output.seek(0)
                    text = output.read().decode("utf-8", "replace")
                    raise PagefindError(f"Pagefind failed ({process.returncode}) on {bundle}:\n{text}")
                normalise(into / bundle)
            return True

        yield finish


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()
        process.wait()


def indexed_part(body: str) -> str | None:
    """What Pagefind reads of a page body: its ``data-pagefind-body`` element, less ignored elements.

    Where in doubt it keeps more, never less: an ignored element is cut at its
    first closing tag. None when the body has no such element. The page chrome
    around the body comes from the theme, whose every change rebuilds everything.
    """
    at = body.find(" data-pagefind-body")
    if at < 0:
        return None
    start = body.rfind("<", 0, at)
    tag = re.match(r"<(\w+)", body[start:])
    if tag is None:
        return body[start:]
    depth, end = 0, len(body)
    for match in re.finditer(rf"<(/?){tag.group(1)}\b", body[start:]):
        depth += -1 if match.group(1) else 1
        if depth == 0:
            end = start + match.end()
            break
    return _IGNORED.sub("", body[start:end])


_IGNORED = re.compile(r"<(\w+)\b[^>]*\sdata-pagefind-ignore\b[^>]*>.*?</\1>", re.S)
_MAGIC = b"pagefind_dcd"


def _read_cbor(path: Path) -> object:
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(_MAGIC):
        raise PagefindError(f"unexpected Pagefind file {path.name}")
    return cbor2.loads(data[len(_MAGIC) :])


def _write_cbor(folder: Path, prefix: str, value: object, suffix: str, digits: int) -> str:
    """Write a Pagefind file named by the hash of its content; return the name's hash part."""
    data = gzip.compress(_MAGIC + cbor2.dumps(value), mtime=0)
    name = f"{prefix}_{hashlib.sha256(data).hexdigest()[:digits]}"
    (folder / suffix.format(name)).write_bytes(data)
    return name


def _name_fragments_in_order(folder: Path, lang: str, pages: list[list]) -> None:
    """Rename the page fragments ``<lang>_<generation>_<page number>``, in place in ``pages``.

    A browser fetches the page list before its first query: with a random content
    hash per page it weighs 5.5 bytes a page gzipped (110 KB at 20,000 products), with
    names that count up about one. The generation (a digest of Pagefind's own content
    hashes) changes whenever any page does, so a cached fragment is never taken
    for a different page of a newer index.
    """
    generation = hashlib.sha256("".join(page[0] for page in pages).encode()).hexdigest()[:10]
    for number, page in enumerate(pages):
        name = f"{lang}_{generation}_{number:x}"  # "_" never occurs in Pagefind's hashes
        (folder / f"{page[0]}.pf_fragment").rename(folder / f"{name}.pf_fragment")
        page[0] = name


def normalise(bundle: Path) -> None:
    """Make Pagefind's output byte-identical from run to run.

    Pagefind 1.5 writes filter values, the list of filters and the languages of
    ``pagefind-entry.json`` in a random (hash map) order. Sort them, and rename
    the files it names by content hash so every reference stays right.
    """
    entry_path = bundle / ENTRY
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for lang, info in entry["languages"].items():
        meta_path = bundle / f"pagefind.{info['hash']}.pf_meta"
        meta = _read_cbor(meta_path)
        filters = []
        for name, file_hash in meta[3]:
            path = bundle / "filter" / f"{file_hash}.pf_filter"
            filter_name, values = _read_cbor(path)
            path.unlink()
            values = sorted(values, key=lambda v: v[0])
            filters.append([name, _write_cbor(bundle / "filter", lang, [filter_name, values], "{}.pf_filter", 7)])
        meta[3] = sorted(filters)
        _name_fragments_in_order(bundle / "fragment", lang, meta[1])
        meta_path.unlink()
        info["hash"] = _write_cbor(bundle, lang, meta, "pagefind.{}.pf_meta", 10)
    entry_path.write_text(json.dumps(entry, sort_keys=True, separators=(",", ":")), encoding="utf-8")
