"""Operational behaviour of a real gateway: health that tells the truth, reflection, large
messages, graceful drain, and a startup that refuses an incomplete route table."""

from __future__ import annotations

import asyncio
import pathlib
import shutil
import sys
import json
import socket

import grpc
from google.protobuf import descriptor_pb2
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

from bria.tailored.v1 import datasets_pb2, datasets_pb2_grpc
from bria.tailored.v1 import projects_pb2 as pp
from bria.tailored.v1 import projects_pb2_grpc as pg
from gateway.app import UPSTREAM_HEALTH, Gateway
from tailored_emulator import EmulatorConfig, serve
from gateway.observability.logging import build_logger
from tests.conftest import METADATA, gateway_settings


async def _health(channel, service: str = "") -> int:
    stub = health_pb2_grpc.HealthStub(channel)
    return (await stub.Check(health_pb2.HealthCheckRequest(service=service))).status


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


SERVING, NOT_SERVING = health_pb2.HealthCheckResponse.SERVING, health_pb2.HealthCheckResponse.NOT_SERVING


async def test_own_health_serves_while_the_upstream_is_down_and_upstream_health_follows_it(log_stream):
    """The gateway's own status (what the Kubernetes probes ask) is SERVING once it has started,
    whatever the upstream does; `bria.upstream` is NOT_SERVING until a probe succeeds."""
    port = _free_port()  # nothing listens here yet: the upstream is down at start
    gw = Gateway(gateway_settings(f"http://127.0.0.1:{port}"), logger=build_logger("info", log_stream))
    await gw.start()
    emulator = None
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as ch:
            assert await gw.probe_upstream() is False
            assert await _health(ch) == SERVING
            assert await _health(ch, "bria.tailored.v1.ProjectService") == SERVING
            assert await _health(ch, "bria.tailored.v1.WatchService") == SERVING
            assert await _health(ch, UPSTREAM_HEALTH) == NOT_SERVING
            assert _gauge(gw, "gateway_upstream_up") == 0

            emulator = await serve(EmulatorConfig(), port=port)  # the upstream comes back
            assert await gw.probe_upstream() is True
            assert await _health(ch, UPSTREAM_HEALTH) == SERVING
            assert _gauge(gw, "gateway_upstream_up") == 1

            await emulator.stop()
            emulator = None
            assert await gw.probe_upstream() is False
            assert await _health(ch, UPSTREAM_HEALTH) == NOT_SERVING
            assert await _health(ch) == SERVING
    finally:
        await gw.stop(0)
        if emulator is not None:
            await emulator.stop()
    events = [json.loads(line)["event"] for line in log_stream.getvalue().splitlines()]
    assert events.count("upstream_reachability") == 3  # each transition logged once


async def test_the_background_probe_turns_upstream_health_serving_when_the_upstream_appears(log_stream):
    port = _free_port()
    gw = Gateway(
        gateway_settings(f"http://127.0.0.1:{port}", health_probe_seconds=0.05), logger=build_logger("info", log_stream)
    )
    await gw.start()
    emulator = None
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as ch:
            watch = health_pb2_grpc.HealthStub(ch).Watch(health_pb2.HealthCheckRequest(service=UPSTREAM_HEALTH))
            assert (await asyncio.wait_for(watch.read(), 10)).status == NOT_SERVING
            emulator = await serve(EmulatorConfig(), port=port)
            assert (await asyncio.wait_for(watch.read(), 10)).status == SERVING
            watch.cancel()
    finally:
        await gw.stop(0)
        if emulator is not None:
            await emulator.stop()


async def test_draining_turns_every_health_service_not_serving(emulator, log_stream):
    gw = Gateway(gateway_settings(emulator.url), logger=build_logger("info", log_stream))
    await gw.start()
    assert await gw.probe_upstream() is True
    async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as ch:
        watch = health_pb2_grpc.HealthStub(ch).Watch(health_pb2.HealthCheckRequest(service=""))
        assert (await asyncio.wait_for(watch.read(), 10)).status == SERVING
        stopping = asyncio.ensure_future(gw.stop(grace=1))
        assert (await asyncio.wait_for(watch.read(), 10)).status == NOT_SERVING
        watch.cancel()
        await stopping


