"""A real Prometheus (Debian package) scrapes a real gateway every second; the queries the
dashboard uses (upstream 429 rate, local quota rejection rate, p99 latency by method) are
evaluated through Prometheus's HTTP API. Waits are bounded polls of the API, never fixed."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import time

import grpc
import httpx
import pytest

from bria.tailored.v1 import projects_pb2 as pp
from bria.tailored.v1 import projects_pb2_grpc as pg
from gateway.app import Gateway
from gateway.observability.logging import build_logger
from tests.conftest import METADATA, gateway_settings
from tests.support import require_binary

QUERIES = {
    "upstream_429_rate": "sum by (route) (rate(gateway_upstream_rate_limited_total[1m]))",
    "quota_rejection_rate": "sum by (quota) (rate(gateway_quota_rejections_total[1m]))",
    "p99_latency": "histogram_quantile(0.99, sum by (le, grpc_method) (rate(grpc_server_handling_seconds_bucket[1m])))",
}
LIST_ROUTE = "/v1/tailored-gen/projects"


def _prometheus_binary() -> str:
    return require_binary("prometheus")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def prometheus_for(tmp_path):
    """`prometheus_for(metrics_port)` -> the API base URL of a Prometheus scraping that port."""
    binary, procs = _prometheus_binary(), []

    def start(target_port: int) -> str:
        config = tmp_path / "prometheus.yml"
        config.write_text(
            "global: {scrape_interval: 1s, evaluation_interval: 1s}\n"
            "scrape_configs:\n"
            f"  - job_name: gateway\n    static_configs: [{{targets: ['127.0.0.1:{target_port}']}}]\n"
        )
        port = _free_port()
        args = [binary, f"--config.file={config}", f"--storage.tsdb.path={tmp_path / 'data'}",
                f"--web.listen-address=127.0.0.1:{port}"]
        procs.append(subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        return f"http://127.0.0.1:{port}"

    yield start
    for proc in procs:
        proc.terminate()
        proc.wait(15)


async def _query(client: httpx.AsyncClient, base: str, expr: str) -> list[dict]:
    try:
        reply = await client.get(f"{base}/api/v1/query", params={"query": expr})
    except httpx.TransportError:
        return []  # not listening yet
    body = reply.json()
    assert body["status"] == "success", body
    return body["data"]["result"]


async def _until(client, base: str, expr: str, ok, timeout: float = 20.0) -> list[dict]:
    """Poll `expr` until `ok(result)` (a bounded loop: each scrape takes a second)."""
    deadline = time.monotonic() + timeout
    while True:
        result = await _query(client, base, expr)
        if ok(result):
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"{expr} never satisfied the check; last result {result}")
        await asyncio.sleep(0.25)


def _positive(result: list[dict]) -> bool:
    return any(float(r["value"][1]) > 0 for r in result)


def _nonzero(result: list[dict]) -> dict[str, float]:
    return {next(iter(r["metric"].values())): float(r["value"][1]) for r in result if float(r["value"][1]) > 0}


async def test_dashboard_queries_on_a_real_prometheus(emulator, prometheus_for):
    settings = gateway_settings(emulator.url, quota_rate="1/m", quota_burst=3)
    gw = Gateway(settings, logger=build_logger("warning"))
    await gw.start()
    try:
        base = prometheus_for(gw.metrics_port)
        async with httpx.AsyncClient(timeout=5) as client:
            await _until(client, base, 'up{job="gateway"} == 1', bool)
            # Traffic after the first scrape, so the counters' increase shows in rate().
            emulator.add_fault("rate_limit", route=LIST_ROUTE, retry_after=1)
            async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as ch:
                stub = pg.ProjectServiceStub(ch)
                for _ in range(6):  # 1 upstream 429, then the cool-down and the quota refuse locally
                    with pytest.raises(grpc.aio.AioRpcError):
                        await stub.ListProjects(pp.ListProjectsRequest(), metadata=METADATA)
            upstream_429 = await _until(client, base, QUERIES["upstream_429_rate"], _positive)
            assert list(_nonzero(upstream_429)) == [LIST_ROUTE]  # every route is listed, at 0 until a 429
            rejections = await _until(client, base, QUERIES["quota_rejection_rate"], _positive)
            assert set(_nonzero(rejections)) <= {"rate", "cooldown"}
            p99 = await _until(client, base, QUERIES["p99_latency"], lambda r: any(x["value"][1] != "NaN" for x in r))
            by_method = {r["metric"]["grpc_method"]: float(r["value"][1]) for r in p99}
            assert 0 < by_method["ListProjects"] <= 10
    finally:
        await gw.stop(0)
