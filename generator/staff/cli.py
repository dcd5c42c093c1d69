"""The ``showroom`` command line (also ``python -m generator``)."""

from __future__ import annotations

import json
import os
import socket
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import NoReturn

import click

from ..build import CACHE_DIR, STAMPS_FILE, build, check, theme_dir
from ..engine import preview
from ..incremental import resident
from ..incremental.index_later import IndexLater
from ..incremental.stamps import Stamps
from ..media.photos import check_images
from ..output.publish import BuildLocked
from ..pages.render import load_strings
from ..profiles import KIOSK, PROFILES
from ..records.diagnostics import UserError
from .console import fail, print_report, project_root
from .record_commands import addresses_command, import_command, new_command
from .report import audit, summary_lines


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "-C", "root", default=".", type=click.Path(file_okay=False), help="The project folder (holding site_config.yml)."
)
@click.pass_context
def main(ctx: click.Context, root: str) -> None:
    """Showroom: build a bilingual static showroom of certified products from YAML records."""
    ctx.ensure_object(dict)
    ctx.obj["root"] = root


@main.command("build")
@click.option(
    "--out", type=click.Path(file_okay=False), help="Output folder (default: site/, or site-kiosk/ for the kiosk)."
)
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option(
    "--profile",
    type=click.Choice(sorted(PROFILES)),
    default="web",
    show_default=True,
    help="web: the public site; kiosk: for an exhibition touch screen, served by `showroom kiosk`.",
)
@click.option("--full", is_flag=True, help="Build every page again, even those that have not changed.")
@click.pass_context
def build_command(ctx: click.Context, out: str | None, strict: bool, profile: str, full: bool) -> None:
    """Validate the records and build the site; publish it only when all is well.

    Only pages whose content changed since the last build are built again.
    """
    root = project_root(ctx)
    try:
        result = build(root, Path(out) if out else None, strict=strict, profile=PROFILES[profile], full=full)
    except UserError as exc:
        fail(exc.report, "nothing was published")
    except BuildLocked as exc:
        click.echo(f"error: {exc}; wait for it to finish", err=True)
        sys.exit(1)
    print_report(result.report)
    pages = sum(result.pages.values())
    if result.rendered == 0:
        click.echo(f"Nothing changed since the last build: {result.out} is up to date ({pages} pages)")
    elif result.rendered < pages:
        click.echo(f"Built {pages} pages in {len(result.pages)} languages into {result.out}")
        click.echo(f"  {result.rendered} rebuilt; the other {pages - result.rendered} had not changed")
    else:
        click.echo(f"Built {pages} pages in {len(result.pages)} languages into {result.out}")
    for lang, count in result.fallbacks.items():
        if count:
            click.echo(f"  {lang}: {count} text(s) shown in another language (not translated yet)")


@main.command("check")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", help="Report for people or machines."
)
@click.option(
    "--expiring-days",
    type=click.IntRange(0, 36500),  # a century: a date beyond the calendar would stop the check
    help="List certifications ending within this many days (default: site_config.yml).",
)
@click.pass_context
def check_command(ctx: click.Context, strict: bool, fmt: str, expiring_days: int | None) -> None:
    """Validate every record and site_config.yml without building, and report what to complete."""
    root = project_root(ctx)
    stamps = Stamps(root / CACHE_DIR / STAMPS_FILE)
    try:
        catalogue, report = check(root, strict, stamps)
        # The build refuses a photo that does not decode: so does the check, in the same words.
        check_images(catalogue, root / CACHE_DIR / "images", report, stamps=stamps)
        if report.failed(strict):
            raise UserError(report)
    except UserError as exc:
        if fmt == "json":
            click.echo(
                json.dumps(
                    {"ok": False, "problems": [asdict(p) for p in sorted(set(exc.report.problems))]},
                    ensure_ascii=False,
                    indent=2,
                    default=str,
                )
            )
            sys.exit(1)
        fail(exc.report, "")  # a check publishes nothing anyway
    finally:
        stamps.save()  # the digests of records and photos: the next check reads only what changed
    days = catalogue.config["expiry_warning_days"] if expiring_days is None else expiring_days
    found = audit(catalogue, days)
    if fmt == "json":
        problems = [asdict(p) for p in sorted(set(report.problems))]
        counts = {kind: len(records) for kind, records in catalogue.records.items()}
        click.echo(
            json.dumps(
                {"ok": True, "counts": counts, "problems": problems, **found.as_dict()},
                ensure_ascii=False,
                indent=2,
                default=str,
            )
        )
        return
    print_report(report)
    for line in summary_lines(found, days):
        click.echo(line)
    counts = ", ".join(f"{len(v)} {k}" for k, v in catalogue.records.items())
    click.echo(f"OK: {counts}; {len(catalogue.pages)} pages")


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.pass_context
def serve_command(ctx: click.Context, host: str, port: int) -> None:
    """Build, serve on localhost and rebuild with live reload when a file changes.

    After a save the pages show as soon as they are built; when search must be made
    again, it is made afterwards, and the search page says so until it is done.
    """
    root = project_root(ctx)
    out = root / "site"

    def build_once(published: Callable[[bool], None] | None = None) -> IndexLater | None:
        # A save's build (told whom to call once published) leaves search for later; the first is whole.
        try:
            result = build(root, out, search_later=published is not None, published=published)
        except UserError as exc:
            print_report(exc.report)
            click.echo("Not rebuilt: fix the errors above; the preview shows the last good build.", err=True)
            return None
        click.echo("Rebuilt." + (" Updating search…" if result.index_later else ""), err=True)
        return result.index_later

    _refuse_taken_port(host, port)  # before the first build, not after it
    resident.keep_in_memory()  # the cache files each build reads, kept between saves
    build_once()  # the first build is whole, search included
    if not out.exists():
        sys.exit(1)
    watch = [root / "site_config.yml", root / "products", root / "content", theme_dir(root)]
    strings = load_strings(theme_dir(root))
    note = strings.get("search_updating", {})
    live = preview.Preview(build_once, lambda text: click.echo(text, err=True))
    server = preview.serve(live, out, watch, host, port, note)
    click.echo(f"Serving {out} at http://{host}:{port}/ (Ctrl+C stops)")
    preview.run(server, live)


