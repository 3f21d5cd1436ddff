"""Watch guarantees through the real stack (gateway + emulator over sockets): the current
state first, then one message per change and never two equal in a row, then a terminal
message and a clean end — for every kind of watched resource."""

from __future__ import annotations

import grpc
import httpx
import pytest

from bria.tailored.v1 import datasets_pb2 as D
from bria.tailored.v1 import models_pb2 as M
from bria.tailored.v1 import status_pb2 as S
from bria.tailored.v1 import watch_pb2 as W
from tests.conftest import METADATA, details
from tests.watch.conftest import make_dataset, make_model, open_model_stream, read_all, tick, trained_model

MODEL_ROUTE = "/v1/tailored-gen/models/{model_id}"


def _no_repeats(messages) -> None:
    states = [m.resume_token for m in messages]
    assert all(a != b for a, b in zip(states, states[1:])), states


async def test_training_stream_current_state_checkpoints_then_terminal(watch, upstream, emulator, timer, gateway):
    model_id = await make_model(upstream)  # expert, 1000 steps, a checkpoint every 250
    call = open_model_stream(watch, model_id)
    first = await call.read()
    assert first.model.status == M.MODEL_STATUS_IN_PROGRESS and not first.terminal
    assert list(first.model.checkpoint_steps) == [] and first.resume_token and first.observed_at.seconds > 0
    seen = [first]
    for expected in ([250], [500, 250], [750, 500, 250]):
        emulator.advance(1.25)
        await tick(timer)
        message = await call.read()
        assert list(message.model.checkpoint_steps) == expected and not message.terminal
        seen.append(message)
    emulator.advance(5)
    timer.advance(1000)
    rest = await read_all(call)
    assert len(rest) == 1 and rest[0].terminal and rest[0].model.status == M.MODEL_STATUS_COMPLETED
    assert list(rest[0].model.checkpoint_steps) == [1000, 750, 500, 250]
    assert await call.code() == grpc.StatusCode.OK
    _no_repeats(seen + rest)


async def test_unchanged_polls_send_nothing(watch, upstream, emulator, timer, gateway):
    model_id = await make_model(upstream, mode="fully_automated")
    call = open_model_stream(watch, model_id)
    await call.read()
    emulator.clear_requests()
    for _ in range(5):
        await tick(timer)
    assert emulator.request_count("GET", MODEL_ROUTE) == 5  # it kept polling ...
    emulator.advance(10)
    timer.advance(1000)
    rest = await read_all(call)  # ... but said nothing until the change
    assert [m.model.status for m in rest] == [M.MODEL_STATUS_COMPLETED] and rest[0].terminal


async def test_terminal_current_state_is_one_message_and_a_clean_end(watch, upstream, emulator, gateway):
    model_id = await trained_model(upstream, emulator)
    messages = await read_all(open_model_stream(watch, model_id))
    assert len(messages) == 1 and messages[0].terminal and messages[0].model.status == M.MODEL_STATUS_COMPLETED
    await gateway.watch.hub.wait_until(lambda: gateway.watch.hub.poller_count == 0, 1.0)


async def test_failed_and_stopped_trainings_are_terminal(watch, upstream, emulator, timer, gateway):
    failing = await make_model(upstream, mode="fully_automated", name="FAIL_TRAINING")
    stopped = await make_model(upstream, mode="fully_automated")
    calls = [open_model_stream(watch, failing), open_model_stream(watch, stopped)]
    assert [(await c.read()).model.status for c in calls] == [M.MODEL_STATUS_IN_PROGRESS] * 2
    assert (await upstream.post(f"/v1/tailored-gen/models/{stopped}/stop_training")).status_code == 200
    await tick(timer, pollers=2)
    assert (await calls[1].read()).model.status == M.MODEL_STATUS_STOPPING
    emulator.advance(10)
    timer.advance(1000)
    ends = [await read_all(c) for c in calls]
    assert ends[0][-1].model.status == M.MODEL_STATUS_FAILED and ends[0][-1].terminal
    assert ends[1][-1].model.status == M.MODEL_STATUS_STOPPED and ends[1][-1].terminal


async def test_a_late_watcher_starts_from_the_current_state(watch, upstream, emulator, timer, gateway):
    model_id = await make_model(upstream)
    early = open_model_stream(watch, model_id)
    await early.read()
    emulator.advance(1.25)
    await tick(timer)
    assert list((await early.read()).model.checkpoint_steps) == [250]
    emulator.clear_requests()
    late = open_model_stream(watch, model_id)
    first = await late.read()
    assert list(first.model.checkpoint_steps) == [250]  # the shared poller's latest state ...
    assert emulator.request_count("GET", MODEL_ROUTE) == 0  # ... without asking the upstream again
    early.cancel(), late.cancel()


async def test_caption_regeneration_stream(watch, upstream, emulator, timer, gateway):
    dataset = await make_dataset(upstream)
    assert (await upstream.put(f"/v1/tailored-gen/datasets/{dataset['id']}/images")).status_code == 202
    call = watch.WatchCaptions(W.WatchCaptionsRequest(dataset_id=dataset["id"]), metadata=METADATA)
    first = await call.read()
    assert first.dataset.captions_update_status == D.CAPTIONS_UPDATE_STATUS_IN_PROGRESS and not first.terminal
    assert len(first.dataset.images) == 0 and first.dataset.images_count == 5
    emulator.advance(2)
    timer.advance(1000)
    rest = await read_all(call)
    assert [m.dataset.captions_update_status for m in rest] == [D.CAPTIONS_UPDATE_STATUS_COMPLETED]
    assert rest[0].terminal and await call.code() == grpc.StatusCode.OK


