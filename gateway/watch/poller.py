"""One shared upstream poller per watched resource and credentials. Polling state is not
retrying a call: each poll is one round trip (the upstream layer may retry it inside its own
deadline); between polls the interval adapts — quick at first, growing while nothing changes
or the upstream fails transiently, bounded, and back to quick on every change.

Traces: each poll is a trace of its own (a root span `watch.poll`, with the upstream attempts
as its children), not a child of a stream's span: one poller serves many streams, joining and
leaving at any time, and a stream may last hours — as its children, hundreds of polls would
make one trace that never ends and belongs to one watcher only. Instead every poll links to the
stream that started the poller (`watch.link=started_by`, kept after that stream leaves) and to
the streams it serves at that moment (`watch.link=serves`, up to MAX_LINKS), so Tempo leads from
a poll to its streams and from a stream's span to the polls that fed it."""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass
from typing import Any, Callable, Hashable, Protocol

import grpc
from google.protobuf.message import Message
from opentelemetry import context as otel_context
from opentelemetry.trace import SpanContext

from ..errors import R, GatewayError
from ..observability.tracing import Tracing, fail
from .fanout import Fanout, Update, fingerprint, resume_token
from .resources import Source, Target
from .timing import Timer

MAX_LINKS = 32  # links per poll span: the starting stream and the first streams served
_STARTED_BY = {"watch.link": "started_by"}
_SERVES = {"watch.link": "serves"}


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
        tracing: Tracing | None = None,
    ):
        self.target, self._token, self._tenant = target, token, tenant
        self._source, self._timer, self._intervals, self._budget = source, timer, intervals, budget
        self._wall, self._rand, self._on_error = wall, rand, on_error
        self.fanout = Fanout()
        self.polls = 0
        self.stopping = False
        self.task: asyncio.Task | None = None
        self._state: Message | None = None
        self._tracing = tracing or Tracing()
        self._started_by: SpanContext | None = None  # the span of the stream that started it
        self._streams: dict[Hashable, SpanContext] = {}  # the spans of the streams served now

    def start(self, on_done: Callable[["Poller"], Any]) -> None:
        self.task = asyncio.get_running_loop().create_task(self._run())
        self.task.add_done_callback(lambda _: on_done(self))

    def follow(self, stream: Hashable, span: SpanContext) -> None:
        """`stream` (whose span is `span`) is served from now on: its polls link to it."""
        if not self._tracing.enabled or not span.is_valid:
            return
        if self._started_by is None:
            self._started_by = span
        self._streams[stream] = span

    def unfollow(self, stream: Hashable) -> None:
        self._streams.pop(stream, None)

    def _links(self) -> list[tuple[SpanContext, dict]]:
        links = [] if self._started_by is None else [(self._started_by, _STARTED_BY)]
        for span in self._streams.values():
            if len(links) >= MAX_LINKS:
                break
            if span != self._started_by:
                links.append((span, _SERVES))
        return links

    def stop(self) -> None:
        self.stopping = True
        if self.task is not None:
            self.task.cancel()

    @property
    def ended(self) -> bool:
        """Stopped, stopping or finished: a new watcher needs a new poller."""
        return self.stopping or (self.task is not None and self.task.done())

    async def _run(self) -> None:
        # The task was made inside the first stream's span: nothing here belongs to it.
        otel_context.attach(otel_context.Context())
        interval: float | None = self._intervals.initial
        while True:
            interval = await self._step(interval)
            if interval is None:
                return
            await self._timer.sleep(self._intervals.jittered(interval, self._rand))

    async def _step(self, interval: float) -> float | None:
        """One poll within the budget: the next interval, or None when the poller is done
        (terminal state, permanent failure or a bug; the streams have their last update)."""
        await self._budget.reserve(self.target, self._token)
        try:
            interval = await self._poll_once(interval)
        except GatewayError as err:
            if not transient(err):
                self.fanout.publish(Update(error=err))
                return None
            interval = self._intervals.grow(interval, err.retry_after)
        except Exception as exc:  # a bug, not the upstream: end the streams, leak nothing
            if self._on_error is not None:
                self._on_error(exc)
            self.fanout.publish(Update(error=_internal()))
            return None
        return None if self.finished else interval

    async def _poll_once(self, interval: float) -> float:
        self.polls += 1
        tracing = self._tracing
        if not tracing.enabled:
            state = await self.target.kind.read(self.target.key, self._token, self._source, self._state)
            changed = self.offer(state)
            return self._intervals.after_change() if changed else self._intervals.grow(interval)
        attributes = {
            "watch.kind": self.target.kind.name, "watch.poll": self.polls,
            "watch.streams": len(self.fanout.subscribers),
        }
        with tracing.root("watch.poll", attributes, self._links()) as span:
            try:
                state = await self.target.kind.read(self.target.key, self._token, self._source, self._state)
            except GatewayError as err:
                fail(span, R.Name(err.reason).removeprefix("ERROR_REASON_"))
                raise
            except BaseException as exc:
                fail(span, type(exc).__name__)
                raise
            changed = self.offer(state)
            span.set_attribute("watch.changed", changed)
            span.set_attribute("watch.terminal", self.finished)
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
        return self.fanout.publish(observed(self.target.kind, state, self._wall()))


def observed(kind, state: Message, now: float) -> Update:
    """A state as watchers receive it: terminal flag, resume token and observation time set."""
    terminal = kind.terminal(state)
    fp = fingerprint(state)
    response = kind.response_cls()
    response.CopyFrom(state)
    response.terminal = terminal
    response.resume_token = resume_token(kind.name, fp)
    response.observed_at.FromNanoseconds(int(now * 1e9))
    return Update(response, fp, terminal)


def _internal() -> GatewayError:
    return GatewayError(grpc.StatusCode.INTERNAL, "internal gateway error", R.ERROR_REASON_GATEWAY_INTERNAL_ERROR)