def _gauge(gw: Gateway, name: str) -> float:
    return gw.metrics.registry.get_sample_value(name)


@pytest.mark.parametrize("version", ["v1", "v1alpha"])
async def test_reflection_lists_every_contract_service(channel, version):
    """Both protocol versions: current grpcurl and Postman ask for v1 first."""
    names = await _list_services(channel, version)
    assert {
        "bria.tailored.v1.ProjectService", "bria.tailored.v1.DatasetService", "bria.tailored.v1.ModelService",
        "bria.tailored.v1.LegacyGenerationService", "bria.tailored.v1.GenerationService",
        "bria.tailored.v1.StatusService", "bria.tailored.v1.WatchService", "bria.tailored.v1.QuotaService",
        "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection",
    } <= names


async def test_reflection_v1_describes_its_own_service(channel):
    call = channel.stream_stream(
        "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo",
        request_serializer=reflection_pb2.ServerReflectionRequest.SerializeToString,
        response_deserializer=reflection_pb2.ServerReflectionResponse.FromString,
    )(iter([reflection_pb2.ServerReflectionRequest(file_containing_symbol="grpc.reflection.v1.ServerReflection")]))
    async for reply in call:
        files = [descriptor_pb2.FileDescriptorProto.FromString(b) for b in reply.file_descriptor_response.file_descriptor_proto]
        break
    assert [(f.name, f.package) for f in files] == [("grpc/reflection/v1/reflection.proto", "grpc.reflection.v1")]
    method = files[0].service[0].method[0]
    assert (method.name, method.input_type) == ("ServerReflectionInfo", ".grpc.reflection.v1.ServerReflectionRequest")


async def _list_services(channel, version: str) -> set[str]:
    """ListServices over reflection `version`, sent as raw bytes on the wire of that version."""
    call = channel.stream_stream(
        f"/grpc.reflection.{version}.ServerReflection/ServerReflectionInfo",
        request_serializer=reflection_pb2.ServerReflectionRequest.SerializeToString,
        response_deserializer=reflection_pb2.ServerReflectionResponse.FromString,
    )(iter([reflection_pb2.ServerReflectionRequest(list_services="")]))
    async for reply in call:
        return {s.name for s in reply.list_services_response.service}
    raise AssertionError("no reflection answer")


async def test_grpcurl_lists_and_describes_over_reflection_v1(gateway):
    """A real reflection client lists and describes (grpcurl 1.8.6, the one on PyPI, speaks
    v1alpha; the v1 wire is proven by the raw-bytes tests here)."""
    target = f"127.0.0.1:{gateway.port}"
    listed = await _grpcurl("-plaintext", target, "list")
    assert "bria.tailored.v1.ProjectService" in listed.split()
    assert "grpc.reflection.v1.ServerReflection" in listed.split()
    for symbol in ("bria.tailored.v1.ProjectService", "grpc.reflection.v1.ServerReflection"):
        assert symbol in await _grpcurl("-plaintext", target, "describe", symbol)


