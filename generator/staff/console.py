"""What every command prints the same way: the problems of a run, and the project folder."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..records.diagnostics import Report


def print_report(report: Report) -> None:
    """Every problem of a run, one line each, on standard error."""
    for line in report.lines():
        click.echo(line, err=True)


def fail(report: Report, outcome: str) -> None:
    """Print the problems and stop, saying what the command left undone (``outcome``, may be empty)."""
    print_report(report)
    errors, warnings = len(report.errors), len(report.warnings)
    click.echo(f"{errors} error(s), {warnings} warning(s){'; ' + outcome if outcome else ''}.", err=True)
    sys.exit(1)


def project_root(ctx: click.Context) -> Path:
    """The project folder of the command (``-C DIR`` or the current one); stop if it holds no site_config.yml."""
    root = Path(ctx.obj["root"]).resolve()
    if not (root / "site_config.yml").is_file():
        click.echo(f"{root}: no site_config.yml here; run showroom in the project folder or pass -C DIR", err=True)
        sys.exit(2)
    return root
