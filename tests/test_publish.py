"""Publishing: a killed, failed or concurrent build never damages the published site."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.build import build
from generator.output.linkcheck import check_links, report_broken
from generator.output.publish import BuildLocked, locked
from generator.records.diagnostics import Report, UserError


def digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("delay", [0.3, 0.8, 1.5, 2.5, 4.0])
def test_a_build_killed_at_any_stage_leaves_the_site_intact(mini: Path, delay: float) -> None:
    build(mini)
    before = digest(mini / "site")
    record = mini / "products/gio-xach-co-bang.yml"
    record.write_text(
        record.read_text(encoding="utf-8").replace('"Giỏ xách cỏ bàng", en', '"Giỏ mới", en'), encoding="utf-8"
    )
    command = [sys.executable, "-m", "generator", "-C", str(mini), "build"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(delay)
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    after = digest(mini / "site")
    assert (mini / "site").is_dir()
    build(mini)  # whatever a killed build left behind does not break the next one
    assert "Giỏ mới" in (mini / "site/san-pham/gio-xach-co-bang/index.html").read_text(encoding="utf-8")
    # Killed before the swap: the old site; killed after it (an edit builds in a second): the
    # whole new one, the same as a finished build makes. Never a mixture.
    assert after in (before, digest(mini / "site")), "a killed build left a half-published site"
    assert not (mini / ".site.staging").exists() and not (mini / ".site.old").exists()


@contextlib.contextmanager
def stopped_build(script: str) -> Iterator[str]:
    """Run ``script`` (Python) in a session of its own until it has ended; yield the first line it
    printed. Whatever it forked is killed afterwards."""
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, start_new_session=True)
    try:
        said = process.stdout.readline().decode()
        process.wait()
        yield said
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)


def test_a_worker_that_outlives_its_build_does_not_hold_the_lock(tmp_path: Path) -> None:
    """A build stopped while a forked worker still ran left that worker holding the lock."""
    out = tmp_path / "site"
    script = (
        "import os, sys, time\n"
        "from pathlib import Path\n"
        "from generator.output.publish import locked\n"
        f"with locked(Path({str(out)!r})):\n"
        "    if os.fork() == 0:\n"
        "        print(flush=True)  # forked, and past what runs at a fork\n"
        "        time.sleep(30)  # a worker still busy\n"
        "        os._exit(0)\n"
        "    os._exit(0)  # the build stopped at once, as by a signal\n"
    )
    with stopped_build(script), locked(out):  # the worker lives on, the lock is free
        pass


def test_workers_end_with_a_build_that_was_stopped() -> None:
    """A forked worker of a stopped build slept on for good, with its copy of the catalogue."""
    script = (
        "import os, time\n"
        "from generator.workers import forked_pool\n"
        "with forked_pool(1) as pool:\n"
        "    print(pool.submit(os.getpid).result(), flush=True)\n"
        "    pool.submit(time.sleep, 30)\n"
        "    time.sleep(0.5)\n"
        "    os._exit(0)  # the build stopped at once, as by a signal\n"
    )
    with stopped_build(script) as said:
        worker = int(said)
        for _ in range(50):
            if not Path(f"/proc/{worker}").exists() or " Z " in Path(f"/proc/{worker}/stat").read_text():
                break
            time.sleep(0.1)
        else:
            pytest.fail("the worker outlived its build")


def test_a_full_disk_leaves_the_site_intact(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(mini)
    before = digest(mini / "site")
    from generator.output import exports

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(exports, "vcard", full)
    with pytest.raises(UserError) as info:
        build(mini, full=True)  # every page written again (an unchanged project has nothing to write)
    assert info.value.report.lines() == [
        "site:1:1: error: cannot write the site: No space left on device (hint: free disk space, then build again)"
    ]
    assert digest(mini / "site") == before
    assert not (mini / ".site.staging").exists()


def test_concurrent_builds_are_refused(mini: Path) -> None:
    with locked((mini / "site").resolve()):
        with pytest.raises(BuildLocked):
            build(mini)
        run = subprocess.run(
            [sys.executable, "-m", "generator", "-C", str(mini), "build"], capture_output=True, text=True
        )
    assert (
        run.returncode == 1
        and run.stderr.startswith("error: another build of ")
        and "wait for it to finish" in run.stderr
    )
    build(mini)


def test_link_check_finds_missing_pages_images_and_anchors(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "index.html").write_text(
        '<a href="a/">ok</a>\n<a href="b/">gone</a>\n<img src="media/x.jpg">\n<a href="a/#top">anchor</a>', "utf-8"
    )
    (site / "a/index.html").write_text(
        '<h1 id="title">A</h1><a href="../">home</a><a href="https://example.com/x">out</a>', "utf-8"
    )
    report = Report(tmp_path)
    broken = check_links(site)
    report_broken(report, broken, strict=True)
    assert len(broken) == 3
    assert report.lines() == [
        "site/index.html:2:1: error: link: 'b/' points to a file that does not exist",
        "site/index.html:3:1: error: link: 'media/x.jpg' points to a file that does not exist",
        "site/index.html:4:1: error: link: 'a/#top': no element with id 'top'",
    ]


def test_link_check_reports_each_copy_of_a_repeated_tag_at_its_own_line(tmp_path: Path) -> None:
    """The same tag on many lines and pages (menus, footers) is broken on each; alternates are not read."""
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    same = '<a href="../gone/">x</a>'
    (site / "a/index.html").write_text(
        f'<LINK rel="canonical" href="../nowhere/">\n<link rel="stylesheet" href="../none.css">\n{same}\n<p>\n{same}\n'
        '<img src="../ok.png" srcset="../ok.png 1x, ../big.png 2x">',
        "utf-8",
    )
    (site / "b.html").write_text(f"{same}\n{same}", "utf-8")
    (site / "ok.png").write_bytes(b"")
    report = Report(tmp_path)
    report_broken(report, check_links(site), strict=False)
    assert report.lines() == [
        "site/a/index.html:2:1: warning: link: '../none.css' points to a file that does not exist",
        "site/a/index.html:3:1: warning: link: '../gone/' points to a file that does not exist",
        "site/a/index.html:5:1: warning: link: '../gone/' points to a file that does not exist",
        "site/a/index.html:6:1: warning: link: '../big.png' points to a file that does not exist",
        "site/b.html:1:1: warning: link: '../gone/' points to a file that does not exist",
        "site/b.html:2:1: warning: link: '../gone/' points to a file that does not exist",
    ]


def test_link_check_of_a_few_rebuilt_pages_looks_files_up_one_by_one(tmp_path: Path) -> None:
    """After an edit only the rebuilt pages are read, and their links are looked up one by one."""
    site = tmp_path / "site"
    for n in range(12):
        (site / f"p{n}").mkdir(parents=True)
        (site / f"p{n}/index.html").write_text(f'<h1 id="t">{n}</h1><a href="../p{n + 1}/">next</a>', "utf-8")
    (site / "p3/index.html").write_text(
        '<a href="../p9/">ok</a>\n<a href="../p2/#none">x</a>\n<a href="../p4">a folder</a>\n<a href="../p12/">gone</a>',
        "utf-8",
    )
    unchanged = frozenset(f"p{n}/index.html" for n in range(12) if n not in (3, 11))
    report = Report(tmp_path)
    broken = check_links(site, unchanged=unchanged, only=["p3/index.html", "p11/index.html"])
    report_broken(report, broken, strict=False)
    assert len(broken) == 4
    assert report.lines() == [
        "site/p11/index.html:1:1: warning: link: '../p12/' points to a file that does not exist",
        "site/p3/index.html:2:1: warning: link: '../p2/#none': no element with id 'none'",
        "site/p3/index.html:3:1: warning: link: '../p4' points to a file that does not exist",
        "site/p3/index.html:4:1: warning: link: '../p12/' points to a file that does not exist",
    ]
    walked = Report(tmp_path)
    broken = check_links(site, unchanged=unchanged)
    report_broken(walked, broken, strict=False)
    assert len(broken) == 4
    assert walked.lines() == report.lines()


def test_link_check_in_forked_workers_reports_the_same_in_page_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.output import linkcheck

    site = tmp_path / "site"
    for n in range(7):
        (site / f"p{n}").mkdir(parents=True)
        (site / f"p{n}/index.html").write_text(
            f'<h1 id="t">{n}</h1><a href="../p{n + 1}/">next</a>\n<a href="../p{n - 1}/#t">back</a>', "utf-8"
        )
    (site / "p3/index.html").write_text('<a href="../p9/">gone</a>\n<a href="../p2/#none">x</a>', "utf-8")
    lines = []
    for per_worker in (10_000, 1):  # one process, then one forked worker per core
        monkeypatch.setattr(linkcheck, "PAGES_PER_WORKER", per_worker)
        report = Report(tmp_path)
        broken = check_links(site)
        report_broken(report, broken, strict=False)
        assert len(broken) == 5
        lines.append(report.lines())
    assert (
        lines[0]
        == lines[1]
        == [
            "site/p0/index.html:2:1: warning: link: '../p-1/#t' points to a file that does not exist",
            "site/p3/index.html:1:1: warning: link: '../p9/' points to a file that does not exist",
            "site/p3/index.html:2:1: warning: link: '../p2/#none': no element with id 'none'",
            "site/p4/index.html:2:1: warning: link: '../p3/#t': no element with id 't'",
            "site/p6/index.html:1:1: warning: link: '../p7/' points to a file that does not exist",
        ]
    )


def test_built_sites_have_no_broken_links(mini_site: Path) -> None:
    report = Report(mini_site)
    broken = check_links(mini_site)
    report_broken(report, broken, strict=True)
    assert len(broken) == 0


def test_a_build_never_replaces_a_folder_that_is_not_its_site(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Publishing swaps the whole output folder: one holding anything else is refused, untouched."""
    from click.testing import CliRunner

    from generator.staff.cli import main

    monkeypatch.chdir(mini)
    (mini / "docs").mkdir()
    (mini / "docs/NOTES.md").write_text("my notes\n", encoding="utf-8")
    (mini / "notes.txt").write_text("keep\n", encoding="utf-8")
    records = sorted(p.relative_to(mini) for p in mini.rglob("*.yml"))
    refused = {
        "docs": "docs:1:1: error: --out: the folder holds files that are not a site this project built (NOTES.md); "
        "a build replaces the whole folder (hint: choose a new or empty folder, or delete this one first)",
        "content": "content:1:1: error: --out: the folder holds files that are not a site this project built "
        "(districts, facilities, pages, …); a build replaces the whole folder "
        "(hint: choose a new or empty folder, or delete this one first)",
        ".": ".:1:1: error: --out: the site cannot be built into the project folder or a folder holding it",
        "..": "..:1:1: error: --out: the site cannot be built into the project folder or a folder holding it",
    }
    for out, message in refused.items():
        result = CliRunner().invoke(main, ["build", "--out", out])
        assert result.exit_code == 1, out
        assert message in result.output, result.output
    assert "Directory 'notes.txt' is a file" in CliRunner().invoke(main, ["build", "--out", "notes.txt"]).output
    (mini / "site").write_text("keep\n", encoding="utf-8")  # the default folder, a file
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 1
    assert "site:1:1: error: --out: this is a file, not a folder (hint: choose a new or empty folder)" in result.output
    assert (mini / "site").read_text(encoding="utf-8") == "keep\n"
    assert (mini / "docs/NOTES.md").read_text(encoding="utf-8") == "my notes\n"
    assert not list(mini.glob(".*.lock")), "a refused build left its lock file"
    assert (mini / "notes.txt").read_text(encoding="utf-8") == "keep\n"
    assert sorted(p.relative_to(mini) for p in mini.rglob("*.yml")) == records
    # A new folder, then the site this project built there, are taken.
    for _ in range(2):
        assert CliRunner().invoke(main, ["build", "--out", "public"]).exit_code == 0
    assert (mini / "public/index.html").is_file()
