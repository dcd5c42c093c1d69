"""The live preview at scale: from a save to the browser showing it, and to search updated.

For each N (default 2,000), a synthetic catalogue (``synthetic.py``) is built once
(photos processed), then served by ``showroom serve`` in a child process. A
product page is open in headless Chromium (Debian's); a record is saved and the
time taken from the save until the page has reloaded: three products' summaries
in turn, then three products' names, then three provincial products' level raised
to the region's (search holds names and levels, so the index is made again after
the reload; the time until ``showroom serve`` says "Search updated." is printed
beside it). The save includes the file watcher's pause (MkDocs waits for saves to
stop before it builds).

    python benchmarks/preview.py [N ...]
    python benchmarks/preview.py --project DIR   (a project built already, e.g. by synthetic.write)

With ``SHOWROOM_TIMINGS=1`` the server's log, with the stage times of every build, is printed too.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402

SHOWROOM = str(Path(sys.executable).parent / "showroom")
CHROMIUM = os.environ.get("SHOWROOM_CHROMIUM", "/usr/bin/chromium")
TIMEOUT = 600  # seconds: a save at 20,000 products must not hang the benchmark


def free_port() -> int:
    """A free loopback port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(log: Path, text: str, after: int, timeout: float = TIMEOUT) -> float:
    """Wait until ``text`` appears in ``log`` past byte ``after``; return the time it was seen."""
    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        if text in log.read_bytes()[after:].decode("utf-8", "replace"):
            return time.perf_counter()
        time.sleep(0.02)
    sys.exit(f"timed out waiting for {text!r}:\n{log.read_text()[-2000:]}")


def page_of(site: Path, record: Path) -> str:
    """The site-relative URL of a product's Vietnamese page."""
    found = sorted(site.glob(f"*/{record.stem}/index.html"))
    return found[0].parent.relative_to(site).as_posix() + "/"


#: What each kind of save writes, and a text the page shows only once it is built.
SAVES = {
    "summary": ('"summary": {"vi": "', '"summary": {"vi": "Mới: ', "Mới: "),
    "name": ('"name": {"vi": "', '"name": {"vi": "Mới: ', "Mới: "),
    "level": ('"level": "province"', '"level": "region"', "Cấp khu vực"),
}


def save(record: Path, field: str) -> None:
    """Change one product's ``field`` (summary, name or level), as a staff member would."""
    old, new, _ = SAVES[field]
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace(old, new, 1), encoding="utf-8")


def run(n: int) -> None:
    """Serve a catalogue of ``n`` products, save records, print the times."""
    with tempfile.TemporaryDirectory(prefix=f"showroom-preview-{n}-") as tmp:
        project = Path(tmp) / "project"
        synthetic.write(project, n)
        subprocess.run([SHOWROOM, "-C", str(project), "build"], check=True, capture_output=True)
        preview(project, Path(tmp))


def preview(project: Path, tmp: Path) -> None:
    """Serve ``project`` (built already), save records, print the times; the server's log goes to ``tmp``."""
    from playwright.sync_api import sync_playwright

    records = sorted((project / "products").glob("*.yml"))
    n = len(records)
    port, log = free_port(), tmp / "serve.log"
    with open(log, "wb") as handle:
        server = subprocess.Popen(
            [SHOWROOM, "-C", str(project), "serve", "--port", str(port)], stdout=handle, stderr=subprocess.STDOUT
        )
    try:
        wait_for(log, "Serving", 0)
        base = f"http://127.0.0.1:{port}/"
        rows: dict[str, list[tuple[float, float | None]]] = {"summary": [], "name": [], "level": []}
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            provincial = [r for r in records if SAVES["level"][0] in r.read_text(encoding="utf-8")]
            for field, offsets in (("summary", (0, 1, 2)), ("name", (3, 4, 5)), ("level", (6, 7, 8))):
                for offset in offsets:
                    among = provincial if field == "level" else records
                    record = among[len(among) // 2 + offset]
                    page.goto(base + page_of(project / "site", record))
                    page.wait_for_load_state("load")
                    time.sleep(1)  # the page's reload script is waiting for news
                    after = log.stat().st_size
                    with page.expect_event("load", timeout=TIMEOUT * 1000):
                        start = time.perf_counter()
                        save(record, field)
                    reloaded = time.perf_counter() - start
                    if SAVES[field][2] not in page.content():
                        sys.exit(f"the page reloaded without the change to {record.name}")
                    searched = None
                    if (
                        field != "summary"
                    ):  # search holds names and levels: the browser reloads once more when the index is in
                        with page.expect_event("load", timeout=TIMEOUT * 1000):
                            searched = wait_for(log, "Search updated.", after) - start
                    rows[field].append((reloaded, searched))
            browser.close()
    except BaseException:
        print(log.read_text(encoding="utf-8", errors="replace")[-3000:], file=sys.stderr)
        raise
    finally:
        server.terminate()
        server.wait()
    if os.environ.get("SHOWROOM_TIMINGS"):  # the server's stage times of every build
        print(log.read_text(encoding="utf-8", errors="replace"), file=sys.stderr)
    report(n, rows)


def report(n: int, rows: dict[str, list[tuple[float, float | None]]]) -> None:
    """Print the times of one N."""
    print(f"\nN = {n:,} products, `showroom serve`: save → page reloaded (three saves each)")
    for field, label in (("summary", "a summary edited"), ("name", "a name edited"), ("level", "a level raised")):
        reloads = [r for r, _ in rows[field]]
        line = f"{label:<20} median {statistics.median(reloads):.2f} s, worst {max(reloads):.2f} s"
        searched = [s for _, s in rows[field] if s is not None]
        if searched:
            line += f"; search updated after {statistics.median(searched):.2f} s (worst {max(searched):.2f} s)"
        print(line)
    sys.stdout.flush()


def main() -> None:
    """Run the benchmark for every N on the command line, or (``--project DIR``) on a project
    built already: a synthetic catalogue of 20,000 products takes about 20 minutes to build cold."""
    if sys.argv[1:2] == ["--project"]:
        with tempfile.TemporaryDirectory(prefix="showroom-preview-") as tmp:
            preview(Path(sys.argv[2]).resolve(), Path(tmp))
        return
    for n in [int(arg) for arg in sys.argv[1:]] or [2000]:
        run(n)


if __name__ == "__main__":
    main()
