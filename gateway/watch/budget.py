"""Polls spend the same per-organisation, per-endpoint upstream budget as unary calls: a poll
waits for a slot of the quota component's upstream rate (and for any cool-down an upstream 429
set) before it goes out, so watchers never push the organisation over its plan's limit."""

from __future__ import annotations

from typing import Mapping

from ..quota.limiter import Limiter, org_of
from ..routing.rules import Route
from .resources import Target
from .timing import Timer

MAX_WAIT = 30.0  # reserve at most this far ahead; beyond it, wait and ask again
MIN_RETRY = 0.1


class LimiterBudget:
    def __init__(self, limiter: Limiter, routes: Mapping[str, Route], timer: Timer):
        self._limiter, self._routes, self._timer = limiter, routes, timer

    async def reserve(self, target: Target, token: str) -> None:
        route = self._routes.get(target.kind.route)
        if route is None:  # v1 placeholder files are plain downloads, not API calls
            return
        org, template = org_of(token), route.template.template
        while True:
            permit = await self._limiter.reserve_upstream(org, template, max_wait=MAX_WAIT)
            if permit.granted:
                if permit.wait > 0:
                    await self._timer.sleep(permit.wait)
                return
            await self._timer.sleep(max(permit.wait, MIN_RETRY))
