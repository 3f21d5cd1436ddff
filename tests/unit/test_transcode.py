"""to_call / to_response on real routes of the contract's route table."""

from __future__ import annotations

import base64

import pytest

from bria.tailored.v1 import (
    common_pb2,
    datasets_pb2,
    generation_pb2,
    legacy_generation_pb2,
    models_pb2,
    projects_pb2,
    status_pb2,
)
from grpc import StatusCode

from gateway.errors import R, GatewayError
from gateway.hooks import v2_envelope
from gateway.routing.transcode import UpstreamCall, to_call, to_response

CALLS = [
    pytest.param(
        "ProjectService/GetProject",
        projects_pb2.GetProjectRequest(project_id=42),
        UpstreamCall("GET", "/v1/tailored-gen/projects/42", (), None),
        id="get-path-variable",
    ),
    pytest.param(
        "ProjectService/ListProjects",
        projects_pb2.ListProjectsRequest(),
        UpstreamCall("GET", "/v1/tailored-gen/projects", (), None),
        id="get-no-params",
    ),
    pytest.param(
        "ProjectService/CreateProject",
        projects_pb2.CreateProjectRequest(
            project_name="p", ip_medium=common_pb2.IP_MEDIUM_PHOTOGRAPHY, ip_type=common_pb2.IP_TYPE_OTHER
        ),
        UpstreamCall(
            "POST", "/v1/tailored-gen/projects", (), {"project_name": "p", "ip_medium": "photography", "ip_type": "other"}
        ),
        id="post-body-star",
    ),
    pytest.param(
        "ProjectService/UpdateProject",
        projects_pb2.UpdateProjectRequest(project_id=42, project_name="renamed"),
        UpstreamCall("PUT", "/v1/tailored-gen/projects/42", (), {"project_name": "renamed"}),
        id="put-body-star-excludes-path-field",
    ),
    pytest.param(
        "ProjectService/DeleteProject",
        projects_pb2.DeleteProjectRequest(project_id=42),
        UpstreamCall("DELETE", "/v1/tailored-gen/projects/42", (), None),
        id="delete",
    ),
    pytest.param(
        "DatasetService/ListProjectDatasets",
        datasets_pb2.ListProjectDatasetsRequest(project_id=3, include_models=True, include_models_ids=False),
        UpstreamCall(
            "GET",
            "/v1/tailored-gen/projects/3/datasets",
            (("include_models", "true"), ("include_models_ids", "false")),
            None,
        ),
        id="get-bools-in-query",
    ),
    pytest.param(
        "DatasetService/GetDataset",
        datasets_pb2.GetDatasetRequest(dataset_id=3, max_images=10),
        UpstreamCall("GET", "/v1/tailored-gen/datasets/3", (("max_images", "10"),), None),
        id="get-int-in-query",
    ),
    pytest.param(
        "ModelService/ListModels",
        models_pb2.ListModelsRequest(include_training_parameters=False),
        UpstreamCall("GET", "/v1/tailored-gen/models", (("include_training_parameters", "false"),), None),
        id="get-optional-false-is-sent",
    ),
    pytest.param(
        "DatasetService/GetImage",
        datasets_pb2.GetImageRequest(dataset_id=3, image_id=9),
        UpstreamCall("GET", "/v1/tailored-gen/datasets/3/images/9", (), None),
        id="two-path-variables",
    ),
    pytest.param(
        "DatasetService/UpdateImage",
        datasets_pb2.UpdateImageRequest(dataset_id=3, image_id=9, caption="a red fox"),
        UpstreamCall("PUT", "/v1/tailored-gen/datasets/3/images/9", (), {"caption": "a red fox"}),
        id="put-oneof-in-body",
    ),
    pytest.param(
        "ModelService/GetCheckpoint",
        models_pb2.GetCheckpointRequest(model_id=1, checkpoint_step=500),
        UpstreamCall("GET", "/v1/tailored-gen/models/1/checkpoints/500", (), None),
        id="checkpoint",
    ),
    pytest.param(
        "ModelService/StopTraining",
        models_pb2.StopTrainingRequest(model_id=8),
        UpstreamCall("POST", "/v1/tailored-gen/models/8/stop_training", (), None),
        id="post-without-body",
    ),
    pytest.param(
        "ModelService/StartTraining",
        models_pb2.StartTrainingRequest(model_id=8, lr_scheduler=models_pb2.LR_SCHEDULER_COSINE, rank=16),
        UpstreamCall("POST", "/v1/tailored-gen/models/8/start_training", (), {"lr_scheduler": "cosine", "rank": 16}),
        id="post-body-excludes-model_id",
    ),
    pytest.param(
        "StatusService/GetRequestStatus",
        status_pb2.GetRequestStatusRequest(request_id="a/b c"),
        UpstreamCall("GET", "/v2/status/a%2Fb%20c", (), None),
        id="path-percent-encoding",
    ),
    pytest.param(
        "GenerationService/GenerateVideo",
        generation_pb2.GenerateVideoRequest(tailored_model_id=5, image=common_pb2.ImageSource(data=b"img")),
        UpstreamCall(
            "POST",
            "/v2/video/generate/tailored/image-to-video",
            (),
            {"tailored_model_id": "5", "image": base64.b64encode(b"img").decode()},
        ),
        id="v2-image-source",
    ),
    pytest.param(
        "LegacyGenerationService/TextToImageAtCheckpoint",
        legacy_generation_pb2.TextToImageAtCheckpointRequest(
            model_id=7, checkpoint_step=1000, prompt="a fox", num_results=2
        ),
        UpstreamCall("POST", "/v1/text-to-image/tailored/7/1000", (), {"prompt": "a fox", "num_results": 2}),
        id="legacy-two-path-fields-excluded",
    ),
]


