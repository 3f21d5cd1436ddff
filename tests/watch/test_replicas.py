"""Watch streams across replicas, through real processes: three `python -m gateway serve` on one
real redis-server and one emulator (in this process, on its manual clock), watchers spread over
all three. One replica polls each resource; killing it (SIGKILL) hands the polling to another
within the lease and every surviving watcher still gets the terminal message; with Redis
stopped every replica polls for its own watchers (streams go on) and they rejoin when it
returns; a webhook delivered to a replica that did not submit the job verifies there and
reaches every replica's watchers at once. Loopback only; every wait is bounded."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import sys
import time

import grpc
import httpx
import pytest
import redis

from bria.tailored.v1 import models_pb2 as M
from bria.tailored.v1 import status_pb2 as S
from bria.tailored.v1 import watch_pb2 as W
from bria.tailored.v1 import watch_pb2_grpc
from gateway import webhook_keys, webhook_signing
from gateway.watch import webhooks
from tests.conftest import METADATA, TOKEN
from tests.quota.conftest import redis_server  # noqa: F401  (fixture)
from tests.support import free_port
from tests.watch.conftest import make_model, trained_model
from tests.watch.test_webhooks import _submit

pytestmark = pytest.mark.slow

LEASE = 1.0  # seconds: the lease of poll leadership
POLL = 0.2  # seconds: a fixed polling interval (backoff 1), so polls are countable
MODEL_ROUTE = "/v1/tailored-gen/models/{model_id}"


class Replica:
    def __init__(self, index: int, proc: asyncio.subprocess.Process, port: int, metrics: int, hook: int, log):
        self.index, self.proc, self.port, self.metrics, self.hook, self.log = index, proc, port, metrics, hook, log
        self.channel = grpc.aio.insecure_channel(f"127.0.0.1:{port}")
        self.watch = watch_pb2_grpc.WatchServiceStub(self.channel)

    @property
    def callback(self) -> str:
        return f"http://127.0.0.1:{self.hook}{webhooks.PATH}"

    async def metric(self, name: str, contains: str = "") -> float:
        async with httpx.AsyncClient(timeout=2) as client:
            text = (await client.get(f"http://127.0.0.1:{self.metrics}/metrics")).text
        total = 0.0
        for line in text.splitlines():
            if line.startswith(name) and contains in line:
                total += float(line.rsplit(" ", 1)[1])
        return total

    async def polls(self) -> float:
        return await self.metric("gateway_upstream_requests_total{", f'route="{MODEL_ROUTE}"')


@pytest.fixture
async def replicas(redis_server, emulator, tmp_path):  # noqa: F811
    secret = tmp_path / "webhook-key-secret"
    secret.write_text("a-shared-secret-of-the-chart-0123456789")
    started: list[Replica] = []
    for i in range(3):
        port, metrics, hook = free_port(), free_port(), free_port()
        args = [
            "--host", "127.0.0.1", "--port", str(port), "--metrics-port", str(metrics), "--upstream", emulator.url,
            "--redis-url", redis_server.url, "--watch-lease-seconds", str(LEASE),
            "--watch-poll-initial-seconds", str(POLL), "--watch-poll-max-seconds", str(POLL),
            "--watch-poll-backoff", "1", "--public-callback-url", f"http://127.0.0.1:{hook}{webhooks.PATH}",
            "--webhook-port", str(hook), "--webhook-tolerance-seconds", "0",
            "--webhook-key-secret-file", str(secret), "--quota-redis-retry-seconds", "0.2",
            "--quota-redis-timeout-seconds", "0.2", "--event-loop", "asyncio",
        ]
        log = open(tmp_path / f"replica{i}.log", "wb")
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "gateway", "serve", *args, env={**os.environ, "GATEWAY_HEALTH_PROBE_SECONDS": "3600"},
            stdout=asyncio.subprocess.DEVNULL, stderr=log,
        )
        started.append(Replica(i, proc, port, metrics, hook, log))
    try:
        for r in started:
            await asyncio.wait_for(r.channel.channel_ready(), 20)
        yield started
    finally:
        for r in started:
            await r.channel.close()
            if r.proc.returncode is None:
                r.proc.send_signal(signal.SIGTERM)
        for r in started:
            try:
                await asyncio.wait_for(r.proc.wait(), 10)
            except asyncio.TimeoutError:
                r.proc.kill()
                await r.proc.wait()
            r.log.close()


class Watcher:
    """One stream, read in the background: its messages and how it ended."""

    def __init__(self, replica: Replica, call):
        self.replica, self.call, self.messages, self.error = replica, call, [], None
        self.task = asyncio.ensure_future(self._read())
        self.changed = asyncio.Event()

    async def _read(self) -> None:
        try:
            while (message := await self.call.read()) is not grpc.aio.EOF:
                self.messages.append(message)
                self.changed.set()
        except grpc.aio.AioRpcError as err:
            self.error = err.code()
        self.changed.set()

    async def until(self, predicate, timeout: float) -> None:
        async with asyncio.timeout(timeout):
            while not predicate(self):
                self.changed.clear()
                await self.changed.wait()

    def assert_only_changes(self) -> None:
        fingerprints = [m.resume_token for m in self.messages]
        assert all(a != b for a, b in zip(fingerprints, fingerprints[1:])), fingerprints
        assert sum(1 for m in self.messages if m.terminal) <= 1


def watch_model(replicas, model_id: int, per_replica: int = 2) -> list[Watcher]:
    return [
        Watcher(r, r.watch.WatchModelTraining(W.WatchModelTrainingRequest(model_id=model_id), metadata=METADATA))
        for r in replicas for _ in range(per_replica)
    ]


async def until(predicate, timeout: float, step: float = 0.05) -> None:
    """A bounded wait on something another process does (no event crosses processes)."""
    deadline = time.monotonic() + timeout
    while not await predicate():
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(step)


async def polls_in(replicas, seconds: float) -> list[float]:
    before = [await r.polls() for r in replicas]
    await asyncio.sleep(seconds)  # a window of real time: polls per interval are what is measured
    return [await r.polls() - b for r, b in zip(replicas, before)]


async def test_one_replica_polls_and_a_killed_leader_hands_over_within_the_lease(replicas, upstream, emulator):
    model_id = await make_model(upstream, mode="fully_automated")
    watchers = watch_model(replicas, model_id)
    for w in watchers:
        await w.until(lambda w: w.messages, 10)
    await asyncio.sleep(LEASE)  # leadership settled (the first ticks may race)
    window = 2.0
    counts = await polls_in(replicas, window)
    pollers = [i for i, n in enumerate(counts) if n > 0]
    assert len(pollers) == 1, counts  # one replica polls for all six watchers on three replicas
    assert window / POLL * 0.6 <= sum(counts) <= window / POLL * 1.4, counts  # one poll per interval
    leader = replicas[pollers[0]]
    leader.proc.send_signal(signal.SIGKILL)
    await leader.proc.wait()
    killed = time.monotonic()
    emulator.advance(emulator.emulator.config.durations.training)  # training ends upstream
    survivors = [w for w in watchers if w.replica is not leader]
    for w in survivors:
        await w.until(lambda w: w.messages and w.messages[-1].terminal, LEASE + 5)
    took = time.monotonic() - killed
    assert took <= LEASE + LEASE / 3 + 2 * POLL + 1.0, took  # the lease, a tick, a poll, scheduling slack
    for w in survivors:
        await asyncio.wait_for(w.task, 5)
        assert w.error is None and w.messages[-1].model.status == M.MODEL_STATUS_COMPLETED
        w.assert_only_changes()


async def test_without_redis_every_replica_polls_alone_and_rejoins(replicas, upstream, emulator, redis_server):  # noqa: F811
    model_id = await make_model(upstream, mode="expert")
    watchers = watch_model(replicas, model_id)
    for w in watchers:
        await w.until(lambda w: w.messages, 10)
    redis_server.stop()

    async def all_fallback() -> bool:
        return all([await r.metric("gateway_watch_coordination_fallback ") == 1 for r in replicas])

    await until(all_fallback, 10)
    counts = await polls_in(replicas, 1.0)
    assert all(n > 0 for n in counts), counts  # each replica polls for its own watchers
    seen = [len(w.messages) for w in watchers]
    emulator.advance(emulator.emulator.config.durations.training / 4 + 1)  # a checkpoint: a change
    for w, n in zip(watchers, seen):
        await w.until(lambda w, n=n: len(w.messages) > n, 5)  # streams go on without Redis
    redis_server.start()

    async def all_joined() -> bool:
        return all([await r.metric("gateway_watch_coordination_fallback ") == 0 for r in replicas])

    await until(all_joined, 10)
    await asyncio.sleep(LEASE)  # leadership settled again
    counts = await polls_in(replicas, 1.0)
    assert sum(1 for n in counts if n > 0) == 1, counts  # one poller again
    emulator.advance(emulator.emulator.config.durations.training)
    for w in watchers:
        await w.until(lambda w: w.messages and w.messages[-1].terminal, 5)
        assert w.error is None and not w.task.cancelled()
        w.assert_only_changes()
    for r in replicas:
        log = (r.log.name and open(r.log.name).read())
        assert log.count('"event": "watch_coordination_fallback"') == 1
        assert log.count('"event": "watch_coordination_recovered"') == 1


async def test_a_webhook_on_another_replica_verifies_and_reaches_every_replica(
    replicas, upstream, emulator, redis_server  # noqa: F811
):
    model_id = await trained_model(upstream, emulator)
    submitter, receiver = replicas[0], replicas[1]
    submitted = await _submit(submitter.channel, model_id)
    request_id = submitted.request_id
    assert emulator.emulator.store.jobs[request_id].webhook_url == submitter.callback
    watchers = [
        Watcher(r, r.watch.WatchJob(W.WatchJobRequest(request_id=request_id), metadata=METADATA))
        for r in replicas for _ in range(2)
    ]
    for w in watchers:
        await w.until(lambda w: w.messages, 10)
        assert w.messages[0].status.status == S.REQUEST_STATE_IN_PROGRESS
    # The upstream still says in progress (its clock never moves): only the webhook can end the
    # streams, and it lands on a replica that never saw the submission.
    body = json.dumps({"status": "COMPLETED", "request_id": request_id,
                       "result": {"image_url": "https://example.com/done.png"}}).encode()
    async with httpx.AsyncClient(timeout=5) as client:
        forged = webhook_signing.headers("not-the-token", request_id, 1_767_225_600, body)
        assert (await client.post(receiver.callback, content=body, headers=forged)).status_code == 401
        signed = webhook_signing.headers(TOKEN, request_id, 1_767_225_600, body)
        delivered = time.monotonic()
        assert (await client.post(receiver.callback, content=body, headers=signed)).status_code == 204
    for w in watchers:
        await w.until(lambda w: w.messages and w.messages[-1].terminal, 2)
        assert w.messages[-1].status.status == S.REQUEST_STATE_COMPLETED
        w.assert_only_changes()
    assert time.monotonic() - delivered < LEASE  # at once: published, not learned by a later poll
    assert await receiver.metric("gateway_webhook_deliveries_total", 'outcome="accepted"') == 1
    assert re.search(TOKEN, open(submitter.log.name).read() + open(receiver.log.name).read()) is None
    store = redis.Redis(port=redis_server.port)
    try:  # Redis holds neither the token nor the signing key in the clear
        values = b"".join(store.dump(k) or b"" for k in store.keys("*"))
        assert store.exists(webhook_keys.PREFIX + request_id)
        assert TOKEN.encode() not in values and webhook_signing.signing_key(TOKEN) not in values
    finally:
        store.close()
