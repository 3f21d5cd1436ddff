"""The Python client (clients/python, package tailored_client) against a real gateway on the
emulator (tests/clients/conftest.py): the whole lifecycle through the client's helpers, its one
error type decoding real rejections, a stream cancelled and the gateway's gauge back to zero, a
dropped connection resumed through `resume_token`, the README's example run as written; and
table tests of the error decoding over crafted statuses."""

from __future__ import annotations

import asyncio
import os
import pathlib
import re
import subprocess
import sys
import time

import grpc
import pytest
from google.protobuf import any_pb2, duration_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2

from tailored_client import (
    AsyncClient, ChannelConfig, Client, FieldViolation, PreconditionViolation, QuotaViolation, ResourceInfo,
    TailoredError,
)
from tailored_client.v1 import common_pb2, datasets_pb2, generation_pb2, models_pb2, projects_pb2, status_pb2 as st, watch_pb2
from tailored_emulator.media import color_for, png
from tests.clients.proof import Relay

ROOT = pathlib.Path(__file__).resolve().parents[2]
README = ROOT / "clients" / "python" / "README.md"
STREAMS = "gateway_watch_streams"


async def fibo_dataset(client: AsyncClient) -> int:
    """A FIBO project and a completed dataset of five images (as tailored_emulator/demo.py)."""
    project = (await client.projects.CreateProject(projects_pb2.CreateProjectRequest(
        project_name="client proof", ip_medium=common_pb2.IP_MEDIUM_PHOTOGRAPHY,
        ip_type=common_pb2.IP_TYPE_STYLIZED_SCENE, training_version=common_pb2.TRAINING_VERSION_FIBO))).project
    images = [png(1024, 1024, color_for(20 + i)) for i in range(5)]
    schema = (await client.datasets.GenerateVisualSchema(datasets_pb2.GenerateVisualSchemaRequest(
        images=[common_pb2.ImageSource(data=i) for i in images]))).visual_schema
    dataset = (await client.datasets.CreateDataset(datasets_pb2.CreateDatasetRequest(
        project_id=project.id, name="proof v1", training_version=common_pb2.TRAINING_VERSION_FIBO))).dataset
    await client.datasets.UpdateDataset(datasets_pb2.UpdateDatasetRequest(dataset_id=dataset.id, visual_schema=schema))
    for data in images:
        await client.datasets.UploadImage(datasets_pb2.UploadImageRequest(dataset_id=dataset.id, file=data))
    done = (await client.datasets.UpdateDataset(datasets_pb2.UpdateDatasetRequest(
        dataset_id=dataset.id, status=datasets_pb2.DATASET_STATUS_COMPLETED))).dataset
    assert done.status == datasets_pb2.DATASET_STATUS_COMPLETED and done.images_count == 5
    return dataset.id


async def new_model(client: AsyncClient, dataset_id: int) -> int:
    return (await client.models.CreateModel(models_pb2.CreateModelRequest(
        name="proof expert", dataset_id=dataset_id, training_version=common_pb2.TRAINING_VERSION_FIBO,
        training_mode=models_pb2.TRAINING_MODE_EXPERT))).model.id


async def test_lifecycle_through_the_watch_helpers(target):
    async with AsyncClient(target.address, token=target.token) as client:
        dataset_id = await fibo_dataset(client)
        model_id = await new_model(client, dataset_id)
        await client.models.StartTraining(models_pb2.StartTrainingRequest(
            model_id=model_id, total_training_steps=1000, checkpoint_interval=500))
        updates: list[models_pb2.Model] = []
        started = time.monotonic()
        model = await client.wait_for_training(model_id, on_update=lambda u: updates.append(u.model), timeout=60)
        assert model.status == models_pb2.MODEL_STATUS_COMPLETED, models_pb2.ModelStatus.Name(model.status)
        seen = [m.status for m in updates]
        assert seen[-1] == models_pb2.MODEL_STATUS_COMPLETED and models_pb2.MODEL_STATUS_IN_PROGRESS in seen
        assert all(a != b for a, b in zip(updates, updates[1:]))  # never the same state twice in a row
        print(f"training followed to COMPLETED in {time.monotonic() - started:.1f} s over {len(updates)} updates")

        accepted = await client.generation.GenerateImage(generation_pb2.GenerateImageRequest(
            tailored_model_id=model_id, prompt="a sunlit shop window", seed=7))
        assert accepted.request_id
        states: list[int] = []
        final = await client.wait_for_job(accepted.request_id, on_update=lambda u: states.append(u.status.status),
                                          timeout=30)
        assert final.status == st.REQUEST_STATE_COMPLETED and final.result.image_url
        assert states[-1] == st.REQUEST_STATE_COMPLETED
    assert await target.wait_gauge(STREAMS, 0) == 0


