"""ModelService: every RPC through a real gateway against the emulator: the training lifecycle
(Created -> InProgress -> Completed by moving the clock), checkpoints appearing during expert
training, uploaded models syncing -> completed, and the documented errors."""

from __future__ import annotations

import grpc
import httpx
import pytest

from bria.tailored.v1 import common_pb2 as cm
from bria.tailored.v1 import models_pb2 as mp
from bria.tailored.v1 import projects_pb2 as pp
from tests.conftest import METADATA
from tests.conftest import shared_gateway as gateway  # noqa: F401 (fixture: these tests read no gateway state)
from tests.integration.rpc_builders import (OTHER_METADATA, dataset, expect_invalid_before_upstream,
                                            expect_upstream_error, model, project, stubs)

NOT_FOUND = grpc.StatusCode.NOT_FOUND
INVALID = grpc.StatusCode.INVALID_ARGUMENT
PRECONDITION = grpc.StatusCode.FAILED_PRECONDITION
MISSING = 876543
WEIGHTS = "https://weights.example.com/lora/pip.safetensors?X-Amz-Signature=abc"


async def _get(s, model_id, metadata=METADATA) -> mp.Model:
    return (await s.models.GetModel(mp.GetModelRequest(model_id=model_id), metadata=metadata)).model


# --- CreateModel ------------------------------------------------------------------------------

async def test_create_model_starts_created(channel):
    s = stubs(channel)
    ds = await dataset(s, images=1, complete=True)
    created = (await s.models.CreateModel(mp.CreateModelRequest(
        name="Pip v1", dataset_id=ds.id, training_mode=mp.TRAINING_MODE_EXPERT,
        training_version=cm.TRAINING_VERSION_LIGHT, description="first try"), metadata=METADATA)).model
    assert created.id > 0 and created.name == "Pip v1" and created.description == "first try"
    assert created.status == mp.MODEL_STATUS_CREATED
    assert created.training_mode == mp.TRAINING_MODE_EXPERT
    assert created.training_version == cm.TRAINING_VERSION_LIGHT
    assert created.active_model_version == "default"
    assert created.project_id == ds.project_id and created.dataset_id == ds.id
    assert created.training_parameters == mp.TrainingParameters() and list(created.checkpoint_steps) == []
    fibo = await dataset(s, "fibo")  # the family follows the dataset when the version is unset
    assert (await s.models.CreateModel(mp.CreateModelRequest(name="f", dataset_id=fibo.id),
                                       metadata=METADATA)).model.training_version == cm.TRAINING_VERSION_FIBO


async def test_create_model_errors(channel, emulator):
    s = stubs(channel)
    legacy = await dataset(s)
    photo = await project(s, cm.TRAINING_VERSION_MAX, ip_medium=cm.IP_MEDIUM_PHOTOGRAPHY,
                          ip_type=cm.IP_TYPE_STYLIZED_SCENE)
    photo_ds = await dataset(s, project_id=photo.id)

    def create(dataset_id, version):
        return s.models.CreateModel(mp.CreateModelRequest(name="m", dataset_id=dataset_id, training_version=version),
                                    metadata=METADATA)

    await expect_upstream_error(create(legacy.id, cm.TRAINING_VERSION_FIBO), INVALID, "UPSTREAM_BAD_REQUEST", 400)
    await expect_upstream_error(create(photo_ds.id, cm.TRAINING_VERSION_MAX), INVALID, "UPSTREAM_BAD_REQUEST", 400)
    await expect_upstream_error(create(MISSING, cm.TRAINING_VERSION_LIGHT), NOT_FOUND, "RESOURCE_NOT_FOUND", 404)
    await expect_invalid_before_upstream(s.models.CreateModel(mp.CreateModelRequest(name="", dataset_id=0),
                                                              metadata=METADATA), emulator, "name", "dataset_id")


# --- StartTraining / GetModel lifecycle / checkpoints during training ---------------------------

