"""The session's shared emulator and shared gateway (tests/conftest.py) keep tests apart: one test
leaves state behind, the next sees none of it, and both were served by the same instances. The
shared gateway's guard sees each kind of state a test could leave in a gateway."""

from __future__ import annotations

import asyncio

import grpc
import pytest

from bria.tailored.v1 import projects_pb2 as pp
from tests.conftest import METADATA, _footprint, log_lines
from tests.integration.rpc_builders import project, stubs

_seen: dict[str, object] = {}


async def _list(gw) -> list:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as ch:
        return list((await stubs(ch).projects.ListProjects(pp.ListProjectsRequest(), metadata=METADATA)).projects)


async def test_leak_check_first_leaves_resources_and_log_lines(shared_gateway, emulator, log_stream):
    _seen.update(gateway=shared_gateway, emulator=emulator.port)
    async with grpc.aio.insecure_channel(f"127.0.0.1:{shared_gateway.port}") as ch:
        await project(stubs(ch))
    assert len(await _list(shared_gateway)) == 1
    assert any(line.get("event") == "rpc" for line in log_lines(log_stream))


async def test_leak_check_then_sees_none_of_it(shared_gateway, emulator, log_stream):
    assert shared_gateway is _seen["gateway"] and emulator.port == _seen["emulator"]
    assert log_lines(log_stream) == []  # the previous test's lines went to its own stream
    assert await _list(shared_gateway) == []
    assert emulator.request_count() == 1  # the ListProjects just made


async def test_the_guard_sees_a_call_left_in_flight_and_a_quota_cool_down(gateway, emulator):
    """On a gateway of this test's own: what the shared gateway's guard would refuse."""
    before = _footprint(gateway)
    emulator.add_fault("latency", route="/v1/tailored-gen/projects", method="GET", latency_ms=60_000)
    held = asyncio.create_task(_list(gateway))
    deadline = asyncio.get_running_loop().time() + 10
    while _footprint(gateway)["in_flight"] == before["in_flight"]:
        assert asyncio.get_running_loop().time() < deadline, "the held call never started"
        await asyncio.sleep(0.005)
    held.cancel()
    await asyncio.gather(held, return_exceptions=True)

    emulator.clear_faults()
    emulator.add_fault("rate_limit", route="/v1/tailored-gen/projects", method="GET", retry_after=60)
    with pytest.raises(grpc.aio.AioRpcError) as err:
        await _list(gateway)
    assert err.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert _footprint(gateway)["cooldowns"] == before["cooldowns"] + 1
