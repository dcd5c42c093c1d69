"""Images stage: safe, small, cached photo derivatives made with Pillow.

Every photo is decoded in full (a header alone can lie), turned upright by
its EXIF orientation, converted to sRGB, flattened on white where it has
transparency and saved, without any metadata (GPS included), at several widths
in WebP and JPEG. Results are cached by content hash, so an unchanged photo is
never processed twice, and new photos are processed in parallel.
``showroom check`` refuses the same photos with the same lines (``check_images``).
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import stat
import warnings
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageCms, ImageOps

from ..incremental.stamps import Stamps
from ..output.files import link_folder, write_whole
from ..progress import progress
from ..records.diagnostics import Report
from ..records.model import Catalogue, Record
from .geometry import WEBP_MAX_SIDE, derivative_widths, exceeds_pixels, scaled_size, tallest_derivative

#: Refuse images that would decode to more than this many pixels (about 50 MP).
MAX_PIXELS = 50_000_000
#: Bump when the processing changes, so cached derivatives are made again.
PIPELINE_VERSION = "2"
#: A file over the size budget is saved again this much lower in quality, down to MIN_QUALITY.
QUALITY_STEP = 8
MIN_QUALITY = 40
MEDIA_DIR = "media"
FORMATS = (("webp", "WEBP"), ("jpg", "JPEG"))
_SRGB = ImageCms.createProfile("sRGB")


@dataclass(frozen=True)
class Photo:
    """A processed photo: its cache key and the sizes made of it."""

    key: str
    sizes: tuple[tuple[int, int], ...]  # (width, height), narrowest first

    def file(self, width: int, ext: str) -> str:
        """The published file name of one derivative."""
        return f"{MEDIA_DIR}/{self.key[:20]}-{width}.{ext}"


class ImageError(Exception):
    """A photo that cannot be used; the message says why."""


def _to_srgb(img: Image.Image) -> Image.Image:
    icc = img.info.get("icc_profile")
    if icc:
        try:
            src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            mode = "RGBA" if "A" in img.getbands() else "RGB"
            return ImageCms.profileToProfile(img, src, _SRGB, outputMode=mode)
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: fall back to Pillow's plain conversion
    return img


def _flatten(img: Image.Image) -> Image.Image:
    if img.mode == "P":
        img = img.convert("RGBA" if "transparency" in img.info else "RGB")
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "RGBa"):
        img = img.convert("RGBA")
        background = Image.new("RGB", img.size, (255, 255, 255))
        background.paste(img, mask=img.getchannel("A"))
        return background
    return img.convert("RGB")


def decode(data: bytes, max_width: int | None = None) -> Image.Image:
    """Decode photo bytes into an upright sRGB RGB image, or raise ImageError.

    With ``max_width``, a JPEG is decoded straight at the smallest 1/2, 1/4 or 1/8
    scale that still covers it (as libvips' shrink-on-load does): every byte is
    still decoded, so a damaged file fails, but phone photos decode several
    times faster.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            img = Image.open(io.BytesIO(data))
            if img.format not in ("JPEG", "PNG", "WEBP", "GIF", "TIFF", "MPO"):
                raise ImageError(f"{img.format} images are not accepted; use JPEG, PNG or WebP")
            if exceeds_pixels(img.width, img.height, MAX_PIXELS):
                raise ImageError(f"the image is {img.width}×{img.height} pixels; at most {MAX_PIXELS:,} are allowed")
            if max_width and img.format in ("JPEG", "MPO"):
                img.draft(img.mode, (max_width, max_width))
            img.load()  # full decode: a truncated file fails here, not later
        except ImageError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ImageError(f"the image is too large to decode safely ({exc})") from None
        except Image.UnidentifiedImageError:
            # Pillow's message names the in-memory file by its address, another on every run.
            raise ImageError("not a readable image (UnidentifiedImageError: cannot identify image file)") from None
        except (OSError, SyntaxError, ValueError) as exc:
            raise ImageError(f"not a readable image ({exc.__class__.__name__}: {exc})") from None
    img = ImageOps.exif_transpose(img)
    if img.mode == "CMYK" or img.info.get("icc_profile"):
        img = _to_srgb(img)
    return _flatten(img)


def encode(img: Image.Image, fmt: str, quality: int, max_bytes: int | None = None) -> bytes:
    """Save ``img`` as ``fmt``; over ``max_bytes``, save again at lower quality.

    Phones download the widest size on a high-density screen, so a very
    detailed photo would otherwise cost several times the page's budget.
    """
    while True:
        options = {"method": 4} if fmt == "WEBP" else {"optimize": True, "progressive": True}
        buffer = io.BytesIO()
        img.save(buffer, fmt, quality=quality, **options)
        if max_bytes is None or buffer.tell() <= max_bytes or quality <= MIN_QUALITY:
            return buffer.getvalue()
        quality = max(MIN_QUALITY, quality - QUALITY_STEP)


def decode_for(data: bytes, widths: list[int]) -> Image.Image:
    """``decode`` a photo whose derivatives are ``widths`` wide; raise ImageError when the
    tallest would pass WebP's limit (a strip 300 pixels wide and 17,000 high)."""
    img = decode(data, max(widths))
    width, height = tallest_derivative(img.width, img.height, widths)
    if height > WEBP_MAX_SIDE:
        raise ImageError(
            f"the photo is {img.width}×{img.height} pixels, too tall for the web: at {width} pixels wide "
            f"it would be {height:,} high, and at most {WEBP_MAX_SIDE:,} are possible; crop it"
        )
    return img


def make_derivatives(
    data: bytes, widths: list[int], quality: int, out: Path, key: str, max_bytes: int | None = None
) -> list[tuple[int, int]]:
    """Decode ``data`` and write every derivative into ``out``; return the sizes."""
    img = decode_for(data, widths)
    sizes = []
    for width in derivative_widths(img.width, widths):
        size = scaled_size(img.width, img.height, width)
        resized = img if size == img.size else img.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
        for ext, fmt in FORMATS:
            write_whole(out / f"{key}-{width}.{ext}", encode(resized, fmt, quality, max_bytes))
        sizes.append(size)
    return sizes


def _work(job: tuple[str, bytes, list[int], int, str, int]) -> tuple[str, list[tuple[int, int]] | str]:
    key, data, widths, quality, out, max_bytes = job
    try:
        sizes = make_derivatives(data, widths, quality, Path(out), key, max_bytes)
        write_whole(Path(out) / f"{key}.json", json.dumps(sizes).encode())
        return key, sizes
    except ImageError as exc:
        return key, str(exc)


@dataclass
class PhotoRef:
    """One photo field of one record."""

    record: Record
    field: str
    file: str


def photo_refs(catalogue: Catalogue) -> list[PhotoRef]:
    """Every photo referenced by a record, in a stable order."""
    refs = []
    for records in catalogue.records.values():
        for record in records.values():
            for i, photo in enumerate(record.get("photos", [])):
                refs.append(PhotoRef(record, f"photos[{i}].file", photo["file"]))
            if record.get("photo"):
                refs.append(PhotoRef(record, "photo.file", record.data["photo"]["file"]))
    return refs


def _source_path(ref: PhotoRef, root: str, report: Report, folders: dict[str, str]) -> str | None:
    """The real path of a photo inside the project folder, or None (reported).

    ``folders`` keeps the real paths of folders resolved in this run: every record
    keeps its photos in the same few folders, and resolving each photo's whole
    path cost 0.4 s at 20,000 products. One ``lstat`` then says whether the
    photo is there, is a link to resolve, or is not a file.
    """
    if "\x00" in ref.file:
        report.error(ref.record.mark(ref.field), ref.field, "the path contains a NUL character")
        return None
    path = os.path.join(os.path.dirname(ref.record.path), ref.file)
    try:
        folder, name = os.path.split(path)
        if folder not in folders:
            folders[folder] = os.path.realpath(folder, strict=True)
        resolved = os.path.join(folders[folder], name)
        mode = os.lstat(resolved).st_mode
        if name in ("", ".", "..") or stat.S_ISLNK(mode):
            resolved = os.path.realpath(path, strict=True)
            mode = os.stat(resolved).st_mode
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            return _not_found(ref, report)
        report.error(
            ref.record.mark(ref.field),
            ref.field,
            f"{ref.file!r} is a link that leads back to itself",
            "replace the link with the photo itself",
        )
        return None
    except (RuntimeError, ValueError):
        return _not_found(ref, report)
    if not resolved.startswith(root + os.sep):
        report.error(
            ref.record.mark(ref.field),
            ref.field,
            f"{ref.file!r} points outside the project folder",
            "copy the photo beside the record",
        )
        return None
    if not stat.S_ISREG(mode):
        report.error(ref.record.mark(ref.field), ref.field, f"{ref.file!r} is not a file")
        return None
    return resolved


def _not_found(ref: PhotoRef, report: Report) -> None:
    """Warn that a photo is not there: the page shows a placeholder."""
    report.warning(
        ref.record.mark(ref.field),
        ref.field,
        f"photo {ref.file!r} not found; a placeholder is shown",
        "check the file name",
    )


def _settings(catalogue: Catalogue) -> tuple[list[int], int, int, bytes]:
    """The widths, quality and byte budget of the derivatives, and the part of each photo's key they make."""
    config = catalogue.config["images"]
    widths, quality, max_bytes = config["widths"], config["quality"], config["max_kb"] * 1000
    return widths, quality, max_bytes, f"{PIPELINE_VERSION}:{widths}:{quality}:{max_bytes}:".encode()


def _cached_keys(cache: Path) -> set[str]:
    """The keys of the photos whose derivatives the cache holds."""
    if not cache.is_dir():
        return set()
    return {name[: -len(".json")] for name in os.listdir(cache) if name.endswith(".json")}


def _keyed_photos(
    catalogue: Catalogue, settings: bytes, cached: set[str], report: Report, stamps: Stamps
) -> tuple[list[tuple[PhotoRef, str]], dict[str, tuple[bytes, list[PhotoRef]]]]:
    """Every readable photo reference with its key, and the bytes of the photos not in ``cached``.

    Photos that are missing, outside the project or unreadable are reported and left out.
    """
    root = os.path.realpath(catalogue.root)
    todo: dict[str, tuple[bytes, list[PhotoRef]]] = {}
    keyed: list[tuple[PhotoRef, str]] = []
    keys: dict[str, str] = {}  # real path -> key: a photo shown by several records is read once
    folders: dict[str, str] = {}
    for ref in photo_refs(catalogue):
        path = _source_path(ref, root, report, folders)
        if path is None:
            continue
        if path not in keys:
            try:
                digest, data = stamps.read(path)
            except OSError as exc:
                report.error(ref.record.mark(ref.field), ref.field, f"cannot read {ref.file!r}: {exc.strerror}")
                continue
            keys[path] = hashlib.sha256(settings + digest.encode()).hexdigest()
            if keys[path] not in cached:
                if data is None:
                    digest, data = stamps.read_again(path)
                    keys[path] = hashlib.sha256(settings + digest.encode()).hexdigest()
                todo.setdefault(keys[path], (data, []))
        key = keys[path]
        keyed.append((ref, key))
        if key in todo:
            todo[key][1].append(ref)
    return keyed, todo


def _refuse(report: Report, ref: PhotoRef, message: str) -> None:
    """Report a photo that cannot be decoded, as both the build and ``showroom check`` do."""
    report.error(ref.record.mark(ref.field), ref.field, f"{ref.file!r}: {message}", "export the photo again as JPEG")


def process_images(
    catalogue: Catalogue, cache: Path, report: Report, jobs: int | None = None, stamps: Stamps | None = None
) -> dict[tuple[str, str], Photo]:
    """Make (or take from the cache) the derivatives of every photo.

    Returns ``(record rel path, file) -> Photo``; photos that are missing or
    unreadable are reported and left out, and pages show a placeholder. A
    photo's key is the digest of its bytes and the settings; ``stamps`` spares
    reading the photos that did not change since the last build.
    """
    widths, quality, max_bytes, settings = _settings(catalogue)
    cache.mkdir(parents=True, exist_ok=True)
    keyed, todo = _keyed_photos(catalogue, settings, _cached_keys(cache), report, stamps or Stamps(None))
    photos: dict[tuple[str, str], Photo] = {}
    results: dict[str, list[tuple[int, int]] | str] = {}
    if todo:
        work = [(key, data, widths, quality, str(cache), max_bytes) for key, (data, _) in sorted(todo.items())]
        workers = min(jobs or os.cpu_count() or 1, len(work))
        if workers > 1:
            with ProcessPoolExecutor(workers) as pool:
                for key, outcome in progress(pool.map(_work, work), len(work), "Photos"):
                    results[key] = outcome
        else:
            for key, outcome in progress(map(_work, work), len(work), "Photos"):
                results[key] = outcome
    for ref, key in keyed:
        if key not in results:
            results[key] = [tuple(s) for s in json.loads((cache / f"{key}.json").read_text())]
        outcome = results[key]
        if isinstance(outcome, str):
            _refuse(report, ref, outcome)
            continue
        photos[(ref.record.rel, ref.file)] = Photo(key, tuple(tuple(s) for s in outcome))
    if not report.errors:  # with errors some photos were not looked at: keep their cache
        prune(cache, {key for _, key in keyed})
    return photos


def _verify(job: tuple[str, bytes, list[int]]) -> tuple[str, str | None]:
    key, data, widths = job
    try:
        decode_for(data, widths)
    except ImageError as exc:
        return key, str(exc)
    return key, None


def check_images(
    catalogue: Catalogue, cache: Path, report: Report, jobs: int | None = None, stamps: Stamps | None = None
) -> None:
    """Report every photo the build would refuse, in the build's words, making no derivatives.

    For ``showroom check``. A photo is decoded as the build decodes it, unless
    ``cache`` (the build's) holds derivatives of the same bytes with the same
    settings: a build decoded it already, so a check after a build decodes
    only the photos added or changed since.
    """
    widths, _, _, settings = _settings(catalogue)
    keyed, todo = _keyed_photos(catalogue, settings, _cached_keys(cache), report, stamps or Stamps(None))
    work = [(key, data, widths) for key, (data, _) in sorted(todo.items())]
    workers = min(jobs or os.cpu_count() or 1, len(work))
    if workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            failed = dict(progress(pool.map(_verify, work), len(work), "Photos"))
    else:
        failed = dict(progress(map(_verify, work), len(work), "Photos"))
    for ref, key in keyed:
        if failed.get(key):
            _refuse(report, ref, failed[key])


def prune(cache: Path, keep: set[str]) -> int:
    """Delete cached files whose key is no longer used (a removed or changed photo)."""
    removed = 0
    with os.scandir(cache) as entries:  # names, not Paths: tens of thousands of cached files
        for entry in entries:
            key = entry.name.split("-", 1)[0].split(".", 1)[0]
            if key not in keep:
                os.unlink(entry.path)
                removed += 1
    return removed


def publish_images(photos: dict[tuple[str, str], Photo], cache: Path, site: Path) -> None:
    """Link the derivatives the pages use into the site's media folder, and only those.

    Names are content digests (see ``link_folder``).
    """
    sources = {
        photo.file(width, ext).rpartition("/")[2]: f"{cache}/{photo.key}-{width}.{ext}"
        for photo in set(photos.values())
        for width, _ in photo.sizes
        for ext, _fmt in FORMATS
    }
    link_folder(site / MEDIA_DIR, sources)
