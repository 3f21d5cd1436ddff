"""`tailored-gateway serve --workers 2` as real processes on loopback: both workers answer RPCs
on the one gRPC port (two PIDs in the `rpc` log lines, each worker's own /metrics counting its
calls), SIGTERM drains both and the supervisor exits 0, and a worker killed under it takes the
other down and the supervisor exits non-zero (gateway/workers.py). Every wait is bounded."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys

import grpc
import httpx
import pytest

from bria.tailored.v1 import generation_pb2 as G
from bria.tailored.v1 import generation_pb2_grpc
from bria.tailored.v1 import projects_pb2 as pp
from bria.tailored.v1 import projects_pb2_grpc as pg
from gateway import webhook_signing
from gateway.settings import Settings
from gateway.__main__ import worker_settings
from gateway.watch import webhooks
from tests.conftest import METADATA, TOKEN
from tests.quota.conftest import redis_server  # noqa: F401  (fixture)
from tests.support import free_port
from tests.watch.conftest import trained_model

GRACE = 3.0  # GATEWAY_SHUTDOWN_GRACE_SECONDS of the workers


class Supervisor:
    """`serve --workers 2` with its stderr (every process's JSON lines) read as it comes."""

    def __init__(self, proc: asyncio.subprocess.Process, port: int):
        self.proc, self.port = proc, port
        self.lines: list[dict] = []
        self.raw: list[str] = []
        self._changed = asyncio.Condition()
        self._reader = asyncio.ensure_future(self._read())

    async def _read(self) -> None:
        while line := await self.proc.stderr.readline():
            text = line.decode(errors="replace").strip()
            self.raw.append(text)
            try:
                event = json.loads(text)
            except ValueError:
                continue
            async with self._changed:
                self.lines.append(event)
                self._changed.notify_all()

    def events(self, name: str) -> list[dict]:
        return [e for e in self.lines if e.get("event") == name]

    async def until(self, predicate, timeout: float = 20.0) -> None:
        async def wait() -> None:
            async with self._changed:
                await self._changed.wait_for(predicate)

        try:
            await asyncio.wait_for(wait(), timeout)
        except asyncio.TimeoutError:
            raise AssertionError("timed out; log:\n" + "\n".join(self.raw[-40:])) from None

    async def workers(self) -> dict[int, dict]:
        """worker index -> its gateway_started line, once both have started."""
        await self.until(lambda: len(self.events("gateway_started")) == 2)
        return {e["worker"]: e for e in self.events("gateway_started")}


async def _start(emulator, *extra: str) -> Supervisor:
    port = free_port()
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "gateway", "serve", "--workers", "2", "--host", "127.0.0.1", "--port", str(port),
        "--metrics-port", "0", "--upstream", emulator.url, "--event-loop", "asyncio",
        "--shutdown-grace-seconds", str(GRACE), *extra,
        env={**os.environ, "GATEWAY_HEALTH_PROBE_SECONDS": "3600"},
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
    )
    return Supervisor(proc, port)


async def _stop(sup: Supervisor) -> None:
    proc = sup.proc
    if proc.returncode is None:
        proc.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(proc.wait(), GRACE + 15)
        except asyncio.TimeoutError:
            proc.kill()
            await proc.wait()
    await asyncio.wait_for(sup._reader, 10)
    for w in sup.events("gateway_started"):  # no worker outlives the test
        with pytest.raises(ProcessLookupError):
            os.kill(w["pid"], 0)


@pytest.fixture
async def supervisor(emulator):
    sup = await _start(emulator)
    try:
        yield sup
    finally:
        await _stop(sup)


async def _list_projects(port: int) -> None:
    # Its own subchannel pool: a new TCP connection, which the kernel gives to either worker.
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}", options=[("grpc.use_local_subchannel_pool", 1)]) as ch:
        reply = await pg.ProjectServiceStub(ch).ListProjects(pp.ListProjectsRequest(), metadata=METADATA, timeout=10)
        assert list(reply.projects) == []


async def _handled(metrics_port: int) -> float:
    async with httpx.AsyncClient(timeout=5) as client:
        text = (await client.get(f"http://127.0.0.1:{metrics_port}/metrics")).text
    return sum(
        float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
        if line.startswith("grpc_server_handled_total{") and 'grpc_method="ListProjects"' in line
    )


async def test_two_workers_answer_on_one_port_and_sigterm_drains_both(supervisor):
    workers = await supervisor.workers()
    assert sorted(workers) == [0, 1]
    assert workers[0]["port"] == workers[1]["port"] == supervisor.port
    assert workers[0]["pid"] != workers[1]["pid"]
    assert workers[0]["metrics_port"] != workers[1]["metrics_port"]  # one /metrics per worker
    calls = 0
    for calls in range(1, 61):  # until both PIDs have served (2^-59 odds of one worker taking all)
        await _list_projects(supervisor.port)
        await supervisor.until(lambda: len(supervisor.events("rpc")) == calls)
        if len({e["pid"] for e in supervisor.events("rpc")}) == 2:
            break
    served = {e["worker"]: e["pid"] for e in supervisor.events("rpc")}
    assert served == {0: workers[0]["pid"], 1: workers[1]["pid"]}
    per_worker = [await _handled(workers[i]["metrics_port"]) for i in (0, 1)]
    assert all(n >= 1 for n in per_worker) and sum(per_worker) == calls

    started = asyncio.get_running_loop().time()
    supervisor.proc.send_signal(signal.SIGTERM)
    assert await asyncio.wait_for(supervisor.proc.wait(), GRACE + 10) == 0
    assert asyncio.get_running_loop().time() - started < GRACE + 5
    await asyncio.wait_for(supervisor._reader, 10)
    assert sorted(e["worker"] for e in supervisor.events("gateway_stopped")) == [0, 1]
    assert [e["exitcode"] for e in supervisor.events("worker_exited")] == [0, 0]
    assert supervisor.events("workers_stopped")[0]["exitcode"] == 0


