"""Search at national scale: index size, bytes a browser fetches, latency per keystroke.

For N = 2,000 and 20,000 synthetic products (``synthetic.py``), the product
pages and the search page are rendered by Showroom's own render stage (the
page chrome MkDocs adds lies outside ``data-pagefind-body`` and does not
change the index), indexed by the build's Pagefind stage, served on
localhost and searched in headless Chromium through the real finder
(``theme/assets/finder.js``). Printed per N: index size on disk, and per
typical query the bytes transferred (search library, index and the result
data of the first screen) and the time from the last keystroke to results.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import http.server
import io
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402

from generator.build import check, theme_dir  # noqa: E402
from generator.media import qrcodes  # noqa: E402
from generator.media.photos import MEDIA_DIR, Photo, decode, encode  # noqa: E402
from generator.output.search import chunk_postings, indexing, is_bundle, search_parts  # noqa: E402
from generator.pages import render as render_module  # noqa: E402
from generator.pages.render import load_strings, render  # noqa: E402
from generator.records.expiry import build_date  # noqa: E402

full_plan = render_module.plan
from generator.pages.urls import doc_file, lang_prefix  # noqa: E402

QUERIES = [
    "nuoc mam",
    "mat ong rung",
    "gao thom",
    "kho ca sac",
    "tieu den",
    "banh trang",
    "tom kho",
    "gio co bang",
    "tinh dau tram",
    "may sa lua",
]


def thumbnails(catalogue: object, site: Path) -> dict[tuple[str, str], Photo]:
    """A 320-pixel JPEG of its own for every product, as the image stage names them.

    Made from the sample catalogue's photos (quality 78, as ``site_config.yml``
    sets) and hard-linked under one key per product, so every result card fetches
    its own file and every product has its own thumbnail word in the index.
    """
    made = []
    (site / MEDIA_DIR).mkdir(parents=True, exist_ok=True)
    for i, source in enumerate(sorted((ROOT / "products/photos").glob("*.jpg"))[:24]):
        img = decode(source.read_bytes())
        height = round(img.height * 320 / img.width)
        path = site.parent / f"thumb-{i}.jpg"
        path.write_bytes(encode(img.resize((320, height)), "JPEG", 78))
        made.append((path, height))
    photos = {}
    for n, product in enumerate(sorted(catalogue.products.values(), key=lambda r: r.id)):
        key = hashlib.sha256(product.id.encode()).hexdigest()
        path, height = made[n % len(made)]
        photo = Photo(key=key, sizes=((320, height),))
        os.link(path, site / photo.file(320, "jpg"))
        photos[(product.rel, product.data["photos"][0]["file"])] = photo
    return photos


def build_search_site(project: Path, site: Path) -> int:
    """Render product and search pages into plain HTML and index them; return pages."""
    catalogue, _ = check(project)
    links = catalogue.links
    wanted = [spec for spec in full_plan(links) if spec.kind in ("product", "search")]
    render_module.plan = lambda links, profile=None: wanted
    theme = theme_dir(ROOT)
    docs = site.parent / "docs"
    qrcodes.svg = lambda url, cache: "<svg></svg>"  # QR codes sit outside the indexed body
    photos = thumbnails(catalogue, site)
    render(catalogue, links, photos, {}, theme, load_strings(theme), docs, site.parent / "cache", build_date())
    pages = 0
    for lang in catalogue.languages:
        prefix = lang_prefix(lang, catalogue.languages)
        shutil.copytree(theme / "assets", site / prefix / "assets", dirs_exist_ok=True)
        for spec in wanted:
            kind, paths = spec.kind, links.paths[(spec.kind, spec.ident)]
            source = docs / lang / doc_file(paths[lang])
            body = source.read_text(encoding="utf-8").split("\n---\n", 1)[1]
            target = site / prefix / paths[lang] / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            head = '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            head += '<link rel="stylesheet" href="{}assets/showroom.css">'.format("../" * paths[lang].count("/"))
            target.write_text(
                f'<!doctype html><html lang="{lang}"><head>{head}<title>{kind}</title></head><body>{body}</body></html>',
                encoding="utf-8",
            )
            pages += 1
    parts = search_parts(catalogue)  # in parts above search_part_size products
    with indexing(site, parts, chunk=chunk_postings(parts)) as finish:
        finish()
    return pages


class _Host(http.server.SimpleHTTPRequestHandler):
    """A static host as sites are served: text files gzipped for browsers that accept it.

    Pagefind's index, fragment and WebAssembly files are gzip data already and go as they are.
    """

    COMPRESSED = (".html", ".js", ".css", ".svg", ".json")

    def send_head(self):  # the base class returns a file object or None
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not (path.suffix in self.COMPRESSED and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        if not path.is_file():
            return super().send_head()
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


#: Results of the whole query are on screen (results of a prefix typed on the way do not count).
READY = "(query) => window.__latency !== undefined"
MEASURE = """
(query) => new Promise(resolve => {
  const input = document.querySelector('#sr-finder-q');
  const results = document.querySelector('.sr-finder__results');
  let last = 0;
  input.addEventListener('input', () => { last = performance.now(); });
  const seen = new MutationObserver(() => {
    if (results.children.length && results.getAttribute('data-query') === query && last
        && window.__latency === undefined) { window.__latency = performance.now() - last; }
  });
  seen.observe(results, {childList: true});
  resolve(true);
})
"""


WARM = """
async (query) => {
  const pagefind = await import(new URL("/pagefind_vi/pagefind.js", location.href).href);
  const start = performance.now();
  const search = await pagefind.search(query);
  const searched = performance.now();
  await Promise.all(search.results.slice(0, 12).map((r) => r.data()));
  return [searched - start, performance.now() - searched];
}
"""

#: Phones first: the filter panel starts closed there, and its facet files load when it opens.
VIEWPORTS = {
    "phone 390×844": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
    "desktop 1280×720": {"viewport": {"width": 1280, "height": 720}},
}


def _transferred(responses: list) -> tuple[int, int]:
    """Bytes on the wire (gzip where the host compressed) and bytes decoded, of ``responses``."""
    wire = sum(r.request.sizes()["responseBodySize"] for r in responses)
    return wire, sum(len(r.body()) for r in responses)


def measure(url: str, browser: object, device: dict) -> list[dict[str, float]]:
    """Per query, in a fresh browser: bytes before typing and in all, thumbnails, and latency.

    Search bytes: everything the search page fetches after its own HTML and CSS
    but the thumbnails (the finder, Pagefind's script, worker and WebAssembly, the
    page list, facet files when the panel is open, index chunks, result
    fragments). The thumbnails the browser loaded are counted apart.
    """
    rows = []
    for query in QUERIES:
        context = browser.new_context(**device)
        page = context.new_page()
        fetched: list = []
        page.on(
            "response",
            lambda r, fetched=fetched: (
                fetched.append(r) if r.ok and r.request.resource_type not in ("document", "stylesheet") else None
            ),
        )
        page.goto(url + "tim-kiem/")
        page.wait_for_selector(".sr-finder--ready")
        page.wait_for_load_state("networkidle")
        before = len(fetched)
        page.evaluate(MEASURE, query)
        errors: list[str] = []
        page.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
        page.locator("#sr-finder-q").press_sequentially(query, delay=60)
        try:
            page.wait_for_function(READY, arg=query, timeout=30_000)
            page.wait_for_timeout(400)
            latency = page.evaluate("window.__latency")
        except Exception:  # a query that shows nothing in 30 s is reported, not fatal
            latency = float("nan")
            print(f"  {query!r}: no results within 30 s; page errors: {errors[:3]}")
        responses = list(fetched)
        # The same query again, its index chunks loaded: Pagefind's own search time, then its
        # first 12 result fragments; the rest of the latency is fetching and the finder.
        warm = page.evaluate(WARM, query) if latency == latency else [float("nan"), float("nan")]
        images = [r for r in responses if r.request.resource_type == "image"]
        search = [r for r in responses if r.request.resource_type != "image"]
        wire_before, plain_before = _transferred(responses[:before])
        wire_all, plain_all = _transferred(search)
        thumbs = _transferred(images)[0]
        context.close()
        rows.append(
            {
                "query": query,
                "latency_ms": latency,
                "warm_search_ms": warm[0],
                "warm_fragments_ms": warm[1],
                "before_bytes": wire_before,
                "all_bytes": wire_all,
                "before_plain_bytes": plain_before,
                "all_plain_bytes": plain_all,
                "thumbnails": len(images),
                "thumbnail_bytes": thumbs,
            }
        )
    return rows


def measure_site(site: Path, browser: object) -> dict[str, list[dict[str, float]]]:
    """Serve ``site`` on localhost as a static host does and measure every viewport."""
    handler = functools.partial(_Host, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        return {name: measure(url, browser, device) for name, device in VIEWPORTS.items()}
    finally:
        server.shutdown()


def print_rows(name: str, rows: list[dict[str, float]]) -> None:
    """One viewport's queries: KB before typing and in all (on the wire; decoded), latency."""
    kb = 1024
    print(f"  {name}")
    print(
        f"  {'query':16}{'KB before':>10}{'KB in all':>11}{'(decoded)':>11}{'thumbnails':>12}"
        f"{'ms after last key':>19}{'warm search ms':>16}{'fragments ms':>14}"
    )
    for row in rows:
        thumbs = f"{row['thumbnails']} / {row['thumbnail_bytes'] / kb:.0f} KB"
        print(
            f"  {row['query']:16}{row['before_bytes'] / kb:10.0f}{row['all_bytes'] / kb:11.0f}"
            f"{row['all_plain_bytes'] / kb:11.0f}{thumbs:>12}{row['latency_ms']:19.0f}"
            f"{row['warm_search_ms']:16.0f}{row['warm_fragments_ms']:14.0f}"
        )
    latencies = [r["latency_ms"] for r in rows]
    print(
        f"  worst query, search bytes in all: {max(r['all_bytes'] for r in rows) / kb:.0f} KB (target ≤ 300),"
        f" thumbnails at most {max(r['thumbnail_bytes'] for r in rows) / kb:.0f} KB; median latency"
        f" {statistics.median(latencies):.0f} ms, worst {max(latencies):.0f} ms (target ≤ 100)"
    )


