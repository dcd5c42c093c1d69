"""Lighthouse audit of the built showroom: `make audit`.

Serves `site/` on the loopback address the way a static host does (gzip for
text, long cache for fingerprinted media), runs Lighthouse 12.2.3 (npm) with
Debian's Chromium in its mobile profile on one page of each kind, prints each
score beside its target and exits non-zero when one is missed.

    python scripts/audit.py [SITE_DIR] [--runs N]
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
TOOLS = REPO / ".audit"
LIGHTHOUSE_VERSION = "12.2.3"
CHROMIUM = "/usr/bin/chromium"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
#: Pages that ask search engines not to index them, on purpose: Lighthouse's SEO score counts
#: that against them (is-crawlable), so it is printed and not held to the target.
NOINDEX = ("shortlist",)
COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".webmanifest"}


class StaticHost(http.server.SimpleHTTPRequestHandler):
    """What a static host does: gzip text, cache fingerprinted media for a year."""

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: Lighthouse makes hundreds of requests."""

    def end_headers(self) -> None:
        # Media names carry a content hash, so they never change under one URL.
        if self.path.startswith(("/media/", "/pagefind")):  # every part of the search index
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        super().end_headers()

    def send_head(self) -> io.BytesIO | None:
        """Serve a gzip copy of text files to clients that accept it."""
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the base class redirects to add the slash
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.suffix in COMPRESSIBLE and path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)  # the base class copies it out and closes it


def lighthouse() -> Path:
    """The Lighthouse command, installed from npm into .audit/ on first use."""
    binary = TOOLS / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        TOOLS.mkdir(exist_ok=True)
        subprocess.run(
            ["npm", "install", "--prefix", str(TOOLS), "--no-audit", "--no-fund", f"lighthouse@{LIGHTHOUSE_VERSION}"],
            check=True,
        )
    return binary


def sample_pages(site: Path) -> dict[str, str]:
    """Home, a product, a facility, a listing and the shortlist page, in every language of the site."""
    product = sorted(p.parent.name for p in (site / "san-pham").glob("*/index.html"))[0]
    facility = sorted(p.parent.name for p in (site / "co-so").glob("*/index.html"))[0]
    pages = {"home": "", "product": f"san-pham/{product}/", "facility": f"co-so/{facility}/", "listing": "san-pham/"}
    for kind, path in list(pages.items()):
        # Each page names its translations; their paths come from there, not from a guess.
        html = (site / path / "index.html").read_text(encoding="utf-8")
        for lang, href in re.findall(r'<link rel="alternate" hreflang="([a-z]{2})" href="([^"]+)"', html):
            translated = urlsplit(href).path.lstrip("/")
            if translated != path:
                pages[f"{kind} ({lang})"] = translated
    # The shortlist draws its products from their own pages: audited with three of them.
    ids = ",".join(sorted(p.parent.name for p in (site / "san-pham").glob("*/index.html"))[:3])
    shortlist = "danh-sach-chon/"
    pages["shortlist"] = f"{shortlist}?ids={ids}"
    html = (site / shortlist / "index.html").read_text(encoding="utf-8")
    for lang, href in re.findall(r'<link rel="alternate" hreflang="([a-z]{2})" href="([^"]+)"', html):
        translated = urlsplit(href).path.lstrip("/")
        if translated != shortlist:
            pages[f"shortlist ({lang})"] = f"{translated}?ids={ids}"
    return pages


class QuietServer(http.server.ThreadingHTTPServer):
    """Lighthouse closes connections it no longer needs: not an error worth a traceback."""

    def handle_error(self, request: object, client_address: object) -> None:
        """Print errors other than a client hanging up."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def audit(binary: Path, url: str) -> dict[str, int]:
    """Run Lighthouse once on one URL; return each category's score out of 100."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.run(
            [
                str(binary),
                url,
                "--quiet",
                "--output=json",
                f"--output-path={report}",
                f"--only-categories={','.join(CATEGORIES)}",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
            ],
            check=True,
            env={**os.environ, "CHROME_PATH": CHROMIUM},
        )
        data = json.loads(report.read_text())
    failing = [
        f"{audit_id} ({a.get('score')})"
        for audit_id, a in data["audits"].items()
        if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") in ("binary", "metricSavings")
    ]
    scores = {c: round(data["categories"][c]["score"] * 100) for c in CATEGORIES}
    scores["_failing"] = failing  # type: ignore[assignment]
    return scores


def main() -> int:
    """Audit each page kind, print a table of scores against the targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", default=str(REPO / "site"))
    parser.add_argument("--runs", type=int, default=1, help="runs per page; the median score is kept")
    args = parser.parse_args()
    site = Path(args.site)
    if not (site / "index.html").exists():
        print(f"{site}: no built site; run `make site` first", file=sys.stderr)
        return 2
    if not shutil.which("node"):
        print("Node.js is needed for Lighthouse", file=sys.stderr)
        return 2
    binary = lighthouse()
    handler = functools.partial(StaticHost, directory=str(site))
    server = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    missed = 0
    print(f"{'page':<16}" + "".join(f"{c:>16}" for c in CATEGORIES))
    try:
        for kind, path in sample_pages(site).items():
            runs = [audit(binary, base + path) for _ in range(args.runs)]
            row = {}
            for c in CATEGORIES:
                values = sorted(r[c] for r in runs)
                row[c] = values[len(values) // 2]
            held = [c for c in CATEGORIES if not (c == "seo" and kind.startswith(NOINDEX))]
            missed += sum(row[c] < TARGETS[c] for c in held)
            print(
                f"{kind:<16}"
                + "".join(
                    f"{row[c]:>12} {('ok' if row[c] >= TARGETS[c] else '✗ ') if c in held else '–':>3}"
                    for c in CATEGORIES
                )
            )
            for name in runs[-1]["_failing"]:
                print(f"{'':<16}  below 1: {name}")
    finally:
        server.shutdown()
    print("targets: " + ", ".join(f"{c} ≥ {t}" for c, t in TARGETS.items()))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