async def test_validation_error_decodes_field_violations(target):
    async with AsyncClient(target.address, token=target.token) as client:
        with pytest.raises(TailoredError) as caught:
            await client.projects.CreateProject(projects_pb2.CreateProjectRequest(
                ip_medium=common_pb2.IP_MEDIUM_PHOTOGRAPHY, ip_type=common_pb2.IP_TYPE_ICONS))
    err = caught.value
    assert err.code is grpc.StatusCode.INVALID_ARGUMENT and err.reason == "REQUEST_INVALID"
    assert err.domain == "tailored-gateway.bria.ai" and err.request_id
    assert "project_name" in {v.field for v in err.field_violations}, err.field_violations
    assert all(v.description for v in err.field_violations)


async def test_quota_rejection_decodes_reason_and_retry_delay(target):
    # Retries off: gRPC's policy would otherwise wait out the pushback (a minute) and retry.
    async with AsyncClient(target.address, token=target.quota_token, config=ChannelConfig(retry=None)) as client:
        await client.projects.ListProjects(projects_pb2.ListProjectsRequest())
        with pytest.raises(TailoredError) as caught:
            await client.projects.ListProjects(projects_pb2.ListProjectsRequest())
    err = caught.value
    assert err.code is grpc.StatusCode.RESOURCE_EXHAUSTED and err.reason == "QUOTA_EXCEEDED", err
    assert err.retry_delay is not None and 0 < err.retry_delay <= 60, err.retry_delay
    assert err.quota_violations and err.retryable and err.request_id


async def test_retry_policy_waits_out_the_pushback(target):
    """With the default policy, the refused call is not failed at once: gRPC schedules the retry
    after the gateway's pushback (tens of seconds), so the call meets its own deadline first."""
    async with AsyncClient(target.address, token=target.quota_token, config=ChannelConfig(retry=None)) as spend:
        try:  # the tenant's one call of the minute (refused already if an earlier test spent it)
            await spend.projects.ListProjects(projects_pb2.ListProjectsRequest())
        except TailoredError as err:
            assert err.reason == "QUOTA_EXCEEDED", err
    async with AsyncClient(target.address, token=target.quota_token) as client:
        started = time.monotonic()
        with pytest.raises(TailoredError) as caught:
            await client.projects.ListProjects(projects_pb2.ListProjectsRequest(), timeout=1.5)
    assert caught.value.code is grpc.StatusCode.DEADLINE_EXCEEDED, caught.value
    assert time.monotonic() - started >= 1.4


async def test_cancelled_stream_leaves_the_gateway(target):
    async with AsyncClient(target.address, token=target.token) as client:
        dataset_id = await fibo_dataset(client)
        model_id = await new_model(client, dataset_id)  # Created: not terminal, the stream stays open
        stream = client.watch.WatchModelTraining(watch_pb2.WatchModelTrainingRequest(model_id=model_id))
        first = await anext(aiter(stream))
        assert first.model.id == model_id and not first.terminal
        assert await target.wait_gauge(STREAMS, 1) == 1
        stream.cancel()
        assert await target.wait_gauge(STREAMS, 0) == 0


