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
from ..routing.rules import Route
from .resources import file_state

PLACEHOLDER_ROUTE = "<v1 placeholder file>"  # a bounded metric label, never the URL


class UpstreamSource:
    def __init__(
        self,
        reader: ResourceReader,
        routes: Mapping[str, Route],
        files: httpx.AsyncClient,
        metrics: Metrics,
        poll_timeout: float,
    ):
        self._reader, self._routes = reader, routes
        self._files, self._metrics, self._timeout = files, metrics, poll_timeout

    async def get(self, full_method: str, request: Message, token: str) -> Message:
        route = self._routes[full_method]
        state = CallState(full_method, {}, "watch-" + uuid.uuid4().hex[:16])
        deadline = time.monotonic() + self._timeout
        return await self._reader.read(route, request, token, state, deadline)

    async def probe(self, url: str) -> int:
        """The FileState of one placeholder URL (`Range: bytes=0-0`, body never downloaded)."""
        started = time.perf_counter()
        try:
            async with self._files.stream("GET", url, headers={"Range": "bytes=0-0"}, timeout=self._timeout) as reply:
                length = await _length(reply)
        except httpx.TimeoutException:
            self._metrics.observe_upstream("GET", PLACEHOLDER_ROUTE, None, time.perf_counter() - started)
            raise errors.from_transport("timeout", "the placeholder file did not answer in time", PLACEHOLDER_ROUTE)
        except httpx.HTTPError as exc:
            self._metrics.observe_upstream("GET", PLACEHOLDER_ROUTE, None, time.perf_counter() - started)
            raise errors.from_transport("reset", f"placeholder probe failed ({type(exc).__name__})", PLACEHOLDER_ROUTE)
        self._metrics.observe_upstream("GET", PLACEHOLDER_ROUTE, reply.status_code, time.perf_counter() - started)
        return file_state(reply.status_code, length)


async def _length(reply: httpx.Response) -> int:
    declared = reply.headers.get("content-length")
    if declared is not None and declared.isdigit():
        return int(declared)
    async for chunk in reply.aiter_raw():
        if chunk:
            return len(chunk)
    return 0