async def test_training_lifecycle_created_in_progress_completed(channel, emulator):
    s = stubs(channel)
    created = await model(s, emulator, train=False)
    started = (await s.models.StartTraining(mp.StartTrainingRequest(
        model_id=created.id, total_training_steps=1000, checkpoint_interval=250,
        lr_scheduler=mp.LR_SCHEDULER_COSINE, learning_rate=2e-4, rank=64), metadata=METADATA)).model
    assert started.status == mp.MODEL_STATUS_IN_PROGRESS
    params = started.training_parameters
    assert (params.total_training_steps, params.checkpoint_interval, params.rank) == (1000, 250, 64)
    assert params.lr_scheduler == mp.LR_SCHEDULER_COSINE and params.learning_rate == pytest.approx(2e-4)
    assert not params.HasField("lr_warmup_steps")  # only with constant_with_warmup
    assert started.HasField("generation_prefix") and "Pip" in started.generation_prefix
    assert list((await _get(s, created.id)).checkpoint_steps) == []
    emulator.advance(2.6)  # past 250 and 500 of 1000 steps
    halfway = await _get(s, created.id)
    assert halfway.status == mp.MODEL_STATUS_IN_PROGRESS and list(halfway.checkpoint_steps) == [500, 250]
    assert halfway.active_model_version == "default"
    emulator.advance(2.5)
    done = await _get(s, created.id)
    assert done.status == mp.MODEL_STATUS_COMPLETED
    assert list(done.checkpoint_steps) == [1000, 750, 500, 250] and done.active_model_version == "1000"


async def test_fully_automated_fibo_defaults_and_failed_training(channel, emulator):
    s = stubs(channel)
    fibo = await model(s, emulator, "fibo", expert=False, finish=False)
    assert fibo.status == mp.MODEL_STATUS_IN_PROGRESS and fibo.training_parameters == mp.TrainingParameters()
    assert not fibo.HasField("generation_prefix")  # null for fibo models
    failing = await model(s, emulator, name="FAIL_TRAINING probe", finish=True)
    assert failing.status == mp.MODEL_STATUS_FAILED
    assert (await _get(s, fibo.id)).status == mp.MODEL_STATUS_COMPLETED


async def test_start_training_errors(channel, emulator):
    s = stubs(channel)
    draft = await dataset(s, images=1)
    on_draft = await model(s, emulator, train=False, dataset_id=draft.id)
    found = await expect_upstream_error(s.models.StartTraining(mp.StartTrainingRequest(model_id=on_draft.id),
                                                               metadata=METADATA),
                                        PRECONDITION, "PRECONDITION_FAILED", 412)
    assert found["PreconditionFailure"].violations[0].type == "PRECONDITION"
    automated = await model(s, emulator, expert=False, train=False)
    await expect_upstream_error(s.models.StartTraining(mp.StartTrainingRequest(model_id=automated.id, rank=16),
                                                       metadata=METADATA), INVALID, "UPSTREAM_BAD_REQUEST", 400)
    started = await model(s, emulator, finish=False)
    found = await expect_upstream_error(s.models.StartTraining(mp.StartTrainingRequest(model_id=started.id),
                                                               metadata=METADATA),
                                        PRECONDITION, "RESOURCE_STATE_CONFLICT", 409)
    assert found["PreconditionFailure"].violations[0].type == "STATE"
    await expect_upstream_error(s.models.StartTraining(mp.StartTrainingRequest(model_id=MISSING), metadata=METADATA),
                                NOT_FOUND, "RESOURCE_NOT_FOUND", 404)


@pytest.mark.parametrize("fields, field", [
    pytest.param(dict(total_training_steps=200, checkpoint_interval=300), "checkpoint_interval",
                 id="interval-over-total-steps"),
    pytest.param(dict(learning_rate=0.01), "learning_rate", id="learning-rate-over-1e-3"),
    pytest.param(dict(rank=2), "rank", id="rank-under-4"),
    pytest.param(dict(total_training_steps=5001), "total_training_steps", id="steps-over-5000"),
    pytest.param(dict(checkpoint_interval=50), "checkpoint_interval", id="interval-under-100"),
    pytest.param(dict(lr_warmup_steps=1001), "lr_warmup_steps", id="warmup-over-1000"),
])
async def test_start_training_rules_before_upstream(channel, emulator, fields, field):
    await expect_invalid_before_upstream(stubs(channel).models.StartTraining(
        mp.StartTrainingRequest(model_id=1, **fields), metadata=METADATA), emulator, field)


# --- StopTraining ------------------------------------------------------------------------------

