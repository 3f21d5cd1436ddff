"""Everything about talking HTTP to the upstream REST API, nothing about gRPC.

The API is httpx's (requests, responses, streams and errors are httpx objects, and tests plug in
any `httpx.AsyncBaseTransport`); the engine under it is aiohttp, through httpx-aiohttp's
`AiohttpTransport`: ONE transport on one connection pool serves every call and the health
probe. httpx's own pool collapses with many requests in flight, and aiohttp costs a fraction
of its CPU per call (docs/engineering-notes.md#upstream-http-client-throughput). The pool
holds at most `max_connections` connections, so at most that many requests are in flight;
more wait for a free connection. Proxies come from the environment (`HTTP_PROXY`,
`HTTPS_PROXY`, `ALL_PROXY`, `NO_PROXY`), read once for the base URL, so calls and probe agree.

Failures keep their meaning whatever the engine: `connect` (no connection: the request never
left, so even a POST may be retried), `reset` (the connection failed after the request went
out, or the answer was not HTTP: only idempotent calls retry) and `timeout`. httpx-aiohttp
maps every aiohttp connection error to `httpx.ConnectTimeout`, so `failure_kind` reads the
engine's own exception (the mapped error's `__cause__`) first. Retries cover only transient
failures, only where a retry cannot repeat a side effect, and only inside the caller's
deadline. (aiohttp itself re-sends an idempotent request once, at once, when the connection
drops before any answer, as RFC 9112 section 9.3.1 allows; the gateway counts that as one attempt.)

Bounds: one deadline covers the whole call — connecting, sending, every byte received, every
attempt and every pause between them — (the caller's deadline, else `default_timeout`), so a
trickling upstream cannot hold a call past it; and no body is read beyond `max_response_bytes`
(an error body beyond errors.ERROR_BODY_LIMIT is cut, since only its message matters).

Traces: each attempt is a CLIENT span of its own (`GET /v1/.../{id}`, a child of whatever span
is current: the RPC's, or a Watch poll's), so retries show as sibling spans with
`http.request.resend_count`; each attempt's request carries that span's `traceparent`. Spans
name the route template, never the concrete URL, its query or any header.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
import urllib.request
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Mapping

import aiohttp
import httpx
from grpc import StatusCode
from httpx_aiohttp import AiohttpTransport

from . import errors
from .observability.tracing import Tracing, fail
from .routing.transcode import UpstreamCall

if TYPE_CHECKING:
    from .settings import UpstreamSection

RETRYABLE_STATUS = frozenset({502, 503, 504})
_PORTS = {"http": 80, "https": 443}
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
KEEPALIVE_SECONDS = 5.0  # idle connections close before a typical upstream or balancer drops them
PROBE_TIMEOUT = 2.0
PROBE_READ_LIMIT = 64 * 1024
PROBE_AGENT = "tailored-gateway/0.1 (health probe)"


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


def failure_kind(exc: Exception) -> str:
    """`connect`, `reset` or `timeout` for a transport failure: an httpx.TransportError (as any
    transport raises it) or an aiohttp.ClientError. The engine's own exception decides when
    there is one, since httpx-aiohttp maps all of aiohttp's connection errors, a dropped
    connection included, to httpx.ConnectTimeout."""
    cause = exc if isinstance(exc, aiohttp.ClientError) else exc.__cause__
    if isinstance(cause, aiohttp.ClientError):
        if isinstance(cause, aiohttp.ServerTimeoutError):
            return "timeout"
        # No connection (refused, unresolvable, TLS refused, the proxy refused the tunnel):
        # the request never reached the upstream.
        if isinstance(cause, (aiohttp.ClientConnectorError, aiohttp.ClientHttpProxyError)):
            return "connect"
        # The connection dropped or broke after the request went out, the body was cut short,
        # or the answer was not HTTP.
        return "reset"
    if isinstance(exc, httpx.TimeoutException):
        return "timeout"
    if isinstance(exc, (httpx.ConnectError, httpx.ProxyError)):
        return "connect"
    return "reset"


def environment_proxy(url: httpx.URL) -> httpx.Proxy | None:
    """The proxy the environment names for `url` (`<scheme>_proxy`, then `all_proxy`; either
    case), unless `no_proxy` covers its host; read with the standard library's rules."""
    proxies = urllib.request.getproxies()
    value = proxies.get(url.scheme) or proxies.get("all")
    if not value:
        return None
    host = url.host if url.port is None else f"{url.host}:{url.port}"
    if urllib.request.proxy_bypass(host):
        return None
    return httpx.Proxy(value if "://" in value else f"http://{value}")


def engine(base: httpx.URL, max_connections: int) -> httpx.AsyncBaseTransport:
    """httpx's transport API on aiohttp: one pool of at most `max_connections` keep-alive
    connections, TLS verified with httpx's context (certifi, or SSL_CERT_FILE/SSL_CERT_DIR), the
    environment's proxy for `base`. No per-request engine timeouts: the call's deadline bounds
    everything. No `Accept-Encoding` is offered (answers come as they are, as before); a
    content-encoding the upstream sends anyway is decoded by httpx, within the size bound."""
    context = httpx.create_ssl_context()  # loading the CA bundle takes tens of ms: once

    def session() -> aiohttp.ClientSession:  # made on the first request, inside the event loop
        connector = aiohttp.TCPConnector(limit=max_connections, ssl=context, keepalive_timeout=KEEPALIVE_SECONDS)
        # trust_env stays off: the proxy is resolved once below (aiohttp would look it up, and
        # ~/.netrc, in a worker thread on every request).
        return aiohttp.ClientSession(connector=connector, skip_auto_headers=("Accept-Encoding",))

    return AiohttpTransport(verify=context, client=session, proxy=environment_proxy(base))


