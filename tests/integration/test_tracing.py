"""Traces end to end: a real OTLP/gRPC receiver (the opentelemetry-proto TraceService, served in
this process on 127.0.0.1 port 0) gets the spans of a real gateway, configured only through the
standard OTEL_* variables, calling the real emulator over sockets. Waits are bounded: the
gateway's provider is flushed (the export is done when force_flush returns), never slept on."""

from __future__ import annotations

import asyncio
import json
import secrets
import threading
from concurrent import futures

import grpc
import httpx
import pytest
from opentelemetry import trace
from opentelemetry.proto.collector.trace.v1 import trace_service_pb2, trace_service_pb2_grpc
from opentelemetry.proto.trace.v1 import trace_pb2

from bria.tailored.v1 import generation_pb2 as G
from bria.tailored.v1 import generation_pb2_grpc
from bria.tailored.v1 import models_pb2 as M
from bria.tailored.v1 import projects_pb2 as pp
from bria.tailored.v1 import projects_pb2_grpc as pg
from bria.tailored.v1 import watch_pb2 as W
from bria.tailored.v1 import watch_pb2_grpc
from gateway import webhook_signing
from gateway.app import Gateway
from gateway.observability.logging import build_logger
from gateway.observability.tracing import Tracing
from gateway.watch import webhooks
from gateway.watch.timing import ManualTimer
from tests.conftest import METADATA, TOKEN, gateway_settings, log_lines
from tests.quota.conftest import redis_server  # noqa: F401  (fixture)
from tests.support import free_port
from tests.watch.conftest import LONG, make_model, read_all, trained_model

LIST = "/bria.tailored.v1.ProjectService/ListProjects"
GET = "/bria.tailored.v1.ProjectService/GetProject"
WATCH_TRAINING = "/bria.tailored.v1.WatchService/WatchModelTraining"
SERVER, CLIENT, INTERNAL = trace_pb2.Span.SPAN_KIND_SERVER, trace_pb2.Span.SPAN_KIND_CLIENT, trace_pb2.Span.SPAN_KIND_INTERNAL
ERROR = trace_pb2.Status.STATUS_CODE_ERROR


class Receiver(trace_service_pb2_grpc.TraceServiceServicer):
    """An OTLP/gRPC trace collector that keeps every export request it is sent."""

    def __init__(self) -> None:
        self.requests: list[trace_service_pb2.ExportTraceServiceRequest] = []
        self._lock = threading.Lock()

    def Export(self, request, context):  # noqa: N802 (the service's method name)
        with self._lock:
            self.requests.append(request)
        return trace_service_pb2.ExportTraceServiceResponse()

    def spans(self) -> list[dict]:
        out = []
        with self._lock:
            requests = list(self.requests)
        for request in requests:
            for resource_spans in request.resource_spans:
                resource = _attrs(resource_spans.resource.attributes)
                for scope_spans in resource_spans.scope_spans:
                    for s in scope_spans.spans:
                        out.append({
                            "name": s.name, "kind": s.kind, "trace_id": s.trace_id.hex(), "span_id": s.span_id.hex(),
                            "parent": s.parent_span_id.hex(), "attrs": _attrs(s.attributes), "status": s.status.code,
                            "links": [(l.trace_id.hex(), l.span_id.hex(), _attrs(l.attributes)) for l in s.links],
                            "resource": resource, "scope": scope_spans.scope.name,
                        })
        return out

    def raw(self) -> bytes:
        with self._lock:
            return b"".join(r.SerializeToString() for r in self.requests)


def _attrs(key_values) -> dict:
    out = {}
    for kv in key_values:
        value = kv.value
        out[kv.key] = getattr(value, value.WhichOneof("value")) if value.WhichOneof("value") else None
    return out


