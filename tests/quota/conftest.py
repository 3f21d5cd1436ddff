"""Quota fixtures: a real redis-server on a free loopback port (stoppable mid-test, restartable
on the same port), a manual clock for the limiter, and gateways built with quota settings."""

from __future__ import annotations

import io
import json
import subprocess
import time

import pytest
import redis

from gateway.app import Gateway
from tailored_emulator import ManualClock
from gateway.observability.logging import build_logger
from gateway.credentials import token_sha256
from tests.conftest import gateway_settings
from tests.support import free_port, require_binary  # noqa: F401  (re-exported to the quota tests)

ALPHA_TOKEN = "tok-quota-alpha-1"
ALPHA = (("api_token", ALPHA_TOKEN),)  # the tenants file binds this token to the named tenant `alpha`


class RedisServer:
    """One redis-server process without persistence, on 127.0.0.1."""

    def __init__(self, binary: str):
        self.binary = binary
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        args = [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis(port=self.port, socket_connect_timeout=0.2)
        deadline = time.monotonic() + 10
        while True:  # bounded wait for the port: the server is a separate process
            try:
                client.ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    raise RuntimeError("redis-server did not start")
                time.sleep(0.02)
            finally:
                client.close()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)
        self.proc = None


@pytest.fixture
def redis_server():
    server = RedisServer(require_binary("redis-server"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def qclock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def quota_file(tmp_path):
    def write(spec: dict) -> str:
        path = tmp_path / "quota.json"
        path.write_text(json.dumps(spec))
        return str(path)

    return write


@pytest.fixture
def tenants_file(tmp_path) -> str:
    """Binds ALPHA's token to the named tenant `alpha` by its fingerprint."""
    path = tmp_path / "tenants.json"
    path.write_text(json.dumps({"tenants": [{"name": "alpha", "token_sha256": token_sha256(ALPHA_TOKEN)}]}))
    return str(path)


@pytest.fixture
async def make_gateway(emulator, qclock, tenants_file):
    """`await make_gateway(**settings)` -> a started gateway with `.test_log` (its log lines)."""
    started = []

    async def make(transport_factory=None, **overrides) -> Gateway:
        overrides.setdefault("tenants_file", tenants_file)
        overrides.setdefault("metrics_port", -1)  # metrics read in-process; no HTTP server to stop
        stream = io.StringIO()
        gw = Gateway(
            gateway_settings(emulator.url, **overrides),
            logger=build_logger("debug", stream),
            quota_clock=qclock.now,
            transport_factory=transport_factory,
        )
        gw.test_log = stream
        await gw.start()
        started.append(gw)
        return gw

    yield make
    for gw in started:
        await gw.stop(0)
