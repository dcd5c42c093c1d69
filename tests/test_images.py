"""Photos: upright, sRGB, no metadata, several sizes; hostile files refused, never a crash."""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image

from generator.build import build
from generator.media.photos import ImageError, decode, make_derivatives
from generator.records.diagnostics import UserError


def jpeg_with_exif(orientation: int) -> bytes:
    img = Image.new("RGB", (400, 200), (200, 30, 30))
    img.paste((30, 30, 200), (0, 0, 100, 200))  # blue on the left
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x8825] = {1: "N", 2: (10.0, 13.0, 0.0)}  # GPS: where the producer lives
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def test_exif_orientation_is_applied_and_metadata_dropped(tmp_path: Path) -> None:
    sizes = make_derivatives(jpeg_with_exif(6), [100, 150], 80, tmp_path, "k")
    assert sizes == [(100, 200), (150, 300)]  # rotated upright: portrait now
    for name in ("k-100.jpg", "k-150.webp"):
        out = Image.open(tmp_path / name)
        assert not out.getexif() and "icc_profile" not in out.info and "exif" not in out.info
    top = Image.open(tmp_path / "k-150.jpg").convert("RGB").getpixel((75, 10))
    assert top[2] > 150 and top[0] < 100, "the blue side is on top after rotation"


def test_a_very_detailed_photo_stays_within_the_phone_budget(tmp_path: Path) -> None:
    import os

    from PIL import ImageFilter

    # Fine noise, lightly blurred: as much detail as a sharp photo of rice or basketry.
    noise = Image.frombytes("RGB", (2000, 1500), os.urandom(2000 * 1500 * 3)).filter(ImageFilter.GaussianBlur(1))
    buffer = io.BytesIO()
    noise.save(buffer, "JPEG", quality=92)
    (tmp_path / "free").mkdir()
    make_derivatives(buffer.getvalue(), [960], 78, tmp_path / "free", "k")
    unbounded = (tmp_path / "free" / "k-960.webp").stat().st_size
    make_derivatives(buffer.getvalue(), [320, 640, 960], 78, tmp_path, "k", max_bytes=120_000)
    assert unbounded > 120_000, "the fixture must need the budget"
    for name in ("k-960.webp", "k-960.jpg", "k-640.webp"):
        assert (tmp_path / name).stat().st_size <= 120_000, name
    assert Image.open(tmp_path / "k-960.webp").size == (960, 720)


def test_cmyk_palette_and_animation_are_converted() -> None:
    for img in (
        Image.new("CMYK", (50, 40), (0, 255, 255, 0)),
        Image.new("P", (50, 40)),
    ):
        buffer = io.BytesIO()
        img.save(buffer, "JPEG" if img.mode == "CMYK" else "PNG", **({"transparency": 0} if img.mode == "P" else {}))
        out = decode(buffer.getvalue())
        assert out.mode == "RGB" and out.size == (50, 40)
    transparent = io.BytesIO()
    Image.new("RGBA", (10, 10), (0, 0, 0, 0)).save(transparent, "PNG")
    assert decode(transparent.getvalue()).getpixel((5, 5)) == (255, 255, 255), "flattened on white"
    frames = [Image.new("P", (20, 20), i) for i in range(3)]
    gif = io.BytesIO()
    frames[0].save(gif, "GIF", save_all=True, append_images=frames[1:])
    assert decode(gif.getvalue()).size == (20, 20)


def png_bomb(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 10)) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (jpeg_with_exif(1)[:600], "not a readable image"),
        (b"<!doctype html><html><script>alert(1)</script></html>", "not a readable image"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "not a readable image"),
        (png_bomb(9000, 9000), "the image is 9000×9000 pixels; at most 50,000,000 are allowed"),
        (png_bomb(60000, 60000), "the image is too large to decode safely"),
    ],
    ids=["truncated", "html-as-jpg", "svg-with-script", "large", "bomb"],
)
def test_hostile_files_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(ImageError, match=message):
        decode(data)


def test_a_bad_photo_is_reported_at_its_field(mini: Path) -> None:
    (mini / "products/photos/gio-xach-1.jpg").write_bytes(b"<html>not a photo</html>")
    with pytest.raises(UserError) as info:
        build(mini)
    (line,) = info.value.report.lines()
    assert line.startswith(
        "products/gio-xach-co-bang.yml:9:12: error: photos[0].file: 'photos/gio-xach-1.jpg': not a readable image"
    )
    assert line.endswith("(hint: export the photo again as JPEG)")


NOT_A_PHOTO = (
    "products/gio-xach-co-bang.yml:9:12: error: photos[0].file: 'photos/gio-xach-1.jpg': not a readable image"
    " (UnidentifiedImageError: cannot identify image file) (hint: export the photo again as JPEG)"
)


