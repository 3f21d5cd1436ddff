"""Quotas: fair spending of the shared upstream budget between tenants (see README.md).
`build_limiter` wires the pieces from the quota section of the settings; everything else is
injected."""

from __future__ import annotations

import time
from typing import Callable

from grpc import StatusCode

from ..settings import QuotaSection
from .fallback import FallbackStore
from .limiter import OTHER_TENANTS, QUOTAS, Budget, Limiter, Permit, org_of
from .policy import QuotaConfigError, TenantQuota, UpstreamBudget, load_policy
from .store_memory import MemoryStore

__all__ = ["Budget", "Limiter", "Permit", "build_limiter", "org_of"]
REJECTION_CODES = {"RESOURCE_EXHAUSTED": StatusCode.RESOURCE_EXHAUSTED, "UNAVAILABLE": StatusCode.UNAVAILABLE}


def build_limiter(section: QuotaSection, metrics, log, clock: Callable[[], float] = time.time) -> Limiter:
    code = REJECTION_CODES.get(section.rejection_code)
    if code is None:
        raise QuotaConfigError(f"quota_rejection_code must be one of {sorted(REJECTION_CODES)}")
    default = TenantQuota(section.rate, section.burst, section.daily)
    upstream = UpstreamBudget(section.upstream_rate, section.upstream_burst)
    policy = load_policy(section.file, default, upstream)
    limiter = Limiter(
        policy,
        _store(section, metrics, log),
        clock=clock,
        metrics=metrics,
        reject_code=code,
        cooldown_seconds=section.cooldown_seconds,
    )
    metrics.add_quota_collector(limiter.live_remaining)
    for tenant in (*policy.tenants, OTHER_TENANTS):  # zero first, so rate() sees the first refusal
        for quota in QUOTAS:
            metrics.quota_rejections.labels(tenant, quota)
    return limiter


def _store(section: QuotaSection, metrics, log):
    if not section.redis_url:
        return MemoryStore()

    def on_change(degraded: bool, error: str) -> None:
        metrics.quota_store_fallback.set(1 if degraded else 0)
        if degraded:
            metrics.quota_store_fallbacks.inc()
            log.warning("quota_store_fallback", error=error, replicas=section.replicas)
        else:
            log.info("quota_store_recovered")

    from .store_redis import RedisStore, connect  # redis-py loads only with a Redis URL

    shared = RedisStore(connect(section.redis_url, section.redis_timeout_seconds))
    return FallbackStore(shared, replicas=section.replicas, retry_seconds=section.redis_retry_seconds, on_change=on_change)
