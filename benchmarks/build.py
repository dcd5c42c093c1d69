"""Full builds at scale: cold, warm, no-op, one edit, peak memory, and bare MkDocs beside it.

For each N (default 2,000), a synthetic catalogue (``synthetic.py``) is built
by ``showroom build`` in a child process, timed with the wall clock: cold, warm
twice, with nothing to do, on the next day with nothing else changed, after
one product's summary is edited and after another product's name is edited (each edit
three times, on other products, the median in the table); the peak
memory is the largest resident set of any process of the build (the kernel's
``ru_maxrss`` of the child and the children it waited for). Then the same page
set (one Markdown page per built HTML page, a title, about 150 words and a
facts table) is built by a bare ``mkdocs build`` with mkdocs-material and a
one-entry navigation, and the ratio is printed.

    python benchmarks/build.py [N ...]
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402

SHOWROOM = [str(Path(sys.executable).parent / "showroom")]
BODY = " ".join(["Sản phẩm công nghiệp nông thôn tiêu biểu của tỉnh, làm thủ công tại cơ sở."] * 12)
TABLE = "| Trường | Giá trị |\n|---|---|\n" + "".join(f"| Mục {i} | Giá trị {i} |\n" for i in range(6))


_REREAD = re.compile(r"re-read (\d+) MB")
#: How many times each edit is timed.
EDITS = 3


def refaults() -> int:
    """Pages of files read again from disk after the kernel had evicted them (0 where unknown)."""
    try:
        for line in Path("/proc/vmstat").read_text().splitlines():
            if line.startswith("workingset_refault_file "):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


#: The first build date of every N (``SOURCE_DATE_EPOCH``, 2026-05-28): synthetic.py lets one
#: product in 500 expire that day, so the "new day" row, a day later, rebuilds their pages.
FIRST_DAY = 1_780_000_000
DAY = {"epoch": FIRST_DAY}


def timed(command: list[str], cwd: Path | None = None) -> tuple[float, int, str]:
    """Run ``command``; return (seconds, peak resident memory in MB, its output and stage timings).

    The output ends with how many MB of evicted file pages the run read again: on a
    machine that reclaims page cache early, a stage reading what an earlier one wrote
    waits on the disk, and run-to-run differences come from there.
    """
    before = refaults()
    start = time.perf_counter()
    env = {**os.environ, "SHOWROOM_TIMINGS": "1", "SOURCE_DATE_EPOCH": str(DAY["epoch"])}
    with tempfile.TemporaryFile() as output:
        process = subprocess.Popen(command, cwd=cwd, stdout=output, stderr=subprocess.STDOUT, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        output.seek(0)
        text = output.read().decode("utf-8", "replace")
    text += f"\nre-read {(refaults() - before) * os.sysconf('SC_PAGE_SIZE') // 2**20} MB\n"
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed:\n{text[-2000:]}")
    return seconds, usage.ru_maxrss // 1024, text


def settle(out: Path) -> None:
    """Wait until the previous site, removed in the background after a build, is gone."""
    while any(out.parent.glob(f".{out.name}.trash-*")):
        time.sleep(0.2)


def html_pages(site: Path) -> list[Path]:
    """Every page the build wrote (HTML files, the 404 page included)."""
    return sorted(site.rglob("*.html"))


def bare_mkdocs(site: Path, work: Path) -> tuple[float, int, int, str]:
    """Build the same page set with plain mkdocs-material; return (seconds, MB, pages, output)."""
    docs = work / "docs"
    for page in html_pages(site):
        relative = page.relative_to(site).with_suffix(".md")
        target = docs / (relative.parent / "index.md" if relative.name == "index.md" else relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"# {relative.parent}\n\n{BODY}\n\n{TABLE}", encoding="utf-8")
    (work / "mkdocs.yml").write_text(
        "site_name: Bench\ntheme:\n  name: material\nnav:\n  - index.md\nplugins: []\n", encoding="utf-8"
    )
    seconds, megabytes, text = timed(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(work / "site")], cwd=work
    )
    return seconds, megabytes, len(html_pages(work / "site")), text


def edit_one_product(project: Path, field: str = "summary", offset: int = 0) -> None:
    """Change one product's ``field`` (summary or name), as a staff member would."""
    records = sorted((project / "products").glob("*.yml"))
    record = records[len(records) // 2 + offset]
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace(f'"{field}": {{"vi": "', f'"{field}": {{"vi": "Mới: ', 1), encoding="utf-8")


