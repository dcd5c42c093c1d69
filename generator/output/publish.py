"""Publish stage: build in a staging folder, swap it into place atomically.

MkDocs empties its output folder before it writes, so a failed build would
leave nothing. Showroom builds beside the output folder and swaps the two
folders with one ``renameat2(RENAME_EXCHANGE)`` on Linux (two renames with
recovery elsewhere): a failed or killed build leaves the published site
byte-for-byte as it was. A lock serialises concurrent builds of one project.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

from ..libc import c_library
from ..records.diagnostics import Mark, Report, UserError

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


class BuildLocked(Exception):
    """Another build of the same output folder is running."""


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically; False where the system cannot."""
    renameat2 = getattr(c_library(), "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def staging_path(out: Path) -> Path:
    """The staging folder of an output folder (a hidden sibling)."""
    return out.parent / f".{out.name}.staging"


def _old_path(out: Path) -> Path:
    return out.parent / f".{out.name}.old"


def recover(out: Path) -> None:
    """Finish or undo a swap that a killed build left half done, drop debris."""
    old = _old_path(out)
    if old.exists() and not out.exists():
        old.rename(out)  # killed between the two renames: put the old site back
    for debris in (old, staging_path(out)):
        if debris.exists():
            shutil.rmtree(debris)
    for trash in out.parent.glob(f".{out.name}.trash-*"):  # a background removal that did not finish
        shutil.rmtree(trash, ignore_errors=True)


def discard(folder: Path, out: Path) -> None:
    """Remove ``folder`` in the background.

    After a build it holds the previous site and the page sources: tens of
    thousands of files, seconds to delete, that nobody needs to wait for. It
    is renamed out of the way at once; ``recover`` finishes an interrupted removal.
    """
    trash = out.parent / f".{out.name}.trash-{os.getpid()}-{time.monotonic_ns()}"
    folder.rename(trash)
    try:
        subprocess.Popen(
            ["rm", "-rf", "--", str(trash)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        shutil.rmtree(trash, ignore_errors=True)


#: The file descriptors of the build locks this process holds (see ``_not_in_forks``).
_HELD: set[int] = set()


def _not_in_forks() -> None:
    """In a forked worker, let go of the build locks its parent holds.

    A lock belongs to the open file, which a fork shares: a worker that outlived its
    parent held the lock (one of a ``showroom serve`` stopped during its first build was
    still alive 16 minutes later), and every later build said "another build is running". The
    descriptor is pointed at /dev/null rather than closed, so the number the worker's
    copy of the file object still names never closes some other file.
    """
    for fd in _HELD:
        with contextlib.suppress(OSError):
            null = os.open(os.devnull, os.O_RDONLY)
            os.dup2(null, fd)
            os.close(null)
    _HELD.clear()


os.register_at_fork(after_in_child=_not_in_forks)


@contextlib.contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold the project's build lock; raise BuildLocked if another build holds it.

    Only this process holds it: forked workers let go of it (``_not_in_forks``).
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    lock_file = out.parent / f".{out.name}.lock"
    with open(lock_file, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildLocked(f"another build of {out} is running") from None
        _HELD.add(handle.fileno())
        try:
            yield
        finally:
            _HELD.discard(handle.fileno())
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextlib.contextmanager
def staging(out: Path) -> Iterator[Path]:
    """A fresh staging folder beside ``out``, removed afterwards whatever happens."""
    stage = staging_path(out)
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    try:
        yield stage
    finally:
        try:
            discard(stage, out)
        except OSError:
            shutil.rmtree(stage, ignore_errors=True)


def publish(site: Path, out: Path) -> None:
    """Put the finished ``site`` folder in the place of ``out`` in one step."""
    if out.exists() and _exchange(site, out):
        return  # ``site`` now holds the previous site: it goes with the staging folder
    if out.exists():
        old = _old_path(out)
        out.rename(old)
        site.rename(out)
        shutil.rmtree(old)
    else:
        site.rename(out)


def refuse_foreign_folder(out: Path, root: Path, own: Path, built_before: bool) -> None:
    """Stop before a build would replace a folder that is not a site: publishing swaps the
    whole output folder, so ``--out docs`` would delete the notes kept there, and ``--out .``
    the project. A folder is taken when it is missing or empty, is the profile's own
    (``own``, ``site/``), or holds the site an earlier build of this project published there
    (``built_before``: the cache has its state); else the user deletes it first.
    """
    report = Report(root)
    shown = os.path.relpath(out)
    if out == root or out in root.parents:
        report.error(Mark(shown), "--out", "the site cannot be built into the project folder or a folder holding it")
    elif out.exists() and not out.is_dir():
        report.error(Mark(shown), "--out", "this is a file, not a folder", "choose a new or empty folder")
    elif out.is_dir() and out != own and not built_before and any(out.iterdir()):
        names = sorted(entry.name for entry in os.scandir(out))
        listed = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
        report.error(
            Mark(shown),
            "--out",
            f"the folder holds files that are not a site this project built ({listed}); "
            "a build replaces the whole folder",
            "choose a new or empty folder, or delete this one first",
        )
    else:
        return
    raise UserError(report)
