"""The webhook bridge: v2 submissions carry the gateway's callback URL; a verified delivery
pushes the terminal state to the streams at once (no poll needed); bad signatures and unknown
request ids are rejected and counted; the gateway's verifier agrees with Bria's signer."""

from __future__ import annotations

import asyncio
import json
import socket

import grpc
import httpx
import pytest

from bria.tailored.v1 import generation_pb2 as G
from bria.tailored.v1 import generation_pb2_grpc
from bria.tailored.v1 import status_pb2 as S
from bria.tailored.v1 import watch_pb2 as W
from bria.tailored.v1 import watch_pb2_grpc
from gateway.app import Gateway
from gateway import webhook_signing
from gateway.observability.logging import build_logger
from gateway.watch import webhooks
from gateway.webhook_keys import SigningKeys
from tests.conftest import METADATA, TOKEN, gateway_settings
from tests.watch.conftest import read_all, trained_model

STATUS_ROUTE = "/v2/status/{request_id}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
async def hooked(emulator, log_stream, timer):
    """A gateway with a public callback URL (its own webhook endpoint on 127.0.0.1)."""
    port = _free_port()
    settings = gateway_settings(
        emulator.url,
        public_callback_url=f"http://127.0.0.1:{port}{webhooks.PATH}",
        webhook_port=port,
        webhook_tolerance_seconds=0,  # the emulator's manual clock is not the wall clock
    )
    gw = Gateway(settings, logger=build_logger("info", log_stream), watch_timer=timer)
    await gw.start()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as channel:
        yield gw, channel
    await gw.stop(0)


async def _submit(channel, model_id: int, **fields) -> G.GenerateImageResponse:
    stub = generation_pb2_grpc.GenerationServiceStub(channel)
    return await stub.GenerateImage(
        G.GenerateImageRequest(tailored_model_id=model_id, prompt="a cat", **fields), metadata=METADATA
    )


def _sample(gw, name: str, **labels) -> float:
    return gw.metrics.registry.get_sample_value(name, labels) or 0.0


async def test_verified_delivery_pushes_the_terminal_state_at_once(hooked, upstream, emulator):
    gw, channel = hooked
    model_id = await trained_model(upstream, emulator)
    submitted = await _submit(channel, model_id)
    job = emulator.emulator.store.jobs[submitted.request_id]
    assert job.webhook_url == gw.settings.public_callback_url
    call = watch_pb2_grpc.WatchServiceStub(channel).WatchJob(
        W.WatchJobRequest(request_id=submitted.request_id), metadata=METADATA)
    assert (await call.read()).status.status == S.REQUEST_STATE_IN_PROGRESS
    emulator.clear_requests()
    emulator.advance(2)  # the job completes upstream; the emulator delivers the signed webhook
    rest = await asyncio.wait_for(read_all(call), 5)  # the polling timer never moved: only the webhook can end it
    assert len(rest) == 1 and rest[0].terminal and rest[0].status.status == S.REQUEST_STATE_COMPLETED
    assert emulator.request_count("GET", STATUS_ROUTE) == 0
    await emulator.drain_webhooks()
    assert emulator.webhook_deliveries()[-1]["status_code"] == 204
    assert _sample(gw, "gateway_webhook_deliveries_total", outcome="accepted") == 1


async def test_bad_signature_is_rejected_and_counted(hooked, upstream, emulator):
    gw, channel = hooked
    model_id = await trained_model(upstream, emulator)
    submitted = await _submit(channel, model_id)
    call = watch_pb2_grpc.WatchServiceStub(channel).WatchJob(
        W.WatchJobRequest(request_id=submitted.request_id), metadata=METADATA)
    await call.read()
    body = json.dumps({"status": "COMPLETED", "request_id": submitted.request_id,
                       "result": {"image_url": "https://evil.example/x.png"}}).encode()
    forged = webhook_signing.headers("not-the-token", submitted.request_id, 1_767_225_600, body)
    unknown = webhook_signing.headers(TOKEN, "never-submitted", 1_767_225_600, body)
    async with httpx.AsyncClient() as client:
        url = gw.settings.public_callback_url
        assert (await client.post(url, content=body, headers=forged)).status_code == 401
        assert (await client.post(url, content=body, headers=unknown)).status_code == 401
        assert (await client.get(url)).status_code == 405
        assert (await client.post(url + "/other", content=body, headers=forged)).status_code == 404
        assert (await client.post(url, content=b"x" * (2 << 20), headers=forged)).status_code == 413
    assert _sample(gw, "gateway_webhook_signature_failures_total") == 1
    assert _sample(gw, "gateway_webhook_deliveries_total", outcome="bad_signature") == 1
    assert _sample(gw, "gateway_webhook_deliveries_total", outcome="unknown_request") == 1
    assert not call.done() and gw.watch.hub.stream_count == 1  # the forged state reached nobody
    call.cancel()


