"""ProjectService: every RPC through a real gateway against the emulator, success and
documented errors."""

from __future__ import annotations

import grpc
import pytest

from bria.tailored.v1 import common_pb2 as cm
from bria.tailored.v1 import datasets_pb2 as dp
from bria.tailored.v1 import projects_pb2 as pp
from tests.conftest import METADATA
from tests.conftest import shared_gateway as gateway  # noqa: F401 (fixture: these tests read no gateway state)
from tests.integration.rpc_builders import (OTHER_METADATA, dataset, expect_invalid_before_upstream,
                                            expect_upstream_error, model, project, stubs)

NOT_FOUND = grpc.StatusCode.NOT_FOUND


async def test_create_project_decodes_enums_and_lock(channel):
    s = stubs(channel)
    locked = await project(s, cm.TRAINING_VERSION_MAX, ip_medium=cm.IP_MEDIUM_PHOTOGRAPHY,
                           ip_type=cm.IP_TYPE_STYLIZED_SCENE, project_description="beach scenes")
    assert locked.id > 0 and locked.project_name == "Mascot"
    assert locked.ip_medium == cm.IP_MEDIUM_PHOTOGRAPHY and locked.ip_type == cm.IP_TYPE_STYLIZED_SCENE
    assert locked.status == pp.PROJECT_STATUS_ACTIVE and locked.created_at.seconds > 0
    assert locked.project_description == "beach scenes"
    assert locked.training_version == cm.TRAINING_VERSION_MAX  # the upstream's "max", decoded
    unlocked = await project(s)
    assert unlocked.ip_name == "Pip" and unlocked.ip_description == "a small green robot"
    assert unlocked.training_version == cm.TRAINING_VERSION_UNSPECIFIED
    # the Create answer is filled like the Get answer (updated_at: never updated since creation)
    got = (await s.projects.GetProject(pp.GetProjectRequest(project_id=unlocked.id), metadata=METADATA)).project
    assert unlocked == got and unlocked.updated_at == unlocked.created_at


async def test_list_and_get_projects(channel):
    s = stubs(channel)
    assert list((await s.projects.ListProjects(pp.ListProjectsRequest(), metadata=METADATA)).projects) == []
    first, second = await project(s), await project(s, project_name="Second")
    listed = (await s.projects.ListProjects(pp.ListProjectsRequest(), metadata=METADATA)).projects
    assert [p.id for p in listed] == [first.id, second.id]
    assert all(p.updated_at.seconds > 0 for p in listed)  # list responses carry updated_at
    got = (await s.projects.GetProject(pp.GetProjectRequest(project_id=second.id), metadata=METADATA)).project
    assert got.project_name == "Second" and got.ip_type == cm.IP_TYPE_DEFINED_CHARACTER
    # another organisation sees neither the list nor the project
    other = await s.projects.ListProjects(pp.ListProjectsRequest(), metadata=OTHER_METADATA)
    assert list(other.projects) == []
    found = await expect_upstream_error(
        s.projects.GetProject(pp.GetProjectRequest(project_id=first.id), metadata=OTHER_METADATA),
        NOT_FOUND, "RESOURCE_NOT_FOUND", 404)
    assert found["ResourceInfo"].resource_name == f"projects/{first.id}"
    assert found["ResourceInfo"].resource_type == "bria.tailored.v1.Project"


async def test_update_project_sends_only_set_fields(channel):
    s = stubs(channel)
    created = await project(s, project_description="keep me")
    updated = (await s.projects.UpdateProject(
        pp.UpdateProjectRequest(project_id=created.id, project_name="Renamed", ip_description="a tall robot"),
        metadata=METADATA)).project
    assert updated.project_name == "Renamed" and updated.ip_description == "a tall robot"
    assert updated.project_description == "keep me" and updated.ip_name == "Pip"
    assert updated.ip_medium == created.ip_medium and updated.ip_type == created.ip_type
    got = (await s.projects.GetProject(pp.GetProjectRequest(project_id=created.id), metadata=METADATA)).project
    assert got.project_name == "Renamed"
    await expect_upstream_error(
        s.projects.UpdateProject(pp.UpdateProjectRequest(project_id=424242, project_name="x"), metadata=METADATA),
        NOT_FOUND, "RESOURCE_NOT_FOUND", 404)