async def test_stop_training_stopping_then_stopped(channel, emulator):
    s = stubs(channel)
    training = await model(s, emulator, finish=False)
    emulator.advance(1.3)  # one checkpoint (250) saved before the stop
    stopped = (await s.models.StopTraining(mp.StopTrainingRequest(model_id=training.id), metadata=METADATA)).model
    assert stopped.id == training.id and stopped.status == mp.MODEL_STATUS_STOPPING
    emulator.advance(1)
    after = await _get(s, training.id)
    assert after.status == mp.MODEL_STATUS_STOPPED and list(after.checkpoint_steps) == [250]
    emulator.advance(5)
    assert (await _get(s, training.id)).status == mp.MODEL_STATUS_STOPPED  # never resumes
    await expect_upstream_error(s.models.StopTraining(mp.StopTrainingRequest(model_id=training.id), metadata=METADATA),
                                PRECONDITION, "RESOURCE_STATE_CONFLICT", 409)
    await expect_upstream_error(s.models.StartTraining(mp.StartTrainingRequest(model_id=training.id),
                                                       metadata=METADATA), PRECONDITION, "RESOURCE_STATE_CONFLICT", 409)
    await expect_upstream_error(s.models.StopTraining(mp.StopTrainingRequest(model_id=MISSING), metadata=METADATA),
                                NOT_FOUND, "RESOURCE_NOT_FOUND", 404)


# --- ListModels / ListProjectModels / UpdateModel / DeleteModel ---------------------------------

async def test_list_models_with_and_without_training_parameters(channel, emulator):
    s = stubs(channel)
    done = await model(s, emulator)
    other = await model(s, emulator, "fibo", expert=False, train=False)
    listed = (await s.models.ListModels(mp.ListModelsRequest(), metadata=METADATA)).models
    assert {m.id: m.status for m in listed} == {done.id: mp.MODEL_STATUS_COMPLETED, other.id: mp.MODEL_STATUS_CREATED}
    rich = {m.id: m for m in (await s.models.ListModels(mp.ListModelsRequest(include_training_parameters=True),
                                                        metadata=METADATA)).models}
    assert rich[done.id].training_parameters.total_training_steps == 1000
    assert list(rich[done.id].checkpoint_steps) == [1000, 750, 500, 250]
    in_project = (await s.models.ListProjectModels(mp.ListProjectModelsRequest(project_id=other.project_id),
                                                   metadata=METADATA)).models
    assert [m.id for m in in_project] == [other.id]
    assert list((await s.models.ListModels(mp.ListModelsRequest(), metadata=OTHER_METADATA)).models) == []
    await expect_upstream_error(s.models.ListProjectModels(mp.ListProjectModelsRequest(project_id=MISSING),
                                                           metadata=METADATA), NOT_FOUND, "RESOURCE_NOT_FOUND", 404)


async def test_update_and_get_model(channel, emulator):
    s = stubs(channel)
    created = await model(s, emulator, train=False)
    updated = (await s.models.UpdateModel(mp.UpdateModelRequest(model_id=created.id, name="Pip final",
                                                                description="shipped"), metadata=METADATA)).model
    assert updated.name == "Pip final" and updated.description == "shipped" and updated.status == mp.MODEL_STATUS_CREATED
    cleared = (await s.models.UpdateModel(mp.UpdateModelRequest(model_id=created.id, description=""),
                                          metadata=METADATA)).model
    assert cleared.name == "Pip final" and cleared.description == ""
    await expect_upstream_error(s.models.UpdateModel(mp.UpdateModelRequest(model_id=MISSING, name="x"),
                                                     metadata=METADATA), NOT_FOUND, "RESOURCE_NOT_FOUND", 404)
    await expect_upstream_error(s.models.GetModel(mp.GetModelRequest(model_id=MISSING), metadata=METADATA),
                                NOT_FOUND, "RESOURCE_NOT_FOUND", 404)
    await expect_upstream_error(s.models.GetModel(mp.GetModelRequest(model_id=created.id), metadata=OTHER_METADATA),
                                NOT_FOUND)


async def test_delete_model(channel, emulator):
    s = stubs(channel)
    training = await model(s, emulator, finish=False)
    await expect_upstream_error(s.models.DeleteModel(mp.DeleteModelRequest(model_id=training.id), metadata=METADATA),
                                PRECONDITION, "RESOURCE_STATE_CONFLICT", 409)
    emulator.advance(5)
    assert await s.models.DeleteModel(mp.DeleteModelRequest(model_id=training.id),
                                      metadata=METADATA) == mp.DeleteModelResponse()
    # Bria's docs say the status becomes `Deleted`; the emulator drops the model instead, since no
    # S26 response enum has `Deleted` (docs/upstream-contract.md#deleting-a-model): either way it
    # is no longer a usable model.
    try:
        assert (await _get(s, training.id)).status == mp.MODEL_STATUS_DELETED
    except grpc.aio.AioRpcError as err:
        assert err.code() == NOT_FOUND
    listed = (await s.models.ListModels(mp.ListModelsRequest(), metadata=METADATA)).models
    assert all(m.status == mp.MODEL_STATUS_DELETED for m in listed if m.id == training.id)
    await expect_upstream_error(s.models.DeleteModel(mp.DeleteModelRequest(model_id=MISSING), metadata=METADATA),
                                NOT_FOUND, "RESOURCE_NOT_FOUND", 404)


