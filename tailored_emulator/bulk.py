"""Bulk-upload ZIPs: real archives (uploaded to the emulator) or a synthetic URL form.

Synthetic form for URLs not held by the emulator: `images-<N>` in the URL gives N valid
images (default 10), `bad-<M>` adds M unsupported files (415), `small-<K>` adds K images
below 1024x1024 (412); `TOO_LARGE` in the URL -> 413 at request time; a host ending in
`.invalid` -> the job ends `failed` (download error).
"""
from __future__ import annotations

import io
import re
import zipfile
from typing import Any
from urllib.parse import urlsplit

from .imageinfo import sniff
from .moderation import input_flagged
from .store import StoredFile

MAX_ZIP_IMAGES = 5000
_SKIP_PREFIXES = ("__MACOSX/", ".")


def _entry(filename: str, ok: bool, code: int = 0, message: str = "",
           caption: str | None = None) -> dict[str, Any]:
    return {"filename": filename, "ok": ok, "error_code": code, "error_message": message,
            "caption": caption}


def held_file(url: str, files: dict[str, StoredFile]) -> StoredFile | None:
    segments = [s for s in urlsplit(url).path.split("/") if s]
    return files.get(segments[1]) if len(segments) >= 2 and segments[0] == "files" else None


def plan(url: str, files: dict[str, StoredFile], needs_captions: bool,
         moderate: bool) -> tuple[bool, list[dict[str, Any]]]:
    """(readable, entries) — what processing the ZIP will report, decided up front."""
    stored = held_file(url, files)
    if stored is not None:
        return _real(stored.body(), needs_captions, moderate)
    if (urlsplit(url).hostname or "").endswith(".invalid"):
        return False, []
    return True, _synthetic(url, needs_captions)


def _count(url: str, label: str, default: int) -> int:
    match = re.search(rf"{label}-(\d+)", url)
    return int(match.group(1)) if match else default


def _synthetic(url: str, needs_captions: bool) -> list[dict[str, Any]]:
    good = min(_count(url, "images", 10), MAX_ZIP_IMAGES)
    entries = [_entry(f"image_{i:04d}.png", True, caption="synthetic caption" if needs_captions else None)
               for i in range(good)]
    entries += [_entry(f"bad_{i:04d}.gif", False, 415, "Unsupported image format")
                for i in range(_count(url, "bad", 0))]
    entries += [_entry(f"small_{i:04d}.png", False, 412, "Image resolution is below 1024x1024")
                for i in range(_count(url, "small", 0))]
    return entries


def _real(data: bytes, needs_captions: bool, moderate: bool) -> tuple[bool, list[dict[str, Any]]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return False, []
    with archive:
        names = [n for n in archive.namelist()
                 if not n.endswith("/") and not n.split("/")[-1].startswith(_SKIP_PREFIXES)
                 and not n.startswith("__MACOSX/")]
        texts = {n.rsplit(".", 1)[0]: archive.read(n).decode("utf-8", "replace").strip()
                 for n in names if n.lower().endswith(".txt")}
        return True, [_check(n, archive.read(n), texts, needs_captions, moderate)
                      for n in names if not n.lower().endswith(".txt")][:MAX_ZIP_IMAGES]


def _check(name: str, raw: bytes, texts: dict[str, str], needs_captions: bool,
           moderate: bool) -> dict[str, Any]:
    info = sniff(raw)
    if info is None or not info.supported:
        return _entry(name, False, 415, "Unsupported image format")
    if info.width < 1024 or info.height < 1024:
        return _entry(name, False, 412, f"Image resolution {info.width}x{info.height} is below 1024x1024")
    if moderate and input_flagged(raw, name):
        return _entry(name, False, 422, "Image did not pass content moderation")
    caption = texts.get(name.rsplit(".", 1)[0])
    if needs_captions and not caption:
        return _entry(name, False, 400, "Missing caption file")
    return _entry(name, True, caption=caption)
