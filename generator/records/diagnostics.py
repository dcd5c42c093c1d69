"""Problems found in records, collected over a whole run and reported once.

Every problem carries the file, the 1-based line and column, the dotted field
path and a message, and prints as ``path:line:col: error: field: message`` so
editors and CI logs can jump straight to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, order=True)
class Mark:
    """A position in a source file (1-based line and column)."""

    path: str
    line: int = 1
    col: int = 1


@dataclass(frozen=True, order=True)
class Problem:
    """One error or warning about one field of one file."""

    mark: Mark
    severity: str  # "error" | "warning"
    field: str
    message: str
    hint: str = ""

    def format(self) -> str:
        """Return the one-line, editor-friendly form of the problem."""
        where = f"{self.mark.path}:{self.mark.line}:{self.mark.col}"
        name = f"{self.field}: " if self.field else ""
        text = f"{where}: {self.severity}: {name}{self.message}"
        return f"{text} (hint: {self.hint})" if self.hint else text


@dataclass
class Report:
    """Collects problems during a run; the caller fails once at the end."""

    root: Path = field(default_factory=Path.cwd)
    problems: list[Problem] = field(default_factory=list)

    def _add(self, severity: str, mark: Mark, fld: str, message: str, hint: str) -> None:
        self.problems.append(Problem(mark, severity, fld, message, hint))

    def error(self, mark: Mark, fld: str, message: str, hint: str = "") -> None:
        """Record an error: the build will not publish."""
        self._add("error", mark, fld, message, hint)

    def warning(self, mark: Mark, fld: str, message: str, hint: str = "") -> None:
        """Record a warning: published anyway unless ``--strict``."""
        self._add("warning", mark, fld, message, hint)

    @property
    def errors(self) -> list[Problem]:
        """The problems that stop a build."""
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        """The problems that do not stop a build unless strict."""
        return [p for p in self.problems if p.severity == "warning"]

    def failed(self, strict: bool = False) -> bool:
        """True when the run must stop: any error, or any warning under ``strict``."""
        return bool(self.errors) or (strict and bool(self.warnings))

    def lines(self) -> list[str]:
        """Every problem formatted, sorted by file and position, duplicates removed."""
        return [p.format() for p in sorted(set(self.problems))]


class UserError(Exception):
    """A mistake in the user's project that stops the run; printed without traceback."""

    def __init__(self, report: Report) -> None:
        super().__init__(f"{len(report.errors)} error(s)")
        self.report = report
