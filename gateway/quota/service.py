"""QuotaService.GetQuota: the calling tenant's budgets, answered by the gateway itself."""

from __future__ import annotations

from google.protobuf import timestamp_pb2

from bria.tailored.v1 import quota_pb2

from ..credentials import Credentials
from .limiter import Limiter

GET_QUOTA = "/bria.tailored.v1.QuotaService/GetQuota"


def quota_handlers(limiter: Limiter, credentials: Credentials) -> dict:
    """Native handlers (full method -> `async fn(request, context, state)`) of QuotaService."""

    async def get_quota(request, context, state) -> quota_pb2.GetQuotaResponse:
        caller = credentials.resolve(state.metadata)
        state.tenant = caller.tenant
        budgets = await limiter.budgets(caller.tenant)
        return quota_pb2.GetQuotaResponse(tenant=caller.tenant, budgets=[_budget(b) for b in budgets])

    return {GET_QUOTA: get_quota}


def _budget(budget) -> quota_pb2.QuotaBudget:
    reset = timestamp_pb2.Timestamp()
    reset.FromNanoseconds(int(budget.reset_at * 1e9))
    return quota_pb2.QuotaBudget(
        name=budget.name, limit=int(budget.limit), remaining=int(budget.remaining), reset_time=reset
    )