def main() -> None:
    """Run the benchmark for every N and print the table."""
    from playwright.sync_api import sync_playwright

    report = []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        for n in [int(n) for n in (sys.argv[1:] or ["2000", "20000"])]:
            with tempfile.TemporaryDirectory() as tmp:
                project, site = Path(tmp) / "project", Path(tmp) / "out" / "site"
                synthetic.write(project, n)
                start = time.perf_counter()
                pages = build_search_site(project, site)
                built = time.perf_counter() - start
                parts = [folder for folder in site.iterdir() if is_bundle(folder.name)]
                index_bytes = sum(f.stat().st_size for part in parts for f in part.rglob("*") if f.is_file())
                runs = measure_site(site, browser)
            print(f"\nN = {n:,} products ({pages:,} pages indexed, rendered and indexed in {built:.0f} s)")
            print(f"  index on disk: {index_bytes / 1e6:.1f} MB in {len(parts)} part(s)")
            for name, rows in runs.items():
                report.append({"n": n, "viewport": name, "pages": pages, "index_bytes": index_bytes, "rows": rows})
                print_rows(name, rows)
        browser.close()
    Path(ROOT / "benchmarks" / "out").mkdir(exist_ok=True)
    (ROOT / "benchmarks" / "out" / "search.json").write_text(json.dumps(report, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
