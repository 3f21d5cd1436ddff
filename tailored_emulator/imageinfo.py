"""Read the format and pixel size of an image from its header bytes (PNG, JPEG, WEBP).

Only headers are parsed: enough to apply the API's format (415) and resolution (412) rules
without an imaging library.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass

SUPPORTED = frozenset({"png", "jpeg", "webp"})
_PNG_SIG = b"\x89PNG\r\n\x1a\n"
# JPEG start-of-frame markers carry the size; C4/C8/CC are other segment types.
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


@dataclass(frozen=True)
class ImageInfo:
    format: str
    width: int
    height: int

    @property
    def supported(self) -> bool:
        return self.format in SUPPORTED


def sniff(data: bytes) -> ImageInfo | None:
    """ImageInfo for recognised bytes (size 0x0 for known-but-unsupported formats), else None."""
    if data.startswith(_PNG_SIG):
        return _png(data)
    if data.startswith(b"\xff\xd8"):
        return _jpeg(data)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _webp(data)
    if data[:4] in (b"GIF8",):
        return ImageInfo("gif", *struct.unpack("<HH", data[6:10])) if len(data) >= 10 else None
    if data[:2] == b"BM" or data[:4] in (b"II*\x00", b"MM\x00*"):
        return ImageInfo("bmp" if data[:2] == b"BM" else "tiff", 0, 0)
    return None


def _png(data: bytes) -> ImageInfo | None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return ImageInfo("png", width, height)


def _jpeg(data: bytes) -> ImageInfo | None:
    pos = 2
    while pos + 9 < len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2:pos + 4])
        if marker in _SOF:
            height, width = struct.unpack(">HH", data[pos + 5:pos + 9])
            return ImageInfo("jpeg", width, height)
        pos += 2 + length
    return None


def _webp(data: bytes) -> ImageInfo | None:
    chunk = data[12:16]
    if chunk == b"VP8 " and len(data) >= 30:
        width, height = struct.unpack("<HH", data[26:30])
        return ImageInfo("webp", width & 0x3FFF, height & 0x3FFF)
    if chunk == b"VP8L" and len(data) >= 25:
        bits = int.from_bytes(data[21:25], "little")
        return ImageInfo("webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    if chunk == b"VP8X" and len(data) >= 30:
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return ImageInfo("webp", width, height)
    return None