class Upstream:
    """Sends UpstreamCalls to one base URL that serves both /v1 and /v2."""

    def __init__(
        self,
        base_url: str,
        *,
        max_connections: int = 64,
        default_timeout: float = 120.0,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        retry: RetryPolicy = RetryPolicy(),
        transport_factory: Callable[[], httpx.AsyncBaseTransport] | None = None,
        sleep: Callable[[float], Any] = asyncio.sleep,
        rand: Callable[[], float] = random.random,
        tracing: Tracing | None = None,
    ):
        self.base = httpx.URL(base_url.rstrip("/"))
        self._prefix = str(self.base).rstrip("/")
        self._default_timeout = default_timeout
        self._max_body = max_response_bytes
        self._retry = retry
        self._transport = transport_factory() if transport_factory else engine(self.base, max_connections)
        self._sleep = sleep
        self._rand = rand
        self.in_flight = 0  # requests on the wire now (a cancelled RPC leaves at once)
        self._tracing = tracing or Tracing()
        self._server = {"server.address": self.base.host, "server.port": self.base.port or _PORTS.get(self.base.scheme)}

    @classmethod
    def from_settings(
        cls,
        section: "UpstreamSection",
        transport_factory: Callable[[], httpx.AsyncBaseTransport] | None = None,
        tracing: Tracing | None = None,
    ) -> "Upstream":
        """The upstream of one gateway, from its settings section."""
        return cls(
            section.url,
            max_connections=section.max_connections,
            default_timeout=section.timeout_seconds,
            max_response_bytes=section.max_response_bytes,
            retry=RetryPolicy(max_attempts=section.retry_max_attempts),
            transport_factory=transport_factory,
            tracing=tracing,
        )

    async def aclose(self) -> None:
        await self._transport.aclose()

    async def reachable(self, timeout: float = PROBE_TIMEOUT) -> bool:
        """Whether the upstream answers HTTP at all (any status) within `timeout`, asked over
        the same transport, pool and proxy as the calls. Never raises but on cancellation: a
        prober that stopped on an unexpected error would leave the health status frozen."""
        request = httpx.Request("GET", self._prefix + "/", headers={"user-agent": PROBE_AGENT})
        try:
            async with asyncio.timeout(timeout):
                response = await self._transport.handle_async_request(request)
                try:
                    size = 0
                    async for chunk in response.aiter_raw():  # drained, so the connection stays usable
                        size += len(chunk)
                        if size > PROBE_READ_LIMIT:
                            break
                finally:
                    await response.aclose()
        except Exception:  # noqa: BLE001 (no HTTP answer, whatever the reason, is "unreachable")
            return False
        return True

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
            try:
                reply = await self._traced_send(request, route, attempt)
            except (httpx.TransportError, aiohttp.ClientError) as exc:
                kind = failure_kind(exc)
                if kind == "timeout":
                    raise errors.from_transport("timeout", "the upstream did not answer within the deadline", route)
                # A refused connection never carried the request, so even a POST may go again.
                if (idempotent or kind == "connect") and self._may_retry(attempt, end):
                    await self._sleep(self._retry.backoff(attempt, self._rand))
                    continue
                cause = exc.__cause__ if isinstance(exc, httpx.TransportError) and exc.__cause__ is not None else exc
                raise errors.from_transport(kind, f"upstream connection failed ({type(cause).__name__})", route)
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
        url = httpx.URL(self._prefix + call.path)  # the path comes percent-encoded from its template
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

    async def _traced_send(self, request: httpx.Request, route: str, attempt: int) -> Reply:
        """One attempt (`_send`) as a CLIENT span whose context the request carries."""
        tracing = self._tracing
        if not tracing.enabled:
            return await self._send(request)
        attributes = {"http.request.method": request.method, "url.template": route, **self._server}
        if attempt > 1:
            attributes["http.request.resend_count"] = attempt - 1
        with tracing.client(f"{request.method} {route}", attributes) as span:
            tracing.inject(request.headers)  # this attempt's span, replacing the previous attempt's
            try:
                reply = await self._send(request)
            except (httpx.TransportError, aiohttp.ClientError) as exc:
                fail(span, failure_kind(exc))
                raise
            except _TooLarge:
                fail(span, "response_too_large")
                raise
            except _Undecodable:
                fail(span, "undecodable_response")
                raise
            except BaseException as exc:  # cancelled (the deadline, or the caller left)
                fail(span, type(exc).__name__)
                raise
            span.set_attribute("http.response.status_code", reply.status)
            if reply.status >= 400:
                fail(span, str(reply.status))
            return reply

    async def _send(self, request: httpx.Request) -> Reply:
        self.in_flight += 1
        try:
            response = await self._transport.handle_async_request(request)
            try:
                body = await self._read(response)
            finally:
                await response.aclose()
        finally:
            self.in_flight -= 1
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