def run(n: int) -> None:
    """Build a catalogue of ``n`` products every way the benchmark measures; print a table row."""
    DAY["epoch"] = FIRST_DAY
    with tempfile.TemporaryDirectory(prefix=f"showroom-build-{n}-") as tmp:
        project, out = Path(tmp) / "project", Path(tmp) / "site"
        synthetic.write(project, n)
        build = [*SHOWROOM, "-C", str(project), "build", "--out", str(out)]
        rows = {}
        rows["cold (photos processed)"] = timed(build)
        pages = len(html_pages(out))
        settle(out)
        rows["warm (photo cache kept)"] = timed([*build, "--full"])
        settle(out)
        # A second warm build: staff rebuild often, and the first one after the cold
        # build reads caches written minutes before (see "re-read" below).
        rows["warm, again"] = timed([*build, "--full"])
        settle(out)
        rows["no-op rebuild"] = timed(build)
        DAY["epoch"] += 86_400  # no key holds the date: only pages whose expiry status changed are rebuilt
        rows["first build of a new day"] = timed(build)
        # This machine's speed drifts by a fifth within minutes: each edit is timed three times
        # (other products each time, summaries and names taken in turn), the median in the table.
        edits: dict[str, list[tuple[float, int, str]]] = {"one product edited": [], "one product renamed": []}
        for turn in range(EDITS):
            edit_one_product(project, "summary", 2 * turn)
            edits["one product edited"].append(timed(build))
            settle(out)
            # A name is searched: the search index part that holds the product is made again.
            edit_one_product(project, "name", 2 * turn + 1)
            edits["one product renamed"].append(timed(build))
            settle(out)
        for name, runs in edits.items():
            rows[name] = sorted(runs)[len(runs) // 2]
        bare = bare_mkdocs(out, Path(tmp) / "bare")
        # Printed before the folder goes: removing 20,000 products' sites can take minutes.
        report(n, pages, rows, bare, {name: [run[0] for run in runs] for name, runs in edits.items()})


def report(
    n: int,
    pages: int,
    rows: dict[str, tuple[float, int, str]],
    bare: tuple[float, int, int, str],
    edits: dict[str, list[float]],
) -> None:
    """Print the table of one N, the ratios to bare MkDocs and the stages of the warm, new-day and edit builds."""
    print(f"\nN = {n:,} products: {pages:,} pages written")
    print(f"{'run':<26}{'seconds':>10}{'ms/page':>10}{'peak MB':>10}{'re-read MB':>12}  pages rebuilt")
    for name, (seconds, megabytes, text) in rows.items():
        rebuilt = re.search(r"(\d+) rebuilt", text)
        count = rebuilt.group(1) if rebuilt else ("0" if "up to date" in text else f"{pages:,}")
        reread = _REREAD.search(text).group(1)
        print(f"{name:<26}{seconds:>10.1f}{seconds * 1000 / pages:>10.2f}{megabytes:>10,}{reread:>12}  {count}")
    bare_reread = _REREAD.search(bare[3]).group(1)
    print(
        f"{'bare mkdocs build':<26}{bare[0]:>10.1f}{bare[0] * 1000 / bare[2]:>10.2f}{bare[1]:>10,}"
        f"{bare_reread:>12}  ({bare[2]:,} pages)"
    )
    for name, seconds in edits.items():
        print(f"{name}, each time: " + ", ".join(f"{value:.1f}" for value in seconds) + " s (the median in the table)")
    for name in ("warm (photo cache kept)", "warm, again"):
        warm = rows[name][0] * 1000 / pages
        print(f"{name.split(' (')[0]} Showroom / bare MkDocs, per page: {warm / (bare[0] * 1000 / bare[2]):.2f}×")
    for name in (
        "warm (photo cache kept)",
        "warm, again",
        "first build of a new day",
        "one product edited",
        "one product renamed",
    ):
        stages = re.findall(r"^  (.+?)…\s+([\d.]+) s$", rows[name][2], re.M)
        print(f"stages of the {name.split(' (')[0]} build: " + ", ".join(f"{label} {sec} s" for label, sec in stages))
    sys.stdout.flush()


def main() -> None:
    """Run the benchmark for every N on the command line."""
    for n in [int(arg) for arg in sys.argv[1:]] or [2000]:
        run(n)


if __name__ == "__main__":
    main()