def showroom(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", "-C", str(root), *args], capture_output=True, text=True)


def test_check_refuses_a_photo_that_is_not_an_image_as_the_build_does(mini: Path) -> None:
    (mini / "products/photos/gio-xach-1.jpg").write_bytes(b"not a photo, only text\n")
    built = showroom(mini, "build")
    assert built.returncode == 1
    assert built.stderr.splitlines() == [NOT_A_PHOTO, "1 error(s), 0 warning(s); nothing was published."]
    checked = showroom(mini, "check")
    assert (checked.returncode, checked.stdout) == (1, "")
    assert checked.stderr.splitlines() == [NOT_A_PHOTO, "1 error(s), 0 warning(s)."]  # a check publishes nothing
    data = json.loads(showroom(mini, "check", "--format", "json").stdout)
    assert data["ok"] is False
    assert [(p["field"], p["mark"]["line"], p["mark"]["col"]) for p in data["problems"]] == [("photos[0].file", 9, 12)]


def test_check_warns_of_a_missing_photo_as_the_build_does(mini: Path) -> None:
    (mini / "products/photos/gio-xach-1.jpg").unlink()
    checked = showroom(mini, "check")
    assert checked.returncode == 0
    assert checked.stderr.splitlines() == [
        "products/gio-xach-co-bang.yml:9:12: warning: photos[0].file: photo 'photos/gio-xach-1.jpg' not found; a placeholder is shown (hint: check the file name)"
    ]
    assert showroom(mini, "check", "--strict").returncode == 1


def test_check_decodes_only_the_photos_no_build_has_made(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from generator.media import photos as images
    from generator.staff.cli import main

    build(mini)
    decoded: list[int] = []
    real = images.decode
    monkeypatch.setattr(images, "decode", lambda data, max_width=None: decoded.append(1) or real(data, max_width))
    result = CliRunner().invoke(main, ["-C", str(mini), "check"])
    assert result.exit_code == 0, result.output
    assert decoded == [], "photos whose derivatives are in the cache were decoded again"
    photo = mini / "products/photos/gio-xach-1.jpg"
    Image.open(photo).rotate(90).save(photo)
    result = CliRunner().invoke(main, ["-C", str(mini), "check"])
    assert result.exit_code == 0, result.output
    assert decoded == [1]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (
            "/etc/passwd",
            "products/gio-xach-co-bang.yml:9:12: error: photos[0].file: '/etc/passwd' must be a relative path with '/' (hint: e.g. photos/name.jpg)",
        ),
        (
            "../../secret.jpg",
            "products/gio-xach-co-bang.yml:9:12: error: photos[0].file: '../../secret.jpg' leaves the catalogue folder (hint: keep photos beside the record)",
        ),
        (
            "photos/../photos/gio-xach-1.jpg",
            "products/gio-xach-co-bang.yml:9:12: error: photos[0].file: 'photos/../photos/gio-xach-1.jpg' goes up a folder and back (hint: write it as 'photos/gio-xach-1.jpg')",
        ),
        (
            "photos\\gio.jpg",
            "products/gio-xach-co-bang.yml:9:12: error: photos[0].file: 'photos\\\\gio.jpg' must be a relative path with '/' (hint: e.g. photos/name.jpg)",
        ),
        (
            '"photos/a\\0.jpg"',
            "products/gio-xach-co-bang.yml:9:12: error: photos[0].file: contains an invisible control character (hint: retype the value)",
        ),
    ],
)
def test_photo_paths_stay_inside_the_catalogue(mini: Path, path: str, message: str) -> None:
    record = mini / "products/gio-xach-co-bang.yml"
    record.write_text(record.read_text(encoding="utf-8").replace("photos/gio-xach-1.jpg", path), encoding="utf-8")
    with pytest.raises(UserError) as info:
        build(mini)
    assert message in info.value.report.lines()


