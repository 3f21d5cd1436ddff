"""The default store: one replica's quota state in a dict. Atomic because the event loop runs
one evaluation at a time; expired entries are swept now and then so idle keys do not pile up."""

from __future__ import annotations

from typing import Sequence

from .gcra import Check, Decision, evaluate, ttl

_SWEEP_EVERY = 4096


class MemoryStore:
    def __init__(self) -> None:
        self._values: dict[str, tuple[float, float]] = {}  # key -> (value, expires_at)
        self._writes = 0

    def _get(self, key: str, now: float) -> float | None:
        entry = self._values.get(key)
        return entry[0] if entry is not None and entry[1] > now else None

    async def run(
        self, checks: Sequence[Check], now: float, *, max_wait: float = 0.0, commit: bool = True
    ) -> Decision:
        return self.run_now(checks, now, max_wait=max_wait, commit=commit)

    def run_now(self, checks: Sequence[Check], now: float, *, max_wait: float = 0.0, commit: bool = True) -> Decision:
        decision, new_values = evaluate(checks, [self._get(c.key, now) for c in checks], now, max_wait)
        if decision.allowed and commit:
            for check, value in zip(checks, new_values):
                self._values[check.key] = (value, now + ttl(check, value, now))
            self._maybe_sweep(now)
        return decision

    async def extend_cooldown(self, key: str, until: float, now: float) -> None:
        if until > (self._get(key, now) or 0.0):
            self._values[key] = (until, until)

    def _maybe_sweep(self, now: float) -> None:
        self._writes += 1
        if self._writes % _SWEEP_EVERY == 0:
            self._values = {k: v for k, v in self._values.items() if v[1] > now}

    def __len__(self) -> int:
        return len(self._values)

    async def aclose(self) -> None:
        return None
