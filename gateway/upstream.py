"""Everything about talking HTTP to the upstream REST API, nothing about gRPC.

One shared httpx client degrades badly with many requests in flight (its pool rescans every
queued request; ../shared/TOOLING.md measured under 1,000 req/s at 16 in flight). So calls go
through *lanes*: each lane is an httpx transport holding one keep-alive connection and serving
one request at a time, lanes are created on demand up to a bound and reused last-in-first-out
so the warmest connection serves next. Retries cover only transient failures, only where a
retry cannot repeat a side effect, and only inside the caller's deadline.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from dataclasses import dataclass
from typing import Any, Callable, Mapping

import httpx

from . import errors
from .netbackend import LaneTransport
from .routing.transcode import UpstreamCall

RETRYABLE_STATUS = frozenset({502, 503, 504})


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
        retry: RetryPolicy = RetryPolicy(),
        transport_factory: Callable[[], httpx.AsyncBaseTransport] | None = None,
        sleep: Callable[[float], Any] = asyncio.sleep,
        rand: Callable[[], float] = random.random,
    ):
        self.base = httpx.URL(base_url.rstrip("/"))
        self._max_lanes = max_lanes
        self._default_timeout = default_timeout
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
        """The upstream's answer; transport failures and timeouts raise GatewayError."""
        request = self._request(call, headers)
        attempt = 0
        while True:
            attempt += 1
            remaining = self._remaining(deadline)
            try:
                reply = await self._send(request, remaining)
            except httpx.TimeoutException:
                raise errors.from_transport("timeout", "the upstream did not answer within the deadline", route)
            except httpx.TransportError as exc:
                kind = "connect" if isinstance(exc, httpx.ConnectError) else "reset"
                # A refused connection never carried the request, so even a POST may go again.
                if (idempotent or kind == "connect") and self._may_retry(attempt, deadline):
                    await self._sleep(self._retry.backoff(attempt, self._rand))
                    continue
                raise errors.from_transport(kind, f"upstream connection failed ({type(exc).__name__})", route)
            reply.attempts = attempt
            if idempotent and reply.status in RETRYABLE_STATUS and self._may_retry(attempt, deadline):
                delay = self._retry.backoff(attempt, self._rand)
                hinted = errors.retry_after(reply.headers.get("retry-after"))
                if hinted is not None and (deadline is None or time.monotonic() + hinted < deadline):
                    delay = max(delay, min(hinted, self._retry.max_delay))
                await self._sleep(delay)
                continue
            return reply

    def _may_retry(self, attempt: int, deadline: float | None) -> bool:
        if attempt >= self._retry.max_attempts:
            return False
        return deadline is None or deadline - time.monotonic() > self._retry.base_delay

    def _remaining(self, deadline: float | None) -> float:
        if deadline is None:
            return self._default_timeout
        left = deadline - time.monotonic()
        if left <= 0:
            raise errors.from_transport("timeout", "the deadline passed before the upstream call", "")
        return left

    def _request(self, call: UpstreamCall, headers: Mapping[str, str]) -> httpx.Request:
        url = self.base.copy_with(raw_path=(self.base.raw_path.rstrip(b"/") + call.path.encode("ascii")))
        if call.query:
            url = url.copy_merge_params(call.query)
        content = None
        all_headers = dict(headers)
        if call.body is not None:
            content = json.dumps(call.body, separators=(",", ":")).encode()
            all_headers["content-type"] = "application/json"
        return httpx.Request(call.method, url, headers=all_headers, content=content)

    async def _send(self, request: httpx.Request, timeout: float) -> Reply:
        request.extensions = {"timeout": {"connect": timeout, "read": timeout, "write": timeout, "pool": timeout}}
        lane = await self._acquire()
        self.in_flight += 1
        try:
            response = await lane.handle_async_request(request)
            try:
                body = await response.aread()
            finally:
                await response.aclose()
        finally:
            self.in_flight -= 1
            await self._release(lane)
        return Reply(response.status_code, body, response.headers, 1)

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
