"""Index stage: Pagefind indexes the built site, one index per language, in parts.

Pagefind folds diacritics (``nuoc mam`` finds ``Nước mắm``) and loads its
index in small fragments, where Material's lunr search does neither. It has
no incremental mode, so the index comes in parts, each of one language (one
per ``search_part_size`` products, a product's part fixed by a hash of its id):
an edit indexes again the parts of the pages it changed, and the browser
merges its language's parts (Pagefind's ``mergeIndex``).
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

import cbor2

from ..pages.urls import lang_prefix
from ..records.links import id_number
from .files import link_or_copy
from .pagefind_service import PagefindService, PagefindServiceError, page_texts

if TYPE_CHECKING:
    from ..records.model import Catalogue

#: Word positions per index chunk. A query fetches the whole chunk of each of its words:
#: Pagefind's default (20,000) made chunks of 50–80 KB gzipped at 20,000 products.
#: Pagefind reads it from an environment variable it calls unstable; a version without
#: it would index with its default, which only makes queries fetch more.
INDEX_CHUNK_POSTINGS = 4000


def chunk_postings(bundles: Iterable[str]) -> int:
    """Word positions per chunk in each part of an index made of ``bundles`` (``search_parts``).

    A query fetches, in every part of its language, the chunk of each of its words:
    chunks a part's share of the size keep the bytes of a query about what one index
    would fetch.
    """
    return max(100, INDEX_CHUNK_POSTINGS // part_count(bundles))


class PagefindError(Exception):
    """Pagefind failed, or wrote files this version does not know; the message says which."""


#: The search index's parts are site folders ``pagefind_<lang>`` (the first part of each
#: language) and ``pagefind-<n>_<lang>``: a language code holds no "_". ``ENTRY`` is the file a
#: browser reads first in each.
BUNDLE = "pagefind"
ENTRY = "pagefind-entry.json"
_PART = re.compile(r"pagefind(-\d+)?_[a-z0-9-]+")


def is_bundle(name: str) -> bool:
    """Whether a top folder of the site holds a part of the search index."""
    return _PART.fullmatch(name) is not None


def language_of(bundle: str) -> str:
    """The language of the pages a part of the search index holds."""
    return bundle.rpartition("_")[2]


def part_count(bundles: Iterable[str]) -> int:
    """How many parts each language's index has (``search_parts``)."""
    return len({bundle.partition("_")[0] for bundle in bundles}) or 1


def bundles_of(bundles: Iterable[str], lang: str) -> list[str]:
    """The parts of the search index (``search_parts``) that hold the pages of ``lang``."""
    return [bundle for bundle in bundles if language_of(bundle) == lang]


