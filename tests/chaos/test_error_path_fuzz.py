"""Property tests of the error path over seeded random input: from_reply, to_status,
upstream_message, retry_after and clean are total (any bytes, any headers, any status), keep
the token out, strip control characters, and stay within their bounds."""

from __future__ import annotations

import json
import random
import string

from google.rpc import error_details_pb2, status_pb2
from grpc import StatusCode

from gateway.errors import (
    DETAILS_BUDGET, MAX_UPSTREAM_DELAY, MAX_VIOLATIONS, MESSAGE_WIRE_BUDGET, GatewayError, R, UpstreamReply, clean,
    from_reply, retry_after, upstream_message,
)
from tests.chaos import stats

TOKEN = "tok-prop-5a5a5a"
ROUNDS = 3000


def _random_json(rnd: random.Random, depth: int = 0):
    r = rnd.random()
    if depth > 4 or r < 0.4:
        return rnd.choice([None, True, 0, -1, 10**30, 1.5e300, "", TOKEN, "\ud800", "\x00\x1b[31m", "é" * 50, "msg"])
    if r < 0.7:
        return [_random_json(rnd, depth + 1) for _ in range(rnd.randint(0, 4))]
    keys = ["error", "errors", "message", "detail", "description", "status", "msg", "field_name", "field", "details"]
    return {rnd.choice(keys): _random_json(rnd, depth + 1) for _ in range(rnd.randint(0, 5))}


def _random_body(rnd: random.Random) -> bytes:
    kind = rnd.randrange(5)
    if kind == 0:
        return rnd.randbytes(rnd.randint(0, 400))
    if kind == 1:
        return b"[" * rnd.choice([10, 1000, 60000])
    if kind == 2:
        return json.dumps(_random_json(rnd)).encode()
    if kind == 3:
        errors = [{"msg": TOKEN + "\x07" + "ü" * rnd.randint(0, 500), "field_name": TOKEN[: rnd.randint(0, 20)] + "f%d" % i}
                  for i in range(rnd.randint(0, 3000))]
        return json.dumps({"errors": errors}).encode()
    return ("".join(rnd.choice(string.printable + "é\u202e") for _ in range(rnd.randint(0, 2000))) + TOKEN).encode()


def _random_headers(rnd: random.Random) -> dict:
    values = ["9" * 20, "1" + "0" * 5000, "-1", "Fri, 31 Dec 9999 23:59:59 GMT", "²", "٣", "1.5", "", "0", "30",
              "Mon, 01 Jan 0001 00:00:00 GMT", "\x00", "Wed, 32 Foo 2024"]
    headers = {"retry-after": rnd.choice(values)}
    if rnd.random() < 0.5:
        headers["x-request-id"] = rnd.choice([TOKEN, "\x85\x9b" + TOKEN, "r" * 10000, "ok-1", "\ud800"])
    return headers


def test_the_error_path_is_total_and_bounded():
    rnd = random.Random(11)
    run = stats.Run("error_path_property")
    for _ in range(ROUNDS):
        status = rnd.randrange(0, 1000)
        reply = UpstreamReply(status, _random_body(rnd), _random_headers(rnd), "/v1/x/1", "/v1/x/{id}")
        err = from_reply(reply, secrets=(TOKEN,), now=1_700_000_000.0)
        packed = err.to_status(request_id=rnd.choice(["", "gw-1", "\x00" * 300]))
        raw = packed.SerializeToString()
        assert len(raw) <= DETAILS_BUDGET
        assert TOKEN.encode() not in raw and TOKEN not in err.message
        assert err.code != StatusCode.UNKNOWN and err.code != StatusCode.OK
        assert err.retry_after is None or 0 <= err.retry_after <= MAX_UPSTREAM_DELAY
        assert all(ord(c) >= 32 for c in err.message)
        wire = sum(1 if 32 <= b < 127 and b != 37 else 3 for b in err.message.encode())
        assert wire <= MESSAGE_WIRE_BUDGET  # grpc-message, percent-encoded
        restored = status_pb2.Status.FromString(raw)
        for holder in restored.details:
            if holder.Is(error_details_pb2.BadRequest.DESCRIPTOR):
                bad = error_details_pb2.BadRequest()
                holder.Unpack(bad)
                assert len(bad.field_violations) <= MAX_VIOLATIONS
        run.record(f"{status // 100}xx", err.code.name)
    run.finish(0.0)


def test_upstream_message_and_retry_after_are_total():
    rnd = random.Random(12)
    for _ in range(ROUNDS):
        text, violations = upstream_message(_random_body(rnd))
        assert isinstance(text, str) and len(text) <= 1000
        value = retry_after(_random_headers(rnd)["retry-after"], now=0.0)
        assert value is None or 0 <= value <= MAX_UPSTREAM_DELAY


def test_clean_never_lets_the_token_or_controls_through():
    rnd = random.Random(13)
    alphabet = [TOKEN, TOKEN[:5], TOKEN[5:], "\x00", "\x1b", "\x85", "\u202e", "\ud800", "a", "é", "%", " "]
    for _ in range(ROUNDS):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 20)))
        out = clean(text, rnd.randint(1, 100), (TOKEN,))
        assert TOKEN not in out
        assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F or c in "\u202e" or 0xD800 <= ord(c) <= 0xDFFF for c in out)
        out.encode("utf-8")


def test_to_status_of_any_gateway_error_is_total():
    """Errors raised anywhere (validation with thousands of violations, hostile metadata, an
    unknown reason number) still give a bounded status."""
    violations = [error_details_pb2.BadRequest.FieldViolation(field="f" * 5000 + str(i), description="d" * 5000)
                  for i in range(10_000)]
    err = GatewayError(StatusCode.INVALID_ARGUMENT, "m" * 10**6, 999, [error_details_pb2.BadRequest(field_violations=violations)],
                       metadata={"k\x00" * 100: "v" * 10**5}, retry_after=float("inf"))
    packed = err.to_status("rid")
    assert packed.ByteSize() <= DETAILS_BUDGET and packed.code == StatusCode.INVALID_ARGUMENT.value[0]
    assert err.retry_after == MAX_UPSTREAM_DELAY and len(err.message) <= 1000
    err = GatewayError(StatusCode.INTERNAL, "x", R.ERROR_REASON_GATEWAY_INTERNAL_ERROR, retry_after=float("nan"))
    assert err.retry_after is None
