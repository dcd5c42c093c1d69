"""Pagefind run as a service: the pages of one index part given to it one by one, in our order.

Pagefind's command line reads every page of the folders it is pointed at, whole
(a product page is 23 KB; what it indexes of one, 2 KB), and numbers the pages in
the order the file system lists them, which differs from one file system to the
next. Its service mode (``pagefind --service``: requests on standard input,
answers on standard output, each base64-encoded JSON followed by a comma) takes
each page as text: it is given only what it reads of a page (``indexed_copy`` in
``search.py``), in the order of the part's folders and their sorted files, and
gives back the index's files, which the build normalises and writes once. A
part of 8,042 product pages of the 20,000-product benchmark is indexed in
4.2-4.8 s against 6.5-8.8 s by the command line over the site (three pairs,
benchmarks/README.md). The service handles one request at a time, so the pages
are given by a thread of their own while the build goes on (the link check).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath

from pagefind_bin import get_executable


class PagefindServiceError(Exception):
    """Pagefind refused a request or stopped; the message says which and why."""


class PagefindService:
    """One Pagefind service indexing one part, in a thread: started when made, ``wait``
    waits until the part is written, ``stop`` ends it early."""

    def __init__(
        self,
        site: Path,
        pages: Iterator[tuple[str, str]],
        env: dict[str, str],
        write: Callable[[dict[str, bytes]], None],
    ) -> None:
        """Start Pagefind. ``pages`` yields (site-relative file, page text) in index order;
        Pagefind makes each page's URL from its file, as its command line does. ``write``
        is given the index's files (path in the part -> content), in the thread."""
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115 - what Pagefind says of a failure; closed by stop
        # The site is its working folder: a relative file is read as under it (for the URL only).
        self._process = subprocess.Popen(
            [str(get_executable()), "--service"],
            cwd=site,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._errors,
            env=env,
        )
        self._pages, self._write = pages, write
        self._last = 0  # the number of the last request sent
        self._failure: BaseException | None = None
        self._feeder = threading.Thread(target=self._feed, name="pagefind-feed", daemon=True)
        self._feeder.start()

    def _send(self, payload: dict[str, object]) -> None:
        self._last += 1
        request = json.dumps({"message_id": self._last, "payload": payload}, ensure_ascii=False)
        self._process.stdin.write(base64.b64encode(request.encode("utf-8")) + b",")

    def _feed(self) -> None:
        try:
            files = self._index()
            # Ended, not asked to end: it ends when its input closes, and a process forked
            # meanwhile (the link check's) holds a copy of that input until it exits.
            self._process.kill()
            self._process.wait()
            self._write(files)
        except BrokenPipeError:
            self._failure = PagefindServiceError(f"Pagefind stopped ({self._process.wait()}){self._said()}")
        except BaseException as failure:  # handed to ``wait``, which raises it
            self._failure = failure

    def _index(self) -> dict[str, bytes]:
        """Give Pagefind every page and ask for the index; its files (path in the part -> content)."""
        self._send({"type": "NewIndex", "config": None})
        for path, text in self._pages:
            self._send({"type": "AddFile", "index_id": 0, "file_path": path, "url": None, "file_contents": text})
        # The index's files are asked for, not written by Pagefind: its service writes them
        # in the background and ends, some unwritten, when its input closes.
        self._send({"type": "GetFiles", "index_id": 0})
        self._process.stdin.flush()
        # Answers are read once every page is given: Pagefind queues them meanwhile.
        for answer in self._answers():
            payload = answer.get("payload", {})
            if payload.get("type") == "Error":
                raise PagefindServiceError(f"Pagefind refused a request: {payload.get('message')}")
            if answer.get("message_id") == self._last:
                return _files(payload["files"])
        raise PagefindServiceError(f"Pagefind stopped ({self._process.wait()}) before giving the index{self._said()}")

    def _said(self) -> str:
        """What Pagefind wrote to its error output, after a colon; nothing when it wrote nothing."""
        self._errors.seek(0)
        said = self._errors.read().decode("utf-8", "replace").strip()
        return f": {said}" if said else ""

    def _answers(self) -> Iterator[dict]:
        """Pagefind's answers as they come (an index's files make one answer of megabytes)."""
        buffer, start = bytearray(), 0
        while chunk := self._process.stdout.read1(1 << 16):
            buffer += chunk
            while (comma := buffer.find(b",", start)) >= 0:
                yield json.loads(base64.b64decode(bytes(buffer[:comma])))
                del buffer[: comma + 1]
                start = 0
            start = len(buffer)

    def running(self) -> bool:
        """Whether Pagefind is still at work on the part."""
        return self._feeder.is_alive()

    def wait(self) -> None:
        """Wait until the part is written; raise PagefindServiceError if Pagefind refused a page or stopped."""
        self._feeder.join()
        if self._failure is not None:
            raise self._failure

    def stop(self) -> None:
        """End Pagefind now, whatever it was doing (the pages still to give are dropped)."""
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        self._feeder.join()
        for stream in (self._process.stdin, self._process.stdout, self._errors):
            with contextlib.suppress(OSError):  # a write the kill cut short
                stream.close()


def page_texts(site: Path, folders: list[str]) -> Iterator[tuple[str, str]]:
    """(site-relative file, text) of every HTML page under ``folders`` of ``site``
    (none: the whole site), folder by folder, files sorted. Bytes that are not UTF-8
    are read as U+FFFD, as Pagefind reads them."""
    for folder in folders or [""]:
        for root, subfolders, names in os.walk(site / folder.strip("/")):
            subfolders.sort()
            prefix = os.path.relpath(root, site).replace(os.sep, "/")
            for name in sorted(names):
                if name.endswith(".html"):
                    text = Path(root, name).read_bytes().decode("utf-8", "replace")
                    yield (name if prefix == "." else f"{prefix}/{name}"), text


def _files(answer: list[dict[str, str]]) -> dict[str, bytes]:
    files = {}
    for file in answer:
        name = PurePosixPath(file["path"])
        if name.is_absolute() or ".." in name.parts:
            raise PagefindServiceError(f"Pagefind named a file outside its index: {name}")
        files[name.as_posix()] = base64.b64decode(file["content"])
    return files
