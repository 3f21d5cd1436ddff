"""Quotas through the real stack (gRPC client -> gateway -> emulator over sockets, Redis where
shared): rejection status and details, zero upstream requests for refused calls, cool-downs
from upstream 429s, GetQuota, metrics, two replicas on one Redis, and the Redis fallback."""

from __future__ import annotations

import email.utils

import grpc
import httpx
import pytest

from bria.tailored.v1 import projects_pb2 as pp
from bria.tailored.v1 import projects_pb2_grpc as pg
from bria.tailored.v1 import quota_pb2, quota_pb2_grpc
from tests.conftest import details, log_lines
from tests.quota.conftest import ALPHA

LIST_ROUTE = "/v1/tailored-gen/projects"


async def list_projects(gw, metadata=ALPHA) -> str:
    """"OK", or the error's code name and ErrorInfo reason."""
    async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as ch:
        try:
            await pg.ProjectServiceStub(ch).ListProjects(pp.ListProjectsRequest(), metadata=metadata)
            return "OK"
        except grpc.aio.AioRpcError as err:
            return f"{err.code().name}:{details(err)['ErrorInfo'].reason}"


async def rejected(gw, metadata=ALPHA) -> grpc.aio.AioRpcError:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as ch:
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await pg.ProjectServiceStub(ch).ListProjects(pp.ListProjectsRequest(), metadata=metadata)
    return caught.value


def sample(gw, name: str, **labels) -> float | None:
    return gw.metrics.registry.get_sample_value(name, labels)


async def test_rejection_is_resource_exhausted_with_details_and_no_upstream_call(make_gateway, quota_file, emulator, qclock):
    gw = await make_gateway(quota_file=quota_file({"tenants": {"alpha": {"rate": "1/m", "burst": 2}}}))
    assert [await list_projects(gw) for _ in range(2)] == ["OK", "OK"]
    emulator.clear_requests()
    err = await rejected(gw)
    assert err.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    found = details(err)
    assert found["ErrorInfo"].reason == "QUOTA_EXCEEDED" and found["ErrorInfo"].metadata["quota"] == "rate"
    assert found["QuotaFailure"].violations[0].subject == "tenant:alpha"
    assert found["RetryInfo"].retry_delay.seconds == 60
    assert dict(err.trailing_metadata())["grpc-retry-pushback-ms"] == "60000"
    assert emulator.request_count() == 0  # refused without touching the upstream
    assert sample(gw, "gateway_quota_rejections_total", tenant="alpha", quota="rate") == 1
    qclock.advance(60)
    assert await list_projects(gw) == "OK"


async def test_unavailable_mode(make_gateway, emulator):
    gw = await make_gateway(quota_rate="1/m", quota_burst=1, quota_rejection_code="UNAVAILABLE")
    assert await list_projects(gw) == "OK"
    err = await rejected(gw)
    assert err.code() == grpc.StatusCode.UNAVAILABLE
    assert details(err)["ErrorInfo"].reason == "QUOTA_EXCEEDED" and "RetryInfo" in details(err)
    assert sample(gw, "gateway_quota_rejections_total", tenant="other", quota="rate") == 1


async def test_generation_cost_is_its_image_count(make_gateway, quota_file):
    gw = await make_gateway(quota_file=quota_file({"tenants": {"alpha": {"rate": "1/m", "burst": 5}},
                                                  "costs": {"ProjectService/ListProjects": 2}}))
    assert [await list_projects(gw) for _ in range(3)] == ["OK", "OK", "RESOURCE_EXHAUSTED:QUOTA_EXCEEDED"]


async def test_upstream_429_sets_a_cooldown_from_retry_after_seconds(make_gateway, emulator, qclock):
    gw = await make_gateway()
    emulator.add_fault("rate_limit", route=LIST_ROUTE, retry_after=7)
    assert await list_projects(gw) == "RESOURCE_EXHAUSTED:UPSTREAM_RATE_LIMITED"
    emulator.clear_requests()
    err = await rejected(gw)
    assert details(err)["ErrorInfo"].metadata["quota"] == "cooldown"
    assert details(err)["RetryInfo"].retry_delay.seconds == 7
    assert emulator.request_count() == 0
    qclock.advance(6.9)
    assert await list_projects(gw) == "RESOURCE_EXHAUSTED:QUOTA_EXCEEDED"
    qclock.advance(0.1)
    assert await list_projects(gw) == "OK"
    assert sample(gw, "gateway_quota_cooldowns_total", route=LIST_ROUTE) == 1
    assert sample(gw, "gateway_upstream_rate_limited_total", route=LIST_ROUTE) == 1


class DatedRetryAfter(httpx.AsyncBaseTransport):
    """A real HTTP transport whose 429 answers carry Retry-After as an HTTP date instead."""

    def __init__(self, clock, seconds: float):
        self._inner, self._clock, self._seconds = httpx.AsyncHTTPTransport(), clock, seconds

    async def handle_async_request(self, request):
        response = await self._inner.handle_async_request(request)
        if response.status_code == 429:
            response.headers["retry-after"] = email.utils.formatdate(self._clock.now() + self._seconds, usegmt=True)
        return response

    async def aclose(self):
        await self._inner.aclose()


async def test_upstream_429_cooldown_from_http_date(make_gateway, emulator, qclock):
    gw = await make_gateway(transport_factory=lambda: DatedRetryAfter(qclock, 120))
    emulator.add_fault("rate_limit", route=LIST_ROUTE, retry_after=1)
    assert await list_projects(gw) == "RESOURCE_EXHAUSTED:UPSTREAM_RATE_LIMITED"
    qclock.advance(119)
    err = await rejected(gw)
    assert details(err)["ErrorInfo"].metadata["quota"] == "cooldown"
    qclock.advance(1)
    assert await list_projects(gw) == "OK"


