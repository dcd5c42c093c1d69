"""The ``showroom`` command line (also ``python -m generator``)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import engine
from .build import build, check, theme_dir
from .diagnostics import Report, UserError
from .publish import BuildLocked


def _print_report(report: Report) -> None:
    for line in report.lines():
        click.echo(line, err=True)


def _fail(report: Report) -> None:
    _print_report(report)
    errors, warnings = len(report.errors), len(report.warnings)
    click.echo(f"{errors} error(s), {warnings} warning(s); nothing was published.", err=True)
    sys.exit(1)


def _project(ctx: click.Context) -> Path:
    root = Path(ctx.obj["root"]).resolve()
    if not (root / "site_config.yml").is_file():
        click.echo(f"{root}: no site_config.yml here; run showroom in the project folder or pass -C DIR", err=True)
        sys.exit(2)
    return root


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
@click.option("--out", type=click.Path(file_okay=False), help="Output folder (default: site/ in the project).")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.pass_context
def build_command(ctx: click.Context, out: str | None, strict: bool) -> None:
    """Validate the records and build the site; publish it only when all is well."""
    root = _project(ctx)
    try:
        result = build(root, Path(out) if out else None, strict=strict)
    except UserError as exc:
        _fail(exc.report)
    except BuildLocked as exc:
        click.echo(f"error: {exc}; wait for it to finish", err=True)
        sys.exit(1)
    _print_report(result.report)
    pages = sum(result.pages.values())
    click.echo(f"Built {pages} pages in {len(result.pages)} languages into {result.out}")
    for lang, count in result.fallbacks.items():
        if count:
            click.echo(f"  {lang}: {count} text(s) shown in another language (not translated yet)")


@main.command("check")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.pass_context
def check_command(ctx: click.Context, strict: bool) -> None:
    """Validate every record and site_config.yml without building."""
    root = _project(ctx)
    try:
        catalogue, report = check(root, strict)
    except UserError as exc:
        _fail(exc.report)
    _print_report(report)
    counts = ", ".join(f"{len(v)} {k}" for k, v in catalogue.records.items())
    click.echo(f"OK: {counts}; {len(catalogue.pages)} pages")


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, help="Port to listen on.")
@click.pass_context
def serve_command(ctx: click.Context, host: str, port: int) -> None:
    """Build, serve on localhost and rebuild with live reload when a file changes."""
    root = _project(ctx)
    out = root / "site"

    def rebuild() -> None:
        try:
            build(root, out)
            click.echo("Rebuilt.", err=True)
        except UserError as exc:
            _print_report(exc.report)
            click.echo("Not rebuilt: fix the errors above; the preview shows the last good build.", err=True)

    rebuild()
    if not out.exists():
        sys.exit(1)
    watch = [root / "site_config.yml", root / "products", root / "content", theme_dir(root)]
    click.echo(f"Serving {out} at http://{host}:{port}/ (Ctrl+C stops)")
    engine.serve(rebuild, out, watch, host, port)


@main.command("schema")
@click.option("--out", default="schemas", show_default=True, help="Folder for the JSON Schema files.")
@click.pass_context
def schema_command(ctx: click.Context, out: str) -> None:
    """Write JSON Schema files for editors and the field reference docs/records.md."""
    import json

    from .schema import json_schema, markdown_reference
    from .validate import DEFAULT_LANGUAGES

    root = Path(ctx.obj["root"]).resolve()
    folder = root / out
    folder.mkdir(parents=True, exist_ok=True)
    for kind in ("config", "products", "facilities", "districts", "rounds"):
        text = json.dumps(json_schema(kind, DEFAULT_LANGUAGES), ensure_ascii=False, indent=2, sort_keys=True)
        (folder / f"{kind}.schema.json").write_text(text + "\n", encoding="utf-8")
    (root / "docs").mkdir(exist_ok=True)
    (root / "docs" / "records.md").write_text(markdown_reference(), encoding="utf-8")
    click.echo(f"Wrote {folder}/*.schema.json and docs/records.md")


if __name__ == "__main__":
    main()
