"""Small builders shared by the per-RPC integration tests: every resource is made through the
gateway (real gRPC over real sockets to the emulator), and training is finished by moving the
emulator's ManualClock, never by sleeping."""

from __future__ import annotations

from dataclasses import dataclass

import grpc
import pytest

from bria.tailored.v1 import common_pb2 as cm
from bria.tailored.v1 import datasets_pb2 as dp
from bria.tailored.v1 import datasets_pb2_grpc as dg
from bria.tailored.v1 import generation_pb2_grpc as gg
from bria.tailored.v1 import legacy_generation_pb2_grpc as lg
from bria.tailored.v1 import models_pb2 as mp
from bria.tailored.v1 import models_pb2_grpc as mg
from bria.tailored.v1 import projects_pb2 as pp
from bria.tailored.v1 import projects_pb2_grpc as pg
from bria.tailored.v1 import status_pb2_grpc as sg
from tailored_emulator import media
from tests.conftest import METADATA, details

OTHER_METADATA = (("api_token", "tok-integration-other-org-5d1e"),)  # a second organisation
SCHEMA = '{"style": "flat vector", "palette": "warm", "subject": "robot"}'
PNG = media.png(1024, 1024)
TRAINING_SECONDS = 5.0  # the emulator's default training phase


@dataclass
class Stubs:
    projects: pg.ProjectServiceStub
    datasets: dg.DatasetServiceStub
    models: mg.ModelServiceStub
    legacy: lg.LegacyGenerationServiceStub
    generation: gg.GenerationServiceStub
    status: sg.StatusServiceStub


def stubs(channel) -> Stubs:
    return Stubs(pg.ProjectServiceStub(channel), dg.DatasetServiceStub(channel), mg.ModelServiceStub(channel),
                 lg.LegacyGenerationServiceStub(channel), gg.GenerationServiceStub(channel),
                 sg.StatusServiceStub(channel))


def image_url(i: int = 0, size: str = "", ext: str = "png") -> str:
    """A URL the emulator judges without fetching: a synthetic image (1024x1024 unless `_WxH`)."""
    return f"https://images.example.com/sample_{i}{size}.{ext}"


async def expect_error(call, code: grpc.StatusCode) -> tuple[grpc.aio.AioRpcError, dict]:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    err = caught.value
    assert err.code() == code, f"{err.code()} {err.details()}"
    return err, details(err)


async def expect_upstream_error(call, code: grpc.StatusCode, reason: str | None = None,
                                upstream_status: int | None = None) -> dict:
    """An error the gateway mapped from an upstream answer, with the details that fit its code."""
    err, found = await expect_error(call, code)
    info = found["ErrorInfo"]
    assert "upstream_status" in info.metadata, info
    if reason is not None:
        assert info.reason == reason, (info.reason, err.details())
    if upstream_status is not None:
        assert info.metadata["upstream_status"] == str(upstream_status)
    assert err.details()  # the upstream's own message reaches the caller
    if code == grpc.StatusCode.NOT_FOUND:
        assert found["ResourceInfo"].resource_type.startswith("bria.tailored.v1.")
    if code == grpc.StatusCode.FAILED_PRECONDITION:
        assert found["PreconditionFailure"].violations
    return found


async def expect_invalid_before_upstream(call, emulator, *fields: str) -> dict:
    """A contract-rule violation: INVALID_ARGUMENT, REQUEST_INVALID, BadRequest naming `fields`,
    and not a single request reached the upstream."""
    emulator.clear_requests()
    _, found = await expect_error(call, grpc.StatusCode.INVALID_ARGUMENT)
    assert found["ErrorInfo"].reason == "REQUEST_INVALID"
    named = {v.field for v in found["BadRequest"].field_violations}
    assert set(fields) <= named, named
    assert emulator.request_count() == 0
    return found


async def project(s: Stubs, version: int = cm.TRAINING_VERSION_UNSPECIFIED, metadata=METADATA,
                  **overrides) -> pp.Project:
    fields = dict(project_name="Mascot", ip_medium=cm.IP_MEDIUM_ILLUSTRATION,
                  ip_type=cm.IP_TYPE_DEFINED_CHARACTER, ip_name="Pip", ip_description="a small green robot",
                  training_version=version)
    fields.update(overrides)
    return (await s.projects.CreateProject(pp.CreateProjectRequest(**fields), metadata=metadata)).project


async def dataset(s: Stubs, family: str = "legacy", images: int = 0, complete: bool = False,
                  upload_type: int = dp.UPLOAD_TYPE_BASIC, schema: bool = True, metadata=METADATA,
                  project_id: int | None = None) -> dp.Dataset:
    """A legacy (`light`) or fibo dataset with `images` uploaded images, optionally completed."""
    fibo = family == "fibo"
    version = cm.TRAINING_VERSION_FIBO if fibo else cm.TRAINING_VERSION_LIGHT
    if project_id is None:
        project_id = (await project(s, version, metadata=metadata)).id
    created = (await s.datasets.CreateDataset(
        dp.CreateDatasetRequest(project_id=project_id, name=f"{family} set", upload_type=upload_type,
                                training_version=version), metadata=metadata)).dataset
    if fibo and schema and images:
        await s.datasets.UpdateDataset(dp.UpdateDatasetRequest(dataset_id=created.id, visual_schema=SCHEMA),
                                       metadata=metadata)
    for i in range(images):
        await s.datasets.UploadImage(dp.UploadImageRequest(dataset_id=created.id, image_url=image_url(i)),
                                     metadata=metadata)
    if complete:
        return (await s.datasets.UpdateDataset(
            dp.UpdateDatasetRequest(dataset_id=created.id, status=dp.DATASET_STATUS_COMPLETED),
            metadata=metadata)).dataset
    return created


EXPERT_PARAMS = dict(total_training_steps=1000, checkpoint_interval=250)  # checkpoints 250..1000


async def model(s: Stubs, emulator, family: str = "legacy", expert: bool = True, train: bool = True,
                finish: bool = True, name: str = "mascot model", metadata=METADATA,
                dataset_id: int | None = None) -> mp.Model:
    """A model on a completed dataset of `family`; started and (with `finish`) trained to
    Completed by advancing the emulator clock."""
    if dataset_id is None:
        dataset_id = (await dataset(s, family, images=5 if family == "fibo" else 1, complete=True,
                                    metadata=metadata)).id
    version = cm.TRAINING_VERSION_FIBO if family == "fibo" else cm.TRAINING_VERSION_LIGHT
    mode = mp.TRAINING_MODE_EXPERT if expert else mp.TRAINING_MODE_FULLY_AUTOMATED
    created = (await s.models.CreateModel(
        mp.CreateModelRequest(name=name, dataset_id=dataset_id, training_mode=mode, training_version=version),
        metadata=metadata)).model
    if not train:
        return created
    params = EXPERT_PARAMS if expert else {}
    started = (await s.models.StartTraining(mp.StartTrainingRequest(model_id=created.id, **params),
                                            metadata=metadata)).model
    if not finish:
        return started
    emulator.advance(TRAINING_SECONDS)
    return (await s.models.GetModel(mp.GetModelRequest(model_id=created.id), metadata=metadata)).model
