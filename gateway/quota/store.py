"""What a quota store does: evaluate a set of checks atomically and store their new state only
when the whole set passes (so a call refused by one budget spends none of the others)."""

from __future__ import annotations

from typing import Protocol, Sequence

from .gcra import Check, Decision


class StoreUnavailable(Exception):
    """The shared store cannot answer right now (connection refused, timeout)."""


class Store(Protocol):
    async def run(
        self, checks: Sequence[Check], now: float, *, max_wait: float = 0.0, commit: bool = True
    ) -> Decision:
        """Evaluate `checks` at `now`; store the new values if allowed and `commit`."""

    async def extend_cooldown(self, key: str, until: float, now: float) -> None:
        """Make the cool-down at `key` last at least until `until`."""

    async def aclose(self) -> None: ...
