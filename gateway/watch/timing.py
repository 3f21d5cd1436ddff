"""Time for the watch pollers: a monotonic clock plus a sleep, injected so tests drive the
polling schedule without sleeping. `ManualTimer` is the test double (like httpx's
MockTransport, it ships with the code it fakes)."""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from typing import Protocol


class Timer(Protocol):
    def now(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class RealTimer:
    def now(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class ManualTimer:
    """Time moves only on `advance`; sleepers whose due time is reached wake in due order."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = start
        self._heap: list[tuple[float, int, asyncio.Future]] = []
        self._seq = itertools.count()
        self._changed = asyncio.Condition()
        self.requested: list[float] = []  # every sleep asked for, in order

    def now(self) -> float:
        return self._now

    async def sleep(self, seconds: float) -> None:
        future = asyncio.get_running_loop().create_future()
        self.requested.append(seconds)
        heapq.heappush(self._heap, (self._now + max(seconds, 0.0), next(self._seq), future))
        async with self._changed:
            self._changed.notify_all()
        await future

    @property
    def sleepers(self) -> int:
        return sum(1 for _, _, f in self._heap if not f.done())

    async def wait_sleepers(self, count: int, timeout: float = 5.0) -> None:
        """Wait until at least `count` tasks are asleep on this timer."""

        async def reached() -> None:
            async with self._changed:
                await self._changed.wait_for(lambda: self.sleepers >= count)

        await asyncio.wait_for(reached(), timeout)

    def advance(self, seconds: float) -> None:
        self._now += max(seconds, 0.0)
        while self._heap and self._heap[0][0] <= self._now:
            _, _, future = heapq.heappop(self._heap)
            if not future.done():
                future.set_result(None)
