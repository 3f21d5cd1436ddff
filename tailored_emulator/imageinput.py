"""Turn an image parameter (base64 or URL) into real header facts, without the internet.

URL rule (no fetching possible):
1. `.../files/<id>...` naming a file held by this emulator -> its real bytes.
2. host ending in `.invalid` -> download failure (422).
3. path ending .png/.jpg/.jpeg/.webp -> a synthetic image of that format, 1024x1024, or
   WxH when the file name contains `_<W>x<H>` (e.g. `cat_512x512.png`).
4. other image extensions (.gif, .bmp, .tiff, .svg, .heic) -> 415; anything else -> 422.
"""
from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .imageinfo import ImageInfo, sniff
from .moderation import input_flagged
from .store import StoredFile

MAX_IMAGE_BYTES = 12 * 1024 * 1024
_SIZE = re.compile(r"_(\d{1,5})x(\d{1,5})\.[a-z]+$", re.IGNORECASE)
_OK_EXT = {"png": "png", "jpg": "jpeg", "jpeg": "jpeg", "webp": "webp"}
_BAD_EXT = {"gif", "bmp", "tif", "tiff", "svg", "heic", "avif", "ico"}


class ImageProblem(Exception):
    """Why an image input is unusable, with the status code the API uses for it."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(status, message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class ResolvedImage:
    info: ImageInfo
    flagged: bool  # carries the moderation marker
    raw: bytes  # b"" for synthetic URL images
    source_url: str | None


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def resolve(value: str, files: dict[str, StoredFile], now: float,
            max_bytes: int = MAX_IMAGE_BYTES) -> ResolvedImage:
    if is_url(value):
        return _from_url(value, files, now, max_bytes)
    return _from_bytes(_decode(value), value[:0], max_bytes)


def _decode(value: str) -> bytes:
    if value.startswith("data:") and "," in value:
        value = value.split(",", 1)[1]
    try:
        return base64.b64decode("".join(value.split()), validate=True)
    except (binascii.Error, ValueError):
        raise ImageProblem(400, "Invalid base64 image data") from None


def _from_bytes(raw: bytes, source: str, max_bytes: int, url: str | None = None) -> ResolvedImage:
    if len(raw) > max_bytes:
        raise ImageProblem(413, f"Image exceeds the maximum size of {max_bytes // (1024 * 1024)} MB")
    info = sniff(raw)
    if info is None or not info.supported:
        raise ImageProblem(415, "Unsupported image format; use jpeg, jpg, png or webp")
    return ResolvedImage(info, input_flagged(raw, source), raw, url)


def _from_url(url: str, files: dict[str, StoredFile], now: float, max_bytes: int) -> ResolvedImage:
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) >= 2 and segments[0] == "files":
        stored = files.get(segments[1])
        if stored is None or stored.zero or now < stored.ready_at:
            raise ImageProblem(422, f"Failed to download image from {url}")
        return _from_bytes(stored.body(), url, max_bytes, url)
    host = (parts.hostname or "").lower()
    if not host or host.endswith(".invalid"):
        raise ImageProblem(422, f"Failed to download image from {url}")
    ext = parts.path.rsplit(".", 1)[-1].lower() if "." in parts.path else ""
    if ext in _BAD_EXT:
        raise ImageProblem(415, "Unsupported image format; use jpeg, jpg, png or webp")
    if ext not in _OK_EXT:
        raise ImageProblem(422, f"The URL does not point to a valid image: {url}")
    size = _SIZE.search(parts.path)
    width, height = (int(size.group(1)), int(size.group(2))) if size else (1024, 1024)
    return ResolvedImage(ImageInfo(_OK_EXT[ext], width, height), input_flagged(b"", url), b"", url)
