"""Rate limits, quota, injected faults, the request log and the admin API."""
from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from tailored_emulator import EmulatorConfig, ManualClock, serve
from tailored_emulator.cli import build_parser, config_from_args
from .conftest import OTHER, TOKEN, make_model

pytestmark = pytest.mark.asyncio


async def test_rate_limit_per_org_and_route_with_retry_after(client, emu):
    r = await client.put("/_emulator/config", json={"plan": "free"})
    assert r.json()["rate_limit_rpm"] == 10
    for _ in range(10):
        assert (await client.get("/v1/tailored-gen/projects")).status_code == 200
    limited = await client.get("/v1/tailored-gen/projects")
    assert limited.status_code == 429 and limited.headers["retry-after"] == "6"
    assert "message" in limited.json()
    assert (await client.get("/v1/tailored-gen/models")).status_code == 200  # other route
    assert (await client.get("/v1/tailored-gen/projects", headers={"api_token": OTHER})).status_code == 200
    for _ in range(10):
        await client.get("/v2/status/x")
    v2 = await client.get("/v2/status/x")
    assert v2.status_code == 429 and v2.json()["error"]["code"] == 429 and "request_id" in v2.json()
    emu.advance(6)
    assert (await client.get("/v1/tailored-gen/projects")).status_code == 200


async def test_quota_mode_returns_bare_string_403(client, emu):
    emu.update_config(quota_requests=2)
    await client.get("/v1/tailored-gen/projects")
    await client.get("/v1/tailored-gen/projects")
    r = await client.get("/v1/tailored-gen/projects")
    assert r.status_code == 403 and r.json().startswith("Quota exceeded: Free users")


async def test_error_faults_keep_family_shapes_and_count(client, emu):
    r = await client.post("/_emulator/faults", json={"kind": "error", "status": 503, "route": "/v1/*",
                                                     "method": "GET", "count": 2, "retry_after": 3})
    assert r.status_code == 201
    first = await client.get("/v1/tailored-gen/projects")
    assert first.status_code == 503 and first.json() == {"message": "Service Unavailable"}
    assert first.headers["retry-after"] == "3"
    assert (await client.get("/v1/tailored-gen/models/1/checkpoints")).json() == "Service Unavailable"
    assert (await client.get("/v1/tailored-gen/projects")).status_code == 200  # count used up
    emu.add_fault("error", route="/v2/status/*", status=500, count=1)
    body = (await client.get("/v2/status/abc")).json()
    assert body["error"]["code"] == 500 and "request_id" in body


async def test_html_truncated_reset_and_latency_faults(client, emu):
    emu.add_fault("html", route="/v1/tailored-gen/projects")
    r = await client.get("/v1/tailored-gen/projects")
    assert r.status_code == 502 and r.headers["content-type"] == "text/html" and b"<html>" in r.content
    await client.post("/v1/tailored-gen/projects", json={"project_name": "p", "ip_medium": "illustration",
                                                         "ip_type": "other"})
    emu.add_fault("truncated", route="/v1/tailored-gen/projects", method="GET")
    r = await client.get("/v1/tailored-gen/projects")
    assert r.status_code == 200
    with pytest.raises(ValueError):
        r.json()
    emu.add_fault("reset", route="/v1/tailored-gen/projects")
    with pytest.raises(httpx.TransportError):
        await client.get("/v1/tailored-gen/projects")
    assert (await client.get("/v1/tailored-gen/projects")).status_code == 200  # next one is fine
    emu.add_fault("latency", latency_ms=150, route="/v1/tailored-gen/models")
    started = time.perf_counter()
    assert (await client.get("/v1/tailored-gen/models")).status_code == 200
    assert time.perf_counter() - started >= 0.14
    emu.add_fault("access_denied", route="*", count=1)
    assert (await client.get("/v1/tailored-gen/models")).json().startswith("Access denied")
    emu.add_fault("rate_limit", route="/v2/*", count=1, retry_after=9)
    r = await client.get("/v2/status/x")
    assert r.status_code == 429 and r.headers["retry-after"] == "9"
    faults = (await client.get("/_emulator/faults")).json()
    assert faults == []  # every count-limited fault was used up


async def test_request_log_counts_per_route_template(client, emu):
    async with httpx.AsyncClient(base_url=emu.url) as anonymous:
        await anonymous.get("/v1/tailored-gen/projects/5")  # 401 still counts as received
    await client.get("/v1/tailored-gen/projects/6")
    await client.get("/_emulator/health")  # admin calls are never counted
    log = (await client.get("/_emulator/requests", params={"route": "/v1/tailored-gen/projects/{project_id}"})).json()
    assert log["total"] == 2 and log["counts"] == [
        {"method": "GET", "route": "/v1/tailored-gen/projects/{project_id}", "count": 2}]
    assert emu.request_count("GET", "/v1/tailored-gen/projects/{project_id}") == 2
    assert (await client.delete("/_emulator/requests")).status_code == 204
    assert emu.request_count() == 0
    assert (await client.get("/v1/nothing/here")).status_code == 404
    assert (await client.delete("/v1/tailored-gen/projects")).status_code == 405


async def test_admin_reset_clock_and_config(client, emu, clock):
    await make_model(client, emu)
    before = (await client.get("/_emulator/clock")).json()["now"]
    r = await client.post("/_emulator/clock/advance", json={"seconds": 30})
    assert r.json()["now"] == before + 30 == clock.now()
    assert (await client.put("/_emulator/config", json={"nope": 1})).status_code == 400
    r = await client.put("/_emulator/config", json={"durations": {"training": 60}})
    assert r.json()["durations"]["training"] == 60
    assert (await client.post("/_emulator/faults", json={"kind": "bogus"})).status_code == 400
    assert (await client.post("/_emulator/reset")).json() == {"reset": True}
    assert (await client.get("/v1/tailored-gen/models")).json() == []


async def test_two_emulators_in_one_process_are_independent():
    a = await serve(EmulatorConfig(), clock=ManualClock())
    b = await serve(EmulatorConfig(), clock=ManualClock())
    try:
        async with httpx.AsyncClient(headers={"api_token": TOKEN}) as c:
            await c.post(f"{a.url}/v1/tailored-gen/projects",
                         json={"project_name": "p", "ip_medium": "illustration", "ip_type": "other"})
            assert len((await c.get(f"{a.url}/v1/tailored-gen/projects")).json()) == 1
            assert (await c.get(f"{b.url}/v1/tailored-gen/projects")).json() == []
    finally:
        await asyncio.gather(a.stop(), b.stop())


async def test_cli_builds_config():
    args = build_parser().parse_args(["--port", "0", "--plan", "payg", "--time-scale", "0.5",
                                      "--training-seconds", "8", "--invalid-token", "bad",
                                      "--token-org", "t1=acme", "--fault", '{"kind": "error", "count": null}'])
    config = config_from_args(args)
    assert config.rate_limit_rpm == 60 and config.durations.training == 4
    assert config.invalid_tokens == {"bad"} and config.token_orgs == {"t1": "acme"}
    assert config.faults[0].kind == "error" and config.faults[0].count is None