async def test_callers_own_webhook_and_sync_calls_are_left_alone(hooked, upstream, emulator):
    gw, channel = hooked
    model_id = await trained_model(upstream, emulator)
    own = await _submit(channel, model_id, webhook_url="https://caller.example/hook")
    assert emulator.emulator.store.jobs[own.request_id].webhook_url == "https://caller.example/hook"
    sync = await _submit(channel, model_id, sync=True)
    assert sync.result.image_url and len(gw.watch.bridge.keys) == 0  # nothing to verify for either


async def test_without_a_callback_url_nothing_changes(channel, upstream, emulator, gateway):
    model_id = await trained_model(upstream, emulator)
    submitted = await _submit(channel, model_id)
    assert emulator.emulator.store.jobs[submitted.request_id].webhook_url in (None, "")
    assert gateway.watch.webhook_port == 0


def test_verifier_agrees_with_the_signer_and_checks_freshness():
    body = b'{"status":"COMPLETED"}'
    signed = webhook_signing.headers(TOKEN, "req-1", 1_767_225_600, body)
    key = webhook_signing.signing_key(TOKEN)
    assert webhook_signing.matches(key, "req-1", "1767225600", body, signed["Bria-Webhook-Signature"])
    assert webhook_signing.matches(key, "req-1", "1767225600", body, "v1=bogus, " + signed["Bria-Webhook-Signature"])
    assert not webhook_signing.matches(key, "req-2", "1767225600", body, signed["Bria-Webhook-Signature"])
    assert not webhook_signing.matches(key, "req-1", "1767225600", body + b" ", signed["Bria-Webhook-Signature"])


async def test_signing_keys_are_bounded_and_hold_no_token():
    keys = SigningKeys(limit=3)
    for i in range(5):
        await keys.remember(f"r{i}", TOKEN)
    assert len(keys) == 3 and keys.get("r0") is None and keys.get("r4") is not None
    stored = [keys.get(f"r{i}") for i in range(2, 5)]
    assert all(TOKEN.encode() not in key and TOKEN not in org for key, org in stored)


async def test_a_delivery_that_cannot_reach_the_other_replicas_is_answered_503_for_a_retry(
    emulator, upstream, log_stream, timer
):
    """Redis unreachable: the delivery still ends this replica's streams, and the sender is
    asked to deliver again (503) rather than told all is done while the other replicas wait."""
    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        redis_url = f"redis://127.0.0.1:{closed.getsockname()[1]}/0"
    port = _free_port()
    settings = gateway_settings(emulator.url, public_callback_url=f"http://127.0.0.1:{port}{webhooks.PATH}",
                                webhook_port=port, webhook_tolerance_seconds=0, redis_url=redis_url)
    gw = Gateway(settings, logger=build_logger("info", log_stream), watch_timer=timer)
    await gw.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as channel:
            submitted = await _submit(channel, await trained_model(upstream, emulator))
            call = watch_pb2_grpc.WatchServiceStub(channel).WatchJob(
                W.WatchJobRequest(request_id=submitted.request_id), metadata=METADATA)
            assert (await call.read()).status.status == S.REQUEST_STATE_IN_PROGRESS
            body = json.dumps({"status": "COMPLETED", "request_id": submitted.request_id,
                               "result": {"image_url": "https://example.com/done.png"}}).encode()
            signed = webhook_signing.headers(TOKEN, submitted.request_id, 1_767_225_600, body)
            async with httpx.AsyncClient() as client:
                assert (await client.post(settings.public_callback_url, content=body, headers=signed)).status_code == 503
            rest = await asyncio.wait_for(read_all(call), 5)
            assert [m.status.status for m in rest] == [S.REQUEST_STATE_COMPLETED] and rest[0].terminal
        assert _sample(gw, "gateway_webhook_deliveries_total", outcome="unpublished") == 1
        assert _sample(gw, "gateway_webhook_deliveries_total", outcome="accepted") == 0
    finally:
        await gw.stop(0)
