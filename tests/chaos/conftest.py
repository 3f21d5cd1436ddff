"""Chaos fixtures: a hostile fake upstream (tests/chaos/hostile.py) on 127.0.0.1 and a real
gateway on port 0 in front of it, with tight bounds so a run of thousands of calls stays
short: a 1 s upstream timeout for calls without a deadline, a 256 KiB response bound, two
attempts for idempotent calls."""

from __future__ import annotations

import grpc
import pytest

from gateway.app import Gateway
from gateway.observability.logging import build_logger
from tests.chaos import stats
from tests.chaos.faults import MAX_BODY
from tests.chaos.hostile import HostileUpstream
from tests.conftest import gateway_settings

UPSTREAM_TIMEOUT = 1.0


@pytest.fixture
async def hostile():
    upstream = await HostileUpstream().start()
    yield upstream
    await upstream.stop()


@pytest.fixture
async def chaos_gateway(hostile, log_stream):
    gw = Gateway(
        gateway_settings(
            hostile.url, upstream_timeout_seconds=UPSTREAM_TIMEOUT, upstream_max_response_bytes=MAX_BODY,
            retry_max_attempts=2, quota_cooldown_seconds=0.0,
        ),
        logger=build_logger("warning", log_stream),
    )
    await gw.start()
    yield gw
    await gw.stop(0)


@pytest.fixture
async def chaos_channel(chaos_gateway):
    async with grpc.aio.insecure_channel(f"127.0.0.1:{chaos_gateway.port}") as ch:
        yield ch


def pytest_terminal_summary(terminalreporter):
    lines = stats.write()
    if lines:
        terminalreporter.section("chaos and fuzz statistics")
        for line in lines:
            terminalreporter.write_line(line)
