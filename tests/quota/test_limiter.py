"""The limiter on the memory store with a manual clock: rejections and their details, cool-downs
from Retry-After (seconds and HTTP date), poller reservations, budgets and the live gauge."""

from __future__ import annotations

import email.utils

import grpc
import pytest

from bria.tailored.v1 import projects_pb2 as pp
from tailored_emulator import ManualClock
from gateway.errors import GatewayError
from gateway.observability.metrics import Metrics
from gateway.quota.limiter import Limiter, org_of
from gateway.quota.policy import QuotaPolicy, TenantQuota, UpstreamBudget
from gateway.quota.store_memory import MemoryStore
from tests.quota.test_policy_costs import route

LIST = route("ProjectService/ListProjects")
TEMPLATE = "/v1/tailored-gen/projects"
TOKEN = "tok-unit-1"


@pytest.fixture
def clock():
    return ManualClock()


def limiter(clock, tenants=None, upstream=UpstreamBudget(), **kw) -> Limiter:
    policy = QuotaPolicy(default=TenantQuota(), tenants=tenants or {}, upstream=upstream)
    return Limiter(policy, MemoryStore(), clock=clock.now, metrics=Metrics(), **kw)


async def admitted(lim: Limiter, tenant: str, n: int, token: str = TOKEN) -> list[str]:
    out = []
    for _ in range(n):
        try:
            await lim.admit(tenant, token, LIST, pp.ListProjectsRequest())
            out.append("ok")
        except GatewayError as err:
            out.append(err.metadata["quota"])
    return out


async def test_tenant_rate_then_refill(clock):
    lim = limiter(clock, {"a": TenantQuota(rate=1.0, burst=3)})
    assert await admitted(lim, "a", 4) == ["ok", "ok", "ok", "rate"]
    assert await admitted(lim, "b", 10) == ["ok"] * 10  # unconfigured default: unlimited
    clock.advance(1.0)
    assert await admitted(lim, "a", 2) == ["ok", "rate"]


async def test_rejection_error_carries_the_details(clock):
    lim = limiter(clock, {"a": TenantQuota(rate=0.5, burst=1)})
    await admitted(lim, "a", 1)
    with pytest.raises(GatewayError) as caught:
        await lim.admit("a", TOKEN, LIST, pp.ListProjectsRequest())
    err = caught.value
    assert err.code == grpc.StatusCode.RESOURCE_EXHAUSTED and err.retry_after == pytest.approx(2.0)
    status = err.to_status("rid")
    names = [d.type_url.rsplit(".", 1)[-1] for d in status.details]
    assert {"ErrorInfo", "QuotaFailure", "RetryInfo", "RequestInfo"} <= set(names)
    assert lim.metrics.quota_rejections.labels("a", "rate")._value.get() == 1


async def test_unavailable_mode_and_unknown_tenants_counted_as_other(clock):
    policy = QuotaPolicy(default=TenantQuota(rate=1, burst=1))
    lim = Limiter(policy, MemoryStore(), clock=clock.now, metrics=Metrics(), reject_code=grpc.StatusCode.UNAVAILABLE)
    assert await admitted(lim, "someone", 1) == ["ok"]
    with pytest.raises(GatewayError) as caught:
        await lim.admit("someone", TOKEN, LIST, pp.ListProjectsRequest())
    assert caught.value.code == grpc.StatusCode.UNAVAILABLE
    assert lim.metrics.quota_rejections.labels("other", "rate")._value.get() == 1


async def test_daily_budget_resets_at_utc_midnight(clock):
    lim = limiter(clock, {"a": TenantQuota(daily=2)})
    assert await admitted(lim, "a", 3) == ["ok", "ok", "daily"]
    [daily] = await lim.budgets("a")
    assert (daily.name, daily.limit, daily.remaining) == ("daily", 2, 0)
    assert daily.reset_at == 1_767_225_600.0 + 86400  # the clock starts at 2026-01-01T00:00Z
    clock.advance(86400)
    assert await admitted(lim, "a", 1) == ["ok"]


async def test_upstream_budget_is_per_org_and_endpoint(clock):
    lim = limiter(clock, upstream=UpstreamBudget(rate=1.0, burst=2))
    assert await admitted(lim, "a", 3) == ["ok", "ok", "upstream"]
    assert await admitted(lim, "b", 1) == ["upstream"]  # same org: shared budget
    assert await admitted(lim, "b", 2, token="tok-other-org") == ["ok", "ok"]


@pytest.mark.parametrize("header, seconds", [("7", 7.0), (None, 1.0), ("garbage", 1.0)])
async def test_upstream_429_cools_down(clock, header, seconds):
    lim = limiter(clock)
    assert await lim.upstream_rejected(org_of(TOKEN), TEMPLATE, header) == seconds
    assert await admitted(lim, "a", 1) == ["cooldown"]
    assert await admitted(lim, "a", 1, token="tok-other-org") == ["ok"]
    clock.advance(seconds)
    assert await admitted(lim, "a", 1) == ["ok"]


async def test_retry_after_as_http_date(clock):
    lim = limiter(clock)
    header = email.utils.formatdate(clock.now() + 30, usegmt=True)
    assert await lim.upstream_rejected(org_of(TOKEN), TEMPLATE, header) == pytest.approx(30, abs=1)
    clock.advance(29)
    assert await admitted(lim, "a", 1) == ["cooldown"]
    clock.advance(1)
    assert await admitted(lim, "a", 1) == ["ok"]


async def test_cooldown_only_lengthens(clock):
    lim = limiter(clock)
    await lim.upstream_rejected(org_of(TOKEN), TEMPLATE, "10")
    await lim.upstream_rejected(org_of(TOKEN), TEMPLATE, "2")
    clock.advance(5)
    assert await admitted(lim, "a", 1) == ["cooldown"]


async def test_pollers_reserve_from_the_same_budget(clock):
    lim = limiter(clock, upstream=UpstreamBudget(rate=0.5, burst=1))  # one per 2 s
    org = org_of(TOKEN)
    permits = [await lim.reserve_upstream(org, TEMPLATE) for _ in range(3)]
    assert [(p.granted, p.wait) for p in permits] == [(True, 0), (True, 2), (True, 4)]
    assert await admitted(lim, "a", 1) == ["upstream"]  # unary calls see the polls
    assert not (await lim.reserve_upstream(org, TEMPLATE, max_wait=1)).granted
    await lim.upstream_rejected(org, TEMPLATE, "100")
    permit = await lim.reserve_upstream(org, TEMPLATE)
    assert not permit.granted and permit.wait == pytest.approx(100)


async def test_budgets_and_live_gauge_follow_the_clock(clock):
    lim = limiter(clock, {"a": TenantQuota(rate=1.0, burst=5, daily=100)})
    await admitted(lim, "a", 3)
    rate, daily = await lim.budgets("a")
    assert (rate.limit, rate.remaining, rate.reset_at) == (5, 2, clock.now() + 3)
    assert (daily.limit, daily.remaining) == (100, 97)
    clock.advance(2)
    live = {(t, b): (limit, left) for t, b, limit, left in lim.live_remaining()}
    assert live == {("a", "rate"): (5, 4), ("a", "daily"): (100, 97)}
    assert await lim.budgets("nobody") == []


def test_org_is_a_hash_never_the_token():
    org = org_of("tok-secret-abc")
    assert org.startswith("org-") and "secret" not in org and org == org_of("tok-secret-abc")
    assert org != org_of("tok-secret-abd")
