"""Delivery of v2 terminal statuses to `webhook_url`, signed per docs/upstream-contract.md#webhooks.

Deliveries are scheduled on the emulator's scheduler (so a ManualClock fast-forwards them);
failed attempts (non-2xx or connection errors) are retried after `webhook_retry_delays`. Sent
with aiohttp (already the gateway's engine): in a burst of deliveries it takes a fraction of
httpx's CPU, which the benchmarks share with the gateways they measure.
"""
from __future__ import annotations

import asyncio
import json
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import aiohttp

from gateway import webhook_signing
from . import jobs
from .store import Job

if TYPE_CHECKING:
    from .control import Emulator


class WebhookSender:
    def __init__(self, emu: "Emulator") -> None:
        self._emu = emu
        self._client: aiohttp.ClientSession | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.deliveries: list[dict[str, Any]] = []

    def schedule(self, job: Job, attempt: int = 0, at: float | None = None) -> None:
        self._emu.scheduler.at(job.ready_at if at is None else at, lambda: self._start(job, attempt))

    def _start(self, job: Job, attempt: int) -> None:
        try:
            task = asyncio.get_running_loop().create_task(self._deliver(job, attempt))
        except RuntimeError:
            return  # no loop (synchronous caller): nothing can be sent
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _deliver(self, job: Job, attempt: int) -> None:
        raw = json.dumps(jobs.status_body(job, job.ready_at), separators=(",", ":")).encode()
        now = self._emu.clock.now()
        headers = webhook_signing.headers(job.token, job.id, int(now), raw)
        headers["Content-Type"] = "application/json"
        # "time": when this attempt began; "written": when its request was on the receiver's
        # socket (aiohttp's trace signal; None if it never got there). A benchmark measures
        # what the receiver does from "written", and the sender's own queueing from "time".
        record: dict[str, Any] = {"request_id": job.id, "url": job.webhook_url, "attempt": attempt + 1,
                                  "time": now, "written": None, "status_code": None, "error": None}
        try:
            async with self._http().post(job.webhook_url or "", data=raw, headers=headers,
                                         trace_request_ctx=SimpleNamespace(record=record)) as response:
                record["status_code"] = response.status
                ok = 200 <= response.status < 300
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as exc:
            record["error"] = type(exc).__name__
            ok = False
        self.deliveries.append(record)
        delays = self._emu.config.webhook_retry_delays
        if not ok and attempt < len(delays):
            self.schedule(job, attempt + 1, at=self._emu.clock.now() + delays[attempt])

    def _http(self) -> aiohttp.ClientSession:
        if self._client is None:
            clock = self._emu.clock

            async def written(session, context, params) -> None:
                context.trace_request_ctx.record["written"] = clock.now()

            trace = aiohttp.TraceConfig()
            trace.on_request_chunk_sent.append(written)
            self._client = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=self._emu.config.webhook_timeout), trace_configs=[trace])
        return self._client

    async def drain(self) -> None:
        """Wait for in-flight deliveries (tests call this after advancing the clock)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def reset(self) -> None:
        """Cancel in-flight deliveries (they record nothing and schedule no retry) and forget
        the recorded ones. The HTTP client is kept."""
        for task in list(self._tasks):
            task.cancel()
        self._tasks.clear()
        self.deliveries.clear()

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        if self._client is not None:
            await self._client.close()
            self._client = None