# --- UploadModel ----------------------------------------------------------------------------

async def test_upload_model_syncing_then_completed(channel, emulator):
    s = stubs(channel)
    uploaded = (await s.models.UploadModel(mp.UploadModelRequest(
        model_url=WEIGHTS, model_name="Imported Pip", training_version=cm.TRAINING_VERSION_2_3,
        caption_prefix="An illustration of Pip,",
        project_parameters=mp.ProjectParameters(project_name="Imported", ip_medium=cm.IP_MEDIUM_ILLUSTRATION)),
        metadata=METADATA)).model
    assert uploaded.status == mp.MODEL_STATUS_SYNCING and uploaded.name == "Imported Pip"
    assert uploaded.training_version == cm.TRAINING_VERSION_2_3
    assert uploaded.generation_prefix == "An illustration of Pip," and uploaded.dataset_id > 0
    created_project = (await s.projects.GetProject(pp.GetProjectRequest(project_id=uploaded.project_id),
                                                   metadata=METADATA)).project
    assert created_project.project_name == "Imported" and created_project.ip_type == cm.IP_TYPE_OTHER
    emulator.advance(2)
    assert (await _get(s, uploaded.id)).status == mp.MODEL_STATUS_COMPLETED
    into_existing = (await s.models.UploadModel(mp.UploadModelRequest(model_url=WEIGHTS, project_id=uploaded.project_id),
                                                metadata=METADATA)).model
    assert into_existing.project_id == uploaded.project_id


async def test_upload_model_errors(channel, emulator):
    s = stubs(channel)
    params = mp.ProjectParameters(project_name="p", ip_medium=cm.IP_MEDIUM_ILLUSTRATION)
    await expect_upstream_error(s.models.UploadModel(mp.UploadModelRequest(
        model_url="https://weights.unreachable.invalid/pip.safetensors", project_parameters=params),
        metadata=METADATA), INVALID, "UNPROCESSABLE_INPUT", 422)
    await expect_upstream_error(s.models.UploadModel(mp.UploadModelRequest(model_url=WEIGHTS, project_id=MISSING),
                                                     metadata=METADATA), NOT_FOUND, "RESOURCE_NOT_FOUND", 404)


@pytest.mark.parametrize("fields, field", [
    pytest.param(dict(model_url="https://weights.example.com/pip.ckpt", project_id=1), "model_url",
                 id="not-safetensors"),
    pytest.param(dict(model_url=WEIGHTS), "project_parameters", id="no-project-id-nor-parameters"),
    pytest.param(dict(model_url=WEIGHTS, project_id=1, training_version=cm.TRAINING_VERSION_FIBO),
                 "training_version", id="fibo-upload"),
    pytest.param(dict(model_url=WEIGHTS, project_parameters=mp.ProjectParameters(project_name="p")),
                 "project_parameters.ip_medium", id="project-parameters-without-medium"),
])
async def test_upload_model_rules_before_upstream(channel, emulator, fields, field):
    await expect_invalid_before_upstream(stubs(channel).models.UploadModel(mp.UploadModelRequest(**fields),
                                                                           metadata=METADATA), emulator, field)


# --- checkpoints and download ------------------------------------------------------------------

