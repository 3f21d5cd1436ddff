"""Transient upstream failures (5xx, timeouts, resets, 429) never end a stream: the poller
backs off and keeps watching. Permanent ones (404, 401, 403) end it with the mapped status
and the usual error details."""

from __future__ import annotations

import grpc
import pytest

from bria.tailored.v1 import models_pb2 as M
from bria.tailored.v1 import watch_pb2 as W
from bria.tailored.v1 import watch_pb2_grpc
from gateway.app import Gateway
from gateway.observability.logging import build_logger
from tests.conftest import METADATA, details, gateway_settings
from tests.watch.conftest import make_model, open_model_stream, read_all, tick

ROUTE = "/v1/tailored-gen/models/{model_id}"


async def _finish(call, emulator, timer) -> list:
    emulator.clear_faults()
    emulator.advance(10)
    timer.advance(1000)
    return await read_all(call)


@pytest.mark.parametrize(
    "kind, fields",
    [
        ("error", {"status": 500}),
        ("error", {"status": 503}),
        ("error", {"status": 504}),
        ("html", {"status": 502}),
        ("reset", {}),
        ("truncated", {}),
        ("rate_limit", {"retry_after": 3}),
    ],
)
async def test_transient_failures_keep_the_stream(kind, fields, watch, upstream, emulator, timer, gateway):
    model_id = await make_model(upstream, mode="fully_automated")
    call = open_model_stream(watch, model_id)
    first = await call.read()
    emulator.add_fault(kind, method="GET", route=ROUTE, count=None, **fields)
    emulator.clear_requests()
    for _ in range(3):
        await tick(timer)
    assert emulator.request_count("GET", ROUTE) >= 3  # it kept asking through the failures
    assert gateway.watch.hub.stream_count == 1 and not call.done()
    rest = await _finish(call, emulator, timer)
    assert [m.model.status for m in rest] == [M.MODEL_STATUS_COMPLETED] and rest[0].terminal
    assert rest[0].resume_token != first.resume_token and await call.code() == grpc.StatusCode.OK


async def test_failures_back_off_and_429_honours_retry_after(watch, upstream, emulator, timer, gateway):
    model_id = await make_model(upstream, mode="fully_automated")
    call = open_model_stream(watch, model_id)
    await call.read()
    emulator.add_fault("rate_limit", method="GET", route=ROUTE, count=1, retry_after=20)
    await tick(timer)
    assert timer.requested[-1] >= 20 * 0.9  # the hint, less jitter
    call.cancel()


async def test_a_poll_timeout_keeps_the_stream(emulator, upstream, log_stream, timer):
    settings = gateway_settings(emulator.url, watch_poll_timeout_seconds=0.2)
    gw = Gateway(settings, logger=build_logger("info", log_stream), watch_timer=timer)
    await gw.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as channel:
            call = open_model_stream(watch_pb2_grpc.WatchServiceStub(channel), await make_model(upstream))
            await call.read()
            emulator.add_fault("latency", method="GET", route=ROUTE, latency_ms=600, count=2)
            await tick(timer)
            assert not call.done()
            rest = await _finish(call, emulator, timer)
            assert rest[-1].terminal and rest[-1].model.status == M.MODEL_STATUS_COMPLETED
    finally:
        await gw.stop(0)


async def test_unknown_model_is_not_found_with_details(watch, gateway):
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await read_all(open_model_stream(watch, 987654))
    err = caught.value
    assert err.code() == grpc.StatusCode.NOT_FOUND
    found = details(err)
    assert found["ErrorInfo"].reason == "RESOURCE_NOT_FOUND" and found["ErrorInfo"].metadata["upstream_status"] == "404"
    assert found["ResourceInfo"].resource_name == "models/987654"
    assert "RequestInfo" in found
    await gateway.watch.hub.wait_until(lambda: gateway.watch.hub.poller_count == 0, 1.0)


@pytest.mark.parametrize(
    "kind, status, code, reason",
    [
        ("error", 404, grpc.StatusCode.NOT_FOUND, "RESOURCE_NOT_FOUND"),
        ("error", 401, grpc.StatusCode.UNAUTHENTICATED, "API_TOKEN_INVALID"),
        ("access_denied", None, grpc.StatusCode.PERMISSION_DENIED, "ACCESS_DENIED"),
    ],
)
async def test_permanent_failure_mid_stream_ends_it(kind, status, code, reason, watch, upstream, emulator, timer, gateway):
    call = open_model_stream(watch, await make_model(upstream))
    await call.read()
    emulator.add_fault(kind, method="GET", route=ROUTE, count=1, **({"status": status} if status else {}))
    timer.advance(1000)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await read_all(call)
    assert caught.value.code() == code
    assert details(caught.value)["ErrorInfo"].reason == reason
    await gateway.watch.hub.wait_until(lambda: gateway.watch.hub.poller_count == 0, 1.0)


async def test_unknown_request_id_is_not_found(watch, gateway):
    call = watch.WatchJob(W.WatchJobRequest(request_id="no-such-job"), metadata=METADATA)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await read_all(call)
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND


async def test_invalid_request_and_missing_token_never_poll(watch, emulator, gateway):
    emulator.clear_requests()
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await read_all(watch.WatchModelTraining(W.WatchModelTrainingRequest(model_id=0), metadata=METADATA))
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert details(caught.value)["BadRequest"].field_violations[0].field == "model_id"
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await read_all(watch.WatchModelTraining(W.WatchModelTrainingRequest(model_id=1)))
    assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED
    assert emulator.request_count() == 0 and gateway.watch.hub.poller_count == 0


async def test_undecodable_request_bytes_are_invalid_argument(channel, emulator, gateway):
    """Raw bytes that are no WatchModelTrainingRequest: refused when the stream is opened, with
    the usual BadRequest, before any poll."""
    emulator.clear_requests()
    watch_raw = channel.unary_stream("/bria.tailored.v1.WatchService/WatchModelTraining")
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await read_all(watch_raw(b"\xff\xff\xff", metadata=METADATA))
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert details(caught.value)["BadRequest"].field_violations[0].reason == "request.decode"
    assert emulator.request_count() == 0 and gateway.watch.hub.poller_count == 0