async def test_a_killed_worker_stops_the_other_and_the_supervisor_exits_non_zero(supervisor):
    workers = await supervisor.workers()
    await _list_projects(supervisor.port)
    os.kill(workers[1]["pid"], signal.SIGKILL)
    assert await asyncio.wait_for(supervisor.proc.wait(), GRACE + 10) == 1
    await asyncio.wait_for(supervisor._reader, 10)
    exits = {e["worker"]: e["exitcode"] for e in supervisor.events("worker_exited")}
    assert exits == {1: -signal.SIGKILL, 0: 0}  # the survivor drained on the supervisor's SIGTERM
    assert [e["worker"] for e in supervisor.events("gateway_stopped")] == [0]
    assert supervisor.events("workers_stopping")[0]["reason"] == "worker_exited"
    with pytest.raises(grpc.aio.AioRpcError) as err:
        await _list_projects(supervisor.port)
    assert err.value.code() == grpc.StatusCode.UNAVAILABLE


def test_each_worker_gets_its_metrics_port_and_its_share_of_the_quota():
    settings = Settings.load({}, {"workers": 3, "metrics_port": 9464, "quota_replicas": 2, "port": 0})
    mine = [worker_settings(settings, i, 50051) for i in range(3)]
    assert [w.metrics_port for w in mine] == [9464, 9465, 9466]
    assert {w.webhook_port for w in mine} == {settings.webhook_port}  # unless the workers share one
    assert worker_settings(settings, 1, 50051, 8099).webhook_port == 8099
    assert {(w.port, w.quota_replicas, w.workers) for w in mine} == {(50051, 6, 3)}
    for metrics_port in (0, -1):  # each its own free port; none at all
        s = Settings.load({}, {"workers": 2, "metrics_port": metrics_port})
        assert [worker_settings(s, i, 1).metrics_port for i in (0, 1)] == [metrics_port] * 2


async def _accepted_webhooks(metrics_port: int) -> float:
    async with httpx.AsyncClient(timeout=5) as client:
        text = (await client.get(f"http://127.0.0.1:{metrics_port}/metrics")).text
    return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
               if line.startswith('gateway_webhook_deliveries_total{outcome="accepted"}'))


async def test_with_redis_and_a_key_secret_every_worker_verifies_webhooks_on_the_one_port(
    emulator, redis_server, tmp_path  # noqa: F811
):
    """Workers coordinate like replicas: each listens on the webhook port (SO_REUSEPORT) and
    verifies a job whichever worker submitted it."""
    secret = tmp_path / "webhook-key-secret"
    secret.write_text(os.urandom(24).hex())
    hook = free_port()
    url = f"http://127.0.0.1:{hook}{webhooks.PATH}"
    sup = await _start(emulator, "--redis-url", redis_server.url, "--webhook-key-secret-file", str(secret),
                       "--public-callback-url", url, "--webhook-port", str(hook), "--webhook-tolerance-seconds", "0")
    try:
        workers = await sup.workers()
        assert workers[0]["webhook_port"] == workers[1]["webhook_port"] == hook
        async with httpx.AsyncClient(base_url=emulator.url, headers={"api_token": TOKEN}, timeout=10) as upstream:
            model_id = await trained_model(upstream, emulator)
        async with grpc.aio.insecure_channel(f"127.0.0.1:{sup.port}") as channel:
            submitted = await generation_pb2_grpc.GenerationServiceStub(channel).GenerateImage(
                G.GenerateImageRequest(tailored_model_id=model_id, prompt="a cat"), metadata=METADATA, timeout=10)
        body = json.dumps({"status": "COMPLETED", "request_id": submitted.request_id,
                           "result": {"image_url": "https://example.com/done.png"}}).encode()
        signed = webhook_signing.headers(TOKEN, submitted.request_id, 1_767_225_600, body)
        accepted = [0.0, 0.0]
        for sent in range(1, 61):  # a new connection each time, until both workers verified one (2^-59)
            async with httpx.AsyncClient(timeout=5) as client:
                assert (await client.post(url, content=body, headers=signed)).status_code == 204
            accepted = [await _accepted_webhooks(workers[i]["metrics_port"]) for i in (0, 1)]
            if all(accepted):
                break
        assert all(n >= 1 for n in accepted) and sum(accepted) == sent
    finally:
        await _stop(sup)
