"""`showroom kiosk`: serve a kiosk build from the local machine, unattended, for days.

Safe on a shared trade-fair network: it listens on the loopback address unless
told otherwise, answers only GET and HEAD, never lists a folder, never serves a
file outside the kiosk build (symbolic links included), and keeps its log
bounded (a rotating file, or standard error for systemd's journal). A rebuild
swaps the folder atomically, so the server never needs a restart to show it.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import posixpath
import signal
import socket
import threading
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

from ..profiles import ATTRACT_PATH

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080
LOG_BYTES = 1_000_000  # per log file; with LOG_BACKUPS old files, at most 4 MB of log
LOG_BACKUPS = 3
#: What the browser may load: this server only (fonts, scripts, search, images).
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; connect-src 'self'; worker-src 'self' blob:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'self'"
)

log = logging.getLogger("showroom.kiosk")


def chromium_command(url: str) -> str:
    """The Chromium command line that shows ``url`` full-screen as a kiosk."""
    flags = [
        "--kiosk",
        "--noerrdialogs",
        "--disable-infobars",
        "--no-first-run",
        "--disable-session-crashed-bubble",
        "--disable-translate",
        "--disable-pinch",
        "--overscroll-history-navigation=0",
        "--disable-background-networking",
        "--disable-component-update",
        "--check-for-update-interval=31536000",
        "--password-store=basic",
        "--user-data-dir=/var/tmp/showroom-kiosk-browser",
    ]
    return "chromium " + " ".join(flags) + " " + url


def resolve(root: Path, url_path: str) -> Path | None:
    """The file a URL path names inside ``root``, or None when it is not one to serve.

    Pure path logic plus one ``resolve()``: ``..`` segments, encoded slashes,
    NUL bytes, hidden files and symbolic links that lead out of ``root`` are refused.
    """
    try:
        path = unquote(urlsplit(url_path).path, errors="strict")
    except (UnicodeDecodeError, ValueError):
        return None
    if "\x00" in path or "\\" in path:
        return None
    parts = [p for p in posixpath.normpath("/" + path).split("/") if p]
    if any(p.startswith(".") for p in parts):
        return None
    candidate = root.joinpath(*parts)
    if path.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    try:
        real = candidate.resolve(strict=True)
        real.relative_to(root)
    except (OSError, ValueError, RuntimeError):
        return None
    return real if real.is_file() else None


class KioskHandler(SimpleHTTPRequestHandler):
    """GET and HEAD of files inside the kiosk build; anything else is refused."""

    server_version = "showroom-kiosk"
    sys_version = ""
    timeout = 30  # a connection that says nothing for this long is closed: no thread is held forever
    root: Path

    def __init__(self, *args: object, root: Path, **kwargs: object) -> None:
        self.root = root
        super().__init__(*args, directory=str(root), **kwargs)  # type: ignore[arg-type]

    def send_head(self) -> BinaryIO | None:
        """Serve a file, or the build's 404 page; redirect a folder without its slash."""
        parsed = urlsplit(self.path)
        target = resolve(self.root, self.path)
        folder_without_slash = not parsed.path.endswith("/") and (self.root / parsed.path.lstrip("/")).is_dir()
        if target is not None and folder_without_slash:
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", parsed.path + "/" + (f"?{parsed.query}" if parsed.query else ""))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if target is None:
            return self._not_found()
        self.path = "/" + target.relative_to(self.root).as_posix()
        return super().send_head()

    def _not_found(self) -> None:
        # A language's own 404 page for an address under its folder (/en/…), else the first's.
        first = urlsplit(self.path).path.lstrip("/").split("/", 1)[0]
        page = (first and resolve(self.root, f"/{first}/404.html")) or self.root / "404.html"
        body = page.read_bytes() if page.is_file() else b"Not found"
        self.send_response(HTTPStatus.NOT_FOUND)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command == "GET":
            self.wfile.write(body)
        return None

    def list_directory(self, path: str | os.PathLike[str]) -> None:
        """Folders are never listed."""
        return self._not_found()

    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        # Pages are checked for a rebuild on every visit; photos and assets may be reused.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def _refuse(self) -> None:
        self.send_response(HTTPStatus.METHOD_NOT_ALLOWED)
        self.send_header("Allow", "GET, HEAD")
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_TRACE = do_CONNECT = _refuse

    def log_message(self, format: str, *args: object) -> None:
        log.info("%s %s", self.address_string(), format % args)


class KioskServer(ThreadingHTTPServer):
    """A threaded server that a restart can bind again at once."""

    allow_reuse_address = True
    daemon_threads = True


def make_server(root: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> KioskServer:
    """A server for the kiosk build in ``root`` (not yet serving)."""

    root = root.resolve()

    def handler(*args: object, **kwargs: object) -> KioskHandler:
        return KioskHandler(*args, root=root, **kwargs)

    server_class = KioskServer
    if ":" in host:  # an IPv6 address such as ::1
        server_class = type("KioskServer6", (KioskServer,), {"address_family": socket.AF_INET6})
    return server_class((host, port), handler)


def setup_logging(log_file: Path | None) -> None:
    """Log requests to a rotating file (bounded size), or to standard error."""
    handler: logging.Handler
    if log_file:
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    else:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    log.handlers[:] = [handler]
    log.setLevel(logging.INFO)
    log.propagate = False


def serve_forever(server: KioskServer) -> None:
    """Serve until SIGTERM or Ctrl+C, then close the socket cleanly (systemd stops it so)."""

    def stop(signum: int, frame: object) -> None:
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def start_url(server: KioskServer) -> str:
    """The address Chromium opens: the attract loop."""
    host, port = server.server_address[:2]
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else host
    if ":" in str(shown):
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/{ATTRACT_PATH}"
