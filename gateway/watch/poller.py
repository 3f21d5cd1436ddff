"""One shared upstream poller per watched resource and credentials. Polling state is not
retrying a call: each poll is one round trip (the upstream layer may retry it inside its own
deadline); between polls the interval adapts — quick at first, growing while nothing changes
or the upstream fails transiently, bounded, and back to quick on every change."""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass
from typing import Any, Callable, Protocol

import grpc
from google.protobuf.message import Message

from ..errors import R, GatewayError
from .fanout import Fanout, Update, fingerprint, resume_token
from .resources import Source, Target
from .timing import Timer


class Budget(Protocol):
    """Where polls draw on the upstream rate budget (the quota component, when present)."""

    async def reserve(self, target: Target, token: str) -> None: ...


class NoBudget:
    async def reserve(self, target: Target, token: str) -> None:
        return None


@dataclass(frozen=True)
class Intervals:
    initial: float = 1.0
    factor: float = 1.5
    maximum: float = 30.0
    jitter: float = 0.1  # ± this fraction, so pollers started together drift apart

    def after_change(self) -> float:
        return self.initial

    def grow(self, current: float, hint: float | None = None) -> float:
        grown = min(current * self.factor, self.maximum)
        return min(max(grown, hint or 0.0), self.maximum)

    def jittered(self, interval: float, rand: Callable[[], float]) -> float:
        return interval * (1 + self.jitter * (2 * rand() - 1))


def transient(err: GatewayError) -> bool:
    """5xx, 408, 429, redirects (UNAVAILABLE), answers the gateway could not read (malformed
    bodies, odd statuses) and failures without an HTTP answer (timeouts, resets) pass: the
    poll failed, the next one may not. Any other answer (404, 401, 403, ...) will not change by
    asking again, and neither will a request the gateway itself refuses."""
    if err.reason == R.ERROR_REASON_UPSTREAM_MALFORMED_RESPONSE:
        return True
    status = err.metadata.get("upstream_status")
    if status is None or not status.isdigit():
        return err.reason != R.ERROR_REASON_REQUEST_INVALID
    code = int(status)
    return code in (408, 429) or code >= 500 or 300 <= code < 400


class Poller:
    def __init__(
        self,
        target: Target,
        token: str,
        tenant: str,
        *,
        source: Source,
        timer: Timer,
        intervals: Intervals,
        budget: Budget,
        wall: Callable[[], float] = time.time,
        rand: Callable[[], float] = random.random,
        on_error: Callable[[BaseException], None] | None = None,
    ):
        self.target, self._token, self._tenant = target, token, tenant
        self._source, self._timer, self._intervals, self._budget = source, timer, intervals, budget
        self._wall, self._rand, self._on_error = wall, rand, on_error
        self.fanout = Fanout()
        self.polls = 0
        self.stopping = False
        self.task: asyncio.Task | None = None
        self._state: Message | None = None

    def start(self, on_done: Callable[["Poller"], Any]) -> None:
        self.task = asyncio.get_running_loop().create_task(self._run())
        self.task.add_done_callback(lambda _: on_done(self))

    def stop(self) -> None:
        self.stopping = True
        if self.task is not None:
            self.task.cancel()

    @property
    def ended(self) -> bool:
        """Stopped, stopping or finished: a new watcher needs a new poller."""
        return self.stopping or (self.task is not None and self.task.done())

    async def _run(self) -> None:
        interval = self._intervals.initial
        while True:
            await self._budget.reserve(self.target, self._token)
            try:
                interval = await self._poll_once(interval)
            except GatewayError as err:
                if not transient(err):
                    self.fanout.publish(Update(error=err))
                    return
                interval = self._intervals.grow(interval, err.retry_after)
            except Exception as exc:  # a bug, not the upstream: end the streams, leak nothing
                if self._on_error is not None:
                    self._on_error(exc)
                self.fanout.publish(Update(error=_internal()))
                return
            if self.finished:
                return
            await self._timer.sleep(self._intervals.jittered(interval, self._rand))

    async def _poll_once(self, interval: float) -> float:
        self.polls += 1
        state = await self.target.kind.read(self.target.key, self._token, self._source, self._state)
        changed = self.offer(state)
        return self._intervals.after_change() if changed else self._intervals.grow(interval)

    @property
    def finished(self) -> bool:
        latest = self.fanout.latest
        return latest is not None and latest.terminal

    def offer(self, state: Message) -> bool:
        """A newly observed state (from a poll or a verified webhook): publish it if it changed."""
        if self.finished:
            return False
        self._state = state
        kind = self.target.kind
        terminal = kind.terminal(state)
        fp = fingerprint(state)
        response = kind.response_cls()
        response.CopyFrom(state)
        response.terminal = terminal
        response.resume_token = resume_token(kind.name, fp)
        response.observed_at.FromNanoseconds(int(self._wall() * 1e9))
        return self.fanout.publish(Update(response, fp, terminal))


def _internal() -> GatewayError:
    return GatewayError(grpc.StatusCode.INTERNAL, "internal gateway error", R.ERROR_REASON_GATEWAY_INTERNAL_ERROR)

