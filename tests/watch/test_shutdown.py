"""On shutdown, streams end with UNAVAILABLE (GATEWAY_SHUTTING_DOWN); a client reconnecting
with its last resume_token neither misses the terminal state nor sees a duplicate."""

from __future__ import annotations

import grpc
import pytest

from bria.tailored.v1 import models_pb2 as M
from bria.tailored.v1 import watch_pb2_grpc
from gateway.app import Gateway
from gateway.observability.logging import build_logger
from gateway.watch.timing import ManualTimer
from tests.conftest import details, gateway_settings
from tests.watch.conftest import make_model, open_model_stream, read_all, tick


async def _gateway(emulator, log_stream, timer) -> Gateway:
    gw = Gateway(gateway_settings(emulator.url), logger=build_logger("info", log_stream), watch_timer=timer)
    await gw.start()
    return gw


async def _stub(gw: Gateway):
    channel = grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}")
    return channel, watch_pb2_grpc.WatchServiceStub(channel)


async def test_shutdown_ends_streams_with_unavailable_then_resume_gets_the_terminal(emulator, upstream, log_stream):
    first_gw = await _gateway(emulator, log_stream, ManualTimer())
    channel, stub = await _stub(first_gw)
    model_id = await make_model(upstream)
    call = open_model_stream(stub, model_id)
    last = await call.read()
    await first_gw.stop(0)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await read_all(call)
    assert caught.value.code() == grpc.StatusCode.UNAVAILABLE
    assert details(caught.value)["ErrorInfo"].reason == "GATEWAY_SHUTTING_DOWN"
    await channel.close()

    emulator.advance(10)  # the training ends while nobody watches
    second_gw = await _gateway(emulator, log_stream, ManualTimer())
    try:
        channel, stub = await _stub(second_gw)
        resumed = await read_all(open_model_stream(stub, model_id, resume=last.resume_token))
        assert [m.model.status for m in resumed] == [M.MODEL_STATUS_COMPLETED] and resumed[0].terminal
        await channel.close()
    finally:
        await second_gw.stop(0)


async def test_resume_skips_the_state_already_seen(watch, upstream, emulator, timer, gateway):
    model_id = await make_model(upstream)
    first = await open_model_stream(watch, model_id).read()
    resumed = open_model_stream(watch, model_id, resume=first.resume_token)
    emulator.advance(1.25)
    await tick(timer)
    message = await resumed.read()  # not the state named by the token again
    assert list(message.model.checkpoint_steps) == [250] and message.resume_token != first.resume_token
    resumed.cancel()


async def test_resume_from_a_terminal_token_resends_the_terminal(watch, upstream, emulator, gateway):
    model_id = await make_model(upstream, mode="fully_automated")
    emulator.advance(10)
    done = await read_all(open_model_stream(watch, model_id))
    again = await read_all(open_model_stream(watch, model_id, resume=done[-1].resume_token))
    assert len(again) == 1 and again[0].terminal and again[0].resume_token == done[-1].resume_token


async def test_a_foreign_or_garbled_token_is_ignored(watch, upstream, emulator, gateway):
    model_id = await make_model(upstream, mode="fully_automated")
    for token in ("not-a-token", "djE6eHl6"):
        call = open_model_stream(watch, model_id, resume=token)
        assert (await call.read()).model.status == M.MODEL_STATUS_IN_PROGRESS
        call.cancel()


async def test_new_streams_during_shutdown_are_unavailable(emulator, upstream, log_stream):
    gw = await _gateway(emulator, log_stream, ManualTimer())
    channel, stub = await _stub(gw)
    model_id = await make_model(upstream)
    await gw.watch.stop()  # the first step of Gateway.stop
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await read_all(open_model_stream(stub, model_id))
    assert caught.value.code() == grpc.StatusCode.UNAVAILABLE
    await channel.close()
    await gw.stop(0)
