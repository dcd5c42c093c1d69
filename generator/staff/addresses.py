"""``showroom addresses``: turn facilities' pre-reform addresses into the current form.

Since 1 July 2025 Vietnam has no districts and several provinces were merged, so
``…, thị trấn Thứ Ba, huyện An Biên, tỉnh Kiên Giang`` is now ``…, xã An Biên,
tỉnh An Giang``. ``old_form()`` says whether a facility's address is still in
the old form; ``showroom check`` and ``showroom addresses`` both ask it.

``plan_addresses()`` works out, per facility, the current address, the unit it
maps to and why, writing nothing. The conversion comes from the PyPI library
``vietnamadminunits``, never from a table kept here:

- the old address is read with ``parse_address(mode='LEGACY')``;
- an old commune or ward divided among several new ones is looked up in the
  library's data of divided wards first. It is never guessed: the candidates are
  listed and nothing is written until staff choose one (``--choose``). (The
  library itself would guess, by geocoding the street over the network.)
- otherwise ``convert_address()`` gives the new ward and province.

The new Vietnamese address keeps the street as staff wrote it and names the new
unit and province with their type words in lower case, as addresses are usually
written: ``Khu phố 2, xã An Biên, tỉnh An Giang``. The English address keeps the
street of the English one and adds the unit and province without accents:
``Quarter 2, An Bien Commune, An Giang``; a facility without an English address
gets none. The old address is kept as ``former_address`` (unless there is one).

What the command prints of a proposal and how it is written are in
``address_output.py``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from ..pages.urls import slugify
from ..records.model import Catalogue, Record

#: Words of a district-level unit (or of a commune-level town, abolished too) at the start of an address part.
_DISTRICT_PART = re.compile(r"(huyện|quận|thị xã|thị trấn|tx\.|tt\.)\s*(?!lộ\b)\S", re.IGNORECASE)
_CITY_PART = re.compile(r"(thành phố|tp\.)\s*\S", re.IGNORECASE)
#: The same words without accents, for a part written without any (``huyen An Minh``).
_DISTRICT_PLAIN = re.compile(r"(huyen|quan|thi xa|thi tran|tx\.|tt\.)\s*(?!lo\b)\S", re.IGNORECASE)
_CITY_PLAIN = re.compile(r"(thanh pho|tp\.)\s*\S", re.IGNORECASE)
#: What separates an address's parts: a comma, or a dash with spaces around it
#: (``Khu phố 2 - phường Vĩnh Thanh Vân``); ``Số 12-14`` keeps its dash.
_SEPARATOR = re.compile(r",|\s[-–—]\s")
_PROVINCE_WORDS = re.compile(r"^(tỉnh|tinh|thành phố|thanh pho|tp\.?)\s+", re.IGNORECASE)
#: Type words of administrative units, longest first, as the library capitalises them.
_TYPE_WORDS = ("Thành phố", "Thị trấn", "Thị xã", "Đặc khu", "Phường", "Huyện", "Quận", "Tỉnh", "Xã")
#: A new unit's type word → the unit type id and the English word.
_UNIT_TYPES = {"xã": ("commune", "Commune"), "phường": ("ward", "Ward"), "đặc khu": ("special-zone", "Special Zone")}
#: Districts that had no communes (islands): the library converts them without a ward.
_WARDLESS = ("huyenbachlongvi", "huyenconco", "huyenhoangsa", "huyenlyson", "huyencondao")
UNIT_HEADER = "# created by showroom addresses\n"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _province_short(name: str) -> str:
    """A province's name without ``tỉnh``/``thành phố``, folded for comparing (accents too)."""
    return _plain(_PROVINCE_WORDS.sub("", _nfc(name))).casefold()


def address_parts(address: str) -> list[str]:
    """An address's parts, however staff separated them: commas or spaced dashes."""
    return [_nfc(p) for p in _SEPARATOR.split(address) if p.strip()]


def _names_district(part: str, last: bool) -> bool:
    """Whether an address part names a district-level unit; a part without accents is read without them."""
    if part == _plain(part):
        district, city = _DISTRICT_PLAIN, _CITY_PLAIN
    else:
        district, city = _DISTRICT_PART, _CITY_PART
    return bool(district.match(part) or (city.match(part) and not last))


