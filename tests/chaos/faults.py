"""The fault classes of the chaos run: each draws a scripted upstream answer from a seeded
random source and says which gRPC codes mean it. Every class corresponds to a class of bug the
outside chaos-and-fuzz run found (see tests/chaos/test_chaos_upstream.py)."""

from __future__ import annotations

import gzip
import json
import random
from dataclasses import dataclass
from typing import Callable

from grpc import StatusCode as C

from gateway.routing.codec import wire_name
from gateway.routing.rules import Route
from tests.chaos.hostile import Answer

MAX_BODY = 256 * 1024  # the chaos gateway's upstream_max_response_bytes
ERRORS_4XX = {C.INVALID_ARGUMENT, C.UNAUTHENTICATED, C.PERMISSION_DENIED, C.NOT_FOUND, C.FAILED_PRECONDITION,
              C.RESOURCE_EXHAUSTED}
FAILED = {C.INTERNAL, C.UNAVAILABLE, C.DEADLINE_EXCEEDED}


@dataclass(frozen=True)
class Fault:
    name: str
    answer: Answer
    codes: frozenset  # the gRPC codes that mean this answer
    success_possible: bool  # a 2xx answer: OK is a meaning


Maker = Callable[[random.Random, Route, str], Fault]


def _hostile_values(rnd: random.Random, token: str) -> str:
    """One JSON value text the codec may not be able to hold."""
    return rnd.choice([
        "1" + "0" * 30, "-1" + "0" * 25, "18446744073709551616", "9223372036854775808", "1e400", "-1e400",
        "NaN", "Infinity", '"\\ud800"', '"a\\udfffb"', '"9999999-01-01T00:00:00Z"', "1e300", "-62135596801",
        '"0000-00-00"', "[1, [2, {}]]", '{"x": []}', "true", '""', '"' + "é" * 3000 + '"', '"' + token + '"',
        "[" * 50 + "]" * 50, '"\\u0000\\u001b[31m"', "12.5", '"12"', "[]", "{}",
    ])


def _body_for(rnd: random.Random, route: Route, token: str) -> bytes:
    desc = route.response_cls.DESCRIPTOR
    if route.response_body:
        field = desc.fields_by_name[route.response_body]
        desc = field.message_type or desc
    names = [wire_name(f) for f in desc.fields] or ["x"]
    pairs = [f'"{rnd.choice(names)}": {_hostile_values(rnd, token)}' for _ in range(rnd.randint(1, 4))]
    return ("{" + ", ".join(pairs) + "}").encode("utf-8", "surrogatepass")


def ok(rnd, route, token) -> Fault:
    return Fault("ok", Answer(200, b"{}"), frozenset({C.OK}), True)


def odd_success(rnd, route, token) -> Fault:
    status = rnd.choice([201, 202, 203, 204, 206, 226, 299])
    body = b"" if status == 204 else rnd.choice([b"{}", b"", b"null"])
    return Fault("odd_2xx", Answer(status, body), frozenset({C.OK}), True)


def malformed_200(rnd, route, token) -> Fault:
    kind = rnd.randrange(8)
    if kind == 0:
        body = bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 300)))
    elif kind == 1:
        body = b"[" * 60000 + b"]" * 60000
    elif kind == 2:
        body = b'{"a":' * 30000 + b"1" + b"}" * 30000
    elif kind == 3:
        body = rnd.choice([b"[]", b"[{}]", b'"ok"', b"3", b"true", b'[{"id": 1}]'])
    elif kind == 4:
        body = b'{"id": 1, "name": "trunc'
    else:
        body = _body_for(rnd, route, token)
    return Fault("malformed_200", Answer(200, body), frozenset({C.OK, C.INTERNAL}), True)


def gzip_lie(rnd, route, token) -> Fault:
    plain = b'{"id": 1}'
    body = plain if rnd.random() < 0.7 else gzip.compress(plain)[:-4]
    headers = [("content-type", "application/json"), ("content-encoding", rnd.choice(["gzip", "deflate", "br"]))]
    return Fault("gzip_lie", Answer(200, body, headers), frozenset({C.INTERNAL}), True)


def client_error(rnd, route, token) -> Fault:
    status = rnd.randrange(400, 500)
    return Fault("status_4xx", Answer(status, _error_body(rnd, token)), frozenset(ERRORS_4XX), False)


def server_error(rnd, route, token) -> Fault:
    status = rnd.randrange(500, 600)
    return Fault("status_5xx", Answer(status, _error_body(rnd, token)), frozenset(FAILED), False)


def redirect(rnd, route, token) -> Fault:
    status = rnd.randrange(300, 400)
    headers = [("location", rnd.choice(["https://evil.example/steal", "/v1/other", "//x", "../../"])),
               ("content-type", "text/html")]
    # A 304 has no body by definition: the bytes sent anyway would be the next answer on the
    # connection, so that one is closed (the gateway must survive that too: see `reset`).
    answer = Answer(status, b"<a>moved</a>", headers, close=status == 304)
    return Fault("redirect_3xx", answer, frozenset({C.UNAVAILABLE}), False)


