"""The poller stops within a second of its last watcher leaving (cancel or deadline), and
nothing leaks: no poller, subscriber or task outlives 10,000 cancelled streams."""

from __future__ import annotations

import asyncio
import time

import grpc
import pytest

from tests.watch.conftest import make_model, open_model_stream, tick

ROUTE = "/v1/tailored-gen/models/{model_id}"


async def test_poller_stops_when_the_last_watcher_cancels(watch, upstream, emulator, timer, gateway):
    hub = gateway.watch.hub
    model_id = await make_model(upstream)
    calls = [open_model_stream(watch, model_id) for _ in range(3)]
    for call in calls:
        await call.read()
    poller = next(iter(hub._pollers.values()))
    for call in calls[:2]:
        call.cancel()
    await hub.wait_until(lambda: hub.stream_count == 1, 1.0)
    await tick(timer)
    assert hub.poller_count == 1 and not poller.ended  # one watcher left: still polling
    started = time.monotonic()
    calls[2].cancel()
    await hub.wait_until(lambda: hub.poller_count == 0, 1.0)
    await asyncio.wait_for(asyncio.shield(poller.task), 1.0) if not poller.task.done() else None
    assert poller.task.done() and time.monotonic() - started < 1.0
    emulator.clear_requests()
    timer.advance(1000)
    await asyncio.sleep(0)
    assert emulator.request_count("GET", ROUTE) == 0  # no poll after the last watcher left
    assert gateway.metrics.registry.get_sample_value("gateway_watch_pollers") == 0
    assert gateway.metrics.registry.get_sample_value("gateway_watch_streams") == 0


async def test_poller_stops_when_the_deadline_passes(watch, upstream, gateway):
    hub = gateway.watch.hub
    call = open_model_stream(watch, await make_model(upstream), timeout=0.3)
    await call.read()
    assert hub.poller_count == 1
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call.read()
    assert caught.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    await hub.wait_until(lambda: hub.poller_count == 0 and hub.stream_count == 0, 1.0)


async def test_ten_thousand_cancelled_streams_leak_nothing(watch, upstream, gateway):
    hub = gateway.watch.hub
    models = [await make_model(upstream, mode="fully_automated") for _ in range(2)]

    async def one(i: int) -> None:
        call = open_model_stream(watch, models[i % len(models)])
        await call.read()
        call.cancel()

    await one(0)  # warm up grpc's own lazily created tasks
    await hub.wait_until(lambda: hub.poller_count == 0, 1.0)
    before = len(asyncio.all_tasks())
    queue = iter(range(10_000))

    async def worker() -> None:
        for i in queue:
            await one(i)

    await asyncio.gather(*(worker() for _ in range(100)))
    await hub.wait_until(lambda: hub.poller_count == 0 and hub.stream_count == 0, 2.0)
    for _ in range(200):  # grpc finishes its per-call tasks on its own schedule: no event to wait on
        if len(asyncio.all_tasks()) <= before:
            break
        await asyncio.sleep(0.01)
    assert len(asyncio.all_tasks()) <= before
    assert gateway.metrics.registry.get_sample_value("gateway_watch_streams") == 0
    assert gateway.metrics.registry.get_sample_value("gateway_watch_pollers") == 0