async def test_wait_for_training_resumes_after_a_dropped_connection(target):
    proxy = Relay(target.address)
    address = await proxy.start()
    try:
        async with AsyncClient(target.address, token=target.token) as setup:
            dataset_id = await fibo_dataset(setup)
            model_id = await new_model(setup, dataset_id)
            await setup.models.StartTraining(models_pb2.StartTrainingRequest(
                model_id=model_id, total_training_steps=1000, checkpoint_interval=500))
        async with AsyncClient(address, token=target.token) as client:
            updates = []
            first = asyncio.Event()

            def seen(update) -> None:
                updates.append(update)
                first.set()
            waiting = asyncio.create_task(client.wait_for_training(model_id, on_update=seen, timeout=60))
            await asyncio.wait_for(first.wait(), 10)
            assert not updates[0].terminal and updates[0].resume_token
            proxy.cut()  # the stream ends UNAVAILABLE; the helper reconnects with the resume token
            model = await waiting
        assert model.status == models_pb2.MODEL_STATUS_COMPLETED
        assert proxy.accepted >= 2
        models = [u.model for u in updates]
        assert all(a != b for a, b in zip(models, models[1:]))  # resumed without a duplicate
    finally:
        await proxy.stop()
    assert await target.wait_gauge(STREAMS, 0) == 0


async def test_blocking_flavour(target):
    async with AsyncClient(target.address, token=target.token) as setup:
        dataset_id = await fibo_dataset(setup)
        model_id = await new_model(setup, dataset_id)

    def blocking() -> tuple[int, TailoredError]:
        with Client(target.address, token=target.token) as client:
            client.models.StartTraining(models_pb2.StartTrainingRequest(
                model_id=model_id, total_training_steps=1000, checkpoint_interval=500))
            model = client.wait_for_training(model_id, timeout=60)
            try:
                client.models.GetModel(models_pb2.GetModelRequest(model_id=0))
            except TailoredError as err:
                return model.status, err
        raise AssertionError("GetModel(0) was accepted")
    status, err = await asyncio.to_thread(blocking)
    assert status == models_pb2.MODEL_STATUS_COMPLETED
    assert err.code is grpc.StatusCode.INVALID_ARGUMENT and err.field_violations[0].field == "model_id"


