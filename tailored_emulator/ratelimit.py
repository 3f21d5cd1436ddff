"""Per-organisation, per-endpoint request limits (token buckets refilled every minute)."""
from __future__ import annotations

import math


class RateLimiter:
    """A bucket per (organisation, route) holding `rpm` tokens that refill at rpm/60 per second."""

    def __init__(self) -> None:
        self._buckets: dict[tuple[str, str], tuple[float, float]] = {}

    def acquire(self, key: tuple[str, str], rpm: int, now: float) -> float | None:
        """None if the request may pass, else the seconds until a token is available."""
        if rpm <= 0:
            return 60.0
        rate = rpm / 60.0
        tokens, last = self._buckets.get(key, (float(rpm), now))
        tokens = min(float(rpm), tokens + (now - last) * rate)
        if tokens >= 1.0:
            self._buckets[key] = (tokens - 1.0, now)
            return None
        self._buckets[key] = (tokens, now)
        return (1.0 - tokens) / rate

    def reset(self) -> None:
        self._buckets.clear()


def retry_after_header(wait: float) -> str:
    return str(max(1, math.ceil(wait)))