def _refuse_taken_port(host: str, port: int) -> None:
    """Stop with an error when ``host:port`` cannot be listened on (taken, or no such address).

    MkDocs' server binds only when it starts serving, after the first build.
    """
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        with socket.create_server((host, port), family=family):
            pass
    except OSError as exc:
        _cannot_listen(host, port, exc)


def _cannot_listen(host: str, port: int, exc: OSError) -> NoReturn:
    """Say why ``host:port`` cannot be listened on, in the system's words, and stop."""
    # Without the words Python adds to a taken port's message; a name lookup's own errno is not the system's.
    reason = os.strerror(exc.errno) if exc.errno and not isinstance(exc, socket.gaierror) else exc.strerror
    click.echo(f"error: cannot listen on {host}:{port}: {reason or exc}", err=True)
    sys.exit(1)


@main.command("kiosk")
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback: this machine only)."
)
@click.option("--port", default=8080, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option(
    "--dir", "folder", type=click.Path(file_okay=False), help="The kiosk build to serve (default: site-kiosk/)."
)
@click.option("--log-file", type=click.Path(dir_okay=False), help="Log requests here, rotated at 1 MB (3 kept).")
@click.pass_context
def kiosk_command(ctx: click.Context, host: str, port: int, folder: str | None, log_file: str | None) -> None:
    """Serve the kiosk build on this machine and print the Chromium command that shows it."""
    from .kiosk_server import chromium_command, make_server, serve_forever, setup_logging, start_url

    root = Path(folder).resolve() if folder else project_root(ctx) / KIOSK.out
    if not (root / "attract" / "index.html").is_file():
        click.echo(f"error: {root} holds no kiosk build; run: showroom build --profile kiosk", err=True)
        sys.exit(1)
    try:
        setup_logging(Path(log_file) if log_file else None)
    except OSError as exc:
        click.echo(f"error: --log-file: cannot write {log_file}: {exc.strerror or exc}", err=True)
        sys.exit(1)
    try:
        server = make_server(root, host, port)
    except OSError as exc:
        _cannot_listen(host, port, exc)
    url = start_url(server)
    click.echo(f"Serving the kiosk build {root} at {url} (Ctrl+C stops)")
    click.echo("Open it full-screen with:")
    click.echo(f"  {chromium_command(url)}")
    serve_forever(server)


@main.command("schema")
@click.option("--out", default="schemas", show_default=True, help="Folder for the JSON Schema files.")
@click.pass_context
def schema_command(ctx: click.Context, out: str) -> None:
    """Write JSON Schema files for editors and the field reference docs/records.md."""
    import json

    from ..records.reference import json_schema, markdown_reference
    from ..records.validate import DEFAULT_LANGUAGES

    root = Path(ctx.obj["root"]).resolve()
    folder = root / out
    files = {
        folder / f"{kind}.schema.json": json.dumps(
            json_schema(kind, DEFAULT_LANGUAGES), ensure_ascii=False, indent=2, sort_keys=True
        )
        + "\n"
        for kind in ("config", "products", "facilities", "districts", "units", "rounds")
    }
    files[root / "docs" / "records.md"] = markdown_reference()
    for path in files:  # every folder checked before the first file is written
        for parent in (path.parent, *path.parent.parents):
            if parent.exists() and not parent.is_dir():
                click.echo(
                    f"error: {os.path.relpath(parent, root)}: a file, where the folder is to be written", err=True
                )
                sys.exit(1)
    try:
        for path, text in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    except OSError as exc:
        click.echo(f"error: cannot write {exc.filename}: {exc.strerror}", err=True)
        sys.exit(1)
    click.echo(f"Wrote {folder}/*.schema.json and docs/records.md")


if __name__ == "__main__":
    main()


for _command in (new_command, import_command, addresses_command):
    main.add_command(_command)
