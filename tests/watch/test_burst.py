"""A burst of streams larger than gRPC's default queue of pending calls (1,000) is served in
full: none is cancelled before the gateway takes it."""

from __future__ import annotations

import asyncio

import grpc

from bria.tailored.v1 import models_pb2 as M
from tests.watch.conftest import make_model, open_model_stream, read_all

STREAMS = 1500


async def test_a_burst_of_streams_beyond_grpc_default_pending_queue(watch, upstream, emulator, timer, gateway):
    model_id = await make_model(upstream, mode="fully_automated")
    calls = [open_model_stream(watch, model_id) for _ in range(STREAMS)]
    firsts = await asyncio.gather(*(call.read() for call in calls))
    assert all(first.model.status == M.MODEL_STATUS_IN_PROGRESS for first in firsts)
    assert gateway.watch.hub.stream_count == STREAMS and gateway.watch.hub.poller_count == 1
    emulator.advance(emulator.emulator.config.durations.training)
    await timer.wait_sleepers(1)
    timer.advance(60)
    rests = await asyncio.gather(*(read_all(call) for call in calls))
    assert all(rest and rest[-1].terminal for rest in rests)
    codes = await asyncio.gather(*(call.code() for call in calls))
    assert set(codes) == {grpc.StatusCode.OK}
