"""Watch streams against the hostile upstream: a poll answered with a body the gateway cannot
read, a redirect, an odd status or a 5xx is a failed poll — the stream keeps watching and
backs off — and the stream ends normally once a readable terminal state arrives. Polling time
is a ManualTimer: no sleeps."""

from __future__ import annotations

import json

import grpc
import pytest

from bria.tailored.v1 import status_pb2 as S
from bria.tailored.v1 import watch_pb2 as W
from bria.tailored.v1 import watch_pb2_grpc
from gateway.app import Gateway
from gateway.observability.logging import build_logger
from gateway.watch.timing import ManualTimer
from tests.chaos import stats
from tests.chaos.hostile import Answer
from tests.conftest import gateway_settings

TOKEN = "tok-watch-chaos-71b"
FAILED_POLLS = [
    Answer(200, b'{"status": "IN_PROGRESS", "request_id": "\\ud800"}'),  # lone surrogate
    Answer(200, b'{"status": "IN_PROGRESS", "result": {"seed": 1' + b"0" * 30 + b"}}"),  # beyond int64
    Answer(200, b"[" * 60000 + b"]" * 60000),  # nesting deeper than the stack
    Answer(200, b"[]"),  # a list where the object belongs
    Answer(200, b'{"id": 1}', [("content-encoding", "gzip")]),  # a plain body said to be gzip
    Answer(302, b"", [("location", "https://elsewhere.example/")]),
    Answer(200, b'{"result": {"seed": 1e400}, "status": "IN_PROGRESS"}'),  # infinity for an integer
    Answer(200, b'{"' + b"a" * (300 * 1024) + b'": 1}'),  # beyond the response bound
    Answer(500, b"oops"),
    Answer(raw=b"HTTP/1.1 999 Odd\r\ncontent-length: 0\r\n\r\n"),
]


@pytest.fixture
async def watch_gateway(hostile, log_stream):
    timer = ManualTimer()
    gw = Gateway(
        gateway_settings(hostile.url, upstream_max_response_bytes=256 * 1024, watch_poll_timeout_seconds=2.0),
        logger=build_logger("warning", log_stream), watch_timer=timer,
    )
    await gw.start()
    yield gw, timer
    await gw.stop(0)


async def test_failed_polls_keep_the_stream_and_a_terminal_state_ends_it(hostile, watch_gateway):
    gw, timer = watch_gateway
    answers = iter([*FAILED_POLLS, Answer(200, json.dumps({"status": "COMPLETED", "request_id": "r1"}).encode())])
    hostile.script = lambda seen: next(answers, Answer(500, b"no more"))
    run = stats.Run("watch_chaos")
    async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as channel:
        call = watch_pb2_grpc.WatchServiceStub(channel).WatchJob(
            W.WatchJobRequest(request_id="r1"), metadata=(("api_token", TOKEN),), timeout=30
        )
        for answer in FAILED_POLLS:
            await timer.wait_sleepers(1)  # the poller failed a poll and sleeps: the stream lives
            assert not call.done()
            run.record("failed_poll", f"HTTP {answer.status}" if answer.raw is None else "raw")
            timer.advance(1000)
        messages = [m async for m in call]
        code = await call.code()
    run.record("terminal", code.name)
    run.finish(0.0, len([s for s in hostile.seen if s.target != "/"]))
    assert code == grpc.StatusCode.OK
    assert [m.status.status for m in messages] == [S.REQUEST_STATE_COMPLETED] and messages[-1].terminal
    assert len([s for s in hostile.seen if s.path == "/v2/status/r1"]) == len(FAILED_POLLS) + 1


@pytest.mark.parametrize("request_id", [".", ".."])
async def test_a_watch_on_a_dot_segment_is_refused(hostile, watch_gateway, request_id):
    gw, _ = watch_gateway
    async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as channel:
        call = watch_pb2_grpc.WatchServiceStub(channel).WatchJob(
            W.WatchJobRequest(request_id=request_id), metadata=(("api_token", TOKEN),), timeout=5
        )
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            async for _ in call:
                pass
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert [s for s in hostile.seen if s.target != "/"] == []
