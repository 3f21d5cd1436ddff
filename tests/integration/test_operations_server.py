"""Operational behaviour of a real gateway: health that tells the truth, reflection, large
messages, graceful drain, and a startup that refuses an incomplete route table."""

from __future__ import annotations

import asyncio

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

from bria.tailored.v1 import datasets_pb2, datasets_pb2_grpc
from bria.tailored.v1 import projects_pb2 as pp
from bria.tailored.v1 import projects_pb2_grpc as pg
from gateway.app import Gateway
from gateway.observability.logging import build_logger
from tests.conftest import METADATA, gateway_settings


async def _health(channel, service: str = "") -> int:
    stub = health_pb2_grpc.HealthStub(channel)
    return (await stub.Check(health_pb2.HealthCheckRequest(service=service))).status


async def test_readiness_follows_the_upstream(emulator, log_stream):
    gw = Gateway(gateway_settings(emulator.url), logger=build_logger("info", log_stream))
    await gw.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as ch:
            assert await _health(ch) == health_pb2.HealthCheckResponse.SERVING
            assert await _health(ch, "bria.tailored.v1.ProjectService") == health_pb2.HealthCheckResponse.SERVING
            await emulator.stop()
            assert await gw.probe_upstream() is False
            assert await _health(ch) == health_pb2.HealthCheckResponse.NOT_SERVING
    finally:
        await gw.stop(0)


async def test_reflection_lists_every_contract_service(channel):
    stub = reflection_pb2_grpc.ServerReflectionStub(channel)

    async def requests():
        yield reflection_pb2.ServerReflectionRequest(list_services="")

    async for reply in stub.ServerReflectionInfo(requests()):
        names = {s.name for s in reply.list_services_response.service}
        break
    assert {
        "bria.tailored.v1.ProjectService", "bria.tailored.v1.DatasetService", "bria.tailored.v1.ModelService",
        "bria.tailored.v1.LegacyGenerationService", "bria.tailored.v1.GenerationService",
        "bria.tailored.v1.StatusService", "bria.tailored.v1.WatchService", "bria.tailored.v1.QuotaService",
        "grpc.health.v1.Health",
    } <= names


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
