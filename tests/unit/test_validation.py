"""RequestValidator: protovalidate violations -> INVALID_ARGUMENT with BadRequest field paths."""

from __future__ import annotations

from types import SimpleNamespace

import protovalidate
import pytest
from google.rpc import error_details_pb2
from grpc import StatusCode

from bria.tailored.v1 import common_pb2, datasets_pb2, generation_pb2, legacy_generation_pb2, models_pb2, projects_pb2, status_pb2
from gateway.errors import R, GatewayError
from gateway.validation import RequestValidator, field_path, parse_request


@pytest.fixture(scope="module")
def validator():
    return RequestValidator()


def violations(validator, request) -> list[tuple[str, str]]:
    with pytest.raises(GatewayError) as raised:
        validator.check(request)
    err = raised.value
    assert (err.code, err.reason) == (StatusCode.INVALID_ARGUMENT, R.ERROR_REASON_REQUEST_INVALID)
    (bad,) = err.details
    assert isinstance(bad, error_details_pb2.BadRequest)
    for v in bad.field_violations:
        assert v.description and f"{v.field}: {v.description}" in err.message
    return [(v.field, v.reason) for v in bad.field_violations]


CASES = [
    # field rules -> the field's path
    pytest.param(projects_pb2.GetProjectRequest(project_id=0), [("project_id", "required")], id="required-id"),
    pytest.param(projects_pb2.GetProjectRequest(project_id=-1), [("project_id", "int64.gt")], id="field-rule"),
    pytest.param(
        datasets_pb2.GetDatasetRequest(dataset_id=1, max_images=500), [("max_images", "int32.gte_lte")], id="range"
    ),
    pytest.param(
        models_pb2.UploadModelRequest(
            model_url="https://m/x.safetensors",
            project_parameters=models_pb2.ProjectParameters(ip_medium=common_pb2.IP_MEDIUM_PHOTOGRAPHY),
        ),
        [("project_parameters.project_name", "required")],
        id="nested-field",
    ),
    pytest.param(
        datasets_pb2.GenerateCaptionPrefixRequest(
            image_urls=["https://ok/a.png", "not a uri"],
            ip_type=common_pb2.IP_TYPE_OBJECT_VARIANTS,
            ip_medium=common_pb2.IP_MEDIUM_PHOTOGRAPHY,
        ),
        [("image_urls[1]", "string.uri")],
        id="repeated-item",
    ),
    pytest.param(
        generation_pb2.GenerateVideoRequest(tailored_model_id=5), [("image", "required")], id="required-message"
    ),
    # message-level CEL rules -> the field named by the rule id's prefix
    pytest.param(
        projects_pb2.CreateProjectRequest(
            project_name="p", ip_medium=common_pb2.IP_MEDIUM_PHOTOGRAPHY, ip_type=common_pb2.IP_TYPE_ICONS
        ),
        [("ip_medium", "ip_medium.illustration_required")],
        id="cel-ip_medium",
    ),
    pytest.param(
        models_pb2.StartTrainingRequest(model_id=1, checkpoint_interval=200, total_training_steps=100),
        [("checkpoint_interval", "checkpoint_interval.lte_total_training_steps")],
        id="cel-checkpoint_interval",
    ),
    pytest.param(
        models_pb2.UploadModelRequest(model_url="https://m/x.safetensors"),
        [("project_parameters", "project_parameters.required")],
        id="cel-project_parameters",
    ),
    pytest.param(
        generation_pb2.GenerateImageRequest(tailored_model_id=5),
        [("prompt", "prompt.required_without_structured_prompt")],
        id="cel-prompt",
    ),
    pytest.param(
        datasets_pb2.GenerateCaptionPrefixRequest(
            ip_type=common_pb2.IP_TYPE_OBJECT_VARIANTS, ip_medium=common_pb2.IP_MEDIUM_PHOTOGRAPHY
        ),
        [("image_urls", "image_urls.exactly_one_of")],
        id="cel-image_urls",
    ),
]


@pytest.mark.parametrize("request_msg, expected", CASES)
def test_violation_field_paths(validator, request_msg, expected):
    assert violations(validator, request_msg) == expected


def test_every_violation_is_reported(validator):
    found = violations(validator, projects_pb2.CreateProjectRequest(ip_medium=2, ip_type=2))
    assert sorted(found) == [
        ("ip_description", "ip_description.required_for_ip_type"),
        ("project_name", "required"),
    ]


def descriptions(validator, request) -> dict[str, str]:
    with pytest.raises(GatewayError) as raised:
        validator.check(request)
    (bad,) = raised.value.details
    return {v.field: v.description for v in bad.field_violations}


def test_a_missing_required_enum_or_id_says_required(validator):
    found = descriptions(validator, projects_pb2.CreateProjectRequest(project_name="p"))
    assert found == {"ip_medium": "value is required", "ip_type": "value is required"}
    assert descriptions(validator, models_pb2.GetModelRequest()) == {"model_id": "value is required"}