def search_parts(catalogue: Catalogue) -> dict[str, list[str]]:
    """The parts of the search index: bundle folder -> the site folders Pagefind reads for it.

    One part per ``search_part_size`` products and language. A product's part is
    fixed by a hash of its id, so an edit, an added or a removed product changes one
    part of each language its pages changed in; parts no product falls into are not
    made. A part of one language, not of every language: an edit in one language (most
    often the first) indexes that language's pages alone, and two languages' parts
    are indexed at once, one Pagefind each (a part of 8,000 pages of both languages
    took 5.2-5.5 s at 20,000 products, its two halves 2.7 s alone and 3.4 s side by side).
    A language's only part reads its product section whole (Pagefind then lists one
    folder, not every page).
    """
    languages, links = catalogue.languages, catalogue.links
    ids = list(catalogue.products)
    count = max(1, -(-len(ids) // catalogue.config["search_part_size"]))
    if count == 1:
        return {
            f"{BUNDLE}_{lang}": [lang_prefix(lang, languages) + links.path("index:products", "", lang)]
            for lang in languages
        }
    parts: dict[int, list[str]] = {}
    for ident in ids:
        parts.setdefault(id_number(ident) % count, []).append(ident)
    return {
        f"{BUNDLE}-{n}_{lang}" if n else f"{BUNDLE}_{lang}": [
            lang_prefix(lang, languages) + links.path("product", ident, lang) for ident in parts[n]
        ]
        for lang in languages
        for n in sorted(parts)
    }


@contextmanager
def indexing(
    site: Path,
    parts: dict[str, list[str]],
    into: Path | None = None,
    chunk: int = INDEX_CHUNK_POSTINGS,
    before: Path | None = None,
) -> Iterator[Callable[..., bool]]:
    """Start Pagefind over ``site`` in the background, once per part; yield the call that waits.

    ``parts`` maps each bundle folder to the site folders it indexes (none: every
    page); bundles are written under ``into`` (default: ``site``), their index chunks of
    ``chunk`` word positions (``chunk_postings``). Pagefind keeps
    about one core busy, so the build checks its links on the other meanwhile.
    Only product pages carry ``data-pagefind-body``: Pagefind is given the pages
    of a part's product folders alone, and of each page what it indexes
    (``indexed_copy``), by its service (``pagefind_service.py``). A file of a
    part that the same part of the site in ``before`` holds is linked from there (``write_bundle``).
    Leaving the block early stops every Pagefind.
    """
    into = into or site
    env = {**os.environ, "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE": str(chunk)}
    with ExitStack() as stack:
        runs = []
        for bundle, folders in parts.items():
            pages = ((path, indexed_copy(text)) for path, text in page_texts(site, folders))
            service = PagefindService(
                site, pages, env, functools.partial(_write_normalised, into / bundle, before and before / bundle)
            )
            stack.callback(service.stop)
            runs.append((bundle, service))

        def finish(stop: threading.Event | None = None) -> bool:
            """Wait for every part to be written; False, and every Pagefind stopped, when
            ``stop`` is set first."""
            for bundle, service in runs:
                while stop is not None and service.running():
                    if stop.wait(0.05):
                        return False
                try:
                    service.wait()
                except (PagefindServiceError, OSError) as failure:
                    raise PagefindError(f"Pagefind failed on {bundle}: {failure}") from failure
            return True

        yield finish


def _body_element(page: str) -> tuple[int, int] | None:
    """Where a page's ``data-pagefind-body`` element starts and ends (after its closing
    tag, or at the page's end when it has none); None when the page has none."""
    at = page.find(" data-pagefind-body")
    if at < 0:
        return None
    start = page.rfind("<", 0, at)
    tag = _TAG_NAME.match(page, start)
    if tag is None:
        return start, len(page)
    depth = 0
    for match in re.compile(rf"<(/?){tag.group(1)}\b").finditer(page, start):
        depth += -1 if match.group(1) else 1
        if depth == 0:
            closing = page.find(">", match.end())
            return start, len(page) if closing < 0 else closing + 1
    return start, len(page)


def indexed_part(body: str) -> str | None:
    """What Pagefind reads of a page body: its ``data-pagefind-body`` element, less ignored elements.

    Where in doubt it keeps more, never less: an ignored element is cut at its
    first closing tag. None when the body has no such element. The page chrome
    around the body comes from the theme, whose every change rebuilds everything.
    """
    element = _body_element(body)
    return None if element is None else _IGNORED.sub("", body[element[0] : element[1]])


_WITH_D = str.maketrans("đĐ", "dD")


def spelled_with_d(texts: Iterable[str | None]) -> str:
    """The words of ``texts`` that hold a đ, spelled with d, each once ("" when none does).

    Pagefind folds accents (ỏ → o) but not đ, a letter of its own rather than d with a
    mark: "gio dan" typed on a phone found no "Giỏ đan", nor "40 do dam" "40 độ đạm". A
    product page gives these words to the index beside the name, hidden from view.
    """
    words = (word for text in texts if text for word in text.split() if "đ" in word.lower())
    return " ".join(dict.fromkeys(word.translate(_WITH_D) for word in words))


def indexed_copy(page: str) -> str:
    """The page as Pagefind is given it: its ``<html>`` tag, title and ``data-pagefind-body`` element.

    Pagefind indexes only that element of a page that has one, but reads the
    whole page (a product page is 23 KB, its element 2 KB). The whole page is
    given where Pagefind would read more of it: a ``data-pagefind-`` attribute
    other than ``-ignore`` outside the element (filters and metadata may sit
    anywhere), an element that does not set the title and image (Pagefind would
    look for them in the page: the first ``<h1>`` and ``<img>``), no element, or
    no ``<html>`` tag before it.
    """
    element = _body_element(page)
    if element is None:
        return page
    start, end = element
    html = _HTML_TAG.search(page, 0, start)
    if html is None or _READ_ANYWHERE.search(page, 0, start) or _READ_ANYWHERE.search(page, end):
        return page
    indexed = page[start:end]
    if not all(f'data-pagefind-meta="{name}' in indexed for name in ("title", "image")):
        return page
    title = _TITLE.search(page, 0, start)
    head = f"<head>{title.group() if title else ''}</head>"
    return f"<!doctype html>{html.group()}{head}<body>{indexed}</body></html>"


_IGNORED = re.compile(r"<(\w+)\b[^>]*\sdata-pagefind-ignore\b[^>]*>.*?</\1>", re.S)
_HTML_TAG = re.compile(r"<html\b[^>]*>", re.I)
_TAG_NAME = re.compile(r"<(\w+)")
#: Pagefind attributes that count outside the indexed element (all but ``data-pagefind-ignore``,
#: which only cuts what is indexed; Pagefind reads filters and metadata anywhere on a page).
_READ_ANYWHERE = re.compile(r"data-pagefind-(?!ignore\b)")
_TITLE = re.compile(r"<title\b[^>]*>.*?</title>", re.I | re.S)
_MAGIC = b"pagefind_dcd"


def _write_normalised(bundle: Path, before: Path | None, files: dict[str, bytes]) -> None:
    write_bundle(normalised(files), bundle, before)


def _decode(data: bytes, name: str) -> object:
    data = gzip.decompress(data)
    if not data.startswith(_MAGIC):
        raise PagefindError(f"unexpected Pagefind file {name}")
    return cbor2.loads(data[len(_MAGIC) :])


def _read_cbor(path: Path) -> object:
    return _decode(path.read_bytes(), path.name)


def _put_cbor(files: dict[str, bytes], prefix: str, value: object, path: str, digits: int) -> str:
    """Put a Pagefind file named by the hash of its content in ``files``; return the name's hash part."""
    data = gzip.compress(_MAGIC + cbor2.dumps(value), mtime=0)
    name = f"{prefix}_{hashlib.sha256(data).hexdigest()[:digits]}"
    files[path.format(name)] = data
    return name


def _take(files: dict[str, bytes], path: str) -> bytes:
    try:
        return files.pop(path)
    except KeyError:
        raise PagefindError(f"Pagefind's index names a file it did not give: {path}") from None


def _name_fragments_in_order(files: dict[str, bytes], lang: str, pages: list[list]) -> None:
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
        files[f"fragment/{name}.pf_fragment"] = _take(files, f"fragment/{page[0]}.pf_fragment")
        page[0] = name


def normalised(files: dict[str, bytes]) -> dict[str, bytes]:
    """Pagefind's files (path in the bundle -> content), byte-identical from run to run.

    Pagefind 1.5 gives filter values, the list of filters and the languages of
    ``pagefind-entry.json`` in a random (hash map) order. Sort them, and rename
    the files it names by content hash so every reference stays right.
    """
    files = dict(files)
    entry = json.loads(_take(files, ENTRY))
    for lang, info in entry["languages"].items():
        meta = _decode(_take(files, f"pagefind.{info['hash']}.pf_meta"), "pf_meta")
        filters = []
        for name, file_hash in meta[3]:
            filter_name, values = _decode(_take(files, f"filter/{file_hash}.pf_filter"), name)
            values = sorted(values, key=lambda v: v[0])
            filters.append([name, _put_cbor(files, lang, [filter_name, values], "filter/{}.pf_filter", 7)])
        meta[3] = sorted(filters)
        _name_fragments_in_order(files, lang, meta[1])
        info["hash"] = _put_cbor(files, lang, meta, "pagefind.{}.pf_meta", 10)
    files[ENTRY] = json.dumps(entry, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return files


def write_bundle(files: dict[str, bytes], bundle: Path, before: Path | None = None) -> None:
    """Write the files of a search index part into the folder ``bundle``; a file whose bytes
    the part's folder ``before`` (the published one) holds is hard-linked from there.

    A rename at 20,000 products makes a part of 4,134 files again, nearly all the same
    bytes as before (one fragment per page; a fragment's name changes with the part's
    generation, not its bytes). Written, they took 3.4-4.1 s of kernel time: ext4 does not
    hand out an inode freed in the last minute or so, and scans past each one, and every
    build frees thousands (benchmarks/README.md). A link takes no inode.
    """
    older = _files_by_place(before) if before is not None and before.is_dir() else {}
    for folder in sorted({PurePosixPath(path).parent for path in files}):
        (bundle / folder).mkdir(parents=True, exist_ok=True)
    for path, data in files.items():
        source = older.get(_place(path))
        if source is not None and _holds(source, data):
            link_or_copy(source, bundle / path)
        else:
            (bundle / path).write_bytes(data)


def _place(path: str) -> str:
    """A part's file named without the part's generation: a fragment ``<lang>_<generation>_<n>``
    is the n-th page's in every generation (``_name_fragments_in_order``)."""
    folder, _, name = path.rpartition("/")
    stem, dot, suffix = name.partition(".")
    if folder == "fragment" and stem.count("_") == 2:
        lang, _, number = stem.split("_")
        return f"fragment/{lang}_{number}{dot}{suffix}"
    return path


def _files_by_place(folder: Path) -> dict[str, str]:
    """The files of a part's folder by their place (``_place``)."""
    found = {}
    for root, _, names in os.walk(folder):
        prefix = os.path.relpath(root, folder).replace(os.sep, "/")
        for name in names:
            found[_place(name if prefix == "." else f"{prefix}/{name}")] = os.path.join(root, name)
    return found


def _holds(file: str, data: bytes) -> bool:
    """Whether ``file`` holds exactly ``data``."""
    try:
        if os.stat(file).st_size != len(data):
            return False
        with open(file, "rb") as handle:
            return handle.read() == data
    except OSError:
        return False