def old_form(data: dict[str, Any], config: dict[str, Any]) -> list[str]:
    """Why a facility's address is still in the pre-reform form; empty when it is current.

    It is old when its Vietnamese address names a district-level unit (huyện, quận,
    thị xã, a thành phố followed by its province) or a commune-level town (thị trấn),
    or a former province (``former_provinces`` of site_config.yml, other than the
    province covered), or when the facility names no current unit (``unit:``).
    """
    reasons = []
    address = (data.get("address") or {}).get("vi", "")
    parts = address_parts(address)
    for i, part in enumerate(parts):
        if _names_district(part, last=i == len(parts) - 1):
            reasons.append(f"names {part}")
    if parts:
        current = _province_short(config["province"]["name"]["vi"])
        former = set()
        for entry in (config.get("former_provinces") or {}).values():
            former |= {_province_short(entry["name"]["vi"]), _province_short((entry.get("short") or {}).get("vi", ""))}
        last = _province_short(parts[-1])
        if last != current and last in former:
            reasons.append(f"names the former {parts[-1]}")
    if not data.get("unit"):
        reasons.append("has no unit")
    return reasons


@dataclass
class Proposal:
    """What ``showroom addresses`` found for one facility.

    ``status`` is ``convert`` (a current address and unit to write), ``current``
    (nothing to do), or a reason nothing is written: ``split`` (choose among
    ``candidates``), ``elsewhere`` (now in a province the showroom does not cover),
    ``unreadable`` or ``conflict`` (the record's unit differs from the address's).
    """

    facility: str
    rel: str
    old: dict[str, str]  # the address as the record has it
    status: str
    address: dict[str, str] = field(default_factory=dict)  # the current address to write
    former: dict[str, str] | None = None  # former_address to add (None: keep the record's)
    unit: str = ""  # the unit id to write
    unit_text: str = ""  # the text of the unit record to create, when it does not exist yet
    why: str = ""
    candidates: list[tuple[str, str]] = field(default_factory=list)  # (unit id, name) of a split ward
    unit_name: str = ""  # the unit's Vietnamese name, e.g. "Xã An Biên"
    old_ward: str = ""  # the former commune or town, e.g. "thị trấn Thứ Ba": a former name of the unit
    notes: list[str] = field(default_factory=list)  # lines saying why nothing is written

    @property
    def problem(self) -> bool:
        """True when nothing is written for this facility although its address is old."""
        return self.status not in ("convert", "current")


def _lower_type(name: str) -> str:
    """``Huyện An Biên`` → ``huyện An Biên``: the type word in lower case, the name as it is."""
    for word in _TYPE_WORDS:
        if name.startswith(word + " "):
            return word.lower() + name[len(word) :]
    return name


def strip_type(name: str) -> str:
    for word in _TYPE_WORDS:
        if name.casefold().startswith(word.casefold() + " "):
            return name[len(word) + 1 :]
    return name


def normalise_name(text: str) -> str:
    """A name as two are compared (a sheet's row and a record, a typed choice and a unit):
    without case, diacritics (đ as d) or extra spaces."""
    return " ".join(_plain(text).casefold().split())


