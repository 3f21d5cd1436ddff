"""The registry of shared pollers: every watcher of one resource under one set of credentials
joins the same poller; the poller starts with its first watcher and stops the moment its last
watcher leaves (cancel, deadline or end of stream). Shutdown ends every stream at once."""

from __future__ import annotations

import asyncio
from typing import AsyncIterator, Callable

from google.protobuf.message import Message

from ..credentials import org_of
from ..errors import GatewayError
from ..observability.tracing import current_span_context
from .fanout import Subscriber, Update, token_fingerprint
from .poller import Poller
from .resources import Target

Key = tuple[str, tuple, str]


class Hub:
    def __init__(self, make_poller: Callable[[Target, str, str], Poller], gauges=None):
        self._make = make_poller
        self._gauges = gauges  # (streams gauge, pollers gauge) or None
        self._pollers: dict[Key, Poller] = {}
        self._subscribers: set[Subscriber] = set()
        self._closing: GatewayError | None = None
        self._changed = asyncio.Event()

    @property
    def poller_count(self) -> int:
        return len(self._pollers)

    @property
    def stream_count(self) -> int:
        return len(self._subscribers)

    def poller(self, target: Target, token: str) -> Poller | None:
        return self._pollers.get(_key(target, token))

    async def watch(self, target: Target, token: str, tenant: str, resume: str = "") -> AsyncIterator[Message]:
        """The responses of one stream: current state, changes, terminal state; raises the
        error that ends the stream (permanent upstream failure or shutdown)."""
        if self._closing is not None:
            raise self._closing
        subscriber = Subscriber(skip=token_fingerprint(target.kind.name, resume) if resume else "")
        poller = self._join(target, token, tenant, subscriber)
        try:
            while True:
                update = subscriber.take()
                if update is None:  # await the bare future, not a coroutine held per stream
                    await subscriber.wait()
                    continue
                if update.error is not None:
                    raise update.error
                yield update.response
                if update.terminal:
                    return
        finally:
            self._leave(poller, subscriber)

    def _join(self, target: Target, token: str, tenant: str, subscriber: Subscriber) -> Poller:
        key = _key(target, token)
        poller = self._pollers.get(key)
        if poller is None or poller.ended:
            poller = self._make(target, token, tenant)
            self._pollers[key] = poller
            poller.start(lambda done: self._forget(key, done))
            self._gauge(0, 1)
        poller.fanout.add(subscriber)
        poller.follow(subscriber, current_span_context())  # the stream's span, for the polls' links
        self._subscribers.add(subscriber)
        self._gauge(1, 0)
        return poller

    def _leave(self, poller: Poller, subscriber: Subscriber) -> None:
        poller.fanout.discard(subscriber)
        poller.unfollow(subscriber)
        self._subscribers.discard(subscriber)
        self._gauge(-1, 0)
        if not poller.fanout.subscribers:
            poller.stop()
        self._notify()

    def _forget(self, key: Key, poller: Poller) -> None:
        if self._pollers.get(key) is poller:
            del self._pollers[key]
        self._gauge(0, -1)
        self._notify()

    def push(self, target: Target, org: str, state: Message) -> bool:
        """A state learned out of band (a verified webhook) reaches the streams at once."""
        poller = self._pollers.get((target.kind.name, target.key, org))
        if poller is None or poller.ended:
            return False
        changed = poller.offer(state)
        if poller.finished:
            poller.stop()
        return changed

    async def close(self, err: GatewayError, timeout: float = 2.0) -> None:
        """End every stream with `err`, stop every poller, and wait for the streams to leave."""
        self._closing = err
        for poller in list(self._pollers.values()):
            poller.fanout.publish(Update(error=err))
            poller.stop()
        try:
            await self.wait_until(lambda: not self._subscribers and not self._pollers, timeout)
        except asyncio.TimeoutError:
            pass

    async def wait_until(self, predicate: Callable[[], bool], timeout: float) -> None:
        """Wait (event-driven) until `predicate` holds after a join, leave or poller end."""
        async with asyncio.timeout(timeout):
            while not predicate():
                await self._changed.wait()

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    def _gauge(self, streams: int, pollers: int) -> None:
        if self._gauges is None:
            return
        if streams:
            self._gauges[0].inc(streams)
        if pollers:
            self._gauges[1].inc(pollers)


def _key(target: Target, token: str) -> Key:
    # Watchers are grouped by the token they spend; the token itself is never kept as a key.
    return (target.kind.name, target.key, org_of(token))