def test_a_symbolic_link_out_of_the_project_is_refused(mini: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.jpg"
    outside.write_bytes((mini / "products/photos/gio-xach-1.jpg").read_bytes())
    (mini / "products/photos/gio-xach-1.jpg").unlink()
    (mini / "products/photos/gio-xach-1.jpg").symlink_to(outside)
    with pytest.raises(UserError) as info:
        build(mini)
    assert info.value.report.lines() == [
        "products/gio-xach-co-bang.yml:9:12: error: photos[0].file: 'photos/gio-xach-1.jpg' points outside the project folder (hint: copy the photo beside the record)"
    ]


def test_a_symbolic_link_in_a_loop_is_named(mini: Path) -> None:
    photo = mini / "products/photos/gio-xach-1.jpg"
    photo.unlink()
    photo.symlink_to("gio-xach-2.jpg")
    (mini / "products/photos/gio-xach-2.jpg").symlink_to("gio-xach-1.jpg")
    with pytest.raises(UserError) as info:
        build(mini)
    assert info.value.report.lines() == [
        "products/gio-xach-co-bang.yml:9:12: error: photos[0].file: 'photos/gio-xach-1.jpg' is a link that leads back to itself (hint: replace the link with the photo itself)"
    ]


def test_a_pipe_or_a_device_in_the_project_is_never_read(mini: Path) -> None:
    """A pipe waits for a writer for ever, /dev/zero never ends: the build would hang on either."""
    import os

    from generator.incremental.stamps import Stamps

    os.mkfifo(mini / "notes.fifo")
    (mini / "zero.bin").symlink_to("/dev/zero")
    with pytest.raises(OSError, match=r"^\[Errno 22\] not a file: a pipe or a device$"):
        Stamps(None).read(mini / "notes.fifo")
    built = subprocess.run(
        [sys.executable, "-m", "generator", "-C", str(mini), "build"], capture_output=True, text=True, timeout=120
    )
    assert built.returncode == 0, built.stderr
    photo = mini / "products/photos/gio-xach-1.jpg"
    photo.unlink()
    os.mkfifo(photo)
    with pytest.raises(UserError) as info:
        build(mini)
    assert info.value.report.lines() == [
        "products/gio-xach-co-bang.yml:9:12: error: photos[0].file: 'photos/gio-xach-1.jpg' is not a file"
    ]


def test_unchanged_photos_are_never_processed_twice(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(mini)
    calls: list[str] = []
    from generator.media import photos as images

    real = images._work
    monkeypatch.setattr(images, "_work", lambda job: calls.append(job[0]) or real(job))
    build(mini)
    assert calls == []
    photo = mini / "products/photos/gio-xach-1.jpg"
    img = Image.open(photo)
    img.rotate(90).save(photo)
    build(mini)
    assert len(calls) == 1


def test_share_cards_per_page_and_language(mini_site: Path) -> None:
    import re

    seen = set()
    for rel in (
        "san-pham/nuoc-mam-ca-com-40-do-dam",
        "en/products/nuoc-mam-ca-com-40-do-dam",
        "co-so/htx-co-bang-phu-my",
    ):
        html = (mini_site / rel / "index.html").read_text(encoding="utf-8")
        url = re.search(
            r'<meta property="og:image" content="https://mini.example.vn/(cards/[0-9a-f]{24}\.jpg)">', html
        ).group(1)
        assert f'<meta name="twitter:image" content="https://mini.example.vn/{url}">' in html
        assert '<meta property="og:image:width" content="1200">' in html
        with Image.open(mini_site / url) as card:
            assert card.size == (1200, 630) and card.format == "JPEG"
        seen.add(url)
    assert len(seen) == 3, "each language has its own card"


def test_share_card_draws_vietnamese_with_a_font_that_has_it() -> None:
    from generator.media.cards import font

    face = font(40, 700)
    # Every precomposed Vietnamese letter has its own glyph: different letters, different shapes.
    shapes = {bytes(face.getmask(letter)) for letter in "aàảãáạăằẳẵắặâầẩẫấậ"}
    assert len(shapes) == 18


def test_qr_png_for_printing(mini_site: Path) -> None:
    import segno

    with Image.open(mini_site / "qr/product/nuoc-mam-ca-com-40-do-dam.vi.png") as png:
        expected = segno.make("https://mini.example.vn/san-pham/nuoc-mam-ca-com-40-do-dam/", error="m")
        assert png.size == expected.symbol_size(scale=10, border=4)
    html = (mini_site / "san-pham/nuoc-mam-ca-com-40-do-dam/index.html").read_text(encoding="utf-8")
    assert 'href="../../qr/product/nuoc-mam-ca-com-40-do-dam.vi.png" download' in html


def test_removed_photos_leave_the_cache(mini: Path) -> None:
    build(mini)
    cache = mini / ".showroom-cache/images"
    before = {p.name for p in cache.iterdir()}
    record = mini / "products/gio-xach-co-bang.yml"
    text = record.read_text(encoding="utf-8")
    record.write_text(text[: text.index("photos:")], encoding="utf-8")
    build(mini)
    after = {p.name for p in cache.iterdir()}
    assert len(after) == len(before) - 5 and after < before  # 2 widths x 2 formats + sizes file


def test_a_photo_too_tall_for_the_web_is_refused_by_check_and_build(mini: Path) -> None:
    """WebP holds at most 16,383 pixels a side: a strip 300 wide and 17,000 high is refused, not a crash."""
    Image.new("RGB", (300, 17000), (200, 120, 40)).save(mini / "products/photos/gio-xach-1.jpg")
    message = (
        "products/gio-xach-co-bang.yml:9:12: error: photos[0].file: 'photos/gio-xach-1.jpg': the photo is 300×17000"
        " pixels, too tall for the web: at 300 pixels wide it would be 17,000 high, and at most 16,383 are possible;"
        " crop it (hint: export the photo again as JPEG)"
    )
    checked = showroom(mini, "check")
    assert (checked.returncode, checked.stderr.splitlines()[0]) == (1, message)
    built = showroom(mini, "build")
    assert (built.returncode, built.stderr.splitlines()[0]) == (1, message)


def test_the_tallest_derivative_is_the_widest() -> None:
    from generator.media.geometry import tallest_derivative

    assert tallest_derivative(1000, 20000, [400, 800, 1600]) == (800, 16000)  # never wider than the photo
    assert tallest_derivative(300, 17000, [400, 800]) == (300, 17000)  # narrower than every width: its own