@pytest.fixture
def receiver():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    collector = Receiver()
    trace_service_pb2_grpc.add_TraceServiceServicer_to_server(collector, server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    collector.endpoint = f"http://127.0.0.1:{port}"
    yield collector
    server.stop(0)


@pytest.fixture
async def traced(emulator, receiver, log_stream, monkeypatch):
    """A real gateway whose traces go to `receiver`, configured by the environment only."""
    for name in ("OTEL_SERVICE_NAME", "OTEL_RESOURCE_ATTRIBUTES", "OTEL_TRACES_SAMPLER", "OTEL_SDK_DISABLED",
                 "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_INSECURE", "OTEL_EXPORTER_OTLP_HEADERS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint)
    timer = ManualTimer()
    gw = Gateway(gateway_settings(emulator.url), logger=build_logger("debug", log_stream), watch_timer=timer)
    gw.timer = timer
    await gw.start()
    yield gw
    await gw.stop(0)


async def flushed(gw: Gateway, receiver: Receiver) -> list[dict]:
    """Every span ended so far, exported to the receiver (bounded: force_flush's timeout)."""
    assert await asyncio.to_thread(gw.tracing.force_flush, 10_000), "the spans were not exported in time"
    return receiver.spans()


def caller_context() -> tuple[str, str, tuple]:
    trace_id, span_id = secrets.token_hex(16), secrets.token_hex(8)
    return trace_id, span_id, (*METADATA, ("traceparent", f"00-{trace_id}-{span_id}-01"))


def one(spans: list[dict], **match) -> dict:
    found = [s for s in spans if all(s[k] == v for k, v in match.items())]
    assert len(found) == 1, (match, [(s["name"], s["trace_id"], s["parent"]) for s in spans])
    return found[0]


def children(spans: list[dict], parent: dict, kind=None) -> list[dict]:
    return [s for s in spans if s["parent"] == parent["span_id"] and s["trace_id"] == parent["trace_id"]
            and (kind is None or s["kind"] == kind)]


def sent_traceparents(emulator, method: str, route: str) -> list[str | None]:
    return [r["traceparent"] for r in emulator.requests(method, route)["recent"]]


async def test_a_call_continues_the_callers_trace_through_quota_and_upstream(traced, receiver, emulator, log_stream):
    trace_id, parent_id, metadata = caller_context()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{traced.port}") as ch:
        await pg.ProjectServiceStub(ch).ListProjects(pp.ListProjectsRequest(), metadata=metadata)
    spans = await flushed(traced, receiver)

    server = one(spans, name=LIST.lstrip("/"), kind=SERVER)
    assert (server["trace_id"], server["parent"]) == (trace_id, parent_id)
    assert server["attrs"]["rpc.system"] == "grpc"
    assert server["attrs"]["rpc.service"] == "bria.tailored.v1.ProjectService"
    assert server["attrs"]["rpc.method"] == "ListProjects"
    assert server["attrs"]["rpc.grpc.status_code"] == 0 and server["status"] != ERROR
    assert server["resource"]["service.name"] == "tailored-gateway" and server["scope"] == "gateway"

    quota = one(children(spans, server), name="quota.admit")
    assert quota["kind"] == INTERNAL and quota["attrs"]["quota.outcome"] == "admitted"

    template = traced.routes[LIST].template.template
    (attempt,) = children(spans, server, CLIENT)
    assert attempt["name"] == f"GET {template}"
    assert attempt["attrs"]["http.request.method"] == "GET" and attempt["attrs"]["url.template"] == template
    assert attempt["attrs"]["http.response.status_code"] == 200 and "http.request.resend_count" not in attempt["attrs"]

    # The upstream was asked under the attempt's span, in the caller's trace.
    assert sent_traceparents(emulator, "GET", template) == [f"00-{trace_id}-{attempt['span_id']}-01"]
    # The canonical log line names the trace and the RPC's span.
    (line,) = [entry for entry in log_lines(log_stream) if entry.get("event") == "rpc"]
    assert (line["trace_id"], line["span_id"]) == (trace_id, server["span_id"])


async def test_a_retried_upstream_call_shows_each_attempt_as_a_span(traced, receiver, emulator):
    template = traced.routes[LIST].template.template
    emulator.add_fault("error", method="GET", route=template, status=503, count=1)
    trace_id, _, metadata = caller_context()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{traced.port}") as ch:
        await pg.ProjectServiceStub(ch).ListProjects(pp.ListProjectsRequest(), metadata=metadata)
    spans = await flushed(traced, receiver)

    server = one(spans, name=LIST.lstrip("/"), kind=SERVER)
    assert server["trace_id"] == trace_id and server["attrs"]["rpc.grpc.status_code"] == 0
    first, second = sorted(children(spans, server, CLIENT), key=lambda s: s["attrs"].get("http.request.resend_count", 0))
    assert first["attrs"]["http.response.status_code"] == 503 and first["status"] == ERROR
    assert first["attrs"]["error.type"] == "503"
    assert second["attrs"]["http.response.status_code"] == 200 and second["attrs"]["http.request.resend_count"] == 1
    assert second["status"] != ERROR
    # Each attempt carried its own span's context.
    assert sent_traceparents(emulator, "GET", template) == [
        f"00-{trace_id}-{first['span_id']}-01", f"00-{trace_id}-{second['span_id']}-01",
    ]


async def test_a_failed_call_is_an_error_span_with_its_status_and_no_token_anywhere(traced, receiver, emulator):
    trace_id, _, metadata = caller_context()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{traced.port}") as ch:
        stub = pg.ProjectServiceStub(ch)
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await stub.GetProject(pp.GetProjectRequest(project_id=987654), metadata=metadata)
        assert caught.value.code() == grpc.StatusCode.NOT_FOUND
        await stub.ListProjects(pp.ListProjectsRequest(), metadata=METADATA)  # no traceparent: a new trace
    spans = await flushed(traced, receiver)

    server = one(spans, name=GET.lstrip("/"), kind=SERVER)
    assert server["trace_id"] == trace_id and server["status"] == ERROR
    assert server["attrs"]["rpc.grpc.status_code"] == grpc.StatusCode.NOT_FOUND.value[0]
    assert server["attrs"]["error.type"]  # the gateway's reason, e.g. UPSTREAM_NOT_FOUND
    (attempt,) = children(spans, server, CLIENT)
    assert attempt["attrs"]["http.response.status_code"] == 404 and attempt["status"] == ERROR
    assert attempt["attrs"]["url.template"] == traced.routes[GET].template.template  # no id, no query

    fresh = one(spans, name=LIST.lstrip("/"), kind=SERVER)
    assert fresh["parent"] == "" and fresh["trace_id"] != trace_id

    # The token reaches the upstream on every call, and never the spans: not in a name, an
    # attribute, an event, a link or the resource of anything exported.
    exported = receiver.raw()
    assert exported and TOKEN.encode() not in exported
    assert all("?" not in s["attrs"].get("url.template", "") for s in spans)


async def test_watch_polls_are_traces_of_their_own_linked_to_the_streams(traced, receiver, emulator, log_stream):
    async with httpx.AsyncClient(base_url=emulator.url, headers={"api_token": TOKEN}, timeout=10) as upstream:
        model_id = await make_model(upstream, mode="fully_automated")
    first_trace, _, first_metadata = caller_context()
    second_trace, _, second_metadata = caller_context()
    request = W.WatchModelTrainingRequest(model_id=model_id)
    async with grpc.aio.insecure_channel(f"127.0.0.1:{traced.port}") as ch:
        watch = watch_pb2_grpc.WatchServiceStub(ch)
        starter = watch.WatchModelTraining(request, metadata=first_metadata)
        assert (await starter.read()).model.status == M.MODEL_STATUS_IN_PROGRESS  # the first poll's state
        joiner = watch.WatchModelTraining(request, metadata=second_metadata)
        assert not (await joiner.read()).terminal  # served from the same poller, no new poll
        assert traced.watch.hub.poller_count == 1
        emulator.advance(emulator.emulator.config.durations.training)
        await traced.timer.wait_sleepers(1)  # the poller waits for its next poll ...
        traced.timer.advance(LONG)  # ... which comes now, and sees the training finished
        for call in (starter, joiner):
            rest = await read_all(call)
            assert rest[-1].terminal and await call.code() == grpc.StatusCode.OK
    spans = await flushed(traced, receiver)

    streams = {s["trace_id"]: s for s in spans if s["name"] == WATCH_TRAINING.lstrip("/") and s["kind"] == SERVER}
    assert set(streams) == {first_trace, second_trace}
    polls = sorted((s for s in spans if s["name"] == "watch.poll"), key=lambda s: s["attrs"]["watch.poll"])
    assert [p["attrs"]["watch.poll"] for p in polls] == [1, 2]
    first_stream, second_stream = streams[first_trace], streams[second_trace]
    for poll in polls:
        # Its own trace (a root span), not a child of either stream ...
        assert poll["parent"] == "" and poll["trace_id"] not in streams
        assert poll["attrs"]["watch.kind"] and poll["kind"] == INTERNAL
        # ... whose upstream read is its child, and whose request carried the poll's trace.
        (attempt,) = children(spans, poll, CLIENT)
        assert attempt["attrs"]["http.response.status_code"] == 200
    links = [[(trace_id, span_id, attrs["watch.link"]) for trace_id, span_id, attrs in p["links"]] for p in polls]
    assert links[0] == [(first_trace, first_stream["span_id"], "started_by")]
    assert links[1] == [
        (first_trace, first_stream["span_id"], "started_by"), (second_trace, second_stream["span_id"], "serves"),
    ]
    assert polls[1]["attrs"]["watch.streams"] == 2 and polls[1]["attrs"]["watch.terminal"] is True
    sent = [tp.split("-")[1] for tp in sent_traceparents(emulator, "GET", traced.routes[
        "/bria.tailored.v1.ModelService/GetModel"].template.template)]
    assert sent == [p["trace_id"] for p in polls]
    # The streams' log lines carry their own traces.
    rpc_lines = [entry for entry in log_lines(log_stream) if entry.get("method") == WATCH_TRAINING]
    assert sorted(line["trace_id"] for line in rpc_lines) == sorted(streams)


async def test_a_webhook_delivery_is_a_server_span_continuing_the_senders_trace(
    emulator, receiver, log_stream, monkeypatch, redis_server  # noqa: F811
):
    """POST /webhooks/bria: one SERVER span per delivery (a child of the sender's traceparent,
    when it sends one), its status and outcome, the publication to the other replicas as its
    child; a refused delivery is not this server's error; no token or signature anywhere."""
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint)
    for name in ("OTEL_SERVICE_NAME", "OTEL_TRACES_SAMPLER", "OTEL_SDK_DISABLED", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
    port = free_port()
    url = f"http://127.0.0.1:{port}{webhooks.PATH}"
    gw = Gateway(gateway_settings(emulator.url, public_callback_url=url, webhook_port=port, webhook_tolerance_seconds=0,
                                  redis_url=redis_server.url), logger=build_logger("info", log_stream))
    await gw.start()
    try:
        async with httpx.AsyncClient(base_url=emulator.url, headers={"api_token": TOKEN}, timeout=10) as upstream:
            model_id = await trained_model(upstream, emulator)
        async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as ch:
            submitted = await generation_pb2_grpc.GenerationServiceStub(ch).GenerateImage(
                G.GenerateImageRequest(tailored_model_id=model_id, prompt="a cat"), metadata=METADATA)
        rid = submitted.request_id
        body = json.dumps({"status": "COMPLETED", "request_id": rid, "result": {"image_url": "https://e.com/x.png"}}).encode()
        sender_trace, sender_span = secrets.token_hex(16), secrets.token_hex(8)
        signed = {**webhook_signing.headers(TOKEN, rid, 1_767_225_600, body),
                  "traceparent": f"00-{sender_trace}-{sender_span}-01"}
        forged = webhook_signing.headers("not-the-token", rid, 1_767_225_600, body)
        async with httpx.AsyncClient(timeout=5) as client:
            assert (await client.post(url, content=body, headers=forged)).status_code == 401
            assert (await client.post(url, content=body, headers=signed)).status_code == 204
        spans = await flushed(gw, receiver)
    finally:
        await gw.stop(0)
    deliveries = [s for s in spans if s["name"] == "POST /webhooks/bria"]
    assert [(d["kind"], d["attrs"]["http.response.status_code"], d["attrs"]["gateway.webhook.outcome"], d["status"])
            for d in deliveries] == [(SERVER, 401, "bad_signature", 0), (SERVER, 204, "accepted", 0)]
    accepted = deliveries[1]
    assert (accepted["trace_id"], accepted["parent"]) == (sender_trace, sender_span)
    assert accepted["attrs"]["http.route"] == "/webhooks/bria" and deliveries[0]["trace_id"] != sender_trace
    assert [c["name"] for c in children(spans, accepted)] == ["watch.publish"]
    raw = receiver.raw()
    assert TOKEN.encode() not in raw and signed["Bria-Webhook-Signature"].encode() not in raw


async def test_stop_flushes_what_is_left(emulator, receiver, monkeypatch):
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint)
    monkeypatch.setenv("OTEL_SERVICE_NAME", "gateway-under-test")
    monkeypatch.setenv("OTEL_RESOURCE_ATTRIBUTES", "deployment.environment=test")
    monkeypatch.setenv("OTEL_BSP_SCHEDULE_DELAY", "600000")  # nothing leaves before stop
    gw = Gateway(gateway_settings(emulator.url), logger=build_logger("info", None))
    await gw.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as ch:
            await pg.ProjectServiceStub(ch).ListProjects(pp.ListProjectsRequest(), metadata=METADATA)
        assert receiver.spans() == []
    finally:
        await gw.stop(0)
    server = one(receiver.spans(), name=LIST.lstrip("/"))
    assert server["resource"]["service.name"] == "gateway-under-test"
    assert server["resource"]["deployment.environment"] == "test"


async def test_without_an_endpoint_nothing_is_traced_or_forwarded(emulator, log_stream, monkeypatch):
    for name in ("OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
    gw = Gateway(gateway_settings(emulator.url), logger=build_logger("debug", log_stream))
    assert not gw.tracing.enabled and isinstance(gw.tracing.tracer, trace.NoOpTracer)
    await gw.start()
    try:
        _, _, metadata = caller_context()
        async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as ch:
            await pg.ProjectServiceStub(ch).ListProjects(pp.ListProjectsRequest(), metadata=metadata)
    finally:
        await gw.stop(0)
    assert sent_traceparents(emulator, "GET", gw.routes[LIST].template.template) == [None]
    (line,) = [entry for entry in log_lines(log_stream) if entry.get("event") == "rpc"]
    assert "trace_id" not in line


def test_the_environment_decides(monkeypatch):
    for name in ("OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_SDK_DISABLED"):
        monkeypatch.delenv(name, raising=False)
    assert not Tracing.from_env().enabled
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://127.0.0.1:1")
    monkeypatch.setenv("OTEL_SDK_DISABLED", "true")
    assert not Tracing.from_env().enabled
    monkeypatch.delenv("OTEL_SDK_DISABLED")
    on = Tracing.from_env()
    try:
        assert on.enabled
    finally:
        on.shutdown(timeout_millis=100)
