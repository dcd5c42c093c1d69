"""Photo throughput: Showroom's Pillow pipeline beside libvips' vipsthumbnail.

Makes phone-size JPEGs (4032×3024) with a script, then in one run measures
the whole derivative set (every configured width, WebP and JPEG) made by
Showroom with a cold cache, again with a warm cache, and by vipsthumbnail
with the same widths, formats, quality and parallelism; prints megapixels per
second and the ratio. Also times the images stage of a warm rebuild of the
sample catalogue. Run with ``make bench``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.media.photos import process_images  # noqa: E402
from generator.records.diagnostics import Report  # noqa: E402
from generator.records.model import Catalogue, Record  # noqa: E402

COUNT = int(os.environ.get("BENCH_PHOTOS", "16"))
SIZE = (4032, 3024)
WIDTHS = [320, 640, 960]
QUALITY = 78


def make_photo(path: Path, seed: int) -> None:
    """A phone-like photo: soft gradients, shapes and fine texture (not flat colour)."""
    img = Image.effect_noise(SIZE, 40 + seed % 20).convert("RGB")
    base = Image.linear_gradient("L").resize(SIZE).convert("RGB")
    img = Image.blend(img, base, 0.6)
    draw = ImageDraw.Draw(img)
    for i in range(12):
        x, y = (seed * 977 + i * 331) % SIZE[0], (seed * 613 + i * 211) % SIZE[1]
        draw.ellipse((x, y, x + 900, y + 700), fill=((seed * 40 + i * 20) % 255, 120, (i * 30) % 255))
    img.filter(ImageFilter.GaussianBlur(2)).save(path, "JPEG", quality=90)


def catalogue_for(folder: Path, names: list[str]) -> Catalogue:
    """A minimal catalogue whose records point at the benchmark photos."""
    records = {
        f"p{i}": Record(
            "products",
            f"p{i}",
            f"products/p{i}.yml",
            folder / f"p{i}.yml",
            {"photos": [{"file": name, "alt": {"vi": "x"}}]},
        )
        for i, name in enumerate(names)
    }
    config = {"images": {"widths": WIDTHS, "quality": QUALITY, "max_kb": 120}, "languages": ["vi"]}
    return Catalogue(folder, config, {"products": records}, [])


def vips(photos: list[Path], out: Path, jobs: int) -> float:
    """Time vipsthumbnail making the same widths in WebP and JPEG, stripped."""
    commands = []
    for photo in photos:
        for width in WIDTHS:
            for ext in ("webp", "jpg"):
                target = out / f"{photo.stem}-{width}.{ext}"
                commands.append(
                    ["vipsthumbnail", str(photo), "--size", f"{width}x", "-o", f"{target}[Q={QUALITY},strip]"]
                )
    start = time.perf_counter()
    with ThreadPoolExecutor(jobs) as pool:
        results = list(pool.map(lambda c: subprocess.run(c, capture_output=True), commands))
    elapsed = time.perf_counter() - start
    failed = [r for r in results if r.returncode]
    if failed:
        raise SystemExit(f"vipsthumbnail failed: {failed[0].stderr.decode()}")
    return elapsed


def main() -> None:
    """Run the benchmark and print one table."""
    if not shutil.which("vipsthumbnail"):
        raise SystemExit("vipsthumbnail is missing: apt-get install libvips-tools (make bench does)")
    jobs = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        names = []
        for i in range(COUNT):
            make_photo(folder / f"photo{i}.jpg", i)
            names.append(f"photo{i}.jpg")
        megapixels = COUNT * SIZE[0] * SIZE[1] / 1e6
        catalogue = catalogue_for(folder, names)
        cache = folder / "cache"
        start = time.perf_counter()
        process_images(catalogue, cache, Report(folder), jobs)
        cold = time.perf_counter() - start
        start = time.perf_counter()
        process_images(catalogue, cache, Report(folder), jobs)
        warm = time.perf_counter() - start
        out = folder / "vips"
        out.mkdir()
        vips_time = vips([folder / n for n in names], out, jobs)
    sample = warm_sample()
    print(
        f"Photos: {COUNT} JPEGs of {SIZE[0]}x{SIZE[1]} ({megapixels:.0f} MP), widths {WIDTHS}, WebP + JPEG, {jobs} workers"
    )
    print(f"{'':28}{'seconds':>10}{'MP/s':>10}")
    print(f"{'Showroom, cold cache':28}{cold:10.2f}{megapixels / cold:10.1f}")
    print(f"{'Showroom, warm cache':28}{warm:10.3f}{megapixels / warm:10.0f}")
    print(f"{'vipsthumbnail':28}{vips_time:10.2f}{megapixels / vips_time:10.1f}")
    print(f"Ratio Showroom cold / vipsthumbnail: {cold / vips_time:.2f}x (target: at most 1.5x)")
    print(f"Sample catalogue, images stage of a warm rebuild: {sample:.3f} s (target: under 1 s)")


def warm_sample() -> float:
    """Seconds the images stage takes on the sample catalogue with its cache warm."""
    from generator.build import check

    catalogue, report = check(ROOT)
    cache = ROOT / ".showroom-cache" / "images"
    process_images(catalogue, cache, report)  # make sure the cache is warm
    start = time.perf_counter()
    process_images(catalogue, cache, report)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
