"""Each performance device against the build without it: which ones a target still needs.

For each N (default 2,000), a synthetic catalogue (``synthetic.py``) is built once.
Then, for every device, builds run with it and without it, in turn (A B A B …):
a warm full build (``--full``; at 2,000 products only, each takes minutes at
20,000) and a build after one product's summary is edited (a different product
each time). Before them, as a reference, the first build of the next day (one
product in 500 expires on the first day). "Without" runs the same build in a child process
in which the device is replaced by its plain form, so the generator's source, and
with it every key and the build state, stays the same. Medians and the ratio
without / with are printed.

    python benchmarks/devices.py [N ...]
"""

from __future__ import annotations

import contextlib
import re
import statistics
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402
from build import DAY, FIRST_DAY, edit_one_product, settle, timed  # noqa: E402


def _inline() -> None:
    """Exports written in the build process when called, not by a forked process meanwhile."""
    import generator.build

    @contextlib.contextmanager
    def in_foreground(call: Callable[[], Any]) -> Iterator[Callable[[], Any]]:
        yield call

    generator.build.in_background = in_foreground


def _card_inputs() -> None:
    """Share-card inputs worked out afresh in every build, never taken from the build state."""
    from generator.incremental.keys import PageKeys

    worked_out = PageKeys.card_inputs
    PageKeys.card_inputs = lambda self, previous=None: worked_out(self, None)


def _collector_running() -> None:
    """Records checked with the garbage collector running, and the catalogue never frozen."""
    import generator.build

    generator.build._checked = lambda run, stamps: generator.build.check(run.root, run.strict, stamps, run.day)


def _rows_made_again() -> None:
    """Every product's open data rows made again in every build, none kept."""
    import generator.output.exports

    made = generator.output.exports.product_exports
    generator.output.exports.product_exports = lambda catalogue, links, cache: made(catalogue, links, None)


#: Device -> what replaces it in a build without it. One more was measured and removed (see
#: benchmarks/README.md): product cards made once per language with marked links.
DEVICES: dict[str, Callable[[], None]] = {
    "exports in a forked process": _inline,
    "share-card inputs from the state": _card_inputs,
    "collector paused, catalogue frozen": _collector_running,
    "open data rows kept": _rows_made_again,
}


def child(device: str, project: str, out: str, full: str) -> None:
    """Build ``project`` into ``out`` without ``device`` ("" for the build as it is)."""
    import generator.staff.cli  # every module, so that patches reach each namespace

    if device:
        DEVICES[device]()
    args = ["-C", project, "build", "--out", out] + (["--full"] if full == "full" else [])
    generator.staff.cli.main(args)


def run(n: int) -> None:
    """Time every device on a catalogue of ``n`` products; print a row per device and build."""
    reps = 3 if n <= 2000 else 1
    builds = ("warm full", "summary edit") if n <= 2000 else ("summary edit",)
    DAY["epoch"] = FIRST_DAY
    with tempfile.TemporaryDirectory(prefix=f"showroom-devices-{n}-") as tmp:
        project, out = Path(tmp) / "project", Path(tmp) / "site"
        synthetic.write(project, n)

        def build(device: str, full: bool) -> float:
            command = [sys.executable, __file__, "--child", device, str(project), str(out), "full" if full else ""]
            seconds = timed(command)[0]
            settle(out)
            return seconds

        build("", True)  # cold: photos and cards made once for all
        DAY["epoch"] += 86_400
        seconds, _, text = timed([sys.executable, __file__, "--child", "", str(project), str(out), ""])
        rebuilt = re.search(r"(\d+) rebuilt", text)
        print(
            f"\nN = {n:,} products: first build of a new day {seconds:.1f} s, {rebuilt[1] if rebuilt else 0} pages rebuilt"
        )
        settle(out)
        edits = 0
        print(f"median of {reps} (A B alternated)")
        print(f"{'device':<36}{'build':<14}{'with':>9}{'without':>9}{'ratio':>8}")
        for device in DEVICES:
            for kind in builds:
                times: dict[str, list[float]] = {"with": [], "without": []}
                for _ in range(reps):
                    for label, name in (("with", ""), ("without", device)):
                        if kind == "summary edit":
                            edit_one_product(project, offset=edits)
                            edits += 1
                        times[label].append(build(name, kind == "warm full"))
                with_, without = statistics.median(times["with"]), statistics.median(times["without"])
                print(f"{device:<36}{kind:<14}{with_:>8.1f}s{without:>8.1f}s{without / with_:>7.2f}×")
                sys.stdout.flush()


def main() -> None:
    """Run the comparison for every N on the command line (or one child build)."""
    if sys.argv[1:2] == ["--child"]:
        child(*sys.argv[2:6])
        return
    for n in [int(arg) for arg in sys.argv[1:]] or [2000]:
        run(n)


if __name__ == "__main__":
    main()
