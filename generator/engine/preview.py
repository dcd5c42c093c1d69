"""The live preview (``showroom serve``): MkDocs' live-reload server over the built site.

Each save runs a build that publishes the pages first; when the search index
must be made again (a name, a level, a place changed), the build leaves it to an
``IndexLater`` (``incremental/index_later.py``), which runs here in a thread
after the browsers were reloaded. Meanwhile the pages that search (the search
page and the listings) say "search updating"; the note goes with a second
reload once the new index is in place. A save during indexing stops it: the
next build starts from the site as published, older index included.

The note is added to the page as served, like MkDocs' reload script, never to the
built files, so the site the preview shows is byte for byte the one ``showroom
build`` makes.
"""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import watchdog.observers
from mkdocs.livereload import LiveReloadServer, _timestamp
from watchdog.events import (
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
)

from ..incremental.index_later import IndexLater

#: Pages with a finder (``data-finder``) are those whose results come from the index.
_SEARCHES = b"data-finder"
_BODY = re.compile(rb"<body\b[^>]*>")
_LANG = re.compile(rb'<html\b[^>]*\blang="([a-z-]+)"')


#: What a save is: a file written, made, removed or renamed over. Opening or reading one is not:
#: every build reads the records and the theme, and would otherwise start the next build.
_SAVES: list[type[FileSystemEvent]] = [
    FileCreatedEvent,
    FileModifiedEvent,
    FileClosedEvent,
    FileDeletedEvent,
    FileMovedEvent,
]


class _SaveObserver(watchdog.observers.Observer):  # type: ignore[misc,valid-type]
    """The system's file notices (inotify on Linux; watchdog polls where there are none), saves only."""

    def schedule(self, *args: Any, **kwargs: Any) -> Any:
        return super().schedule(*args, **{**kwargs, "event_filter": _SAVES})


class PreviewServer(LiveReloadServer):
    """MkDocs' live-reload server that can say search is still being updated, and reload
    the browsers when it is done."""

    def __init__(self, *args: Any, note: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # MkDocs polls every watched file twice a second: a save waits a quarter of a second
        # on average before it is seen, and at 20,000 products each poll reads 27,000 file
        # stamps. The system's own notices report a save at once.
        self.observer = _SaveObserver()
        self.note = note  # language -> "search updating" text
        self.search_updating = False

    def _inject_js_into_html(self, content: bytes, epoch: int) -> bytes:
        content = super()._inject_js_into_html(content, epoch)
        body = _BODY.search(content) if self.search_updating and _SEARCHES in content else None
        if body is None:
            return content
        lang = _LANG.search(content)
        text = self.note.get(lang.group(1).decode() if lang else "", next(iter(self.note.values()), ""))
        note = (
            '<p class="sr-search-updating" role="status" style="position:fixed;z-index:9;inset:auto 1rem 1rem auto;'
            "margin:0;padding:.6rem 1rem;border-radius:8px;background:#fff7db;color:#3d2c00;"
            f'box-shadow:0 2px 8px rgba(0,0,0,.2)">{html.escape(text)}</p>'
        ).encode()
        return content[: body.end()] + note + content[body.end() :]

    def reload_browsers(self) -> None:
        """Reload every open page, as at the end of a build, unless a build is running
        (its end reloads them)."""
        # MkDocs reloads browsers only when its builder returns; the index is made after it.
        # Its epochs are private: checked against mkdocs 1.6 (pinned in pyproject.toml).
        with self._epoch_cond:
            if self._visible_epoch == self._wanted_epoch:
                self._reload()

    def reload_published(self) -> None:
        """Reload every open page now, the build still running: its site is published, what
        is left (saving what the next build reads) changes no page."""
        with self._epoch_cond:
            # The end of the build sets the same epoch again: pages served from now on carry it,
            # so they are not reloaded a second time.
            self._reload()

    def _reload(self) -> None:
        """A new epoch for every open page to reload to (``_epoch_cond`` held)."""
        self._visible_epoch = self._wanted_epoch = _timestamp()
        self._epoch_cond.notify_all()


class Preview:
    """Builds on each save and makes the search index afterwards, in a thread."""

    def __init__(
        self, build_once: Callable[[Callable[[bool], None]], IndexLater | None], say: Callable[[str], None]
    ) -> None:
        self.build_once = build_once  # one build, told whom to call once published; returns the index left to make
        self.say = say  # tells the staff member how the index went
        self.server: PreviewServer | None = None
        self.stop = threading.Event()
        self.thread: threading.Thread | None = None

    def rebuild(self) -> None:
        """Stop making an older index, build, and make the new index after the browsers reloaded."""
        self.stop_indexing()
        later = self.build_once(self.published)
        if later is not None:
            self.stop = threading.Event()
            self.thread = threading.Thread(target=self._index, args=(later, self.stop), daemon=True)
            self.thread.start()

    def published(self, search_later: bool) -> None:
        """The build published the site: reload the browsers now (the pages that search say
        so when their index is still to make)."""
        if self.server is not None:
            self.server.search_updating = search_later
            self.server.reload_published()

    def stop_indexing(self) -> None:
        """Stop the index being made, if any, and wait until it has stopped."""
        self.stop.set()
        if self.thread is not None:
            self.thread.join()
            self.thread = None

    def _index(self, later: IndexLater, stop: threading.Event) -> None:
        try:
            done = later.run(stop)
        except Exception as exc:  # Pagefind failed: the older index stays, the next build tries again
            done = False
            self.say(f"Search not updated: {exc}")
        if stop.is_set():
            return  # a save came: its build reloads the browsers
        if self.server is not None:
            self.server.search_updating = False
            if done:
                self.server.reload_browsers()
        if done:
            self.say("Search updated.")


def serve(preview: Preview, site: Path, watch: list[Path], host: str, port: int, note: dict[str, str]) -> PreviewServer:
    """The preview server of ``site``, rebuilding through ``preview`` when a watched path changes
    (not started: ``run(server)`` serves until Ctrl+C)."""
    server = PreviewServer(builder=preview.rebuild, host=host, port=port, root=str(site), note=note)
    preview.server = server
    for path in watch:
        if path.exists():
            server.watch(str(path))
    return server


def run(server: PreviewServer, preview: Preview) -> None:
    """Serve until Ctrl+C, then stop any index being made."""
    try:
        server.serve()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        preview.stop_indexing()