@pytest.mark.parametrize(
    "request_msg, field, expected",
    [
        (datasets_pb2.UploadImageRequest(dataset_id=1), "source", "exactly one of `file`, `image_url` is required"),
        (
            datasets_pb2.UpdateImageRequest(dataset_id=1, image_id=2),
            "update",
            "exactly one of `caption`, `regenerate_caption` is required",
        ),
        (
            models_pb2.UploadModelRequest(model_url="https://m/x.safetensors", project_id=1, project_parameters=models_pb2.ProjectParameters(project_name="p", ip_medium=1)),
            None,
            None,
        ),
        (
            generation_pb2.GenerateVideoRequest(tailored_model_id=5, image=common_pb2.ImageSource()),
            "image.source",
            "exactly one of `data`, `url` is required",
        ),
    ],
    ids=["upload-source", "update-image", "valid", "nested-oneof"],
)
def test_oneof_violations_name_the_alternatives(validator, request_msg, field, expected):
    if field is None:
        validator.check(request_msg)
        return
    found = descriptions(validator, request_msg)
    assert found == {field: expected}


@pytest.mark.parametrize(
    "request_msg",
    [
        projects_pb2.GetProjectRequest(project_id=1),
        projects_pb2.CreateProjectRequest(
            project_name="p", ip_medium=common_pb2.IP_MEDIUM_ILLUSTRATION, ip_type=common_pb2.IP_TYPE_ICONS
        ),
        generation_pb2.GenerateImageRequest(tailored_model_id=5, prompt="a fox"),
        models_pb2.UploadModelRequest(model_url="https://m/x.safetensors", project_id=3),
    ],
    ids=["get", "create-project", "generate-image", "upload-model"],
)
def test_valid_requests_pass(validator, request_msg):
    validator.check(request_msg)


@pytest.fixture(scope="module")
def kinds():
    """protovalidate's own Violation / FieldPath / FieldPathElement / subscript types, taken from a
    real violation (they are not protobuf messages in protovalidate 2.x)."""
    request = datasets_pb2.GenerateCaptionPrefixRequest(image_urls=["not a uri"], ip_type=2, ip_medium=1)
    (real,) = protovalidate.Validator().collect_violations(request)
    element = real.proto.field.elements[0]
    return SimpleNamespace(
        violation=type(real.proto), path=type(real.proto.field), element=type(element), subscript=type(element.subscript)
    )


@pytest.mark.parametrize(
    "rule_id, elements, path",
    [
        ("ip_medium.illustration_required", [], "ip_medium"),
        ("project_name", [], "project_name"),
        ("nonexistent.rule", [], ""),
        ("", [], ""),
        ("x", [("images", None)], "images"),
        ("x", [("images", ("index", 2))], "images[2]"),
        ("x", [("images", ("index", 0))], "images[0]"),
        ("x", [("scores", ("string_key", "k")), ("value", None)], "scores['k'].value"),
        ("x", [("outer", None), ("inner", None)], "outer.inner"),
    ],
)
def test_field_path(kinds, rule_id, elements, path):
    built = []
    for name, subscript in elements:
        if subscript is None:
            built.append(kinds.element(field_name=name))
        else:
            built.append(kinds.element(field_name=name, subscript=kinds.subscript(field=subscript[0], value=subscript[1])))
    v = kinds.violation(rule_id=rule_id, field=kinds.path(elements=built)) if built else kinds.violation(rule_id=rule_id)
    assert field_path(projects_pb2.CreateProjectRequest(), v) == path


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_non_finite_numbers_are_violations(validator, value):
    request = legacy_generation_pb2.TextToImageRequest(model_id=1, model_influence=value)
    assert any(reason.endswith(".finite") for _, reason in violations(validator, request))


@pytest.mark.parametrize("value", [".", ".."])
def test_dot_segment_ids_are_violations(validator, value):
    assert ("request_id", "path_segment") in violations(validator, status_pb2.GetRequestStatusRequest(request_id=value))


@pytest.mark.parametrize("raw", [b"\x0a\x02\xff\xfe", b"\x08", b"\x0a\x7f", b"\xff" * 12])
def test_undecodable_request_bytes_are_invalid_argument(raw):
    with pytest.raises(GatewayError) as caught:
        parse_request(status_pb2.GetRequestStatusRequest, raw)
    assert (caught.value.code, caught.value.reason) == (StatusCode.INVALID_ARGUMENT, R.ERROR_REASON_REQUEST_INVALID)
    assert isinstance(caught.value.details[0], error_details_pb2.BadRequest)


def test_the_summary_lists_a_bounded_number_of_violations(validator):
    request = datasets_pb2.GenerateCaptionPrefixRequest(
        image_urls=["not a uri"] * 60, ip_type=common_pb2.IP_TYPE_OBJECT_VARIANTS, ip_medium=common_pb2.IP_MEDIUM_PHOTOGRAPHY
    )
    with pytest.raises(GatewayError) as caught:
        validator.check(request)
    assert "more" in caught.value.message and len(caught.value.message) <= 1000
