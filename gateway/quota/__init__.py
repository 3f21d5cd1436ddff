"""Quotas: fair spending of the shared upstream budget between tenants (see README.md).
`build_limiter` wires the pieces from the settings; everything else is injected."""

from __future__ import annotations

import time
from typing import Callable

from grpc import StatusCode

from ..settings import Settings
from .fallback import FallbackStore
from .limiter import OTHER_TENANTS, QUOTAS, Budget, Limiter, Permit, org_of
from .policy import QuotaConfigError, TenantQuota, UpstreamBudget, load_policy, parse_rate
from .store_memory import MemoryStore
from .store_redis import RedisStore, connect

__all__ = ["Budget", "Limiter", "Permit", "build_limiter", "org_of"]
REJECTION_CODES = {"RESOURCE_EXHAUSTED": StatusCode.RESOURCE_EXHAUSTED, "UNAVAILABLE": StatusCode.UNAVAILABLE}


def build_limiter(settings: Settings, metrics, log, clock: Callable[[], float] = time.time) -> Limiter:
    code = REJECTION_CODES.get(settings.quota_rejection_code.upper())
    if code is None:
        raise QuotaConfigError(f"quota_rejection_code must be one of {sorted(REJECTION_CODES)}")
    default = TenantQuota(parse_rate(settings.quota_rate or 0), settings.quota_burst, settings.quota_daily)
    upstream = UpstreamBudget(parse_rate(settings.quota_upstream_rate or 0), settings.quota_upstream_burst)
    policy = load_policy(settings.quota_file, default, upstream)
    limiter = Limiter(
        policy,
        _store(settings, metrics, log),
        clock=clock,
        metrics=metrics,
        reject_code=code,
        cooldown_seconds=settings.quota_cooldown_seconds,
    )
    metrics.add_quota_collector(limiter.live_remaining)
    for tenant in (*policy.tenants, OTHER_TENANTS):  # zero first, so rate() sees the first refusal
        for quota in QUOTAS:
            metrics.quota_rejections.labels(tenant, quota)
    return limiter


def _store(settings: Settings, metrics, log):
    if not settings.quota_redis_url:
        return MemoryStore()

    def on_change(degraded: bool, error: str) -> None:
        metrics.quota_store_fallback.set(1 if degraded else 0)
        if degraded:
            metrics.quota_store_fallbacks.inc()
            log.warning("quota_store_fallback", error=error, replicas=settings.quota_replicas)
        else:
            log.info("quota_store_recovered")

    shared = RedisStore(connect(settings.quota_redis_url, settings.quota_redis_timeout_seconds))
    return FallbackStore(
        shared, replicas=settings.quota_replicas, retry_seconds=settings.quota_redis_retry_seconds, on_change=on_change
    )
