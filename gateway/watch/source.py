"""How a poll reaches the upstream: resource reads go through the pipeline's ResourceReader
(same route table, transcoding, error table, metrics and retries as the unary RPCs); v1 placeholder files
are probed with a one-byte ranged GET that never carries the caller's token."""

from __future__ import annotations

import time
import uuid
from typing import Mapping

import httpx
from google.protobuf.message import Message

from .. import errors
from ..dispatch import ResourceReader
from ..observability.metrics import Metrics
from ..observability.rpc import CallState
from ..observability.tracing import Tracing, fail
from ..routing.rules import Route
from .resources import file_state

PLACEHOLDER_ROUTE = "<v1 placeholder file>"  # a bounded metric label, never the URL


class UpstreamSource:
    def __init__(
        self,
        reader: ResourceReader,
        routes: Mapping[str, Route],
        metrics: Metrics,
        poll_timeout: float,
        tracing: Tracing | None = None,
        files_transport: httpx.AsyncBaseTransport | None = None,
    ):
        self._reader, self._routes = reader, routes
        self._metrics, self._timeout = metrics, poll_timeout
        self._tracing = tracing or Tracing()
        # The placeholder probes' own client (never the upstream's: no token, no traceparent),
        # made at the first probe: its TLS context and CA bundle cost ~2 MB that a gateway
        # nobody asks to watch a v1 job never needs.
        self._files_transport = files_transport
        self._files: httpx.AsyncClient | None = None

    def _file_client(self) -> httpx.AsyncClient:
        if self._files is None:
            self._files = httpx.AsyncClient(transport=self._files_transport, timeout=self._timeout)
        return self._files

    async def aclose(self) -> None:
        if self._files is not None:
            await self._files.aclose()

    async def get(self, full_method: str, request: Message, token: str) -> Message:
        route = self._routes[full_method]
        state = CallState(full_method, {}, "watch-" + uuid.uuid4().hex[:16])
        deadline = time.monotonic() + self._timeout
        return await self._reader.read(route, request, token, state, deadline)

    async def probe(self, url: str) -> int:
        """The FileState of one placeholder URL (`Range: bytes=0-0`, body never downloaded).
        Traced as a CLIENT span named by the bounded label, never the URL (a presigned URL's
        query is a credential); no `traceparent` goes to a file host."""
        attributes = {"http.request.method": "GET", "url.template": PLACEHOLDER_ROUTE}
        with self._tracing.client(f"GET {PLACEHOLDER_ROUTE}", attributes) as span:
            try:
                status = await self._probe(url)
            except errors.GatewayError as err:
                fail(span, errors.R.Name(err.reason).removeprefix("ERROR_REASON_"))
                raise
            if span.is_recording():
                span.set_attribute("http.response.status_code", status[0])
            return status[1]

    async def _probe(self, url: str) -> tuple[int, int]:
        started = time.perf_counter()
        try:
            async with self._file_client().stream("GET", url, headers={"Range": "bytes=0-0"}, timeout=self._timeout) as reply:
                length = await _length(reply)
        except httpx.TimeoutException:
            self._metrics.observe_upstream("GET", PLACEHOLDER_ROUTE, None, time.perf_counter() - started)
            raise errors.from_transport("timeout", "the placeholder file did not answer in time", PLACEHOLDER_ROUTE)
        except httpx.HTTPError as exc:
            self._metrics.observe_upstream("GET", PLACEHOLDER_ROUTE, None, time.perf_counter() - started)
            raise errors.from_transport("reset", f"placeholder probe failed ({type(exc).__name__})", PLACEHOLDER_ROUTE)
        self._metrics.observe_upstream("GET", PLACEHOLDER_ROUTE, reply.status_code, time.perf_counter() - started)
        return reply.status_code, file_state(reply.status_code, length)


async def _length(reply: httpx.Response) -> int:
    declared = reply.headers.get("content-length")
    if declared is not None and declared.isdigit():
        return int(declared)
    async for chunk in reply.aiter_raw():
        if chunk:
            return len(chunk)
    return 0
