"""Nobody spends another tenant's quota: a named tenant is selected only by a credential the
gateway checks (its tenant key, or its token's fingerprint in the tenants file). A declared
`x-tenant-id` only subdivides the caller's own organisation, and its budget is also charged to
that organisation, so rotating the id buys nothing. Real gateway, real emulator, real sockets."""

from __future__ import annotations

import json

import grpc

from bria.tailored.v1 import quota_pb2, quota_pb2_grpc
from gateway.credentials import anonymous_tenant, token_sha256
from tests.conftest import details
from tests.quota.test_quota_integration import list_projects, sample

SEARCH_TOKEN = "tok-search-real-91c2"
SEARCH = (("api_token", SEARCH_TOKEN),)
EVIL = "tok-evil-5d0e"


def _tenants(tmp_path, tenants: list[dict]) -> str:
    path = tmp_path / "tenants-identity.json"
    path.write_text(json.dumps({"tenants": tenants}))
    return str(path)


async def test_a_declared_tenant_id_cannot_spend_a_named_tenants_quota(make_gateway, quota_file, tmp_path, emulator):
    """The reproduction: `search` has 2 calls a minute; a caller with its own token that says
    `x-tenant-id: search` must not touch that budget."""
    gw = await make_gateway(
        quota_file=quota_file({"tenants": {"search": {"rate": "2/m", "burst": 2}}}),
        tenants_file=_tenants(tmp_path, [{"name": "search", "token_sha256": token_sha256(SEARCH_TOKEN)}]),
    )
    spoof = (("api_token", EVIL), ("x-tenant-id", "search"))
    assert [await list_projects(gw, spoof) for _ in range(2)] == ["OK", "OK"]
    assert [await list_projects(gw, SEARCH) for _ in range(2)] == ["OK", "OK"]  # untouched
    assert await list_projects(gw, SEARCH) == "RESOURCE_EXHAUSTED:QUOTA_EXCEEDED"  # and it is really 2/m
    assert await list_projects(gw, spoof) == "OK"  # the spoofer spends its own (unlimited) default
    assert sample(gw, "gateway_quota_rejections_total", tenant="search", quota="rate") == 1
    assert sample(gw, "gateway_quota_rejections_total", tenant="other", quota="rate") == 0
    async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as ch:
        reply = await quota_pb2_grpc.QuotaServiceStub(ch).GetQuota(quota_pb2.GetQuotaRequest(), metadata=spoof)
    assert reply.tenant == anonymous_tenant(EVIL) + "/search"


async def test_rotating_the_tenant_id_buys_no_fresh_budget(make_gateway, quota_file, tmp_path):
    gw = await make_gateway(quota_file=quota_file({"defaults": {"rate": "2/m", "burst": 2}}))
    outcomes = [await list_projects(gw, (("api_token", EVIL), ("x-tenant-id", f"rot-{i}"))) for i in range(6)]
    assert outcomes == ["OK", "OK"] + ["RESOURCE_EXHAUSTED:QUOTA_EXCEEDED"] * 4
    other_org = (("api_token", "tok-innocent-77aa"), ("x-tenant-id", "rot-0"))
    assert await list_projects(gw, other_org) == "OK"  # another organisation's bucket is its own


async def test_the_refusal_names_the_budget_that_ran_out(make_gateway, quota_file, tmp_path):
    gw = await make_gateway(quota_file=quota_file({"defaults": {"rate": "2/m", "burst": 2}}))
    for i in range(2):
        await list_projects(gw, (("api_token", EVIL), ("x-tenant-id", f"rot-{i}")))
    async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as ch:
        from bria.tailored.v1 import projects_pb2 as pp
        from bria.tailored.v1 import projects_pb2_grpc as pg

        try:
            await pg.ProjectServiceStub(ch).ListProjects(
                pp.ListProjectsRequest(), metadata=(("api_token", EVIL), ("x-tenant-id", "rot-9"))
            )
            raise AssertionError("not refused")
        except grpc.aio.AioRpcError as err:
            found = details(err)
    assert found["QuotaFailure"].violations[0].subject == f"tenant:{anonymous_tenant(EVIL)}"
    assert EVIL not in str(found)


async def test_a_tenant_key_selects_its_tenant_and_conflicting_credentials_are_refused(make_gateway, quota_file, tmp_path):
    gw = await make_gateway(
        quota_file=quota_file({"tenants": {"search": {"rate": "1/m", "burst": 1}}}),
        tenants_file=_tenants(tmp_path, [{"name": "search", "key": "key-search-3e1", "api_token": SEARCH_TOKEN}]),
    )
    keyed = (("x-tenant-key", "key-search-3e1"),)
    assert await list_projects(gw, keyed) == "OK"
    assert await list_projects(gw, keyed) == "RESOURCE_EXHAUSTED:QUOTA_EXCEEDED"
    assert await list_projects(gw, (*keyed, ("api_token", EVIL))) == "UNAUTHENTICATED:API_TOKEN_INVALID"
    assert await list_projects(gw, (("api_token", EVIL), ("api_token", "tok-other"))) == "UNAUTHENTICATED:API_TOKEN_INVALID"
    assert await list_projects(gw, (("x-tenant-key", "key-search-3e1"), ("x-tenant-key", "key-x"))) == (
        "UNAUTHENTICATED:API_TOKEN_INVALID"
    )


async def test_trusted_header_mode_takes_the_tenant_id_as_is(make_gateway, quota_file, tmp_path):
    """Behind a proxy that authenticates callers and sets the header, the id names the tenant."""
    gw = await make_gateway(
        quota_file=quota_file({"tenants": {"search": {"rate": "1/m", "burst": 1}}}), tenant_id_trusted=True
    )
    via_proxy = (("api_token", EVIL), ("x-tenant-id", "search"))
    assert await list_projects(gw, via_proxy) == "OK"
    assert await list_projects(gw, via_proxy) == "RESOURCE_EXHAUSTED:QUOTA_EXCEEDED"
    assert sample(gw, "gateway_quota_rejections_total", tenant="search", quota="rate") == 1


async def test_a_quota_for_a_tenant_no_credential_selects_is_logged_at_start(make_gateway, quota_file):
    gw = await make_gateway(quota_file=quota_file({"tenants": {"ghost": {"rate": "1/m"}}}))
    lines = [json.loads(line) for line in gw.test_log.getvalue().splitlines()]
    assert {"event": "quota_tenant_without_credential", "tenant": "ghost"}.items() <= next(
        line for line in lines if line["event"] == "quota_tenant_without_credential"
    ).items()
