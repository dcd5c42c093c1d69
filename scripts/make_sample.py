"""Write the illustrative sample catalogue: records and photos.

Run from the repository root: ``.venv/bin/python scripts/make_sample.py``.
The data lives in ``scripts/sample/`` (one module per district, the
certification rounds in ``rounds.py``, trade facts in ``trade.py``); this
script writes it out as YAML records a person could have typed, and draws
simple, deterministic illustrations as photos. The records are written as the 2023 round knew them
(pre-reform addresses, districts), then brought up to date as staff would:
``showroom addresses --write`` gives every facility its current address and
unit, and each district its end (1 July 2025) and the units that succeeded it
where sample producers are. Running it twice changes nothing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import importlib
import json
import math
import shutil
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from sample.districts import DISTRICTS  # noqa: E402
from sample.rounds import FIRST_ROUND, ROUNDS  # noqa: E402
from sample.trade import TRADE  # noqa: E402

PHOTO_SIZE = (960, 720)


def q(text: str) -> str:
    """A YAML double-quoted string (JSON's escapes are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def tr(pair: tuple[str, str | None]) -> str:
    """A translated value as a flow map."""
    vi, en = pair
    return f"{{vi: {q(vi)}, en: {q(en)}}}" if en else f"{{vi: {q(vi)}}}"


def block(key: str, pair: tuple[str, str | None], indent: str = "") -> list[str]:
    """A translated Markdown value as literal blocks."""
    lines = [f"{indent}{key}:"]
    for lang, text in zip(("vi", "en"), pair, strict=True):
        if text:
            lines.append(f"{indent}  {lang}: |")
            lines += [f"{indent}    {line}" if line else "" for line in text.strip().split("\n")]
    return lines


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the month's last day when that month is shorter)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def later_awards() -> dict[str, list[tuple[str, str]]]:
    """The certifications of the rounds after the first: product id -> [(round id, level)]."""
    awards: dict[str, list[tuple[str, str]]] = {}
    for ident, rnd in ROUNDS.items():
        if ident == FIRST_ROUND:
            continue
        chosen = rnd["products"]
        levels = chosen if isinstance(chosen, dict) else dict.fromkeys(chosen, rnd["level"])
        for product, level in levels.items():
            awards.setdefault(product, []).append((ident, level))
    return awards


def certification(ident: str, level: str, expires: dt.date | str | None) -> str:
    """One item of a product's certifications, won in round ``ident`` at ``level``."""
    rnd = ROUNDS[ident]
    text = (
        f"programme: {rnd['programme']}, level: {level}, round: {rnd['number']}, year: {rnd['year']}, "
        f"decision: {q(rnd['decision'])}, date: {rnd['date'].isoformat()}"
    )
    if expires:
        text += f", expires: {expires}"
    return f"  - {{{text}}}"


def certifications(p: dict, later: list[tuple[str, str]]) -> list[str]:
    """A product's certifications, oldest decision first: the first round's, then any later ones."""
    first = ROUNDS[FIRST_ROUND]
    won = [(first["date"], certification(FIRST_ROUND, first["level"], p.get("expires")))]
    for ident, level in later:
        rnd = ROUNDS[ident]
        months = rnd.get("valid_months")
        won.append((rnd["date"], certification(ident, level, add_months(rnd["date"], months) if months else None)))
    return [line for _, line in sorted(won, key=lambda item: item[0])]


def product_yaml(p: dict, facility: dict, photos: list[str], later: list[tuple[str, str]]) -> str:
    """The YAML text of one product record."""
    out = [f"# {p['name'][0]} — {facility['name'][0]}", f"name: {tr(p['name'])}", f"kind: {p['kind']}"]
    if p["kind"] == "set":
        out.append("items:")
        for name, net in p["items"]:
            extra = f", net_content: {tr(net) if isinstance(net, tuple) else q(net)}" if net else ""
            out.append(f"  - {{name: {tr(name)}{extra}}}")
    out += [f"group: {p['group']}", f"facility: {facility['id']}"]
    out += ["certifications:", *certifications(p, later)]
    out.append(f"first_entry: {'true' if p['first_entry'] else 'false'}")
    if p.get("featured"):
        out.append("featured: true")
    out.append(f"summary: {tr(p['summary'])}")
    out += block("description", p["description"])
    if photos:
        out.append("photos:")
        for i, file in enumerate(photos):
            alt = (
                (p["name"][0], p["name"][1])
                if i == 0
                else (f"{p['name'][0]} (ảnh {i + 1})", f"{p['name'][1] or p['name'][0]} (photo {i + 1})")
            )
            out.append(f"  - {{file: {file}, alt: {tr(alt)}}}")
    specs = p.get("specs") or {}
    if specs:
        out.append("specs:")
        for key in ("net_content", "packaging", "ingredients", "shelf_life", "standards"):
            if key in specs:
                value = specs[key]
                out.append(f"  {key}: {tr(value) if isinstance(value, tuple) else q(value)}")
    if p.get("price"):
        low, high = p["price"]
        out.append(f"price: {{min: {low}, max: {high}, currency: VND}}")
    if p.get("tags"):
        vi, en = p["tags"] if isinstance(p["tags"], tuple) else (p["tags"], [])
        words = [f"vi: [{', '.join(q(t) for t in vi)}]"] + ([f"en: [{', '.join(q(t) for t in en)}]"] if en else [])
        out.append("tags: {" + ", ".join(words) + "}")
    if p["id"] in TRADE:
        out += trade_yaml(TRADE[p["id"]])
    return "\n".join(out) + "\n"


def trade_yaml(facts: dict) -> list[str]:
    """The lines of a product's ``trade:`` facts (``scripts/sample/trade.py``)."""
    out = ["trade:"]
    for key in ("moq", "capacity"):
        if key in facts:
            quantity, unit = facts[key]
            out.append(f"  {key}: {{quantity: {quantity}, unit: {tr(unit)}}}")
    if "wholesale" in facts:
        unit, tiers = facts["wholesale"]
        out += ["  wholesale:", f"    unit: {tr(unit)}", "    currency: VND", "    tiers:"]
        out += [f"      - {{from: {low}, price: {price}}}" for low, price in tiers]
    if "gtin" in facts:
        out.append(f"  gtin: {q(facts['gtin'])}")
    if facts.get("certificates"):
        out.append("  certificates:")
        for kind, number, issuer, expires in facts["certificates"]:
            end = f", expires: {expires}" if expires else ""
            out.append(f"    - {{kind: {kind}, number: {q(number)}, issuer: {tr(issuer)}{end}}}")
    if facts.get("origin"):
        out.append("  origin_protection:")
        for kind, name, registration in facts["origin"]:
            out.append(f"    - {{kind: {kind}, name: {tr(name)}, registration: {q(registration)}}}")
    if facts.get("export"):
        out.append(f"  export_markets: [{', '.join(facts['export'])}]")
    if "lead" in facts:
        out.append(f"  lead_time_days: {facts['lead']}")
    return out


def facility_yaml(f: dict, district: str, photos: list[str]) -> str:
    """The YAML text of one facility record."""
    out = [f"# {f['name'][0]}", f"name: {tr(f['name'])}", f"type: {f['type']}", f"district: {district}"]
    out.append(f"address: {tr(f['address'])}")
    out.append(f"phone: {q(f['phone'])}")
    for key in ("zalo", "email", "website", "representative"):
        if f.get(key):
            out.append(f"{key}: {q(f[key])}")
    if f.get("story"):
        out += block("story", f["story"])
    if photos:
        out.append("photos:")
        alt = (f"Cơ sở {f['name'][0]}", f"{f['name'][1] or f['name'][0]}")
        out += [f"  - {{file: {file}, alt: {tr(alt)}}}" for file in photos]
    lat, lon = f["geo"]
    out.append(f"geo: {{lat: {lat}, lon: {lon}}}")
    return "\n".join(out) + "\n"


def round_yaml(rnd: dict) -> str:
    """The YAML text of one round record."""
    out = [f"# {line}" for line in rnd["comment"].split("\n")]
    out += ["name:", f"  vi: {q(rnd['name'][0])}", f"  en: {q(rnd['name'][1])}"]
    out += [f"programme: {rnd['programme']}", f"number: {rnd['number']}", f"year: {rnd['year']}"]
    if rnd.get("level"):
        out.append(f"level: {rnd['level']}")
    out += [f"decision: {q(rnd['decision'])}", f"date: {rnd['date'].isoformat()}"]
    out += block("description", rnd["description"])
    if rnd.get("figures"):
        out.append("figures:")
        for key, value in rnd["figures"].items():
            if isinstance(value, dict):
                value = "{" + ", ".join(f"{k}: {v}" for k, v in value.items()) + "}"
            out.append(f"  {key}: {value}")
    return "\n".join(out) + "\n"


def district_yaml(ident: str, data: tuple) -> str:
    """The YAML text of one district record."""
    name_vi, name_en, kind, desc_vi, desc_en, (lat, lon), _ = data
    label = {"city": "Thành phố", "district": "Huyện", "town": "Thị xã"}[kind]
    out = [f"# {label} {name_vi}", f"name: {tr((name_vi, name_en))}", f"type: {kind}"]
    out += block("description", (desc_vi, desc_en))
    out.append(f"photo: {{file: photos/{ident}.jpg, alt: {tr((f'Phong cảnh {name_vi}', f'A view of {name_en}'))}}}")
    out.append(f"geo: {{lat: {lat}, lon: {lon}}}")
    return "\n".join(out) + "\n"


# -- illustrations ------------------------------------------------------------
def _rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def _mix(a: tuple[int, ...], b: tuple[int, ...], t: float) -> tuple[int, ...]:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _background(size: tuple[int, int], colour: tuple[int, ...]) -> Image.Image:
    light = _mix(colour, (250, 246, 236), 0.82)
    dark = _mix(colour, (250, 246, 236), 0.6)
    img = Image.new("RGB", size)
    draw = ImageDraw.Draw(img)
    for y in range(size[1]):
        draw.line([(0, y), (size[0], y)], fill=_mix(light, dark, y / size[1]))
    return img


def draw_product(shape: str, colour: str, seed: int) -> Image.Image:
    """A soft, recognisable illustration of a product of the given shape."""
    main = _rgb(colour)
    img = _background(PHOTO_SIZE, main)
    draw = ImageDraw.Draw(img)
    w, h = PHOTO_SIZE
    cx, base = w // 2 + (seed % 5 - 2) * 20, int(h * 0.82)
    shadow = _mix(main, (60, 50, 40), 0.55)
    draw.ellipse((cx - 230, base - 18, cx + 230, base + 22), fill=_mix(main, (250, 246, 236), 0.45))
    dark = _mix(main, (0, 0, 0), 0.25)
    label = _mix(main, (255, 255, 255), 0.75)
    if shape == "bottle":
        draw.rounded_rectangle((cx - 70, base - 400, cx + 70, base), 40, fill=main)
        draw.rectangle((cx - 28, base - 500, cx + 28, base - 390), fill=main)
        draw.rectangle((cx - 34, base - 530, cx + 34, base - 495), fill=dark)
        draw.rectangle((cx - 70, base - 260, cx + 70, base - 150), fill=label)
    elif shape in ("jar", "bowl"):
        top = base - (300 if shape == "jar" else 170)
        draw.rounded_rectangle((cx - 150, top, cx + 150, base), 60, fill=main)
        if shape == "jar":
            draw.rectangle((cx - 120, top - 50, cx + 120, top + 10), fill=dark)
            draw.rectangle((cx - 150, top + 110, cx + 150, top + 200), fill=label)
        else:
            draw.ellipse((cx - 160, top - 40, cx + 160, top + 40), fill=label)
    elif shape in ("sack", "pack"):
        draw.rounded_rectangle((cx - 160, base - 380, cx + 160, base), 50, fill=main)
        draw.polygon(
            [(cx - 160, base - 360), (cx - 120, base - 430), (cx + 120, base - 430), (cx + 160, base - 360)], fill=dark
        )
        draw.ellipse((cx - 90, base - 260, cx + 90, base - 110), fill=label)
    elif shape in ("bag", "basket", "box"):
        top = base - 300
        draw.rounded_rectangle((cx - 190, top, cx + 190, base), 30, fill=main)
        for i in range(1, 12):
            draw.line([(cx - 190 + i * 32, top), (cx - 190 + i * 32, base)], fill=dark, width=4)
        for j in range(1, 9):
            draw.line([(cx - 190, top + j * 34), (cx + 190, top + j * 34)], fill=dark, width=3)
        if shape == "bag":
            draw.arc((cx - 120, top - 170, cx + 120, top + 70), 180, 360, fill=dark, width=16)
        elif shape == "basket":
            draw.arc((cx - 190, top - 200, cx + 190, top + 200), 180, 360, fill=dark, width=14)
    elif shape == "fish":
        draw.ellipse((cx - 230, base - 290, cx + 140, base - 90), fill=main)
        draw.polygon([(cx + 110, base - 190), (cx + 250, base - 290), (cx + 250, base - 90)], fill=dark)
        draw.ellipse((cx - 170, base - 230, cx - 140, base - 200), fill=label)
    elif shape == "machine":
        draw.rounded_rectangle((cx - 240, base - 300, cx + 160, base - 110), 20, fill=main)
        draw.rectangle((cx + 60, base - 420, cx + 160, base - 300), fill=dark)
        for x in (cx - 170, cx + 90):
            draw.ellipse((x - 80, base - 170, x + 80, base - 10), fill=shadow)
            draw.ellipse((x - 30, base - 120, x + 30, base - 60), fill=label)
    else:  # drop: oils, cosmetics
        for i, dx in enumerate((-150, 0, 150)):
            r = 80 if i == 1 else 60
            top = base - 320 + (0 if i == 1 else 60)
            draw.polygon(
                [(cx + dx, top), (cx + dx - r, top + int(r * 2.2)), (cx + dx + r, top + int(r * 2.2))], fill=main
            )
            draw.ellipse((cx + dx - r, top + int(r * 1.6), cx + dx + r, top + int(r * 3.2)), fill=main)
    leaf = _mix(main, (80, 140, 70), 0.6)
    angle = (seed % 7) / 7 * math.pi
    lx, ly = int(w * 0.16), int(h * 0.22)
    draw.ellipse((lx - 60, ly - 22, lx + 60, ly + 22), fill=leaf)
    draw.line([(lx - int(70 * math.cos(angle)), ly), (lx + int(70 * math.cos(angle)), ly)], fill=dark, width=3)
    return img.filter(ImageFilter.GaussianBlur(1.2))


def draw_landscape(colour: str, seed: int) -> Image.Image:
    """A calm landscape: sky, hills and water, tinted per district."""
    main = _rgb(colour)
    size = (1200, 675)
    img = _background(size, (150, 190, 220))
    draw = ImageDraw.Draw(img)
    draw.ellipse((880, 80, 980, 180), fill=(250, 214, 120))
    hills = _mix(main, (40, 70, 50), 0.3)
    points = (
        [(0, 420)]
        + [(x, 420 - int(90 * math.sin((x + seed * 37) / 170) ** 2)) for x in range(0, 1201, 40)]
        + [(1200, 675), (0, 675)]
    )
    draw.polygon(points, fill=hills)
    draw.rectangle((0, 500, 1200, 675), fill=_mix(main, (70, 130, 170), 0.6))
    for i in range(6):
        y = 530 + i * 24
        draw.line([(80 + i * 50, y), (420 + i * 70, y)], fill=(235, 240, 245), width=3)
    return img.filter(ImageFilter.GaussianBlur(1.5))


def save_jpeg(img: Image.Image, path: Path) -> None:
    """Save a small progressive JPEG with no metadata."""
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "JPEG", quality=72, optimize=True, progressive=True)