async def test_checkpoints_list_get_delete(channel, emulator):
    s = stubs(channel)
    done = await model(s, emulator)
    listed = await s.models.ListCheckpoints(mp.ListCheckpointsRequest(model_id=done.id), metadata=METADATA)
    assert [c.checkpoint_step for c in listed.checkpoints] == [250, 500, 750, 1000]
    assert listed.active_model_version == "1000"
    assert all(c.training_job_id > 0 and c.created_at.seconds > 0 for c in listed.checkpoints)
    one = (await s.models.GetCheckpoint(mp.GetCheckpointRequest(model_id=done.id, checkpoint_step=500),
                                        metadata=METADATA)).checkpoint
    assert one.checkpoint_step == 500 and one.training_job_id == listed.checkpoints[0].training_job_id
    assert await s.models.DeleteCheckpoint(mp.DeleteCheckpointRequest(model_id=done.id, checkpoint_step=500),
                                           metadata=METADATA) == mp.DeleteCheckpointResponse()
    await expect_upstream_error(s.models.GetCheckpoint(mp.GetCheckpointRequest(model_id=done.id, checkpoint_step=500),
                                                       metadata=METADATA), NOT_FOUND, "RESOURCE_NOT_FOUND", 404)
    await expect_upstream_error(s.models.DeleteCheckpoint(mp.DeleteCheckpointRequest(model_id=done.id,
                                                                                     checkpoint_step=500),
                                                          metadata=METADATA), NOT_FOUND, "RESOURCE_NOT_FOUND", 404)
    # the checkpoint active for inference cannot be deleted
    await expect_upstream_error(s.models.DeleteCheckpoint(mp.DeleteCheckpointRequest(model_id=done.id,
                                                                                     checkpoint_step=1000),
                                                          metadata=METADATA), INVALID, "UPSTREAM_BAD_REQUEST", 400)
    remaining = await s.models.ListCheckpoints(mp.ListCheckpointsRequest(model_id=done.id), metadata=METADATA)
    assert [c.checkpoint_step for c in remaining.checkpoints] == [250, 750, 1000]


async def test_checkpoint_errors_before_completion_and_for_automated_models(channel, emulator):
    s = stubs(channel)
    automated = await model(s, emulator, expert=False)  # trained to Completed first
    training = await model(s, emulator, finish=False)
    for call in (  # a model whose training has not completed: a precondition on the model
        s.models.ListCheckpoints(mp.ListCheckpointsRequest(model_id=training.id), metadata=METADATA),
        s.models.GetCheckpoint(mp.GetCheckpointRequest(model_id=training.id, checkpoint_step=250), metadata=METADATA),
        s.models.DeleteCheckpoint(mp.DeleteCheckpointRequest(model_id=training.id, checkpoint_step=250),
                                  metadata=METADATA),
    ):
        found = await expect_upstream_error(call, PRECONDITION, "RESOURCE_STATE_CONFLICT", 400)
        assert found["PreconditionFailure"].violations[0].subject == f"models/{training.id}"
    await expect_upstream_error(s.models.ListCheckpoints(mp.ListCheckpointsRequest(model_id=automated.id),
                                                         metadata=METADATA), INVALID, "UPSTREAM_BAD_REQUEST", 400)
    for call in (
        s.models.ListCheckpoints(mp.ListCheckpointsRequest(model_id=MISSING), metadata=METADATA),
        s.models.GetCheckpoint(mp.GetCheckpointRequest(model_id=MISSING, checkpoint_step=250), metadata=METADATA),
        s.models.DeleteCheckpoint(mp.DeleteCheckpointRequest(model_id=MISSING, checkpoint_step=250), metadata=METADATA),
    ):
        await expect_upstream_error(call, NOT_FOUND, "RESOURCE_NOT_FOUND", 404)
    await expect_invalid_before_upstream(s.models.GetCheckpoint(
        mp.GetCheckpointRequest(model_id=training.id, checkpoint_step=0), metadata=METADATA), emulator,
        "checkpoint_step")


async def test_model_download(channel, emulator):
    s = stubs(channel)
    training = await model(s, emulator, "fibo", finish=False)
    found = await expect_upstream_error(s.models.GetModelDownload(mp.GetModelDownloadRequest(model_id=training.id),
                                                                  metadata=METADATA),
                                        PRECONDITION, "RESOURCE_STATE_CONFLICT", 400)
    assert found["PreconditionFailure"].violations[0].subject == f"models/{training.id}"
    emulator.advance(5)
    download = (await s.models.GetModelDownload(mp.GetModelDownloadRequest(model_id=training.id),
                                                metadata=METADATA)).download
    assert download.base_model_name == "BRIA-FIBO"
    assert download.base_model_card == "https://huggingface.co/briaai/BRIA-FIBO"
    async with httpx.AsyncClient() as client:
        weights = await client.get(download.download_url)
    assert weights.status_code == 200 and len(weights.content) > 8  # a real (empty) safetensors file
    await expect_upstream_error(s.models.GetModelDownload(mp.GetModelDownloadRequest(model_id=MISSING),
                                                          metadata=METADATA), NOT_FOUND, "RESOURCE_NOT_FOUND", 404)
