"""The commands that write records for staff: ``new``, ``import`` and ``addresses``.

Each checks the project first and writes nothing when it holds errors; the
work itself is in ``new.py``, ``importer.py`` and ``addresses.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import click

from ..build import check
from ..records.diagnostics import Report, UserError
from .console import fail, print_report, project_root


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


@click.command("new")
@click.argument("kind", type=click.Choice(["product", "facility", "unit", "district"]))
@click.argument("name")
@click.option("--facility", help="Product: the producing facility, by id or name.")
@click.option("--group", help="Product: its group of site_config.yml, by id or name.")
@click.option("--unit", help="Facility: its current commune, ward or special zone, by id or name.")
@click.option("--district", help="Facility: the district it was in, if any, by id or name.")
@click.option("--type", "kind_id", help="Facility, unit or district: its type of site_config.yml, by id or name.")
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
    from ..records.types import CONTROL
    from .matching import Names, Places, config_id, products_like
    from .new import ScaffoldError, district_text, facility_text, new_record, product_text, unit_text

    if CONTROL.search(name):  # said of the argument, not of a record that was never written
        click.echo("error: NAME: contains an invisible control character (hint: retype it)", err=True)
        sys.exit(2)
    if "\n" in name or "\t" in name:
        click.echo("error: NAME: must be on one line, without tabs", err=True)
        sys.exit(2)
    root = project_root(ctx)
    try:
        catalogue, _ = check(root)
    except UserError as exc:
        fail(exc.report, "nothing was written: mend these first")
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
    places = Places(catalogue)
    facility_names = Names(catalogue.facilities)
    type_section = {"facility": "facility_types", "unit": "unit_types", "district": "district_types"}.get(kind, "")

    def place_named(kind: str) -> Callable[[str], str | None]:
        def find(text: str) -> str | None:
            found = places.find(text)
            return found[1] if found and found[0] == kind else None

        return find

    by_name: dict[str, Callable[[str], str | None]] = {
        "facility": facility_names.find,
        "unit": place_named("unit"),
        "district": place_named("district"),
        "group": lambda text: config_id(text, config["groups"]),
        "type": lambda text: config_id(text, config[type_section]),
    }
    if not sys.stdin.isatty():
        _refuse_missing([(option, choices) for option, value, choices in required[kind] if value is None])

    def ask(value: str | None, label: str, choices: list[str]) -> str:
        if value is None:
            value = click.prompt(f"{label} ({', '.join(choices[:15])})", type=click.Choice(choices), show_choices=False)
        if value not in choices:  # staff know names better than ids: "Cơ sở nước mắm Hưng Thịnh", "Thủ công"
            value = by_name[label](value) or value
        shared = facility_names.sharing(value) if label == "facility" and value not in choices else []
        if shared:  # two producers may trade under one name: never pick one of them
            click.echo(
                f"error: --facility: {value!r} is the name of {', '.join(shared)}; write the id of one", err=True
            )
            sys.exit(2)
        if value not in choices:  # a value given on the command line: a usage error, as a missing one is
            click.echo(f"error: --{label}: unknown {label} {value!r}; known: {', '.join(choices)}", err=True)
            sys.exit(2)
        return value

    twins: list[str] = []  # products of the same producer named like a new product
    if kind == "product":
        facility = ask(facility, "facility", facilities)
        group = ask(group, "group", list(config["groups"]))
        latest = max(catalogue.rounds.values(), key=lambda r: r.data["date"], default=None)
        if latest is None:
            click.echo("error: add a round in content/rounds/ first", err=True)
            sys.exit(1)
        levels = list(config["programmes"][latest.data["programme"]]["levels"])
        text = product_text(name, facility, group, latest.data, latest.data.get("level"), levels)
        twins = products_like(catalogue, facility, name)
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
        path, to_fill = new_record(root, kind, name, text)
    except ScaffoldError as exc:
        for line in str(exc).splitlines():
            click.echo(f"error: {line}", err=True)
        sys.exit(1)
    rel = path.relative_to(root)
    for twin in twins:
        click.echo(
            f"note: {twin} has a name like it; a product certified again gets the new certification in its own record",
            err=True,
        )
    if to_fill:  # left empty: only staff know them, and a check refuses the record until they are written
        click.echo(f"Wrote {rel}; fill in {', '.join(to_fill)}, then run `showroom check`.")
    else:
        click.echo(f"Wrote {rel}; complete it, then run `showroom check`.")


@click.command("import")
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
      row 5: a heading, no product: 'TEXT'   (one text across the row)
    """
    from .importer import COLUMNS, RoundNotFound, apply, pick_round, plan_import, write_template

    root = project_root(ctx)
    try:
        catalogue, _ = check(root)
    except UserError as exc:
        fail(exc.report, "nothing was written: mend these first")
    headers = {name: default for name, (default, _) in COLUMNS.items()} | catalogue.config.get("import", {}).get(
        "columns", {}
    )
    path = Path(file)
    if template:
        if path.exists():
            click.echo(f"error: {file}: the file exists; the template is only written to a new file", err=True)
            sys.exit(1)
        try:
            write_template(path, headers)
        except OSError as exc:
            click.echo(f"error: {file}: cannot write it: {exc.strerror or exc}", err=True)
            sys.exit(1)
        click.echo(f"Wrote {path} with the columns: {', '.join(headers.values())}")
        return
    if not path.is_file():
        click.echo(f"error: {file}: no such file", err=True)
        sys.exit(1)
    try:
        rnd = pick_round(catalogue, round_id)
    except RoundNotFound as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2 if round_id else 1)  # a wrong --round is a usage error; no round at all is the project's
    report = Report(root)
    plan = plan_import(catalogue, path, report, rnd)
    if report.errors:
        print_report(report)
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


@click.command("addresses")
@click.option("--write", is_flag=True, help="Write the proposed addresses; without it nothing is written.")
@click.option(
    "--choose",
    "choices",
    multiple=True,
    callback=_choices,
    metavar="FACILITY-ID=UNIT-ID",
    help="The current unit of a facility whose old commune or ward was divided: one of the listed ones, by id or name. Repeatable.",
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
    from .address_output import describe, write_addresses
    from .addresses import plan_addresses

    root = project_root(ctx)
    try:
        catalogue, _ = check(root)
    except UserError as exc:
        fail(exc.report, "nothing was written: mend these first")
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
