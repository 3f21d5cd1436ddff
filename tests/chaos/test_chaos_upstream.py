"""The chaos run: thousands of RPCs across every route of the contract, through a real gateway
on port 0, against a hostile upstream that answers each call with a fault drawn from a seeded
random source (tests/chaos/faults.py): every status 100-999 including redirects with Location,
bodies of random bytes, nesting 60,000 deep, numbers and timestamps out of range, lone
surrogates, lying content-encodings, trickled and oversized bodies, absurd Retry-After values,
thousands of field violations, hostile x-request-id headers, echoed tokens, resets.

For every call: never UNKNOWN; INTERNAL only with the upstream-internal or malformed reason;
never OK for a non-2xx answer; every upstream path inside the route's template; the caller's
token nowhere in the status; trailers within what default clients accept; RetryInfo within an
hour; and the call over within its bound (its deadline, or the upstream timeout)."""

from __future__ import annotations

import asyncio
import random
import time

import grpc
import pytest
from google.rpc import error_details_pb2, status_pb2

from gateway.errors import DETAILS_BUDGET, MAX_UPSTREAM_DELAY, MAX_VIOLATIONS
from gateway.validation import RequestValidator
from tests.chaos import faults, stats
from tests.chaos.conftest import UPSTREAM_TIMEOUT
from tests.chaos.hostile import Answer, Seen
from tests.chaos.requests import valid_request

SEED = 20240611
CALLS = 2400
CONCURRENCY = 48
SLACK = 1.0  # seconds of scheduling noise allowed past a call's bound (two shared cores)
INTERNAL_REASONS = {"UPSTREAM_INTERNAL_ERROR", "UPSTREAM_MALFORMED_RESPONSE"}
TOKEN_PREFIX = "tok-chaos-"


def _status(err: grpc.aio.AioRpcError) -> tuple[status_pb2.Status | None, bytes]:
    raw = b""
    for key, value in err.trailing_metadata() or ():
        if key == "grpc-status-details-bin":
            raw = value
    return (status_pb2.Status.FromString(raw) if raw else None), raw


def _unpacked(status: status_pb2.Status) -> dict[str, object]:
    out = {}
    for holder in status.details:
        name = holder.TypeName().rsplit(".", 1)[-1]
        msg = getattr(error_details_pb2, name)()
        holder.Unpack(msg)
        out[name] = msg
    return out


def check_error(err: grpc.aio.AioRpcError, token: str) -> list[str]:
    """The invariants of any error status; a list of what broke."""
    problems = []
    code = err.code()
    if code == grpc.StatusCode.UNKNOWN:
        problems.append(f"UNKNOWN: {err.details()!r}")
    status, raw = _status(err)
    trailers = err.trailing_metadata() or ()
    size = sum(len(k) + len(v) for k, v in trailers)
    if size > 6 * 1024:
        problems.append(f"trailers of {size} bytes")
    if status is None:
        if code not in (grpc.StatusCode.DEADLINE_EXCEEDED, grpc.StatusCode.CANCELLED):
            problems.append(f"{code.name} without google.rpc.Status: {err.details()!r}")
        return problems
    if len(raw) > DETAILS_BUDGET:
        problems.append(f"grpc-status-details-bin of {len(raw)} bytes")
    found = _unpacked(status)
    info = found.get("ErrorInfo")
    if code == grpc.StatusCode.INTERNAL and (info is None or info.reason not in INTERNAL_REASONS):
        problems.append(f"INTERNAL with reason {getattr(info, 'reason', None)}: {err.details()!r}")
    everything = [raw, (err.details() or "").encode()] + [v if isinstance(v, bytes) else v.encode() for _, v in trailers]
    if any(token.encode() in blob for blob in everything):
        problems.append("the token left in the status")
    for name, msg in found.items():
        text = str(msg)
        if any(ord(c) < 32 and c not in "\n" or 0x7F <= ord(c) <= 0x9F for c in text.replace("\\n", "")):
            problems.append(f"control characters in {name}")
    bad = found.get("BadRequest")
    if bad is not None and len(bad.field_violations) > MAX_VIOLATIONS:
        problems.append(f"{len(bad.field_violations)} field violations listed")
    retry = found.get("RetryInfo")
    if retry is not None and retry.retry_delay.ToTimedelta().total_seconds() > MAX_UPSTREAM_DELAY:
        problems.append(f"RetryInfo of {retry.retry_delay.seconds} s")
    return problems


def routes_and_requests(gateway) -> list:
    validator = RequestValidator()
    out = []
    for route in sorted(gateway.routes.values(), key=lambda r: r.full_method):
        request = valid_request(route.request_cls, validator)
        assert request is not None, f"no valid request for {route.full_method}"
        out.append((route, request))
    return out