def _plain(text: str) -> str:
    """Vietnamese without accents, as English addresses write it: ``Đông Hồ`` → ``Dong Ho``."""
    text = unicodedata.normalize("NFKD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in text if not unicodedata.combining(c))


def _old_place(unit: Any) -> str:
    """An old unit's ward, district and province as an address writes them."""
    return ", ".join(_lower_type(n) for n in (unit.ward, unit.district, unit.province) if n)


def _street(address: str, library_street: str | None) -> str:
    """The street part as staff wrote it (the library capitalises every word), else the library's."""
    if not library_street:
        return ""
    parts = address.split(",")
    count = len(library_street.split(","))
    written = ",".join(parts[:count]).strip()
    same = _nfc(written).casefold().replace(" ,", ",") == _nfc(library_street).casefold().replace(" ,", ",")
    return written if same else library_street.strip()


class _Units:
    """Unit ids by name: the existing unit records first, else a new id made from the name."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.by_name = {_nfc(r.data["name"]["vi"]).casefold(): ident for ident, r in catalogue.units.items()}

    def ident(self, name: str) -> str:
        return self.by_name.get(_nfc(name).casefold()) or slugify(name)

    def record_text(self, ident: str, name: str, short: str, type_word: str) -> str:
        """The text of a new unit record, or "" when the unit exists already."""
        if ident in self.catalogue.units or (self.catalogue.root / "content/units" / f"{ident}.yml").exists():
            return ""
        config = self.catalogue.config
        kind, english = _UNIT_TYPES.get(type_word.casefold(), ("", type_word))
        for type_id, entry in config["unit_types"].items():
            if entry["name"]["vi"].casefold() == type_word.casefold():
                kind = type_id
        en = f"{_plain(short)} {english}"
        return f'{UNIT_HEADER}name: {{vi: "{name}", en: "{en}"}}\ntype: {kind}\nprovince: {config["province"]["id"]}\n'


def _library() -> Any:
    """The conversion library, imported when first needed (it takes a second to load)."""
    import vietnamadminunits
    from vietnamadminunits.converter import converter_2025

    return vietnamadminunits, converter_2025


def plan_addresses(catalogue: Catalogue, choices: dict[str, str] | None = None) -> list[Proposal]:
    """A proposal for every facility, in file order; nothing is written.

    ``choices`` maps a facility id to the unit id chosen among the candidates of its
    divided ward.
    """
    choices = choices or {}
    units = _Units(catalogue)
    proposals = []
    for facility in sorted(catalogue.facilities.values(), key=lambda r: r.rel):
        old = dict(facility.data["address"])
        proposal = Proposal(facility.id, facility.rel, old, "current")
        if old_form(facility.data, catalogue.config):
            _propose(proposal, facility, catalogue, units, choices.get(facility.id))
        elif facility.id in choices:
            proposal.notes.append(f"--choose {facility.id}={choices[facility.id]} not needed: its address is current")
        proposals.append(proposal)
    return proposals


def _propose(proposal: Proposal, facility: Record, catalogue: Catalogue, units: _Units, choice: str | None) -> None:
    library, converter = _library()
    address = ", ".join(address_parts(proposal.old.get("vi", "")))
    covered = catalogue.config["province"]["name"]["vi"]
    reasons = old_form({"address": proposal.old, "unit": "-"}, catalogue.config)
    if not reasons:
        # Written the current way already, only unit: is missing: read it as a current address.
        new = library.parse_address(address, mode="FROM_2025", keep_street=True, level=2)
        if not new.ward:
            _unreadable(proposal)
            return
        why = f"the address is current already; it names {_lower_type(new.ward)}"
        _finish(proposal, facility, catalogue, units, new, new.street, why, keep_address=True, choice=choice)
        return
    old = library.parse_address(address, mode="LEGACY", keep_street=True, level=3)
    if not old.province_key or not (old.ward_key or old.district_key in _WARDLESS):
        _unreadable(proposal)
        return
    province_key = next((k for k, v in converter.DICT_PROVINCE.items() if old.province_key in v), None)
    key = f"{old.province_key}_{old.district_key}_{old.ward_key or ''}"
    divided = converter.DICT_PROVINCE_WARD_DIVIDED.get(province_key, {}).get(key)
    if divided:
        wards = {}
        for ward in divided:
            new = library.parse_address(f"{ward['newWardKey']},{province_key}", mode="FROM_2025", level=2)
            if new.ward:
                wards[units.ident(new.ward)] = new
        outside = next((n for n in wards.values() if _province_short(n.province) != _province_short(covered)), None)
        if outside is not None:
            _elsewhere(proposal, f"{_old_place(old)} is now in {_lower_type(outside.province)}", covered)
            return
        if choice not in wards and choice is not None:  # the name, as listed ("phường Vĩnh Tế"), is taken too
            choice = next(
                (
                    i
                    for i, new in wards.items()
                    if normalise_name(choice) in map(normalise_name, (new.ward, strip_type(new.ward)))
                ),
                choice,
            )
        if choice not in wards:
            proposal.status = "split"
            proposal.why = f"{_old_place(old)} was divided among:"
            proposal.candidates = [(ident, _lower_type(new.ward)) for ident, new in wards.items()]
            name = "<unit-id>" if choice is None else f"{choice}, which is not one of these"
            proposal.notes.append(f"nothing written: choose with --choose {facility.id}={name}")
            return
        new = wards[choice]
        why = f"{_old_place(old)} was divided; {_lower_type(new.ward)} chosen with --choose"
        proposal.old_ward = _lower_type(old.ward or "")
        _finish(proposal, facility, catalogue, units, new, old.street, why)
        return
    if not any(key in olds for olds in converter.DICT_PROVINCE_WARD_NO_DIVIDED.get(province_key, {}).values()):
        # convert_address() would geocode over the network here; the library knows no successor anyway.
        _unreadable(proposal, f"cannot convert the address: the library knows no current unit for {_old_place(old)}")
        return
    new = library.convert_address(address)
    if not new.ward:
        _unreadable(proposal)
        return
    why = f"{_old_place(old)} is now {_lower_type(new.ward)}, {_lower_type(new.province)}"
    if _province_short(new.province) != _province_short(covered):
        _elsewhere(proposal, why, covered)
        return
    proposal.old_ward = _lower_type(old.ward or "")
    _finish(proposal, facility, catalogue, units, new, old.street, why, choice=choice)


def _unreadable(
    proposal: Proposal, reason: str = "cannot read the address: no commune, ward or town found in it"
) -> None:
    proposal.status = "unreadable"
    proposal.why = reason
    proposal.notes.append("nothing written: name its commune or ward in the address, then run again")


def _elsewhere(proposal: Proposal, why: str, covered: str) -> None:
    proposal.status = "elsewhere"
    proposal.why = f"{why}, outside {covered}"
    proposal.notes.append(
        "nothing written: correct the address if it is wrong; a producer of another province belongs in its showroom"
    )


def _finish(
    proposal: Proposal,
    facility: Record,
    catalogue: Catalogue,
    units: _Units,
    new: Any,
    street: str | None,
    why: str,
    keep_address: bool = False,
    choice: str | None = None,
) -> None:
    """Fill a proposal from the library's new unit (a ward of the province covered)."""
    covered = catalogue.config["province"]["name"]["vi"]
    if _province_short(new.province) != _province_short(covered):
        _elsewhere(proposal, f"{why}; {_lower_type(new.ward)} is in {_lower_type(new.province)}", covered)
        return
    ident = units.ident(new.ward)
    named = facility.get("unit")
    if named and named != ident:
        proposal.status = "conflict"
        proposal.why = f"the record says unit: {named}, but the address is in {_lower_type(new.ward)} ({ident})"
        proposal.notes.append("nothing written: correct unit: or the address by hand")
        return
    short = strip_type(new.ward)
    type_word = new.ward[: len(new.ward) - len(short)].strip()
    proposal.status = "convert"
    proposal.unit, proposal.unit_name = ident, new.ward
    proposal.unit_text = units.record_text(ident, new.ward, short, type_word)
    proposal.why = why
    if choice is not None:
        proposal.notes.append(f"--choose {proposal.facility}={choice} not needed: its ward was not divided")
    if keep_address:
        return
    vi = ", ".join(address_parts(proposal.old["vi"]))
    street = _street(vi, street)
    ward, province = _lower_type(new.ward), _lower_type(new.province)
    proposal.address = {"vi": ", ".join(p for p in (street, ward, province) if p)}
    english = address_parts(proposal.old.get("en", ""))
    count = len(street.split(",")) if street else 0
    if len(english) > count:
        en_street = ", ".join(english[:count])
        _, word = _UNIT_TYPES.get(type_word.casefold(), ("", type_word))
        unit_en = f"{_plain(short)} {word}"
        proposal.address["en"] = ", ".join(p for p in (en_street, unit_en, _plain(strip_type(new.province))) if p)
    if not facility.get("former_address"):
        proposal.former = dict(proposal.old)
