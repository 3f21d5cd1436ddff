"""Everything about talking HTTP to the upstream REST API, nothing about gRPC.

One shared httpx client degrades badly with many requests in flight (its pool rescans every
queued request; docs/engineering-notes.md#upstream-http-client-throughput measured under 1,000 req/s at 16 in flight). So calls go
through *lanes*: each lane is an httpx transport holding one keep-alive connection and serving
one request at a time, lanes are created on demand up to a bound and reused last-in-first-out
so the warmest connection serves next. Retries cover only transient failures, only where a
retry cannot repeat a side effect, and only inside the caller's deadline.

Bounds: one deadline covers the whole call — connecting, sending, every byte received, every
attempt and every pause between them — (the caller's deadline, else `default_timeout`), so a
trickling upstream cannot hold a call past it; and no body is read beyond `max_response_bytes`
(an error body beyond errors.ERROR_BODY_LIMIT is cut, since only its message matters).
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from dataclasses import dataclass
from typing import Any, Callable, Mapping

import httpx
from grpc import StatusCode

from . import errors
from .netbackend import LaneTransport
from .routing.transcode import UpstreamCall

RETRYABLE_STATUS = frozenset({502, 503, 504})
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024


class _TooLarge(Exception):
    pass


class _Undecodable(Exception):
    pass


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 3
    base_delay: float = 0.05
    max_delay: float = 1.0

    def backoff(self, attempt: int, rand: Callable[[], float]) -> float:
        """Full-jitter exponential backoff before retry number `attempt` (1-based)."""
        return rand() * min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))


@dataclass
class Reply:
    status: int
    body: bytes
    headers: httpx.Headers
    attempts: int

    def json(self) -> Any:
        return json.loads(self.body) if self.body.strip() else None


class Upstream:
    """Sends UpstreamCalls to one base URL that serves both /v1 and /v2."""

    def __init__(
        self,
        base_url: str,
        *,
        max_lanes: int = 64,
        default_timeout: float = 120.0,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        retry: RetryPolicy = RetryPolicy(),
        transport_factory: Callable[[], httpx.AsyncBaseTransport] | None = None,
        sleep: Callable[[float], Any] = asyncio.sleep,
        rand: Callable[[], float] = random.random,
    ):
        self.base = httpx.URL(base_url.rstrip("/"))
        self._max_lanes = max_lanes
        self._default_timeout = default_timeout
        self._max_body = max_response_bytes
        self._retry = retry
        self._factory = transport_factory or _lane_factory()
        self._idle: list[httpx.AsyncBaseTransport] = []
        self._all: list[httpx.AsyncBaseTransport] = []
        self._freed = asyncio.Condition()
        self._sleep = sleep
        self._rand = rand
        self.in_flight = 0  # requests on the wire now (a cancelled RPC leaves at once)

    async def aclose(self) -> None:
        for lane in self._all:
            await lane.aclose()
        self._all.clear()
        self._idle.clear()

    async def call(
        self, call: UpstreamCall, headers: Mapping[str, str], *, deadline: float | None, idempotent: bool, route: str
    ) -> Reply:
        """The upstream's answer (any status; a 2xx body complete and within the size bound);
        transport failures, the deadline and unreadable or oversized 2xx bodies raise
        GatewayError. Never takes longer than the deadline (or `default_timeout` without one)."""
        request = self._request(call, headers, route)
        end = deadline if deadline is not None else time.monotonic() + self._default_timeout
        left = end - time.monotonic()
        if left <= 0:
            raise errors.from_transport("timeout", "the deadline passed before the upstream call", route)
        try:
            async with asyncio.timeout(left):
                return await self._attempts(request, end, idempotent, route)
        except TimeoutError:
            raise errors.from_transport("timeout", "the upstream did not answer within the deadline", route) from None

    async def _attempts(self, request: httpx.Request, end: float, idempotent: bool, route: str) -> Reply:
        attempt = 0
        while True:
            attempt += 1
            remaining = end - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            try:
                reply = await self._send(request, remaining)
            except httpx.TimeoutException:
                raise errors.from_transport("timeout", "the upstream did not answer within the deadline", route)
            except httpx.TransportError as exc:
                kind = "connect" if isinstance(exc, httpx.ConnectError) else "reset"
                # A refused connection never carried the request, so even a POST may go again.
                if (idempotent or kind == "connect") and self._may_retry(attempt, end):
                    await self._sleep(self._retry.backoff(attempt, self._rand))
                    continue
                raise errors.from_transport(kind, f"upstream connection failed ({type(exc).__name__})", route)
            except _TooLarge:
                raise errors.from_transport(
                    "malformed", f"the upstream's response is larger than the gateway reads ({self._max_body} bytes)", route
                )
            except _Undecodable:
                raise errors.from_transport(
                    "malformed", "the upstream's response body does not match its content-encoding", route
                )
            reply.attempts = attempt
            if idempotent and reply.status in RETRYABLE_STATUS and self._may_retry(attempt, end):
                hinted = errors.retry_after(reply.headers.get("retry-after"))
                if hinted is not None and (hinted > self._retry.max_delay or hinted >= end - time.monotonic()):
                    # The upstream asks for a longer pause than a retry may take or the deadline
                    # leaves: give up now; RetryInfo tells the caller when to come back.
                    return reply
                await self._sleep(max(self._retry.backoff(attempt, self._rand), hinted or 0.0))
                continue
            return reply

    def _may_retry(self, attempt: int, end: float) -> bool:
        if attempt >= self._retry.max_attempts:
            return False
        return end - time.monotonic() > self._retry.base_delay

    def _request(self, call: UpstreamCall, headers: Mapping[str, str], route: str) -> httpx.Request:
        url = self.base.copy_with(raw_path=(self.base.raw_path.rstrip(b"/") + call.path.encode("ascii")))
        if call.query:
            url = url.copy_merge_params(call.query)
        content = None
        all_headers = dict(headers)
        if call.body is not None:
            try:  # last line: JSON has no NaN or Infinity (validation refuses them before this)
                content = json.dumps(call.body, separators=(",", ":"), allow_nan=False).encode()
            except ValueError:
                raise errors.GatewayError(
                    StatusCode.INVALID_ARGUMENT,
                    "the request holds a number JSON cannot carry (NaN or Infinity)",
                    errors.R.ERROR_REASON_REQUEST_INVALID,
                    metadata={"route": route},
                ) from None
            all_headers["content-type"] = "application/json"
        return httpx.Request(call.method, url, headers=all_headers, content=content)

    async def _send(self, request: httpx.Request, timeout: float) -> Reply:
        request.extensions = {"timeout": {"connect": timeout, "read": timeout, "write": timeout, "pool": timeout}}
        lane = await self._acquire()
        self.in_flight += 1
        try:
            response = await lane.handle_async_request(request)
            try:
                body = await self._read(response)
            finally:
                await response.aclose()
        finally:
            self.in_flight -= 1
            await self._release(lane)
        return Reply(response.status_code, body, response.headers, 1)

    async def _read(self, response: httpx.Response) -> bytes:
        """The decoded body, streamed: a 2xx body beyond the bound raises _TooLarge (checked
        on the declared length first, then on the bytes as they arrive, after decoding, so a
        compressed bomb is caught too); an error body is cut at ERROR_BODY_LIMIT."""
        success = 200 <= response.status_code < 300
        limit = self._max_body if success else min(self._max_body, errors.ERROR_BODY_LIMIT)
        declared = response.headers.get("content-length", "")
        if success and declared.isdigit() and len(declared) < 20 and int(declared) > limit:
            raise _TooLarge
        chunks: list[bytes] = []
        size = 0
        try:
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > limit:
                    if success:
                        raise _TooLarge
                    chunks.append(chunk[: len(chunk) - (size - limit)])
                    break
                chunks.append(chunk)
        except httpx.DecodingError:
            if success:
                raise _Undecodable from None
            return b"".join(chunks)  # an error's status still means what it means
        return b"".join(chunks)

    async def _acquire(self) -> httpx.AsyncBaseTransport:
        if self._idle:
            return self._idle.pop()
        if len(self._all) < self._max_lanes:
            lane = self._factory()
            self._all.append(lane)
            return lane
        async with self._freed:
            await self._freed.wait_for(lambda: bool(self._idle))
            return self._idle.pop()

    async def _release(self, lane: httpx.AsyncBaseTransport) -> None:
        self._idle.append(lane)
        if len(self._all) >= self._max_lanes:
            async with self._freed:
                self._freed.notify()


def _lane_factory() -> Callable[[], httpx.AsyncBaseTransport]:
    """Lanes share one TLS context: building one loads the CA bundle (tens of ms)."""
    context = httpx.create_ssl_context()
    return lambda: LaneTransport(context)