async def test_get_quota_answers_remaining_and_reset(make_gateway, quota_file, qclock, emulator):
    gw = await make_gateway(quota_file=quota_file({"tenants": {"alpha": {"rate": "10/m", "burst": 5, "daily": 100}}}))
    assert await list_projects(gw) == "OK"
    emulator.clear_requests()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as ch:
        reply = await quota_pb2_grpc.QuotaServiceStub(ch).GetQuota(quota_pb2.GetQuotaRequest(), metadata=ALPHA)
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await quota_pb2_grpc.QuotaServiceStub(ch).GetQuota(quota_pb2.GetQuotaRequest())
    assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED
    assert reply.tenant == "alpha"
    rate, daily = reply.budgets
    assert (rate.name, rate.limit, rate.remaining) == ("rate", 5, 4)
    assert rate.reset_time.ToNanoseconds() == int((qclock.now() + 6) * 1e9)
    assert (daily.name, daily.limit, daily.remaining) == ("daily", 100, 99)
    assert daily.reset_time.seconds == 1_767_225_600 + 86400
    assert emulator.request_count() == 0  # costs nothing upstream


async def test_item5_metrics_exist_with_closed_label_sets(make_gateway, quota_file):
    gw = await make_gateway(quota_file=quota_file({"defaults": {"rate": "1/m", "burst": 1},
                                                  "tenants": {"alpha": {"rate": "1/m", "burst": 1}}}))
    stranger = (("api_token", "tok-quota-stranger"), ("x-tenant-id", "random-7f3a"))
    for metadata in (ALPHA, ALPHA, stranger, stranger):
        await list_projects(gw, metadata)
    labels = {}
    for family in gw.metrics.registry.collect():
        for s in family.samples:
            labels.setdefault(family.name, set()).update(s.labels)
    expected = {
        "grpc_server_started": {"grpc_type", "grpc_service", "grpc_method"},
        "grpc_server_handled": {"grpc_type", "grpc_service", "grpc_method", "grpc_code"},
        "grpc_server_handling_seconds": {"grpc_type", "grpc_service", "grpc_method", "le"},
        "grpc_server_msg_received": {"grpc_type", "grpc_service", "grpc_method"},
        "gateway_upstream_requests": {"method", "route", "status_class"},
        "gateway_upstream_request_duration_seconds": {"method", "route", "status_class", "le"},
        "gateway_quota_rejections": {"tenant", "quota"},
        "gateway_quota_remaining": {"tenant", "budget"},
        "gateway_quota_limit": {"tenant", "budget"},
        "gateway_quota_store_fallback": set(),
        "gateway_quota_store_fallbacks": set(),
    }
    for name, label_names in expected.items():
        assert name in labels and labels[name] <= label_names, name
    names = {f.name for f in gw.metrics.registry.collect()}
    assert {"grpc_server_msg_sent", "gateway_upstream_rate_limited", "gateway_quota_cooldowns", "gateway_watch_streams",
            "gateway_watch_pollers", "gateway_webhook_deliveries", "gateway_webhook_signature_failures"} <= names
    tenants = {s.labels["tenant"] for f in gw.metrics.registry.collect() for s in f.samples if "tenant" in s.labels}
    assert tenants == {"alpha", "other"}  # never a caller-chosen id
    assert sample(gw, "gateway_quota_remaining", tenant="alpha", budget="rate") == 0


async def test_two_gateways_sharing_redis_never_overspend(make_gateway, quota_file, redis_server, emulator):
    import asyncio

    spec = quota_file({"tenants": {"alpha": {"rate": "1/m", "burst": 6}}})
    # A generous Redis timeout: this test is about the shared store, not the fallback (which a
    # loaded machine could trigger with the 0.1 s default and rightly spend a local share).
    gws = [
        await make_gateway(quota_file=spec, quota_redis_url=redis_server.url, quota_replicas=2,
                           quota_redis_timeout_seconds=5.0)
        for _ in range(2)
    ]
    emulator.clear_requests()
    outcomes = await asyncio.gather(*(list_projects(gws[i % 2]) for i in range(24)))
    assert not any(gw.metrics.registry.get_sample_value("gateway_quota_store_fallbacks_total") for gw in gws)
    assert outcomes.count("OK") == 6
    assert emulator.request_count() == 6
    rejections = sum(sample(gw, "gateway_quota_rejections_total", tenant="alpha", quota="rate") or 0 for gw in gws)
    assert rejections == 18


async def test_redis_stopped_mid_run_falls_back_to_the_share_and_recovers(make_gateway, quota_file, redis_server, qclock):
    spec = quota_file({"tenants": {"alpha": {"rate": "1/h", "burst": 10}}})
    gw = await make_gateway(quota_file=spec, quota_redis_url=redis_server.url, quota_replicas=2)
    assert [await list_projects(gw) for _ in range(2)] == ["OK"] * 2
    redis_server.stop()
    outcomes = [await list_projects(gw) for _ in range(7)]
    assert outcomes == ["OK"] * 5 + ["RESOURCE_EXHAUSTED:QUOTA_EXCEEDED"] * 2  # half of 10, locally
    assert sample(gw, "gateway_quota_store_fallback") == 1
    assert sample(gw, "gateway_quota_store_fallbacks_total") == 1
    redis_server.start()
    qclock.advance(1.0)  # the retry interval
    assert await list_projects(gw) == "OK"  # Redis again (restarted without data: a full bucket)
    assert sample(gw, "gateway_quota_store_fallback") == 0
    events = [line["event"] for line in log_lines(gw.test_log)]
    assert events.count("quota_store_fallback") == 1 and events.count("quota_store_recovered") == 1
    assert "tok-quota-alpha-1" not in gw.test_log.getvalue()
