"""Decides whether a call may spend budget: the tenant's rate and daily budget, the shared
cool-down set by an upstream 429, and the upstream budget of the caller's organisation for the
endpoint, evaluated together in one store round trip so a refused call spends nothing. Refusals
never reach the upstream. Also the small API the watch pollers use to draw on the same
upstream budget (`reserve_upstream`, `upstream_rejected`)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable, Iterator
from urllib.parse import quote

from google.protobuf.message import Message
from google.rpc import error_details_pb2
from grpc import StatusCode

from .. import errors
from ..credentials import Caller, org_of  # org_of re-exported: the quota keys' organisation
from ..routing.rules import Route
from .costs import call_cost
from .gcra import GCRA, Check, Verdict
from .policy import QuotaPolicy
from .store import Store

DAY = 86400.0
OTHER_TENANTS = "other"  # the metric label of tenants not named in the quota file
QUOTAS = ("rate", "daily", "cooldown", "upstream")
_WHY = {
    "rate": "tenant rate quota exceeded",
    "daily": "tenant daily budget exhausted",
    "cooldown": "upstream rate limit cool-down (the upstream answered 429)",
    "upstream": "organisation's upstream rate limit for this endpoint reached",
}


@dataclass(frozen=True)
class Permit:
    """`granted`: a slot is reserved, poll after `wait` seconds. Otherwise nothing is reserved
    (a cool-down or the queue is longer than the caller's `max_wait`): ask again after `wait`."""

    granted: bool
    wait: float


@dataclass(frozen=True)
class Budget:
    name: str  # "rate" or "daily"
    limit: float
    remaining: float
    reset_at: float  # seconds since the epoch (on the limiter's clock)


class Limiter:
    def __init__(
        self,
        policy: QuotaPolicy,
        store: Store,
        *,
        clock: Callable[[], float] = time.time,
        metrics=None,
        reject_code: StatusCode = StatusCode.RESOURCE_EXHAUSTED,
        cooldown_seconds: float = 1.0,
    ):
        self.policy = policy
        self.store = store
        self.clock = clock
        self.metrics = metrics
        self.reject_code = reject_code
        self.cooldown_seconds = cooldown_seconds
        self._seen: dict[tuple[str, str], tuple[Check, Verdict]] = {}  # configured tenants only

    # --- unary calls ---------------------------------------------------------------------
    async def admit(self, tenant: str, token: str, route: Route, request: Message) -> None:
        """Spend the call's cost or raise the rejection (a GatewayError) without spending any.
        A subdivision `<parent>/<id>` spends its own budget and its parent's, in one decision."""
        now = self.clock()
        template = route.template.template
        cost = call_cost(route, request, self.policy.costs)
        owners, checks, names = [], [], []
        for owner in filter(None, (Caller(tenant, "").parent, tenant)):
            owned, owned_names = self._tenant_checks(owner, cost, now)
            owners += [owner] * len(owned)
            checks += owned
            names += owned_names
        upstream = self._upstream_checks(org_of(token), template)
        owners += [tenant] * len(upstream)
        checks += upstream
        names += ["cooldown", "upstream"][: len(upstream)]
        decision = await self.store.run(checks, now)
        for owner in dict.fromkeys(owners):
            mine = [i for i, o in enumerate(owners) if o == owner]
            self._remember(
                owner, [checks[i] for i in mine], [names[i] for i in mine], [decision.verdicts[i] for i in mine],
                decision.allowed,
            )
        if not decision.allowed:
            failed = decision.failed or 0
            raise self._rejection(owners[failed], template, names[failed], decision.wait)

    async def upstream_rejected(self, org: str, route_template: str, retry_after: str | None) -> float:
        """An upstream 429: every replica holds calls for this organisation and endpoint until
        Retry-After (seconds or an HTTP date) has passed. Returns the cool-down in seconds."""
        now = self.clock()
        seconds = errors.retry_after(retry_after, now)
        seconds = self.cooldown_seconds if seconds is None else seconds
        await self.store.extend_cooldown(_cool_key(org, route_template), now + seconds, now)
        if self.metrics is not None:
            self.metrics.quota_cooldowns.labels(route_template).inc()
        return seconds

    # --- pollers (watch streams) -----------------------------------------------------------
    async def reserve_upstream(self, org: str, route_template: str, max_wait: float = 60.0) -> Permit:
        """Reserve one upstream request of `org` on the endpoint, at most `max_wait` ahead."""
        now = self.clock()
        checks = self._upstream_checks(org, route_template)
        decision = await self.store.run(checks, now, max_wait=max_wait)
        return Permit(decision.allowed, decision.wait)

    # --- reporting -------------------------------------------------------------------------
    async def budgets(self, tenant: str) -> list[Budget]:
        """The tenant's budgets now (spends nothing)."""
        now = self.clock()
        checks, names = self._tenant_checks(tenant, 0.0, now)
        if not checks:
            return []
        decision = await self.store.run(checks, now, commit=False)
        self._remember(tenant, checks, names, decision.verdicts, True)
        return [
            Budget(name, _limit(c), v.remaining, v.reset_at) for name, c, v in zip(names, checks, decision.verdicts)
        ]

    def live_remaining(self) -> Iterator[tuple[str, str, float, float]]:
        """(tenant, budget, limit, remaining) of every configured tenant at this instant, from the
        last state this replica saw: for the scrape-time collector (a bounded set of labels)."""
        now = self.clock()
        for tenant in self.policy.tenants:
            for check, name in zip(*self._tenant_checks(tenant, 0.0, now)):
                seen = self._seen.get((tenant, name))
                yield tenant, name, _limit(check), _refilled(check, seen, now)

    async def aclose(self) -> None:
        await self.store.aclose()

    # --- internals -----------------------------------------------------------------------
    def _tenant_checks(self, tenant: str, cost: float, now: float) -> tuple[list[Check], list[str]]:
        quota, key = self.policy.for_tenant(tenant), "t:" + quote(tenant, safe="")
        checks, names = [], []
        if quota.rate > 0:
            checks.append(Check.gcra(f"{key}:rate", quota.rate, quota.capacity, cost))
            names.append("rate")
        if quota.daily > 0:
            day = int(now // DAY)
            checks.append(Check.window(f"{key}:day:{day}", quota.daily, (day + 1) * DAY, cost))
            names.append("daily")
        return checks, names

    def _upstream_checks(self, org: str, template: str) -> list[Check]:
        checks = [Check.cool(_cool_key(org, template))]
        rate, burst = self.policy.upstream.for_route(template)
        if rate > 0:
            checks.append(Check.gcra(f"u:{org}:{_route_key(template)}:rate", rate, burst, 1.0))
        return checks

    def _remember(self, tenant: str, checks: list[Check], names: list[str], verdicts, spent: bool) -> None:
        """Keep the state a verdict reveals: all of them when the call spent, else only the
        refusing ones (the others describe a spend that did not happen)."""
        if tenant in self.policy.tenants:
            for check, name, verdict in zip(checks, names, verdicts):
                if name in ("rate", "daily") and (spent or verdict.wait > 0):
                    self._seen[(tenant, name)] = (check, verdict)

    def _rejection(self, tenant: str, template: str, quota: str, wait: float) -> errors.GatewayError:
        if self.metrics is not None:
            label = tenant if tenant in self.policy.tenants else OTHER_TENANTS
            self.metrics.quota_rejections.labels(label, quota).inc()
        subject = f"tenant:{tenant}" if quota in ("rate", "daily") else f"organization:{template}"
        violation = error_details_pb2.QuotaFailure.Violation(subject=subject, description=_WHY[quota])
        return errors.GatewayError(
            self.reject_code,
            f"{_WHY[quota]}; retry in {wait:.3f}s",
            errors.R.ERROR_REASON_QUOTA_EXCEEDED,
            details=[error_details_pb2.QuotaFailure(violations=[violation])],
            metadata={"quota": quota, "tenant": tenant, "route": template},
            retry_after=wait,
        )


def _cool_key(org: str, template: str) -> str:
    return f"u:{org}:{_route_key(template)}:cool"


def _route_key(template: str) -> str:
    return template.replace("{", "<").replace("}", ">")  # braces are hash tags to Redis


def _limit(check: Check) -> float:
    return check.burst if check.kind == GCRA else check.limit


def _refilled(check: Check, seen: tuple[Check, Verdict] | None, now: float) -> float:
    """Units left at `now` given the last verdict (a bucket refills; a window resets)."""
    if seen is None or now >= seen[1].reset_at:
        return _limit(check)
    if check.kind == GCRA:
        return max(min(check.burst - (seen[1].reset_at - now) / check.interval, check.burst), 0.0)
    return seen[1].remaining
