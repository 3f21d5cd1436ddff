"""The generic pipeline through the real stack: validation before upstream, error details,
retries, deadlines, request ids and the canonical log line."""

from __future__ import annotations

import asyncio

import grpc
import pytest

from bria.tailored.v1 import common_pb2, datasets_pb2, datasets_pb2_grpc, models_pb2, models_pb2_grpc
from bria.tailored.v1 import projects_pb2 as pp
from bria.tailored.v1 import projects_pb2_grpc as pg
from tests.conftest import METADATA, details, log_lines


def _create_request(**overrides) -> pp.CreateProjectRequest:
    base = dict(project_name="Mascot", ip_medium=common_pb2.IP_MEDIUM_ILLUSTRATION,
                ip_type=common_pb2.IP_TYPE_DEFINED_CHARACTER, ip_name="Pip", ip_description="a small green robot")
    base.update(overrides)
    return pp.CreateProjectRequest(**base)


async def test_round_trip_keeps_wire_spellings(channel):
    stub = pg.ProjectServiceStub(channel)
    created = (await stub.CreateProject(_create_request(), metadata=METADATA)).project
    assert created.id > 0 and created.ip_type == common_pb2.IP_TYPE_DEFINED_CHARACTER
    assert created.status == pp.PROJECT_STATUS_ACTIVE and created.created_at.seconds > 0
    got = (await stub.GetProject(pp.GetProjectRequest(project_id=created.id), metadata=METADATA)).project
    assert got == created or got.id == created.id
    listed = await stub.ListProjects(pp.ListProjectsRequest(), metadata=METADATA)
    assert [p.id for p in listed.projects] == [created.id]


async def test_invalid_request_never_reaches_upstream(channel, emulator):
    stub = pg.ProjectServiceStub(channel)
    emulator.clear_requests()
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.CreateProject(_create_request(ip_type=common_pb2.IP_TYPE_ICONS, ip_medium=common_pb2.IP_MEDIUM_PHOTOGRAPHY,
                                                 project_name=""), metadata=METADATA)
    err = caught.value
    assert err.code() == grpc.StatusCode.INVALID_ARGUMENT
    found = details(err)
    assert found["ErrorInfo"].reason == "REQUEST_INVALID"
    fields = {v.field for v in found["BadRequest"].field_violations}
    assert {"project_name", "ip_medium"} <= fields
    assert emulator.request_count() == 0


async def test_missing_token_is_unauthenticated_before_upstream(channel, emulator):
    emulator.clear_requests()
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await pg.ProjectServiceStub(channel).ListProjects(pp.ListProjectsRequest())
    assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED
    assert details(caught.value)["ErrorInfo"].reason == "API_TOKEN_MISSING"
    assert emulator.request_count() == 0


async def test_upstream_error_keeps_meaning_message_and_details(channel):
    stub = pg.ProjectServiceStub(channel)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.GetProject(pp.GetProjectRequest(project_id=987654), metadata=METADATA)
    err = caught.value
    assert err.code() == grpc.StatusCode.NOT_FOUND
    found = details(err)
    info = found["ErrorInfo"]
    assert info.reason == "RESOURCE_NOT_FOUND" and info.domain == "tailored-gateway.bria.ai"
    assert info.metadata["upstream_status"] == "404"
    assert info.metadata["route"] == "/v1/tailored-gen/projects/{project_id}"
    assert found["ResourceInfo"].resource_name == "projects/987654"
    assert found["RequestInfo"].request_id == info.metadata["request_id"]
    assert err.details()  # the upstream's own message


async def test_conflict_maps_to_failed_precondition(channel, emulator, clock):
    projects, datasets = pg.ProjectServiceStub(channel), datasets_pb2_grpc.DatasetServiceStub(channel)
    project = (await projects.CreateProject(_create_request(), metadata=METADATA)).project
    dataset = (await datasets.CreateDataset(datasets_pb2.CreateDatasetRequest(project_id=project.id, name="d"),
                                            metadata=METADATA)).dataset
    with pytest.raises(grpc.aio.AioRpcError) as caught:  # completing an empty dataset
        await datasets.UpdateDataset(
            datasets_pb2.UpdateDatasetRequest(dataset_id=dataset.id, status=datasets_pb2.DATASET_STATUS_COMPLETED),
            metadata=METADATA,
        )
    assert caught.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert "PreconditionFailure" in details(caught.value)


