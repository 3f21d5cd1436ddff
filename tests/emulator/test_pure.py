"""Table tests of the emulator's pure functions: signing, image headers, limiter, media."""
from __future__ import annotations

import base64
import hashlib
import hmac
import struct

import pytest

from gateway import webhook_signing
from tailored_emulator import imageinfo, media, moderation
from tailored_emulator.clock import ManualClock, Scheduler
from tailored_emulator.ratelimit import RateLimiter, retry_after_header
from tailored_emulator.validation import parse_id


def _reference_signature(token: str, wid: str, ts: str, body: bytes) -> str:
    key = hmac.new(token.encode(), b"bria-webhook-signing-v1", hashlib.sha256).digest()
    mac = hmac.new(key, f"{wid}.{ts}.".encode() + body, hashlib.sha256).digest()
    return base64.b64encode(mac).decode()


@pytest.mark.parametrize("token,wid,ts,body", [
    ("tok", "req1", "1700000000", b'{"status":"COMPLETED"}'),
    ("another-token", "abc", "1", b""),
    ("t\u00e9", "x.y", "42", "{\"k\":\"\u00e9\"}".encode()),
])
def test_sign_matches_contract_formula(token, wid, ts, body):
    assert webhook_signing.sign(token, wid, ts, body) == "v1=" + _reference_signature(token, wid, ts, body)


@pytest.mark.parametrize("header,expected", [
    (None, True),  # filled with the valid signature below
    ("v1=AAAA", False),
    ("v0=whatever, {valid}", True),
    ("v1=AAAA,{valid}", True),
    ("", False),
])
def test_verify_accepts_any_matching_v1_token(header, expected):
    valid = webhook_signing.sign("tok", "id", "10", b"body")
    value = valid if header is None else header.replace("{valid}", valid)
    assert webhook_signing.verify("tok", "id", "10", b"body", value) is expected


def test_verify_rejects_wrong_token_body_and_stale_timestamp():
    header = webhook_signing.sign("tok", "id", "10", b"body")
    assert not webhook_signing.verify("other", "id", "10", b"body", header)
    assert not webhook_signing.verify("tok", "id", "10", b"body2", header)
    assert not webhook_signing.verify("tok", "id", "10", b"body", header, now=1000, tolerance_seconds=300)
    assert webhook_signing.verify("tok", "id", "10", b"body", header, now=100, tolerance_seconds=300)


def _jpeg(width: int, height: int) -> bytes:
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00" + b"\x00" * 9
    return b"\xff\xd8" + app0 + sof + b"\xff\xd9"


def _webp_vp8x(width: int, height: int) -> bytes:
    payload = b"\x00" * 4 + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    return b"RIFF" + struct.pack("<I", 4 + 8 + len(payload)) + b"WEBPVP8X" + struct.pack("<I", len(payload)) + payload


def _webp_vp8l(width: int, height: int) -> bytes:
    bits = (width - 1) | ((height - 1) << 14)
    return b"RIFF\x00\x00\x00\x00WEBPVP8L\x05\x00\x00\x00\x2f" + bits.to_bytes(4, "little")


@pytest.mark.parametrize("data,expected", [
    (media.png(300, 200), ("png", 300, 200)),
    (_jpeg(1920, 1080), ("jpeg", 1920, 1080)),
    (_webp_vp8x(2048, 1536), ("webp", 2048, 1536)),
    (_webp_vp8l(640, 480), ("webp", 640, 480)),
    (b"GIF89a\x10\x00\x20\x00", ("gif", 16, 32)),
])
def test_sniff_reads_format_and_size(data, expected):
    info = imageinfo.sniff(data)
    assert (info.format, info.width, info.height) == expected


@pytest.mark.parametrize("data", [b"", b"hello world", b"\x89PNG\r\n\x1a\n"])
def test_sniff_rejects_unknown_bytes(data):
    assert imageinfo.sniff(data) is None


def test_rate_limiter_allows_rpm_then_reports_wait():
    limiter = RateLimiter()
    key = ("org", "/v1/x")
    assert all(limiter.acquire(key, 10, 0.0) is None for _ in range(10))
    wait = limiter.acquire(key, 10, 0.0)
    assert wait == pytest.approx(6.0)
    assert retry_after_header(wait) == "6"
    assert limiter.acquire(key, 10, 6.0) is None
    assert limiter.acquire(("org", "/v1/other"), 10, 0.0) is None  # per endpoint


def test_mp4_is_a_well_formed_box_tree():
    data = media.mp4()
    boxes, pos = [], 0
    while pos < len(data):
        size, kind = struct.unpack(">I4s", data[pos:pos + 8])
        boxes.append(kind)
        pos += size
    assert pos == len(data) and boxes == [b"ftyp", b"moov", b"mdat"]
    mvhd = data.index(b"mvhd")
    scale, duration = struct.unpack(">II", data[mvhd + 16:mvhd + 24])
    assert duration / scale == 5


def test_png_has_valid_crc_chunks():
    import zlib
    data = media.png(4, 3, text="UNSAFE")
    pos, kinds = 8, []
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        payload = data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        assert crc == zlib.crc32(kind + payload) & 0xFFFFFFFF
        kinds.append(kind)
        pos += 12 + length
    assert kinds == [b"IHDR", b"tEXt", b"IDAT", b"IEND"]


@pytest.mark.parametrize("prompt,index,blocked", [
    ("a cat", 0, False), ("UNSAFE cat", 0, True), ("UNSAFE_SOME", 0, False),
    ("UNSAFE_SOME", 1, True), ("unsafe", 0, False), ("UNSAFE_OUTPUT", 3, True),
])
def test_v1_moderation_trigger(prompt, index, blocked):
    assert moderation.v1_blocked(prompt, index) is blocked


@pytest.mark.parametrize("texts,outcome", [
    (("a cat",), "COMPLETED"), (("FAIL_JOB",), "ERROR"), ((None, "x UNKNOWN_JOB"), "UNKNOWN"),
])
def test_job_outcome(texts, outcome):
    assert moderation.job_outcome(*texts) == outcome


@pytest.mark.parametrize("value,expected", [(7, 7), ("12", 12), ("model_123", 123), (True, None),
                                             ("abc", None), (None, None)])
def test_parse_id(value, expected):
    assert parse_id(value) == expected


def test_scheduler_runs_due_callbacks_on_manual_advance():
    clock = ManualClock(0)
    scheduler = Scheduler(clock)
    fired = []
    scheduler.at(5, lambda: fired.append("b"))
    scheduler.at(1, lambda: fired.append("a"))
    clock.advance(2)
    assert fired == ["a"]
    clock.advance(10)
    assert fired == ["a", "b"]