async def test_chaos_upstream(hostile, chaos_gateway, chaos_channel):
    rnd = random.Random(SEED)
    cases = routes_and_requests(chaos_gateway)
    planned: dict[str, tuple] = {}  # x-request-id -> (route, fault, token)

    def script(seen: Seen) -> Answer:
        entry = planned.get(seen.headers.get("x-request-id", ""))
        return entry[1].answer if entry else Answer(500, b"unplanned")

    hostile.script = script
    run = stats.Run("chaos_upstream")
    problems: list[str] = []
    queue: asyncio.Queue = asyncio.Queue()
    for i in range(CALLS):
        route, request = cases[i % len(cases)] if i < len(cases) else rnd.choice(cases)
        token = TOKEN_PREFIX + "%08x" % rnd.getrandbits(32)
        fault = faults.draw(rnd, route, token)
        timeout = rnd.choice([None, None, 0.4, 0.8, 1.5, 3.0])
        planned[f"chaos-{i}"] = (route, fault, token)
        queue.put_nowait((i, route, request, fault, token, timeout))

    async def one(i, route, request, fault, token, timeout):
        call = chaos_channel.unary_unary(
            route.full_method, request_serializer=lambda m: m.SerializeToString(), response_deserializer=None
        )
        bound = (timeout if timeout is not None else UPSTREAM_TIMEOUT) + SLACK
        started = time.monotonic()
        try:
            await call(request, metadata=(("api_token", token), ("x-request-id", f"chaos-{i}")), timeout=timeout)
            code, found = grpc.StatusCode.OK, []
            if not fault.success_possible:
                found.append(f"OK for a non-2xx answer ({fault.name})")
        except grpc.aio.AioRpcError as err:
            code, found = err.code(), check_error(err, token)
            if code not in fault.codes and code != grpc.StatusCode.DEADLINE_EXCEEDED:
                found.append(f"{code.name} does not mean {fault.name} (allowed {sorted(c.name for c in fault.codes)})"
                             f": {err.details()!r}")
        elapsed = time.monotonic() - started
        if elapsed > bound:
            found.append(f"took {elapsed:.2f} s, bound {bound:.2f} s")
        run.record(fault.name, code.name, elapsed)
        problems.extend(f"{route.method} {fault.name}: {p}" for p in found)

    async def worker():
        while not queue.empty():
            await one(*queue.get_nowait())

    started = time.monotonic()
    await asyncio.wait_for(asyncio.gather(*(worker() for _ in range(CONCURRENCY))), timeout=90)
    run.finish(time.monotonic() - started, len(hostile.seen))

    outside = []
    for seen in hostile.seen:
        if seen.target == "/" and "x-request-id" not in seen.headers:
            continue  # the gateway's readiness probe (no token, no call)
        entry = planned.get(seen.headers.get("x-request-id", ""))
        if entry is None or not entry[0].template.pattern().match(seen.path) or "/./" in seen.path + "/" \
                or "/../" in seen.path + "/":
            outside.append(seen.target)
        if "api_token" not in seen.headers:
            outside.append(f"no token on {seen.target}")
    assert not outside, outside[:10]
    assert len({r.full_method for r, _, _ in planned.values()}) == len(cases)  # every route driven
    assert not problems, f"{len(problems)} problems, e.g. " + "\n".join(problems[:25])


@pytest.mark.parametrize("deadline", [None, 2.0])
async def test_retry_after_beyond_the_deadline_gives_up_at_once(hostile, chaos_channel, deadline):
    """An idempotent GET answered 503 with a Retry-After longer than the time left is not
    retried at once: the caller gets UNAVAILABLE with RetryInfo after one upstream request."""
    hostile.script = lambda seen: Answer(503, b'{"message": "maintenance"}', [("retry-after", "30")])
    from bria.tailored.v1 import projects_pb2 as pp
    from bria.tailored.v1 import projects_pb2_grpc as pg

    started = time.monotonic()
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await pg.ProjectServiceStub(chaos_channel).ListProjects(
            pp.ListProjectsRequest(), metadata=(("api_token", TOKEN_PREFIX + "x"),), timeout=deadline
        )
    assert time.monotonic() - started < 0.5
    assert caught.value.code() == grpc.StatusCode.UNAVAILABLE
    found = _unpacked(_status(caught.value)[0])
    assert found["RetryInfo"].retry_delay.seconds == 30
    assert len(_calls(hostile)) == 1


async def test_a_trickling_upstream_is_bounded_without_a_caller_deadline(hostile, chaos_channel):
    """Each byte arrives well within the read timeout, the whole answer never within the
    upstream timeout: the call ends at the upstream timeout, DEADLINE_EXCEEDED."""
    hostile.script = lambda seen: Answer(200, b"{" + b" " * 400 + b"}", trickle=0.01)
    from bria.tailored.v1 import projects_pb2 as pp
    from bria.tailored.v1 import projects_pb2_grpc as pg

    started = time.monotonic()
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await pg.ProjectServiceStub(chaos_channel).ListProjects(
            pp.ListProjectsRequest(), metadata=(("api_token", TOKEN_PREFIX + "x"),)
        )
    elapsed = time.monotonic() - started
    assert caught.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    assert UPSTREAM_TIMEOUT - 0.1 <= elapsed < UPSTREAM_TIMEOUT + SLACK


async def test_an_absurd_retry_after_cannot_poison_the_cool_down(hostile, chaos_channel):
    """A 429 with a 20-digit Retry-After cools the organisation's calls down for at most an
    hour: the next call is refused locally with RetryInfo of at most MAX_UPSTREAM_DELAY."""
    hostile.script = lambda seen: Answer(429, b"{}", [("retry-after", "9" * 20)])
    from bria.tailored.v1 import projects_pb2 as pp
    from bria.tailored.v1 import projects_pb2_grpc as pg

    stub = pg.ProjectServiceStub(chaos_channel)
    metadata = (("api_token", TOKEN_PREFIX + "cool"),)
    delays = []
    for _ in range(2):
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await stub.ListProjects(pp.ListProjectsRequest(), metadata=metadata)
        assert caught.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        found = _unpacked(_status(caught.value)[0])
        delays.append((found["ErrorInfo"].reason, found["RetryInfo"].retry_delay.ToTimedelta().total_seconds()))
    assert delays[0] == ("UPSTREAM_RATE_LIMITED", MAX_UPSTREAM_DELAY)
    assert delays[1][0] == "QUOTA_EXCEEDED" and 0 < delays[1][1] <= MAX_UPSTREAM_DELAY
    assert len(_calls(hostile)) == 1


def _calls(hostile) -> list[Seen]:
    return [seen for seen in hostile.seen if seen.target != "/"]