# -- the catalogue --------------------------------------------------------------
def load_facilities() -> list[tuple[str, dict]]:
    """Every (district id, facility) of the sample, districts in their fixed order."""
    result = []
    for ident in DISTRICTS:
        module = importlib.import_module("sample." + ident.replace("-", "_"))
        result += [(module.DISTRICT, f) for f in module.FACILITIES]
    return result


def main() -> None:
    """Rewrite every sample record and photo."""
    facilities = load_facilities()
    awards = later_awards()
    unknown = set(awards) - {p["id"] for _, f in facilities for p in f["products"]}
    if unknown:
        sys.exit(f"scripts/sample/rounds.py names products the sample does not have: {', '.join(sorted(unknown))}")
    unknown = set(TRADE) - {p["id"] for _, f in facilities for p in f["products"]}
    if unknown:
        sys.exit(f"scripts/sample/trade.py names products the sample does not have: {', '.join(sorted(unknown))}")
    for folder in ("products", "content/facilities", "content/districts", "content/units", "content/rounds"):
        shutil.rmtree(ROOT / folder, ignore_errors=True)
    (ROOT / "content/rounds").mkdir(parents=True)
    for ident, rnd in ROUNDS.items():
        (ROOT / f"content/rounds/{ident}.yml").write_text(round_yaml(rnd), encoding="utf-8")
    for ident, data in DISTRICTS.items():
        (ROOT / "content/districts").mkdir(parents=True, exist_ok=True)
        (ROOT / f"content/districts/{ident}.yml").write_text(district_yaml(ident, data), encoding="utf-8")
        save_jpeg(draw_landscape(data[-1], len(ident)), ROOT / f"content/districts/photos/{ident}.jpg")
    seed = 0
    for district, facility in facilities:
        photos = []
        if facility.get("photo"):
            first = facility["products"][0]
            photos = [f"photos/{facility['id']}-1.jpg"]
            save_jpeg(
                draw_product("box" if first["shape"] == "machine" else first["shape"], first["colour"], seed + 3),
                ROOT / "content/facilities" / photos[0],
            )
        (ROOT / f"content/facilities/{facility['id']}.yml").write_text(
            facility_yaml(facility, district, photos), encoding="utf-8"
        )
        for product in facility["products"]:
            seed += 1
            files = [f"photos/{product['id']}-1.jpg"]
            if seed % 8 == 0:
                files.append(f"photos/{product['id']}-2.jpg")
            for n, file in enumerate(files):
                save_jpeg(draw_product(product["shape"], product["colour"], seed + n * 3), ROOT / "products" / file)
            (ROOT / f"products/{product['id']}.yml").write_text(
                product_yaml(product, facility, files, awards.get(product["id"], [])), encoding="utf-8"
            )
    convert_addresses()
    print(f"Wrote the sample catalogue into {ROOT}")