async def test_bulk_upload_stream_reports_progress_then_ends(watch, upstream, emulator, timer, gateway):
    dataset = await make_dataset(upstream, images=0, upload_type="advanced")
    r = await upstream.post(f"/v1/tailored-gen/datasets/{dataset['id']}/images/bulk-upload",
                            json={"zip_url": "https://example.com/images-8-bad-2.zip"})
    assert r.status_code == 202, r.text
    call = watch.WatchBulkUpload(W.WatchBulkUploadRequest(dataset_id=dataset["id"]), metadata=METADATA)
    states = [await call.read()]
    assert states[0].status.status == D.BULK_UPLOAD_STATE_PENDING
    for _ in range(3):
        emulator.advance(0.9)
        await tick(timer)
        states.append(await call.read())
    emulator.advance(5)
    timer.advance(1000)
    states += await read_all(call)
    progress = [m.status.progress_percentage for m in states]
    assert progress == sorted(progress) and states[-1].terminal
    assert states[-1].status.status == D.BULK_UPLOAD_STATE_COMPLETED and len(states[-1].status.failed_images) == 2
    _no_repeats(states)


async def test_v2_job_stream(watch, upstream, emulator, timer, gateway):
    model_id = await trained_model(upstream, emulator)
    r = await upstream.post("/v2/image/generate/tailored", json={"tailored_model_id": model_id, "prompt": "cat"})
    assert r.status_code == 202, r.text
    call = watch.WatchJob(W.WatchJobRequest(request_id=r.json()["request_id"]), metadata=METADATA)
    first = await call.read()
    assert first.status.status == S.REQUEST_STATE_IN_PROGRESS and not first.terminal
    emulator.advance(2)
    timer.advance(1000)
    rest = await read_all(call)
    assert len(rest) == 1 and rest[0].terminal and rest[0].status.status == S.REQUEST_STATE_COMPLETED
    assert rest[0].status.result.image_url


async def test_v2_job_error_is_terminal(watch, upstream, emulator, timer, gateway):
    model_id = await trained_model(upstream, emulator)
    r = await upstream.post("/v2/image/generate/tailored", json={"tailored_model_id": model_id, "prompt": "FAIL_JOB"})
    call = watch.WatchJob(W.WatchJobRequest(request_id=r.json()["request_id"]), metadata=METADATA)
    await call.read()
    emulator.advance(2)
    timer.advance(1000)
    last = (await read_all(call))[-1]
    assert last.terminal and last.status.status == S.REQUEST_STATE_ERROR and last.status.error.code == 500


async def test_v1_placeholders_until_ready_or_blocked(watch, upstream, emulator, timer, gateway):
    model_id = await trained_model(upstream, emulator, version="light")
    r = await upstream.post(f"/v1/text-to-image/tailored/{model_id}", json={
        "prompt": "a robot UNSAFE_SOME", "num_results": 2, "content_moderation": True, "sync": False})
    assert r.status_code == 200, r.text
    urls = [item["urls"][0] for item in r.json()["result"]]
    request = W.WatchJobRequest(placeholders=W.PlaceholderUrls(urls=urls))
    call = watch.WatchJob(request, metadata=METADATA)
    first = await call.read()
    assert [f.state for f in first.files] == [W.FILE_STATE_PENDING] * 2 and [f.url for f in first.files] == urls
    emulator.advance(2)
    timer.advance(1000)
    rest = await read_all(call)
    assert len(rest) == 1 and rest[0].terminal
    assert [f.state for f in rest[0].files] == [W.FILE_STATE_READY, W.FILE_STATE_BLOCKED]


@pytest.mark.parametrize(
    "hosts, url, allowed",
    [
        ("", "http://169.254.169.254/latest/meta-data", False),
        ("", "https://files.example.com/a.png", False),
        ("files.example.com", "https://files.example.com/a.png", True),
        (".example.com", "https://cdn.files.example.com/a.png", True),
        (".example.com", "https://example.com.evil.test/a.png", False),
    ],
)
def test_placeholder_hosts(hosts, url, allowed):
    from gateway.watch.service import host_allowed
    from tests.conftest import gateway_settings

    assert host_allowed(httpx.URL(url).host, gateway_settings("http://127.0.0.1:1", watch_file_hosts=hosts).watch.file_hosts) is allowed


async def test_placeholders_on_foreign_hosts_are_refused_before_any_request(watch, emulator, gateway):
    emulator.clear_requests()
    urls = [f"{emulator.url}/files/x/seed_1.png", "http://169.254.169.254/latest/meta-data"]
    call = watch.WatchJob(W.WatchJobRequest(placeholders=W.PlaceholderUrls(urls=urls)), metadata=METADATA)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call.read()
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    violations = details(caught.value)["BadRequest"].field_violations
    assert [v.field for v in violations] == ["placeholders.urls[1]"]
    assert gateway.watch.hub.poller_count == 0


async def test_an_open_stream_keeps_no_copy_of_its_metadata(watch, upstream, gateway):
    """Thousands of streams stay open at once: each one's call state drops the caller's
    metadata (credentials included) once the stream has started."""
    import gc

    from gateway.observability.rpc import CallState

    model_id = await make_model(upstream)
    call = open_model_stream(watch, model_id)
    await call.read()
    states = [o for o in gc.get_objects() if isinstance(o, CallState) and o.method.endswith("WatchModelTraining")]
    assert len(states) == 1
    assert dict(states[0].metadata) == {} and states[0].request_id and states[0].tenant
    call.cancel()
