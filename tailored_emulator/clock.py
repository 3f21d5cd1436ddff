"""Time for the emulator: an injectable clock plus a scheduler for moments that must fire.

Most state is derived lazily from timestamps at read time; the scheduler is only for side
effects (state transitions that insert data, webhook deliveries). With a ManualClock,
advancing the clock runs due events; with a real clock, asyncio timers do.
"""
from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from typing import Callable, Protocol


class Clock(Protocol):
    def now(self) -> float: ...


class ManualClock:
    """A clock that only moves when told to; tests advance it instead of sleeping."""

    realtime = False

    def __init__(self, start: float = 1_767_225_600.0) -> None:  # 2026-01-01T00:00:00Z
        self.start = start
        self._now = start
        self._listeners: list[Callable[[], None]] = []

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        self._now += max(0.0, float(seconds))
        for listener in list(self._listeners):
            listener()

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def rewind(self) -> None:
        """Back to the time the clock started at (listeners are kept, nothing is run)."""
        self._now = self.start


class SystemClock:
    """Wall-clock time plus an offset, so an admin 'advance' also works on a live demo."""

    realtime = True

    def __init__(self) -> None:
        self._offset = 0.0
        self._listeners: list[Callable[[], None]] = []

    def now(self) -> float:
        return time.time() + self._offset

    def advance(self, seconds: float) -> None:
        self._offset += max(0.0, float(seconds))
        for listener in list(self._listeners):
            listener()

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def rewind(self) -> None:
        """Drop every advance: wall-clock time again."""
        self._offset = 0.0


class Scheduler:
    """Runs callbacks once the clock reaches their due time (exactly once, in due order)."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._heap: list[tuple[float, int, Callable[[], None]]] = []
        self._seq = itertools.count()
        self._timer: asyncio.TimerHandle | None = None
        subscribe = getattr(clock, "subscribe", None)
        if subscribe is not None:
            subscribe(self.run_due)

    def at(self, due: float, callback: Callable[[], None]) -> None:
        heapq.heappush(self._heap, (due, next(self._seq), callback))
        self._arm()

    def run_due(self) -> None:
        heap = self._heap
        while heap and heap[0][0] <= self._clock.now():
            _, _, callback = heapq.heappop(heap)
            callback()
        self._arm()

    def clear(self) -> None:
        self._heap.clear()
        self._cancel_timer()

    def _arm(self) -> None:
        # Real clocks need a timer so webhooks fire even when no request arrives.
        if not getattr(self._clock, "realtime", False) or not self._heap:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        self._cancel_timer()
        delay = max(0.0, self._heap[0][0] - self._clock.now())
        self._timer = loop.call_later(delay + 0.001, self.run_due)

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
