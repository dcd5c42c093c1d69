"""What ``showroom addresses`` prints of its proposals (``addresses.plan_addresses``), and how
it writes them.

``write_addresses()`` writes ``address``, ``former_address``, ``unit:`` and a unit record
for a unit not known yet, editing the YAML with ruamel.yaml so comments and every other
field stay as they were.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from .addresses import Proposal, strip_type
from .yaml_edit import dump, edit_record, flow, insert, read_record, round_trip, write_record


def describe(proposal: Proposal) -> list[str]:
    """The lines ``showroom addresses`` prints for one facility."""
    if proposal.status == "current":
        return [f"{proposal.rel}: already current", *(f"  {note}" for note in proposal.notes)]
    lines = [f"{proposal.rel}: {proposal.old.get('vi', '')}"]

    def line(label: str, value: str) -> None:
        lines.append(f"  {label + ':':<16}{value}")

    if proposal.status == "convert":
        if proposal.address:
            line("address", proposal.address["vi"])
        if "en" in proposal.address:
            line("address (en)", proposal.address["en"])
        new = f" (new record content/units/{proposal.unit}.yml)" if proposal.unit_text else ""
        line("unit", proposal.unit + new)
        if proposal.former:
            line("former_address", "the address above")
        line("why", proposal.why)
    elif proposal.status == "split":
        line("split", proposal.why)
        width = max(len(ident) for ident, _ in proposal.candidates)
        lines += [f"    {ident:<{width}}  {name}" for ident, name in proposal.candidates]
    else:
        line(proposal.status, proposal.why)
    lines += [f"  {note}" for note in proposal.notes]
    return lines


def facility_text(text: str, proposal: Proposal) -> str:
    """A facility record's text with the proposal written in; comments and other fields unchanged."""
    data = round_trip().load(text)
    if proposal.address:
        address = data["address"]
        if not isinstance(address, dict):  # plain text: the address in every language
            address = data["address"] = flow({}, quoted=None)
        for lang, value in proposal.address.items():
            address[lang] = DoubleQuotedScalarString(value)
    if proposal.former and "former_address" not in data:
        insert(data, "former_address", flow(proposal.former, quoted=None), after="address")
    if data.get("unit") != proposal.unit:
        insert(data, "unit", proposal.unit, before="district", after="type")
    return dump(data)


def write_addresses(root: Path, proposals: list[Proposal]) -> tuple[list[str], list[str]]:
    """Write every ``convert`` proposal; return the facility files and the unit files written.

    Every file's new text is made before the first is written: a record that cannot be
    converted leaves them all as they were, not half of them converted.
    """
    facilities, created = [], []
    writes: dict[Path, str] = {}
    # A new unit record lists the former communes and towns its facilities' old addresses name
    # ("thị trấn Thứ Ba"): a search for one finds the unit's products.
    former: dict[str, list[str]] = {}
    for proposal in proposals:
        names = former.setdefault(proposal.unit, [])
        if proposal.status == "convert" and proposal.old_ward and proposal.old_ward not in names:
            names.append(proposal.old_ward)
    for proposal in proposals:
        if proposal.status != "convert":
            continue
        if proposal.unit_text:
            path = root / "content/units" / f"{proposal.unit}.yml"
            if not path.exists() and path not in writes:
                names = [n for n in former[proposal.unit] if strip_type(n) != strip_type(proposal.unit_name)]
                listed = f"former_names: [{', '.join(json.dumps(n, ensure_ascii=False) for n in names)}]\n"
                writes[path] = proposal.unit_text + (listed if names else "")
                created.append(f"content/units/{proposal.unit}.yml")
        path = root / proposal.rel
        text = read_record(path)
        new = edit_record(text, functools.partial(facility_text, proposal=proposal))
        if new != text:
            writes[path] = new
            facilities.append(proposal.rel)
    for path, text in writes.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_record(path, text)
    return facilities, created
