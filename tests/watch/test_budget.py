"""Polls draw on the quota component's upstream budget: however many resources are watched,
the organisation's polls of one endpoint stay within the configured upstream rate."""

from __future__ import annotations

from gateway.app import Gateway
from gateway.observability.logging import build_logger
from tests.conftest import gateway_settings
from tests.watch.conftest import make_model, open_model_stream

ROUTE = "/v1/tailored-gen/models/{model_id}"


async def test_polls_of_many_models_stay_within_the_upstream_rate(emulator, upstream, timer, log_stream):
    settings = gateway_settings(
        emulator.url,
        quota_upstream_rate="2/s",
        quota_upstream_burst=1.0,
        watch_poll_initial_seconds=0.1,  # each poller alone would poll 10 times a second
        watch_poll_max_seconds=0.1,
    )
    gw = Gateway(settings, logger=build_logger("info", log_stream), watch_timer=timer,
                 quota_clock=lambda: 1_767_225_600.0 + timer.now())
    await gw.start()
    try:
        import grpc

        from bria.tailored.v1 import watch_pb2_grpc

        models = [await make_model(upstream, mode="fully_automated", name=f"m{i}") for i in range(3)]
        async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as channel:
            watch = watch_pb2_grpc.WatchServiceStub(channel)
            emulator.clear_requests()
            calls = [open_model_stream(watch, m) for m in models]
            for _ in range(50):  # 5 seconds of manual time in 0.1 s steps
                await timer.wait_sleepers(3)
                timer.advance(0.1)
            await timer.wait_sleepers(3)
            polls = emulator.request_count("GET", ROUTE)
            firsts = [await call.read() for call in calls]  # every stream got its current state
            for call in calls:
                call.cancel()
        assert all(first.model.id == m for first, m in zip(firsts, models))
        # 3 pollers at 10 polls/s would make ~150 in 5 s; the budget allows 2/s plus a burst of 1.
        assert 6 <= polls <= 2 * 5 + 1, polls
    finally:
        await gw.stop(0)