async def test_delete_project_cascades(channel):
    s = stubs(channel)
    ds = await dataset(s, images=1)
    reply = await s.projects.DeleteProject(pp.DeleteProjectRequest(project_id=ds.project_id), metadata=METADATA)
    assert reply == pp.DeleteProjectResponse()
    await expect_upstream_error(s.projects.GetProject(pp.GetProjectRequest(project_id=ds.project_id),
                                                      metadata=METADATA), NOT_FOUND)
    await expect_upstream_error(s.datasets.GetDataset(dp.GetDatasetRequest(dataset_id=ds.id), metadata=METADATA),
                                NOT_FOUND)
    await expect_upstream_error(s.projects.DeleteProject(pp.DeleteProjectRequest(project_id=ds.project_id),
                                                         metadata=METADATA), NOT_FOUND, "RESOURCE_NOT_FOUND", 404)


async def test_delete_project_while_a_model_trains_is_failed_precondition(channel, emulator):
    s = stubs(channel)
    training = await model(s, emulator, finish=False)
    found = await expect_upstream_error(
        s.projects.DeleteProject(pp.DeleteProjectRequest(project_id=training.project_id), metadata=METADATA),
        grpc.StatusCode.FAILED_PRECONDITION, "RESOURCE_STATE_CONFLICT", 409)
    assert found["PreconditionFailure"].violations[0].subject == f"projects/{training.project_id}"
    emulator.advance(5)  # training done: the delete goes through
    await s.projects.DeleteProject(pp.DeleteProjectRequest(project_id=training.project_id), metadata=METADATA)


CREATE_RULES = [
    pytest.param(dict(ip_type=cm.IP_TYPE_ICONS, ip_medium=cm.IP_MEDIUM_PHOTOGRAPHY), "ip_medium",
                 id="icons-need-illustration"),
    pytest.param(dict(ip_type=cm.IP_TYPE_DEFINED_CHARACTER, ip_name=""), "ip_name",
                 id="defined-character-needs-ip-name"),
    pytest.param(dict(ip_type=cm.IP_TYPE_OBJECT_VARIANTS, ip_description=""), "ip_description",
                 id="object-variants-need-ip-description"),
    pytest.param(dict(ip_name="far too many words here"), "ip_name", id="ip-name-over-3-words"),
    pytest.param(dict(ip_type=cm.IP_TYPE_UNSPECIFIED), "ip_type", id="ip-type-required"),
    pytest.param(dict(project_name=""), "project_name", id="project-name-required"),
]


@pytest.mark.parametrize("overrides, field", CREATE_RULES)
async def test_create_project_rules_are_checked_before_upstream(channel, emulator, overrides, field):
    base = dict(project_name="Mascot", ip_medium=cm.IP_MEDIUM_ILLUSTRATION, ip_type=cm.IP_TYPE_DEFINED_CHARACTER,
                ip_name="Pip", ip_description="a small green robot")
    base.update(overrides)
    await expect_invalid_before_upstream(
        stubs(channel).projects.CreateProject(pp.CreateProjectRequest(**base), metadata=METADATA), emulator, field)


@pytest.mark.parametrize("call, field", [
    pytest.param(lambda s: s.projects.GetProject(pp.GetProjectRequest(project_id=0), metadata=METADATA),
                 "project_id", id="get-id-zero"),
    pytest.param(lambda s: s.projects.UpdateProject(
        pp.UpdateProjectRequest(project_id=1, ip_description="one two three four five six seven"), metadata=METADATA),
        "ip_description", id="update-description-over-6-words"),
    pytest.param(lambda s: s.projects.UpdateProject(pp.UpdateProjectRequest(project_id=1, project_name=""),
                                                    metadata=METADATA), "project_name", id="update-empty-name"),
    pytest.param(lambda s: s.projects.DeleteProject(pp.DeleteProjectRequest(project_id=-3), metadata=METADATA),
                 "project_id", id="delete-negative-id"),
])
async def test_project_id_and_update_rules_are_checked_before_upstream(channel, emulator, call, field):
    await expect_invalid_before_upstream(call(stubs(channel)), emulator, field)
