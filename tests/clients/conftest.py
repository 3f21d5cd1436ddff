"""What every client proof runs against: a real gateway on 127.0.0.1 (port 0) in front of its
own emulator running on the real clock with the demo's short durations (training completes in
seconds), with fast Watch polling, and a named tenant whose quota is one call a minute so a
client can meet a real quota rejection. Each language's test starts its toolchain as a
subprocess pointed at `target.address`, then reads the gateway's own gauges."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass

import pytest

from gateway.app import Gateway
from gateway.credentials import token_sha256
from gateway.observability.logging import build_logger
from tailored_emulator import EmulatorConfig, serve
from tailored_emulator.demo import DURATIONS
from tests.conftest import gateway_settings

TOKEN = "tok-client-proof-5b1e"  # the organisation's token the clients send
QUOTA_TOKEN = "tok-client-quota-8c2d"  # bound to the tenant `probe`: one call a minute


@dataclass
class Target:
    address: str  # host:port of the gateway
    token: str
    quota_token: str
    gateway: Gateway

    def gauge(self, name: str) -> float:
        return self.gateway.metrics.registry.get_sample_value(name) or 0.0

    async def wait_gauge(self, name: str, value: float, timeout: float = 10.0) -> float:
        """The gauge once it reads `value`, or its last reading after `timeout` (bounded poll)."""
        deadline = time.monotonic() + timeout
        while self.gauge(name) != value and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        return self.gauge(name)


@pytest.fixture(scope="module")
async def target(tmp_path_factory):
    emulator = await serve(EmulatorConfig(durations=DURATIONS))
    folder = tmp_path_factory.mktemp("client-gateway")
    quota = folder / "quota.json"
    quota.write_text(json.dumps({"tenants": {"probe": {"rate": "1/m", "burst": 1}}}))
    tenants = folder / "tenants.json"
    tenants.write_text(json.dumps({"tenants": [{"name": "probe", "token_sha256": token_sha256(QUOTA_TOKEN)}]}))
    settings = gateway_settings(
        emulator.url, quota_file=str(quota), tenants_file=str(tenants),
        watch_poll_initial_seconds=0.2, watch_poll_max_seconds=0.5,
    )
    gateway = Gateway(settings, logger=build_logger("warning"))
    await gateway.start()
    try:
        yield Target(f"127.0.0.1:{gateway.port}", TOKEN, QUOTA_TOKEN, gateway)
    finally:
        await gateway.stop(0)
        await emulator.stop()