async def test_readme_example_runs(target, tmp_path):
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), re.S)
    assert blocks, "no python block in the README"
    example = blocks[0]
    assert len(example.strip().splitlines()) <= 12, "the README example should stay about ten lines"
    script = tmp_path / "example.py"
    script.write_text(example)
    env = {**os.environ, "TAILORED_ADDRESS": target.address, "TAILORED_TOKEN": target.token}
    process = await asyncio.create_subprocess_exec(sys.executable, str(script), cwd=tmp_path, env=env,
                                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, errout = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0, errout.decode()
    assert target.token not in out.decode() + errout.decode()
    assert out.strip(), "the example printed nothing"


# ---- error decoding over crafted statuses ------------------------------------------------------

def packed(*details) -> list[any_pb2.Any]:
    out = []
    for detail in details:
        holder = any_pb2.Any()
        holder.Pack(detail)
        out.append(holder)
    return out


def info(reason: str, **metadata: str) -> error_details_pb2.ErrorInfo:
    return error_details_pb2.ErrorInfo(reason=reason, domain="tailored-gateway.bria.ai", metadata=metadata)


CASES = {
    "bad request": (
        status_pb2.Status(code=code_pb2.INVALID_ARGUMENT, message="invalid request", details=packed(
            info("REQUEST_INVALID", request_id="r-1"),
            error_details_pb2.BadRequest(field_violations=[
                error_details_pb2.BadRequest.FieldViolation(field="project_name", description="value is required"),
                error_details_pb2.BadRequest.FieldViolation(field="ip_type", description="bad", reason="enum")]),
            error_details_pb2.RequestInfo(request_id="r-1"))), (),
        dict(code=grpc.StatusCode.INVALID_ARGUMENT, reason="REQUEST_INVALID", request_id="r-1", retry_delay=None,
             field_violations=[FieldViolation("project_name", "value is required"),
                               FieldViolation("ip_type", "bad", "enum")])),
    "quota with RetryInfo": (
        status_pb2.Status(code=code_pb2.RESOURCE_EXHAUSTED, message="quota", details=packed(
            info("QUOTA_EXCEEDED", request_id="r-2"),
            error_details_pb2.QuotaFailure(violations=[
                error_details_pb2.QuotaFailure.Violation(subject="tenant:probe", description="rate 1/m")]),
            error_details_pb2.RetryInfo(retry_delay=duration_pb2.Duration(seconds=41, nanos=500_000_000)))),
        (("grpc-retry-pushback-ms", "99000"),),  # RetryInfo wins over the trailer
        dict(code=grpc.StatusCode.RESOURCE_EXHAUSTED, reason="QUOTA_EXCEEDED", retry_delay=41.5, request_id="r-2",
             quota_violations=[QuotaViolation("tenant:probe", "rate 1/m")])),
    "pushback only": (
        status_pb2.Status(code=code_pb2.RESOURCE_EXHAUSTED, message="quota", details=packed(info("QUOTA_EXCEEDED"))),
        (("grpc-retry-pushback-ms", "1250"),),
        dict(reason="QUOTA_EXCEEDED", retry_delay=1.25, request_id=None)),
    "negative pushback means none": (
        status_pb2.Status(code=code_pb2.RESOURCE_EXHAUSTED, message="q", details=packed(info("PLAN_QUOTA_EXCEEDED"))),
        (("grpc-retry-pushback-ms", "-1"),),
        dict(reason="PLAN_QUOTA_EXCEEDED", retry_delay=None)),
    "precondition and resource": (
        status_pb2.Status(code=code_pb2.FAILED_PRECONDITION, message="training", details=packed(
            info("RESOURCE_STATE_CONFLICT", request_id="r-3"),
            error_details_pb2.PreconditionFailure(violations=[error_details_pb2.PreconditionFailure.Violation(
                type="STATE", subject="models/9", description="training is not completed")]),
            error_details_pb2.ResourceInfo(resource_type="bria.tailored.v1.Model", resource_name="models/9"))), (),
        dict(code=grpc.StatusCode.FAILED_PRECONDITION, reason="RESOURCE_STATE_CONFLICT", request_id="r-3",
             precondition_violations=[PreconditionViolation("STATE", "models/9", "training is not completed")],
             resource=ResourceInfo("bria.tailored.v1.Model", "models/9"))),
    "unknown detail ignored, first ErrorInfo wins": (
        status_pb2.Status(code=code_pb2.NOT_FOUND, message="gone", details=packed(
            duration_pb2.Duration(seconds=1), info("RESOURCE_NOT_FOUND"), info("OTHER"))), (),
        dict(code=grpc.StatusCode.NOT_FOUND, reason="RESOURCE_NOT_FOUND", message="gone")),
}


@pytest.mark.parametrize("name", CASES)
def test_error_decoding(name):
    status, extra, expected = CASES[name]
    trailers = (("grpc-status-details-bin", status.SerializeToString()), *extra)
    err = TailoredError.from_status(grpc.StatusCode.UNKNOWN, "transport message", trailers)
    for attribute, value in expected.items():
        assert getattr(err, attribute) == value, (attribute, getattr(err, attribute))
    assert isinstance(err, Exception) and err.code.name in str(err)


def test_errors_without_details():
    err = TailoredError.from_status(grpc.StatusCode.UNAVAILABLE, "connection refused", ())
    assert (err.reason, err.request_id, err.retry_delay, err.field_violations) == (None, None, None, [])
    assert err.retryable and err.message == "connection refused"
    garbled = TailoredError.from_status(grpc.StatusCode.INTERNAL, "x", {"grpc-status-details-bin": b"\xff\xff"})
    assert garbled.code is grpc.StatusCode.INTERNAL and garbled.reason is None