async def _grpcurl(*args: str) -> str:
    """grpcurl's output (the server runs on this event loop, so the client must not block it)."""
    grpcurl = shutil.which("grpcurl") or str(pathlib.Path(sys.executable).parent / "grpcurl")
    proc = await asyncio.create_subprocess_exec(
        grpcurl, *args, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0, err.decode()
    return out.decode()


async def test_reflection_can_be_switched_off(emulator, log_stream):
    gw = Gateway(gateway_settings(emulator.url, reflection=False), logger=build_logger("info", log_stream))
    await gw.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as ch:
            stub = reflection_pb2_grpc.ServerReflectionStub(ch)

            async def requests():
                yield reflection_pb2.ServerReflectionRequest(list_services="")

            with pytest.raises(grpc.aio.AioRpcError) as caught:
                async for _ in stub.ServerReflectionInfo(requests()):
                    pass
            assert caught.value.code() == grpc.StatusCode.UNIMPLEMENTED
    finally:
        await gw.stop(0)


async def test_six_twelve_megabyte_images_fit_in_one_call(channel, emulator):
    """Far beyond gRPC's default 4 MB receive limit: six images of ~12 MB each."""
    big = b"\x89PNG\r\n\x1a\n" + b"\0" * (12 * 1024 * 1024 - 64)
    request = datasets_pb2.GenerateCaptionPrefixRequest(images=[big] * 6, ip_type=6, ip_medium=2)
    emulator.clear_requests()
    try:
        await datasets_pb2_grpc.DatasetServiceStub(channel).GenerateCaptionPrefix(request, metadata=METADATA, timeout=60)
    except grpc.aio.AioRpcError as err:  # the emulator may judge the bytes; the gateway must not refuse them
        assert err.code() not in (grpc.StatusCode.RESOURCE_EXHAUSTED, grpc.StatusCode.INTERNAL), err.details()
    assert emulator.request_count(method="POST") == 1
    sent = emulator.requests(method="POST")
    assert sent  # the upstream saw the call


async def test_shutdown_drains_in_flight_calls(emulator, log_stream):
    gw = Gateway(gateway_settings(emulator.url), logger=build_logger("info", log_stream))
    await gw.start()
    emulator.add_fault("latency", latency_ms=300, route="/v1/tailored-gen/projects", count=1)
    emulator.clear_requests()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as ch:
        call = asyncio.ensure_future(pg.ProjectServiceStub(ch).ListProjects(pp.ListProjectsRequest(), metadata=METADATA))
        # Wait until the call has reached the upstream (which holds it for 300 ms).
        for _ in range(500):
            if emulator.request_count(method="GET"):
                break
            await asyncio.sleep(0.005)
        await gw.stop(grace=5)
        reply = await call
    assert list(reply.projects) == []


def test_route_table_refuses_a_method_without_rule():
    from google.protobuf import descriptor_pb2, descriptor_pool

    from gateway.routing.rules import RouteTableError, build_route_table

    pool = descriptor_pool.DescriptorPool()
    fdp = descriptor_pb2.FileDescriptorProto(name="x.proto", package="x")
    fdp.message_type.add(name="Req")
    fdp.message_type.add(name="Resp")
    svc = fdp.service.add(name="NoRules")
    svc.method.add(name="Call", input_type=".x.Req", output_type=".x.Resp")
    service = pool.FindFileByName(pool.Add(fdp).name).services_by_name["NoRules"]
    with pytest.raises(RouteTableError, match="no google.api.http rule"):
        build_route_table([service], frozenset(), frozenset())


async def test_a_native_rpc_without_handler_stops_the_server_from_starting():
    from gateway.native import add_native_services
    from gateway.observability.metrics import Metrics
    from gateway.observability.rpc import Observer
    from gateway.routing.rules import RouteTableError

    observer = Observer(Metrics(), build_logger("info"))
    with pytest.raises(RouteTableError, match="without a handler"):
        add_native_services(grpc.aio.server(), observer, {})


def test_every_route_and_webhook_series_starts_at_zero(log_stream):
    """A route's first requests, errors and 429s (and the first webhook of each outcome) show in
    rate() and in the alerts only if their series exist before they happen."""
    gw = Gateway(gateway_settings("http://127.0.0.1:1"), logger=build_logger("info", log_stream))
    value = gw.metrics.registry.get_sample_value
    for route in gw.routes.values():
        for klass in ("2xx", "4xx", "5xx", "error"):
            labels = {"method": route.http_method, "route": route.template.template, "status_class": klass}
            assert value("gateway_upstream_requests_total", labels) == 0
        assert value("gateway_upstream_rate_limited_total", {"route": route.template.template}) == 0
    for outcome in ("accepted", "bad_signature", "unknown_request", "malformed"):
        assert value("gateway_webhook_deliveries_total", {"outcome": outcome}) == 0