async def test_idempotent_get_is_retried_on_503(channel, emulator, log_stream):
    emulator.add_fault("error", status=503, method="GET", route="/v1/tailored-gen/projects", count=2)
    await pg.ProjectServiceStub(channel).ListProjects(pp.ListProjectsRequest(), metadata=METADATA)
    line = [l for l in log_lines(log_stream) if l.get("event") == "rpc"][-1]
    assert line["code"] == "OK" and line["retries"] == 2 and line["upstream_status"] == 200


async def test_post_is_not_retried_on_503(channel, emulator):
    emulator.add_fault("error", status=503, method="POST", route="/v1/tailored-gen/projects", count=1)
    emulator.clear_requests()
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await pg.ProjectServiceStub(channel).CreateProject(_create_request(), metadata=METADATA)
    assert caught.value.code() == grpc.StatusCode.UNAVAILABLE
    assert details(caught.value)["ErrorInfo"].reason == "UPSTREAM_UNAVAILABLE"
    assert emulator.request_count(method="POST") == 1


async def test_rate_limit_answers_resource_exhausted_with_retry_info(channel, emulator):
    emulator.add_fault("rate_limit", route="/v1/tailored-gen/projects", count=1, retry_after=7)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await pg.ProjectServiceStub(channel).ListProjects(pp.ListProjectsRequest(), metadata=METADATA)
    err = caught.value
    assert err.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    found = details(err)
    assert found["ErrorInfo"].reason == "UPSTREAM_RATE_LIMITED"
    assert found["RetryInfo"].retry_delay.seconds == 7
    assert found["QuotaFailure"].violations
    assert dict(err.trailing_metadata())["grpc-retry-pushback-ms"] == "7000"


async def test_caller_deadline_bounds_the_upstream_call(channel, emulator):
    emulator.add_fault("latency", latency_ms=3000, route="/v1/tailored-gen/projects", count=1)
    loop = asyncio.get_running_loop()
    started = loop.time()
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await pg.ProjectServiceStub(channel).ListProjects(pp.ListProjectsRequest(), metadata=METADATA, timeout=0.3)
    assert caught.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    assert loop.time() - started < 2.0


async def test_connection_failure_is_unavailable(emulator, log_stream):
    from gateway.app import Gateway
    from gateway.observability.logging import build_logger
    from tests.conftest import gateway_settings

    gw = Gateway(gateway_settings("http://127.0.0.1:9", retry_max_attempts=2), logger=build_logger("info", log_stream))
    await gw.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as ch:
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                await pg.ProjectServiceStub(ch).ListProjects(pp.ListProjectsRequest(), metadata=METADATA)
        assert caught.value.code() == grpc.StatusCode.UNAVAILABLE
        assert details(caught.value)["ErrorInfo"].reason == "UPSTREAM_UNAVAILABLE"
    finally:
        await gw.stop(0)


async def test_request_id_is_propagated_and_logged_once(channel, emulator, log_stream):
    call = pg.ProjectServiceStub(channel).ListProjects(
        pp.ListProjectsRequest(), metadata=(*METADATA, ("x-request-id", "req-abc-123"))
    )
    await call
    assert dict(await call.trailing_metadata())["x-request-id"] == "req-abc-123"
    lines = [l for l in log_lines(log_stream) if l.get("request_id") == "req-abc-123"]
    assert len(lines) == 1
    line = lines[0]
    assert line["event"] == "rpc" and line["method"] == "/bria.tailored.v1.ProjectService/ListProjects"
    assert {"code", "duration_ms", "upstream_status", "retries", "tenant"} <= set(line)


async def test_model_status_casing_and_numeric_strings(channel, emulator):
    models = models_pb2_grpc.ModelServiceStub(channel)
    listed = await models.ListModels(models_pb2.ListModelsRequest(), metadata=METADATA)
    assert list(listed.models) == []


async def test_a_cancelled_rpc_cancels_its_upstream_request(emulator, gateway):
    emulator.add_fault("latency", latency_ms=5000, route="/v1/tailored-gen/projects", count=1)
    # A channel of its own, opened in the test's task: grpc.aio does not deliver a cancel
    # issued from another task than the one that opened the channel (seen with fixtures).
    async with grpc.aio.insecure_channel(f"127.0.0.1:{gateway.port}") as channel:
        call = pg.ProjectServiceStub(channel).ListProjects(pp.ListProjectsRequest(), metadata=METADATA)
        for _ in range(500):  # until the request is on the wire (the emulator holds it for 5 s)
            if gateway.upstream.in_flight:
                break
            await asyncio.sleep(0.005)
        assert gateway.upstream.in_flight == 1
        call.cancel()
        for _ in range(200):
            if gateway.upstream.in_flight == 0:
                break
            await asyncio.sleep(0.005)
    assert gateway.upstream.in_flight == 0  # well before the upstream would have answered
