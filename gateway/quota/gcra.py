"""Pure quota accounting: the three kinds of check a call must pass and their evaluation as one
all-or-nothing decision. No I/O and no clock: `now` is always an argument, so the memory store,
the Redis Lua script (which mirrors this file line for line) and the tests agree exactly.

- GCRA (generic cell rate algorithm): the stored value is the theoretical arrival time (TAT).
  A call of `cost` units moves it `cost * interval` into the future and passes while the TAT
  stays within `burst * interval` of now. A call costlier than the whole burst passes only on a
  full bucket (so a 4-image generation is never refused forever by a 2-unit burst).
- Window: units spent in a fixed window (a UTC day), refused beyond `limit` until it resets.
- Cool-down: a time before which nothing passes (set when the upstream answered 429).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Sequence

GCRA, WINDOW, COOL = "gcra", "window", "cool"


@dataclass(frozen=True)
class Check:
    kind: str
    key: str
    interval: float = 0.0  # GCRA: seconds per unit
    burst: float = 0.0  # GCRA: capacity in units
    limit: float = 0.0  # window: units per window
    resets_at: float = 0.0  # window: end of the current window
    cost: float = 0.0

    @classmethod
    def gcra(cls, key: str, rate: float, burst: float, cost: float) -> "Check":
        return cls(GCRA, key, interval=1.0 / rate, burst=burst, cost=cost)

    @classmethod
    def window(cls, key: str, limit: float, resets_at: float, cost: float) -> "Check":
        return cls(WINDOW, key, limit=limit, resets_at=resets_at, cost=cost)

    @classmethod
    def cool(cls, key: str) -> "Check":
        return cls(COOL, key)

    def share(self, fraction: float) -> "Check":
        """The same check sized for `fraction` of the budget (a replica's local fallback)."""
        if self.kind == GCRA:
            return replace(self, interval=self.interval / fraction, burst=max(self.burst * fraction, 1.0))
        if self.kind == WINDOW:
            return replace(self, limit=math.floor(self.limit * fraction))
        return self


@dataclass(frozen=True)
class Verdict:
    """One check's answer: seconds until it would pass, units left, and when it is full again."""

    wait: float
    remaining: float
    reset_at: float


@dataclass(frozen=True)
class Decision:
    allowed: bool
    wait: float  # seconds until every check would pass (0 when allowed now)
    verdicts: tuple[Verdict, ...]

    @property
    def failed(self) -> int | None:
        """Index of the first check that refused, if any."""
        for i, verdict in enumerate(self.verdicts):
            if verdict.wait > 0:
                return i
        return None


def gcra(check: Check, tat: float | None, now: float) -> tuple[float, Verdict]:
    tat = max(tat or 0.0, now)
    new_tat = tat + check.cost * check.interval
    capacity = max(check.burst, check.cost) * check.interval
    wait = _positive(new_tat - capacity - now)
    spent = tat if wait > 0 else new_tat
    return new_tat, Verdict(wait, max(check.burst - (spent - now) / check.interval, 0.0), spent)


def window(check: Check, used: float | None, now: float) -> tuple[float, Verdict]:
    used = used or 0.0
    new_used = used + check.cost
    wait = max(check.resets_at - now, 0.0) if new_used > check.limit + _EPSILON else 0.0
    spent = used if wait > 0 else new_used
    return new_used, Verdict(wait, max(check.limit - spent, 0.0), check.resets_at)


def cool(check: Check, until: float | None, now: float) -> tuple[float, Verdict]:
    until = max(until or 0.0, now)  # a past cool-down is no cool-down, wherever it is stored
    return until, Verdict(_positive(until - now), 0.0, until)


def _positive(seconds: float) -> float:
    return seconds if seconds > _EPSILON else 0.0


_EPSILON = 1e-9  # float noise, not time
_KINDS = {GCRA: gcra, WINDOW: window, COOL: cool}


def evaluate(
    checks: Sequence[Check], values: Sequence[float | None], now: float, max_wait: float = 0.0
) -> tuple[Decision, list[float]]:
    """Every check against its stored value. Allowed when the longest wait is at most `max_wait`
    (0 for an admission; more for a reservation that waits for its slot). The new values are
    meant to be stored only when allowed, all together."""
    new_values, verdicts = [], []
    for check, value in zip(checks, values):
        new_value, verdict = _KINDS[check.kind](check, value, now)
        new_values.append(new_value)
        verdicts.append(verdict)
    wait = max((v.wait for v in verdicts), default=0.0)
    return Decision(wait <= max_wait, wait, tuple(verdicts)), new_values


def ttl(check: Check, new_value: float, now: float) -> float:
    """How long a stored value matters: a GCRA state until the bucket is full again, a window
    until it resets, a cool-down until it ends."""
    end = check.resets_at if check.kind == WINDOW else new_value
    return max(end - now, 0.0)