def interim(rnd, route, token) -> Fault:
    """1xx before a final answer (skipped, as HTTP says), or a status line HTTP has no place
    for (101 without an upgrade, 600-999, 000)."""
    if rnd.random() < 0.5:
        status = rnd.choice([100, 102, 103, 150, 199])
        return Fault("interim_1xx", Answer(200, b"{}", interim=f"HTTP/1.1 {status} Wait\r\n\r\n".encode()),
                     frozenset({C.OK}), True)
    status = rnd.choice([101, 600, 799, 999, 0, 42])
    raw = f"HTTP/1.1 {status:03d} Odd\r\ncontent-length: 2\r\n\r\n{{}}".encode()
    return Fault("odd_status", Answer(raw=raw), frozenset({C.INTERNAL, C.UNAVAILABLE, C.DEADLINE_EXCEEDED}), False)


def trickle(rnd, route, token) -> Fault:
    body = b'{"id": 1' + b" " * 200 + b"}"
    return Fault("trickle", Answer(200, body, trickle=0.02), frozenset({C.DEADLINE_EXCEEDED}), True)


def oversized(rnd, route, token) -> Fault:
    body = b'{"x": "' + b"a" * (MAX_BODY + 10) + b'"}'
    answer = Answer(200, body, chunked=rnd.random() < 0.5)
    return Fault("oversized", answer, frozenset({C.INTERNAL}), True)


def absurd_retry_after(rnd, route, token) -> Fault:
    status = rnd.choice([429, 503])
    value = rnd.choice(["9" * 20, "00000000000000000000000000007", "1" + "0" * 400, "Fri, 31 Dec 9999 23:59:59 GMT",
                        "Mon, 01 Jan 0001 00:00:00 GMT", "-1", "1e9", "٣", "²", "soon", "Wed, 99 Foo 2024 99:99:99"])
    headers = [("retry-after", value), ("content-type", "application/json")]
    codes = {C.RESOURCE_EXHAUSTED} if status == 429 else {C.UNAVAILABLE}
    return Fault("absurd_retry_after", Answer(status, b'{"message": "slow down"}', headers), frozenset(codes), False)


def many_violations(rnd, route, token) -> Fault:
    n = rnd.choice([50, 1000, 5000])
    errors = [{"msg": "ü" * rnd.randint(1, 400) + token, "field_name": f"f{i}" + "x" * rnd.randint(0, 300)}
              for i in range(n)]
    status = rnd.choice([400, 422])
    return Fault("violations", Answer(status, json.dumps({"errors": errors}).encode()),
                 frozenset({C.INVALID_ARGUMENT}), False)


def hostile_headers(rnd, route, token) -> Fault:
    rid = rnd.choice([token, "a\x85b\xa0c", "\xe2\x80\xae" + token, "r" * 8000, token + "\x80\x9b"])
    status = rnd.choice([404, 409, 429, 500, 503])
    headers = [("x-request-id", rid), ("content-type", "application/json")]
    body = json.dumps({"error": {"message": f"token {token} bad", "details": {"deep": [token]}}}).encode()
    return Fault("hostile_headers", Answer(status, body, headers), frozenset(ERRORS_4XX | FAILED), False)


def hostile_error_body(rnd, route, token) -> Fault:
    status = rnd.choice([400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504])
    body = rnd.choice([
        json.dumps({"errors": 5}).encode(), json.dumps({"errors": "x"}).encode(), b'{"error": ' * 30000,
        b"[" * 60000, json.dumps({"message": "\ud800" + token}).encode(), b'{"message": "\\ud800\\u0000"}',
        bytes(rnd.randrange(256) for _ in range(500)), json.dumps({"error": {"message": [1] * 1000}}).encode(),
        json.dumps([token] * 100).encode(), ("é" * 100000).encode(),
    ])
    return Fault("hostile_error_body", Answer(status, body), frozenset(ERRORS_4XX | FAILED), False)


def reset(rnd, route, token) -> Fault:
    raw = rnd.choice([b"", b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{\"a\"", bytes(rnd.randrange(256) for _ in range(64)),
                      b"HTTP/1.1 200 OK\r\n"])
    return Fault("reset", Answer(raw=raw), frozenset({C.UNAVAILABLE, C.INTERNAL, C.DEADLINE_EXCEEDED}), False)


FAULTS: list[tuple[Maker, int]] = [
    (ok, 10), (odd_success, 4), (malformed_200, 16), (gzip_lie, 4), (client_error, 10), (server_error, 8),
    (redirect, 8), (interim, 5), (trickle, 2), (oversized, 2), (absurd_retry_after, 6), (many_violations, 3),
    (hostile_headers, 6), (hostile_error_body, 8), (reset, 4),
]


def draw(rnd: random.Random, route: Route, token: str) -> Fault:
    makers, weights = zip(*FAULTS)
    return rnd.choices(makers, weights)[0](rnd, route, token)


def _error_body(rnd: random.Random, token: str) -> bytes:
    return rnd.choice([
        b"", b'{"message": "nope"}', b"<html><body>proxy</body></html>", json.dumps({"detail": token}).encode(),
        json.dumps({"errors": [{"msg": "bad", "field_name": "rank"}]}).encode(), b"Quota exceeded, upgrade",
        b'{"error": {"code": 1, "message": "m", "details": "d"}}', b"null",
    ])
