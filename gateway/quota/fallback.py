"""Keeps quotas working when the shared store is unreachable: each replica answers from a local
bucket sized for its share (1/replicas of every budget) and keeps serving. It logs and reports
each transition once, and tries the shared store again every `retry_seconds` (on the injected
clock), so it recovers by itself when Redis returns."""

from __future__ import annotations

from typing import Callable, Sequence

from .gcra import Check, Decision
from .store import Store, StoreUnavailable
from .store_memory import MemoryStore

# on_change(degraded, error): called once per transition, e.g. to log and count it.
OnChange = Callable[[bool, str], None]


class FallbackStore:
    def __init__(
        self,
        shared: Store,
        *,
        replicas: int,
        retry_seconds: float,
        on_change: OnChange = lambda degraded, error: None,
        local: MemoryStore | None = None,
    ):
        self.shared = shared
        self.local = local or MemoryStore()
        self.share = 1.0 / max(replicas, 1)
        self.retry_seconds = retry_seconds
        self.degraded = False
        self._next_try = 0.0
        self._on_change = on_change

    async def run(
        self, checks: Sequence[Check], now: float, *, max_wait: float = 0.0, commit: bool = True
    ) -> Decision:
        if not self.degraded or now >= self._next_try:
            try:
                decision = await self.shared.run(checks, now, max_wait=max_wait, commit=commit)
            except StoreUnavailable as exc:
                self._degrade(now, str(exc))
            else:
                self._recover()
                return decision
        local = [c.share(self.share) for c in checks]
        return self.local.run_now(local, now, max_wait=max_wait, commit=commit)

    async def extend_cooldown(self, key: str, until: float, now: float) -> None:
        await self.local.extend_cooldown(key, until, now)  # kept locally too, for a fall-back
        if not self.degraded:
            try:
                await self.shared.extend_cooldown(key, until, now)
            except StoreUnavailable as exc:
                self._degrade(now, str(exc))

    def _degrade(self, now: float, error: str) -> None:
        self._next_try = now + self.retry_seconds
        if not self.degraded:
            self.degraded = True
            self._on_change(True, error)

    def _recover(self) -> None:
        if self.degraded:
            self.degraded = False
            self._on_change(False, "")

    async def aclose(self) -> None:
        await self.shared.aclose()
