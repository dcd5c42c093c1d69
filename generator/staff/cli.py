"""The ``showroom`` command line (also ``python -m generator``)."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import click

from .. import engine
from ..build import CACHE_DIR, STAMPS_FILE, build, check, theme_dir
from ..incremental.stamps import Stamps
from ..media.photos import check_images
from ..output.publish import BuildLocked
from ..profiles import KIOSK, PROFILES
from ..records.diagnostics import Report, UserError
from .report import audit, summary_lines


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
    root = _project(ctx)
    try:
        result = build(root, Path(out) if out else None, strict=strict, profile=PROFILES[profile], full=full)
    except UserError as exc:
        _fail(exc.report)
    except BuildLocked as exc:
        click.echo(f"error: {exc}; wait for it to finish", err=True)
        sys.exit(1)
    _print_report(result.report)
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
    "--expiring-days", type=int, help="List certifications ending within this many days (default: site_config.yml)."
)
@click.pass_context
def check_command(ctx: click.Context, strict: bool, fmt: str, expiring_days: int | None) -> None:
    """Validate every record and site_config.yml without building, and report what to complete."""
    root = _project(ctx)
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
        _fail(exc.report)
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
    _print_report(report)
    for line in summary_lines(found, days):
        click.echo(line)
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


@main.command("kiosk")
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback: this machine only)."
)
@click.option("--port", default=8080, show_default=True, help="Port to listen on.")
@click.option(
    "--dir", "folder", type=click.Path(file_okay=False), help="The kiosk build to serve (default: site-kiosk/)."
)
@click.option("--log-file", type=click.Path(dir_okay=False), help="Log requests here, rotated at 1 MB (3 kept).")
@click.pass_context
def kiosk_command(ctx: click.Context, host: str, port: int, folder: str | None, log_file: str | None) -> None:
    """Serve the kiosk build on this machine and print the Chromium command that shows it."""
    from .kiosk_server import chromium_command, make_server, serve_forever, setup_logging, start_url

    root = Path(folder).resolve() if folder else _project(ctx) / KIOSK.out
    if not (root / "attract" / "index.html").is_file():
        click.echo(f"error: {root} holds no kiosk build; run: showroom build --profile kiosk", err=True)
        sys.exit(1)
    setup_logging(Path(log_file) if log_file else None)
    try:
        server = make_server(root, host, port)
    except OSError as exc:
        click.echo(f"error: cannot listen on {host}:{port}: {exc.strerror or exc}", err=True)
        sys.exit(1)
    url = start_url(server)
    click.echo(f"Serving the kiosk build {root} at {url} (Ctrl+C stops)")
    click.echo("Open it full-screen with:")
    click.echo(f"  {chromium_command(url)}")
    serve_forever(server)


def _refuse_missing(missing: list[tuple[str, list[str] | None]]) -> None:
    """Exit with a usage error (status 2) naming each missing option and all its choices.

    Without a terminal nobody can answer a prompt: click would read end of file and
    print "Aborted!" after a prompt listing only the first choices.
    """
    if not missing:
        return
    for option, choices in missing:
        click.echo(f"error: {option} is required", err=True)
        if choices is not None:
            click.echo(f"choices: {', '.join(choices) or 'none yet'}", err=True)
    sys.exit(2)


@main.command("new")
@click.argument("kind", type=click.Choice(["product", "facility", "unit", "district"]))
@click.argument("name")
@click.option("--facility", help="Product: id of the producing facility.")
@click.option("--group", help="Product: group id from site_config.yml.")
@click.option("--unit", help="Facility: id of its current commune, ward or special zone.")
@click.option("--district", help="Facility: id of the district it was in, if any.")
@click.option("--type", "kind_id", help="Facility, unit or district: type id from site_config.yml.")
@click.option("--phone", help="Facility: phone number.")
@click.pass_context
def new_command(
    ctx: click.Context,
    kind: str,
    name: str,
    facility: str | None,
    group: str | None,
    unit: str | None,
    district: str | None,
    kind_id: str | None,
    phone: str | None,
) -> None:
    """Write a new, valid, commented record with an id made from NAME."""
    from .new import ScaffoldError, district_text, facility_text, new_record, product_text, unit_text

    root = _project(ctx)
    try:
        catalogue, _ = check(root)
    except UserError as exc:
        _fail(exc.report)
    config = catalogue.config
    facilities, districts, units = sorted(catalogue.facilities), sorted(catalogue.districts), sorted(catalogue.units)
    # A new facility names its current unit; a catalogue with no unit records yet names districts.
    place = ("--unit", unit, units) if units else ("--district", district, districts)
    required = {
        "product": [("--facility", facility, facilities), ("--group", group, list(config["groups"]))],
        "facility": [
            place,
            ("--type", kind_id, list(config["facility_types"])),
            ("--phone", phone or None, None),  # an empty phone is asked for too
        ],
        "unit": [("--type", kind_id, list(config["unit_types"]))],
        "district": [("--type", kind_id, list(config["district_types"]))],
    }
    if not sys.stdin.isatty():
        _refuse_missing([(option, choices) for option, value, choices in required[kind] if value is None])

    def ask(value: str | None, label: str, choices: list[str]) -> str:
        if value is None:
            value = click.prompt(f"{label} ({', '.join(choices[:15])})", type=click.Choice(choices), show_choices=False)
        if value not in choices:
            click.echo(f"error: unknown {label} {value!r}; known: {', '.join(choices)}", err=True)
            sys.exit(1)
        return value

    if kind == "product":
        facility = ask(facility, "facility", facilities)
        group = ask(group, "group", list(config["groups"]))
        latest = max(catalogue.rounds.values(), key=lambda r: r.data["date"], default=None)
        if latest is None:
            click.echo("error: add a round in content/rounds/ first", err=True)
            sys.exit(1)
        r = latest.data
        level = r.get("level") or next(iter(config["programmes"][r["programme"]]["levels"]))
        text = product_text(name, facility, group, r["programme"], level, r["number"], r["year"])
    elif kind == "facility":
        if units:
            unit = ask(unit, "unit", units)
            district = ask(district, "district", districts) if district else None
        else:
            district = ask(district, "district", districts)
        kind_id = ask(kind_id, "type", list(config["facility_types"]))
        phone = phone or click.prompt("phone")
        text = facility_text(name, unit, district, kind_id, phone)
    elif kind == "unit":
        text = unit_text(name, ask(kind_id, "type", list(config["unit_types"])), config["province"]["id"])
    else:
        text = district_text(name, ask(kind_id, "type", list(config["district_types"])))
    try:
        path = new_record(root, kind, name, text)
    except ScaffoldError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    click.echo(f"Wrote {path.relative_to(root)}; complete it, then run `showroom check`.")


@main.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "--round",
    "round_id",
    metavar="ROUND-ID",
    help="The round the sheet lists: a record id of content/rounds/ (default: the latest round by date).",
)
@click.option("--dry-run", is_flag=True, help="Show what each row would do; write nothing.")
@click.option("--template", is_flag=True, help="Write an empty sheet with the expected headers to FILE instead.")
@click.pass_context
def import_command(ctx: click.Context, file: str, round_id: str | None, dry_run: bool, template: bool) -> None:
    """Add the council's list of one round (.xlsx or .csv) to the records.

    Each row is matched to an existing product by the id column, else by its
    Vietnamese name (without case, diacritics or extra spaces) at the same
    facility, and the round's certification is appended to the product's list.
    A row matching no product becomes a new product (and facility). The level
    column is a level of the round's programme; left empty, it is the round's
    level. Importing the same decision again changes nothing.

    A row matching several products, a product holding another decision of the
    same round, or any bad cell is reported with its row and column, and then
    nothing is written. One line per row says what it does:

    \b
      row 2: new product ID
      row 2: new facility ID      (after the row that creates it)
      row 3: adds LEVEL YEAR to ID
      row 4: already recorded (ID)
    """
    from .importer import COLUMNS, RoundNotFound, apply, pick_round, plan_import, write_template

    root = _project(ctx)
    try:
        catalogue, _ = check(root)
    except UserError as exc:
        _fail(exc.report)
    headers = {name: default for name, (default, _) in COLUMNS.items()} | catalogue.config.get("import", {}).get(
        "columns", {}
    )
    path = Path(file)
    if template:
        write_template(path, headers)
        click.echo(f"Wrote {path} with the columns: {', '.join(headers.values())}")
        return
    if not path.is_file():
        click.echo(f"error: {file}: no such file", err=True)
        sys.exit(1)
    try:
        rnd = pick_round(catalogue, round_id)
    except RoundNotFound as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    report = Report(root)
    plan = plan_import(catalogue, path, report, rnd)
    if report.errors:
        _print_report(report)
        click.echo(f"{len(report.errors)} error(s) in {path.name}; nothing was written.", err=True)
        sys.exit(1)
    for line in plan.lines:
        click.echo(line)
    if not plan.changes:
        click.echo("Nothing to change: the records already match the sheet.")
    elif dry_run:
        click.echo("Dry run: nothing was written.")
    else:
        apply(plan)
        click.echo(f"Done: {len(plan.create)} created, {len(plan.update)} updated. Run `showroom check`, then commit.")


def _choices(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict[str, str]:
    chosen = {}
    for value in values:
        facility, sep, unit = value.partition("=")
        if not sep or not facility.strip() or not unit.strip():
            raise click.BadParameter(f"{value!r} is not FACILITY-ID=UNIT-ID, e.g. co-so-a=phuong-vinh-te")
        chosen[facility.strip()] = unit.strip()
    return chosen


@main.command("addresses")
@click.option("--write", is_flag=True, help="Write the proposed addresses; without it nothing is written.")
@click.option(
    "--choose",
    "choices",
    multiple=True,
    callback=_choices,
    metavar="FACILITY-ID=UNIT-ID",
    help="The current unit of a facility whose old commune or ward was divided (one of the listed ones). Repeatable.",
)
@click.pass_context
def addresses_command(ctx: click.Context, write: bool, choices: dict[str, str]) -> None:
    """Convert facilities' pre-reform addresses to the current form (since 1 July 2025).

    For each facility it prints the current address it proposes, the unit it maps
    to and why: e.g. "Khu phố 2, thị trấn Thứ Ba, huyện An Biên, tỉnh Kiên Giang"
    becomes "Khu phố 2, xã An Biên, tỉnh An Giang", unit xa-an-bien. The
    conversion comes from the vietnamadminunits library; nothing goes over the
    network. An address is in the pre-reform form when it names a district
    (huyện, quận, thị xã, a thành phố before its province), a thị trấn or a
    former province, or when the facility has no unit:; `showroom check` lists
    them.

    The Vietnamese address keeps the street as written; the English one keeps
    the street of the English address and adds e.g. "An Bien Commune, An Giang".

    With --write it sets address (vi, and en when the record has an English
    address), former_address (the old address, unless the record has one) and
    unit:, and creates the unit's record in content/units/ when it is new. Comments
    and the other fields stay as they were; running it again changes nothing.

    Nothing is written for a facility whose old commune or ward was divided among
    several new ones until you pick one with --choose FACILITY-ID=UNIT-ID, nor for
    an address it cannot read, nor for one now in another province. They are
    listed, and the command then exits with status 1.
    """
    from .addresses import describe, plan_addresses, write_addresses

    root = _project(ctx)
    try:
        catalogue, _ = check(root)
    except UserError as exc:
        _fail(exc.report)
    unknown = sorted(set(choices) - set(catalogue.facilities))
    if unknown:
        click.echo(f"error: --choose: no facility {', '.join(unknown)}", err=True)
        sys.exit(2)
    proposals = plan_addresses(catalogue, choices)
    for proposal in proposals:
        for line in describe(proposal):
            click.echo(line)
    converted = [p for p in proposals if p.status == "convert"]
    current = sum(p.status == "current" for p in proposals)
    problems = sum(p.problem for p in proposals)
    counts = f"{current} already current, {problems} not converted"
    if write:
        facilities, units = write_addresses(root, proposals)
        click.echo(f"Wrote {len(facilities)} facility record(s) and {len(units)} new unit record(s); {counts}.")
        if facilities or units:
            click.echo("Run `showroom check`, then commit.")
    else:
        click.echo(f"{len(converted)} to convert, {counts}.")
        if converted:
            click.echo("Nothing written: run with --write to write them.")
    if problems:
        sys.exit(1)


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
    folder.mkdir(parents=True, exist_ok=True)
    for kind in ("config", "products", "facilities", "districts", "rounds"):
        text = json.dumps(json_schema(kind, DEFAULT_LANGUAGES), ensure_ascii=False, indent=2, sort_keys=True)
        (folder / f"{kind}.schema.json").write_text(text + "\n", encoding="utf-8")
    (root / "docs").mkdir(exist_ok=True)
    (root / "docs" / "records.md").write_text(markdown_reference(), encoding="utf-8")
    click.echo(f"Wrote {folder}/*.schema.json and docs/records.md")


if __name__ == "__main__":
    main()