#: The day the districts ended (Resolution 202/2025/QH15 and the laws of June 2025).
DISTRICTS_ENDED = "2025-07-01"


def convert_addresses() -> None:
    """Bring the sample past the 2025 reform with the staff command: current addresses and
    units for every facility, then each district's end and successor units."""
    sys.path.insert(0, str(ROOT))
    from generator.build import check
    from generator.staff.address_output import describe, write_addresses
    from generator.staff.addresses import plan_addresses

    catalogue, _ = check(ROOT)
    proposals = plan_addresses(catalogue)
    stuck = [line for p in proposals if p.problem for line in describe(p)]
    if stuck:
        sys.exit("the sample's addresses do not all convert:\n" + "\n".join(stuck))
    write_addresses(ROOT, proposals)
    successors: dict[str, list[str]] = {}
    for proposal in proposals:
        district = catalogue.facilities[proposal.facility].data["district"]
        units = successors.setdefault(district, [])
        if proposal.unit not in units:
            units.append(proposal.unit)
    for ident in DISTRICTS:
        path = ROOT / f"content/districts/{ident}.yml"
        text = path.read_text(encoding="utf-8")
        listed = ", ".join(sorted(successors.get(ident, [])))
        extra = f"province: kien-giang\nended: {DISTRICTS_ENDED}\nsuccessors: [{listed}]\n"
        path.write_text(text.replace("\ndescription:", "\n" + extra + "description:", 1), encoding="utf-8")


if __name__ == "__main__":
    main()