@pytest.mark.parametrize("name, request_msg, expected", CALLS)
def test_to_call(route, codec, name, request_msg, expected):
    assert to_call(route(name), request_msg, codec) == expected


RESPONSES = [
    pytest.param(
        "ProjectService/GetProject",
        {"id": "5", "project_name": "p", "status": "active", "unknown": 1},
        projects_pb2.GetProjectResponse(
            project=projects_pb2.Project(id=5, project_name="p", status=projects_pb2.PROJECT_STATUS_ACTIVE)
        ),
        id="response_body-object",
    ),
    pytest.param(
        "ProjectService/ListProjects",
        [{"id": 1}, {"id": 2}],
        projects_pb2.ListProjectsResponse(projects=[projects_pb2.Project(id=1), projects_pb2.Project(id=2)]),
        id="response_body-json-array",
    ),
    pytest.param(
        "ProjectService/ListProjects",
        [],
        projects_pb2.ListProjectsResponse(),
        id="response_body-empty-array",
    ),
    pytest.param(
        "DatasetService/GetBulkUploadStatus",
        {"status": "processing", "progress_percentage": 40},
        datasets_pb2.GetBulkUploadStatusResponse(
            status=datasets_pb2.BulkUploadStatus(
                status=datasets_pb2.BULK_UPLOAD_STATE_PROCESSING, progress_percentage=40
            )
        ),
        id="response_body-named-status",
    ),
    pytest.param(
        "ModelService/ListCheckpoints",
        {"checkpoints": [{"checkpoint_step": "100"}], "active_model_version": "v3"},
        models_pb2.ListCheckpointsResponse(
            checkpoints=[models_pb2.Checkpoint(checkpoint_step=100)], active_model_version="v3"
        ),
        id="whole-message",
    ),
    pytest.param(
        "StatusService/GetRequestStatus",
        {"status": "COMPLETED", "request_id": "r1", "result": {"image_url": "https://x/1.png", "seed": "42"}},
        status_pb2.GetRequestStatusResponse(
            status=status_pb2.REQUEST_STATE_COMPLETED,
            request_id="r1",
            result=status_pb2.RequestResult(image_url="https://x/1.png", seed=42),
        ),
        id="status-completed",
    ),
    pytest.param("ProjectService/DeleteProject", None, projects_pb2.DeleteProjectResponse(), id="empty-204"),
    pytest.param("ModelService/DeleteModel", None, models_pb2.DeleteModelResponse(), id="empty-204-model"),
    pytest.param("ProjectService/GetProject", None, projects_pb2.GetProjectResponse(), id="empty-body-with-response_body"),
]


@pytest.mark.parametrize("name, payload, expected", RESPONSES)
def test_to_response(route, codec, name, payload, expected):
    result = to_response(route(name), payload, codec)
    assert type(result).DESCRIPTOR.full_name == expected.DESCRIPTOR.full_name
    assert result == expected


@pytest.mark.parametrize(
    "payload, status",
    [
        ({"image_url": "https://x/1.png", "structured_prompt": "{}", "seed": 3}, 200),
        ({"result": {"image_url": "https://x/1.png", "structured_prompt": "{}", "seed": 3}}, 200),
    ],
    ids=["flat", "enveloped"],
)
def test_v2_generation_hook_then_decode(route, codec, payload, status):
    r = route("GenerationService/GenerateImage")
    assert r.hook == "v2_generation"
    message = to_response(r, v2_envelope(status, payload), codec)
    assert message.result == generation_pb2.ImageResult(image_url="https://x/1.png", structured_prompt="{}", seed=3)


@pytest.mark.parametrize(
    "name, payload",
    [
        ("ProjectService/GetProject", [{"id": 1}]),  # a list where the object belongs
        ("ProjectService/GetProject", "ok"),
        ("ModelService/ListCheckpoints", [1, 2]),
        ("ProjectService/ListProjects", "text"),
        ("ProjectService/GetProject", {"id": 2**64}),
        ("ProjectService/GetProject", {"id": float("inf")}),
        ("ProjectService/GetProject", {"project_name": "\ud800"}),
        ("ProjectService/GetProject", {"created_at": 1e300}),
        ("ProjectService/GetProject", {"created_at": float("nan")}),
    ],
    ids=["list", "string", "list-for-message", "string-for-repeated", "int64-overflow", "inf-int", "lone-surrogate",
         "timestamp-range", "timestamp-nan"],
)
def test_payloads_the_message_cannot_hold_are_malformed(route, codec, name, payload):
    with pytest.raises(GatewayError) as caught:
        to_response(route(name), payload, codec)
    assert (caught.value.code, caught.value.reason) == (StatusCode.INTERNAL, R.ERROR_REASON_UPSTREAM_MALFORMED_RESPONSE)


@pytest.mark.parametrize("value", ["", ".", ".."])
def test_dot_segments_in_path_variables_are_refused(route, codec, value):
    with pytest.raises(GatewayError) as caught:
        to_call(route("StatusService/GetRequestStatus"), status_pb2.GetRequestStatusRequest(request_id=value), codec)
    err = caught.value
    assert (err.code, err.reason) == (StatusCode.INVALID_ARGUMENT, R.ERROR_REASON_REQUEST_INVALID)
    assert [v.field for v in err.details[0].field_violations] == ["request_id"]
