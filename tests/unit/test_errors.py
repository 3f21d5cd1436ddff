"""THE error table (gateway/errors.py): upstream outcomes -> gRPC status, reason and details."""

from __future__ import annotations

import email.utils
import json

import pytest
from google.rpc import error_details_pb2
from grpc import StatusCode

from bria.tailored.v1 import generation_pb2
from gateway.errors import (
    DETAILS_BUDGET,
    MAX_VIOLATIONS,
    DOMAIN,
    R,
    RouteResource,
    UpstreamReply,
    from_reply,
    from_transport,
    reason_name,
    register_route,
    retry_after,
    upstream_message,
)

ROUTE = "/v1/tailored-gen/models/{model_id}"
PATH = "/v1/tailored-gen/models/42"
RESOURCE_TYPE, RESOURCE_NAME = "bria.tailored.v1.Model", "models/42"
NOW = 1_700_000_000.0
DETAIL_TYPES = {
    "google.rpc.ErrorInfo": error_details_pb2.ErrorInfo,
    "google.rpc.RetryInfo": error_details_pb2.RetryInfo,
    "google.rpc.QuotaFailure": error_details_pb2.QuotaFailure,
    "google.rpc.BadRequest": error_details_pb2.BadRequest,
    "google.rpc.PreconditionFailure": error_details_pb2.PreconditionFailure,
    "google.rpc.ResourceInfo": error_details_pb2.ResourceInfo,
    "google.rpc.RequestInfo": error_details_pb2.RequestInfo,
}

# Documented bodies (docs/upstream-contract.md#error-bodies).
QUOTA_403 = "Quota exceeded: Free users can make up to 1000 requests in total. Please upgrade your plan."
ENTITLEMENT_403 = "Access denied: Your subscription does not include access to this feature/product."
MODERATION_422_V1 = "The visual in the 'guidance_method_1_image_file' parameter did not pass content moderation"
V2_MODERATION = {"error": {"code": 422, "message": "Content moderation failed", "details": "prompt"}, "request_id": "r1"}


def reply(status: int, body: object = b"", headers: dict | None = None) -> UpstreamReply:
    if not isinstance(body, bytes):
        body = json.dumps(body).encode()
    return UpstreamReply(status=status, body=body, headers=headers or {}, path=PATH, route=ROUTE)


def unpack(status) -> list:
    out = []
    for holder in status.details:
        name = holder.TypeName()
        msg = DETAIL_TYPES[name]()
        assert holder.Unpack(msg)
        out.append(msg)
    return out


def detail_names(status) -> list[str]:
    return [holder.TypeName().removeprefix("google.rpc.") for holder in status.details]


def http_date(ts: float) -> str:
    return email.utils.formatdate(ts, usegmt=True)


# status, body, headers -> code, reason, detail types (as packed by to_status())
TABLE = [
    pytest.param(400, {"message": "bad"}, {}, StatusCode.INVALID_ARGUMENT, R.ERROR_REASON_UPSTREAM_BAD_REQUEST, ["ErrorInfo"], id="400"),
    pytest.param(413, b"", {}, StatusCode.INVALID_ARGUMENT, R.ERROR_REASON_PAYLOAD_TOO_LARGE, ["ErrorInfo"], id="413"),
    pytest.param(415, {"message": "unsupported"}, {}, StatusCode.INVALID_ARGUMENT, R.ERROR_REASON_UNSUPPORTED_MEDIA_TYPE, ["ErrorInfo"], id="415"),
    pytest.param(422, MODERATION_422_V1, {}, StatusCode.INVALID_ARGUMENT, R.ERROR_REASON_CONTENT_MODERATION_FAILED, ["ErrorInfo"], id="422-moderation-v1-string"),
    pytest.param(422, V2_MODERATION, {}, StatusCode.INVALID_ARGUMENT, R.ERROR_REASON_CONTENT_MODERATION_FAILED, ["ErrorInfo"], id="422-moderation-v2-envelope"),
    pytest.param(422, {"message": "URL is not an image"}, {}, StatusCode.INVALID_ARGUMENT, R.ERROR_REASON_UNPROCESSABLE_INPUT, ["ErrorInfo"], id="422-other"),
    pytest.param(401, b"", {}, StatusCode.UNAUTHENTICATED, R.ERROR_REASON_API_TOKEN_INVALID, ["ErrorInfo"], id="401"),
    pytest.param(403, ENTITLEMENT_403, {}, StatusCode.PERMISSION_DENIED, R.ERROR_REASON_ACCESS_DENIED, ["ErrorInfo"], id="403-entitlement"),
    pytest.param(403, "model does not belong to organization", {}, StatusCode.PERMISSION_DENIED, R.ERROR_REASON_ACCESS_DENIED, ["ErrorInfo"], id="403-other-org"),
    pytest.param(403, QUOTA_403, {}, StatusCode.RESOURCE_EXHAUSTED, R.ERROR_REASON_PLAN_QUOTA_EXCEEDED, ["ErrorInfo", "QuotaFailure"], id="403-plan-quota"),
    pytest.param(404, "Model not found", {}, StatusCode.NOT_FOUND, R.ERROR_REASON_RESOURCE_NOT_FOUND, ["ErrorInfo", "ResourceInfo"], id="404"),
    pytest.param(410, b"", {}, StatusCode.NOT_FOUND, R.ERROR_REASON_RESOURCE_GONE, ["ErrorInfo", "ResourceInfo"], id="410"),
    pytest.param(409, {"message": "Cannot delete a model while training"}, {}, StatusCode.FAILED_PRECONDITION, R.ERROR_REASON_RESOURCE_STATE_CONFLICT, ["ErrorInfo", "PreconditionFailure"], id="409"),
    pytest.param(412, b"", {}, StatusCode.FAILED_PRECONDITION, R.ERROR_REASON_PRECONDITION_FAILED, ["ErrorInfo", "PreconditionFailure"], id="412"),
    pytest.param(429, b"", {}, StatusCode.RESOURCE_EXHAUSTED, R.ERROR_REASON_UPSTREAM_RATE_LIMITED, ["ErrorInfo", "QuotaFailure"], id="429-no-retry-after"),
    pytest.param(429, b"", {"retry-after": "30"}, StatusCode.RESOURCE_EXHAUSTED, R.ERROR_REASON_UPSTREAM_RATE_LIMITED, ["ErrorInfo", "QuotaFailure", "RetryInfo"], id="429-retry-after-seconds"),
    pytest.param(429, b"", {"retry-after": http_date(NOW + 30)}, StatusCode.RESOURCE_EXHAUSTED, R.ERROR_REASON_UPSTREAM_RATE_LIMITED, ["ErrorInfo", "QuotaFailure", "RetryInfo"], id="429-retry-after-date"),
    pytest.param(460, "Failed to download image", {}, StatusCode.INVALID_ARGUMENT, R.ERROR_REASON_UNPROCESSABLE_INPUT, ["ErrorInfo"], id="460"),
    pytest.param(418, b"", {}, StatusCode.INVALID_ARGUMENT, R.ERROR_REASON_UPSTREAM_CLIENT_ERROR, ["ErrorInfo"], id="other-4xx"),
    pytest.param(500, b"", {}, StatusCode.INTERNAL, R.ERROR_REASON_UPSTREAM_INTERNAL_ERROR, ["ErrorInfo"], id="500"),
    pytest.param(502, b"<html><body>Bad Gateway</body></html>", {}, StatusCode.UNAVAILABLE, R.ERROR_REASON_UPSTREAM_UNAVAILABLE, ["ErrorInfo"], id="502"),
    pytest.param(503, b"", {}, StatusCode.UNAVAILABLE, R.ERROR_REASON_UPSTREAM_UNAVAILABLE, ["ErrorInfo"], id="503"),
    pytest.param(503, b"", {"retry-after": "5"}, StatusCode.UNAVAILABLE, R.ERROR_REASON_UPSTREAM_UNAVAILABLE, ["ErrorInfo", "RetryInfo"], id="503-retry-after"),
    pytest.param(504, b"", {}, StatusCode.DEADLINE_EXCEEDED, R.ERROR_REASON_UPSTREAM_TIMEOUT, ["ErrorInfo"], id="504"),
    pytest.param(599, b"", {}, StatusCode.INTERNAL, R.ERROR_REASON_UPSTREAM_INTERNAL_ERROR, ["ErrorInfo"], id="other-5xx"),
]


@pytest.mark.parametrize("status, body, headers, code, reason, details", TABLE)
def test_error_table(status, body, headers, code, reason, details):
    err = from_reply(reply(status, body, headers), now=NOW)
    assert (err.code, R.Name(err.reason)) == (code, R.Name(reason))
    packed = err.to_status()
    assert packed.code == code.value[0]
    assert detail_names(packed) == details
    info = unpack(packed)[0]
    assert (info.domain, info.reason) == (DOMAIN, reason_name(reason))


@pytest.mark.parametrize(
    "header, seconds",
    [("30", 30.0), (http_date(NOW + 30), 30.0), (http_date(NOW + 3600), 3600.0)],
    ids=["seconds", "http-date", "http-date-hour"],
)
def test_429_retry_info_delay(header, seconds):
    err = from_reply(reply(429, b"", {"retry-after": header}), now=NOW)
    retry = [d for d in unpack(err.to_status()) if isinstance(d, error_details_pb2.RetryInfo)]
    assert len(retry) == 1
    assert retry[0].retry_delay.ToTimedelta().total_seconds() == pytest.approx(seconds)


def test_quota_failure_names_the_limit():
    err = from_reply(reply(429, {"message": "Request limit exceeded"}))
    (quota,) = [d for d in unpack(err.to_status()) if isinstance(d, error_details_pb2.QuotaFailure)]
    assert quota.violations[0].subject == f"organization:{ROUTE}"
    assert "Request limit exceeded" in quota.violations[0].description
    err = from_reply(reply(403, QUOTA_403))
    (quota,) = [d for d in unpack(err.to_status()) if isinstance(d, error_details_pb2.QuotaFailure)]
    assert quota.violations[0].subject == "organization"


@pytest.mark.parametrize(
    "status, kind", [(409, "STATE"), (412, "PRECONDITION")]
)
def test_precondition_failure_violation(status, kind):
    err = from_reply(reply(status, {"message": "nope"}))
    (failure,) = [d for d in unpack(err.to_status()) if isinstance(d, error_details_pb2.PreconditionFailure)]
    assert (failure.violations[0].type, failure.violations[0].subject) == (kind, RESOURCE_NAME)


def test_resource_info_names_the_resource():
    err = from_reply(reply(404, "Model not found"))
    (info,) = [d for d in unpack(err.to_status()) if isinstance(d, error_details_pb2.ResourceInfo)]
    assert (info.resource_type, info.resource_name, info.description) == (RESOURCE_TYPE, RESOURCE_NAME, "Model not found")


@pytest.mark.parametrize(
    "route, path, request_msg, resource_type, resource_name",
    [
        ("/v1/tailored-gen/projects/{project_id}", "/v1/tailored-gen/projects/12", None, "bria.tailored.v1.Project", "projects/12"),
        (
            "/v1/tailored-gen/datasets/{dataset_id}/images/{image_id}", "/v1/tailored-gen/datasets/5/images/7", None,
            "bria.tailored.v1.Image", "datasets/5/images/7",
        ),
        ("/v2/status/{request_id}", "/v2/status/a%2Fb", None, "bria.tailored.v1.GetRequestStatusResponse", "requests/a/b"),
        (
            "/v2/video/generate/tailored/image-to-video", "/v2/video/generate/tailored/image-to-video",
            generation_pb2.GenerateVideoRequest(tailored_model_id=77), "bria.tailored.v1.Model", "models/77",
        ),
        ("/v1/tailored-gen/projects", "/v1/tailored-gen/projects", None, "", ""),
    ],
    ids=["project", "image-in-dataset", "request-id", "model-in-body", "no-resource"],
)
def test_resource_info_from_the_route_and_request(route, path, request_msg, resource_type, resource_name):
    if request_msg is not None:  # as the route table registers a route whose ids are in the body
        register_route(route, RouteResource.of(route, [f.name for f in request_msg.DESCRIPTOR.fields]))
    err = from_reply(UpstreamReply(404, b'"Not found"', {}, path, route), request=request_msg)
    (info,) = [d for d in unpack(err.to_status()) if isinstance(d, error_details_pb2.ResourceInfo)]
    assert (info.resource_type, info.resource_name) == (resource_type, resource_name)


@pytest.mark.parametrize(
    "route, path, body, request_msg, subject",
    [
        (
            "/v2/image/generate/tailored", "/v2/image/generate/tailored",
            {"error": {"code": 400, "message": "Bad Request", "details": "tailored model training is not completed"}},
            generation_pb2.GenerateImageRequest(tailored_model_id=42, prompt="x"), "models/42",
        ),
        (
            "/v1/tailored-gen/models/{model_id}/checkpoints/{checkpoint_step}", "/v1/tailored-gen/models/9/checkpoints/500",
            "The model status is not completed", None, "models/9",
        ),
        (
            "/v1/text-to-image/tailored/{model_id}", "/v1/text-to-image/tailored/3",
            {"message": "Model is not ready for generation (status InProgress)"}, None, "models/3",
        ),
    ],
    ids=["v2-generation", "checkpoint", "legacy-generation"],
)
def test_a_model_that_is_not_ready_is_a_failed_precondition_on_the_model(route, path, body, request_msg, subject):
    if request_msg is not None:
        register_route(route, RouteResource.of(route, [f.name for f in request_msg.DESCRIPTOR.fields]))
    err = from_reply(UpstreamReply(400, json.dumps(body).encode(), {}, path, route), request=request_msg)
    assert (err.code, err.reason) == (StatusCode.FAILED_PRECONDITION, R.ERROR_REASON_RESOURCE_STATE_CONFLICT)
    (failure,) = [d for d in unpack(err.to_status()) if isinstance(d, error_details_pb2.PreconditionFailure)]
    assert (failure.violations[0].type, failure.violations[0].subject) == ("STATE", subject)
    assert "not" in failure.violations[0].description


def test_other_bad_requests_stay_invalid_argument():
    err = from_reply(reply(400, {"message": "tailored model is not a FIBO model"}))
    assert (err.code, err.reason) == (StatusCode.INVALID_ARGUMENT, R.ERROR_REASON_UPSTREAM_BAD_REQUEST)


@pytest.mark.parametrize(
    "kind, code, reason",
    [
        ("timeout", StatusCode.DEADLINE_EXCEEDED, R.ERROR_REASON_UPSTREAM_TIMEOUT),
        ("connect", StatusCode.UNAVAILABLE, R.ERROR_REASON_UPSTREAM_UNAVAILABLE),
        ("reset", StatusCode.UNAVAILABLE, R.ERROR_REASON_UPSTREAM_UNAVAILABLE),
        ("malformed", StatusCode.INTERNAL, R.ERROR_REASON_UPSTREAM_MALFORMED_RESPONSE),
    ],
)
def test_transport_failures(kind, code, reason):
    err = from_transport(kind, "it broke", ROUTE)
    assert (err.code, err.reason, err.message) == (code, reason, "it broke")
    packed = err.to_status()
    assert detail_names(packed) == ["ErrorInfo"]
    assert dict(unpack(packed)[0].metadata) == {"route": ROUTE}


# ---- body shapes ------------------------------------------------------------------------------
BODIES = [
    pytest.param({"message": "Model not found"}, "Model not found", [], id="message"),
    pytest.param(
        {"errors": [
            {"msg": "must be positive", "field_name": "rank", "field_input": "-1"},
            {"msg": "unknown scheduler", "field_name": "lr_scheduler", "field_input": "x"},
        ]},
        "rank: must be positive; lr_scheduler: unknown scheduler",
        [("rank", "must be positive"), ("lr_scheduler", "unknown scheduler")],
        id="errors-list",
    ),
    pytest.param({"errors": [{"msg": "something off"}]}, "something off", [], id="errors-without-field"),
    pytest.param({"error": "Caption too long"}, "Caption too long", [], id="error-string"),
    pytest.param(
        {"error": {"code": 400, "message": "Invalid input", "details": "prompt is required"}, "request_id": "abc"},
        "Invalid input; prompt is required",
        [],
        id="v2-envelope",
    ),
    pytest.param({"error": {"code": 500, "message": "Oops"}}, "Oops", [], id="v2-envelope-no-details"),
    pytest.param("Checkpoint not found", "Checkpoint not found", [], id="bare-json-string"),
    pytest.param(QUOTA_403, QUOTA_403, [], id="bare-json-string-quota"),
    pytest.param({"status": "NOT_FOUND"}, "status NOT_FOUND", [], id="status-only"),
    pytest.param({"detail": "Not authenticated"}, "Not authenticated", [], id="detail"),
    pytest.param({"message": "same", "error": "same"}, "same", [], id="duplicates-collapsed"),
    pytest.param(["a", 1], '["a", 1]', [], id="json-array"),
    pytest.param(
        b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1>"
        b"</center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>",
        "502 Bad Gateway 502 Bad Gateway nginx",
        [],
        id="html-from-proxy",
    ),
    pytest.param(b"<p>Fish &amp; chips</p>", "Fish & chips", [], id="html-entities"),
    pytest.param(b"upstream connect error", "upstream connect error", [], id="plain-text"),
    pytest.param(b"", "", [], id="empty"),
    pytest.param(b"   \n", "", [], id="whitespace"),
    pytest.param(b"null", "", [], id="json-null"),
]


@pytest.mark.parametrize("body, message, violations", BODIES)
def test_upstream_message(body, message, violations):
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    text, found = upstream_message(raw)
    assert text == message
    assert [(v.field, v.description) for v in found] == violations


def test_long_messages_are_clipped():
    text, _ = upstream_message(json.dumps({"message": "x" * 5000}).encode())
    assert len(text) == 1000 and text.endswith("…")


def test_field_errors_become_bad_request_details():
    body = {"errors": [{"msg": "must be positive", "field_name": "rank", "field_input": "-1"}]}
    err = from_reply(reply(400, body))
    packed = err.to_status()
    assert detail_names(packed) == ["ErrorInfo", "BadRequest"]
    (bad,) = [d for d in unpack(packed) if isinstance(d, error_details_pb2.BadRequest)]
    assert [(v.field, v.description) for v in bad.field_violations] == [("rank", "must be positive")]


@pytest.mark.parametrize(
    "status, phrase",
    [(503, "upstream answered 503 Service Unavailable"), (404, "upstream answered 404 Not Found"), (599, "upstream answered 599")],
)
def test_empty_body_gets_the_reason_phrase(status, phrase):
    assert from_reply(reply(status, b"")).message == phrase


def test_upstream_message_reaches_the_caller():
    err = from_reply(reply(409, {"message": "Cannot delete image from a completed dataset"}))
    assert err.message == "Cannot delete image from a completed dataset"
    assert err.to_status().message == err.message


SECRET = "bria_tok_5e5e5e5e5e5e"
LEAKY_BODIES = [
    pytest.param(400, {"message": f"invalid api_token {SECRET}"}, id="message"),
    pytest.param(401, f"token {SECRET} revoked", id="bare-string"),
    pytest.param(403, f"Quota exceeded for token {SECRET}. Please upgrade", id="quota-string"),
    pytest.param(404, {"error": {"code": 404, "message": "not found", "details": f"key={SECRET}"}}, id="v2-envelope"),
    pytest.param(502, f"<html><body>proxy saw api_token: {SECRET}</body></html>".encode(), id="html"),
    pytest.param(429, {"message": f"limit for {SECRET}"}, id="rate-limit"),
    pytest.param(409, {"message": f"conflict for {SECRET}"}, id="conflict"),
    pytest.param(400, {"errors": [{"msg": f"bad token {SECRET}", "field_name": "api_token"}]}, id="field-errors"),
]


@pytest.mark.parametrize("status, body", LEAKY_BODIES)
def test_secrets_never_reach_the_caller(status, body):
    err = from_reply(reply(status, body), secrets=[SECRET, ""])
    assert SECRET not in err.message
    assert "[redacted]" in err.message
    status_pb = err.to_status(request_id="req-1")
    leaked = [str(d) for d in unpack(status_pb) if SECRET in str(d)]
    assert not leaked, f"secret leaked in details: {leaked}"
    assert SECRET.encode() not in status_pb.SerializeToString()


# ---- to_status --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "status, body, headers, request_id, metadata",
    [
        (404, "Model not found", {}, "", {"upstream_status": "404", "route": ROUTE}),
        (404, "Model not found", {}, "gw-1", {"upstream_status": "404", "route": ROUTE, "request_id": "gw-1"}),
        (
            500,
            b"",
            {"x-request-id": "up-9"},
            "gw-2",
            {"upstream_status": "500", "route": ROUTE, "request_id": "gw-2", "upstream_request_id": "up-9"},
        ),
        (429, b"", {"request-id": "u" * 200}, "", {"upstream_status": "429", "route": ROUTE, "upstream_request_id": "u" * 128}),
    ],
    ids=["no-request-id", "request-id", "upstream-request-id", "upstream-request-id-clipped"],
)
def test_to_status_packs_exactly_one_error_info(status, body, headers, request_id, metadata):
    packed = from_reply(reply(status, body, headers)).to_status(request_id=request_id)
    details = unpack(packed)
    infos = [d for d in details if isinstance(d, error_details_pb2.ErrorInfo)]
    assert len(infos) == 1 and details[0] is infos[0]
    assert infos[0].domain == DOMAIN
    assert infos[0].reason == reason_name(from_reply(reply(status, body)).reason)
    assert dict(infos[0].metadata) == metadata
    request_infos = [d for d in details if isinstance(d, error_details_pb2.RequestInfo)]
    assert [r.request_id for r in request_infos] == ([request_id] if request_id else [])


@pytest.mark.parametrize(
    "reason, name",
    [
        (R.ERROR_REASON_RESOURCE_NOT_FOUND, "RESOURCE_NOT_FOUND"),
        (R.ERROR_REASON_PLAN_QUOTA_EXCEEDED, "PLAN_QUOTA_EXCEEDED"),
        (R.ERROR_REASON_API_TOKEN_MISSING, "API_TOKEN_MISSING"),
    ],
)
def test_reason_name(reason, name):
    assert reason_name(reason) == name


# ---- Retry-After ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "value, expected",
    [
        (None, None),
        ("", None),
        ("0", 0.0),
        ("120", 120.0),
        (" 7 ", 7.0),
        (http_date(NOW + 90), 90.0),
        (http_date(NOW - 90), 0.0),  # in the past: retry now
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
        ("soon", None),
        ("-5", None),
        ("1.5", None),
    ],
)
def test_retry_after(value, expected):
    result = retry_after(value, now=NOW)
    assert result == (pytest.approx(expected) if expected is not None else None)


# ---- statuses that are not answers; hostile input ---------------------------------------------
@pytest.mark.parametrize(
    "status, code, reason",
    [
        (301, StatusCode.UNAVAILABLE, R.ERROR_REASON_UPSTREAM_UNAVAILABLE),
        (302, StatusCode.UNAVAILABLE, R.ERROR_REASON_UPSTREAM_UNAVAILABLE),
        (304, StatusCode.UNAVAILABLE, R.ERROR_REASON_UPSTREAM_UNAVAILABLE),
        (307, StatusCode.UNAVAILABLE, R.ERROR_REASON_UPSTREAM_UNAVAILABLE),
        (399, StatusCode.UNAVAILABLE, R.ERROR_REASON_UPSTREAM_UNAVAILABLE),
        (101, StatusCode.INTERNAL, R.ERROR_REASON_UPSTREAM_MALFORMED_RESPONSE),
        (199, StatusCode.INTERNAL, R.ERROR_REASON_UPSTREAM_MALFORMED_RESPONSE),
        (600, StatusCode.INTERNAL, R.ERROR_REASON_UPSTREAM_MALFORMED_RESPONSE),
        (999, StatusCode.INTERNAL, R.ERROR_REASON_UPSTREAM_MALFORMED_RESPONSE),
        (0, StatusCode.INTERNAL, R.ERROR_REASON_UPSTREAM_MALFORMED_RESPONSE),
    ],
)
def test_statuses_that_are_not_answers(status, code, reason):
    err = from_reply(reply(status, b"<a href=x>moved</a>", {"location": "https://elsewhere/"}))
    assert (err.code, R.Name(err.reason)) == (code, R.Name(reason))
    assert dict(unpack(err.to_status())[0].metadata)["upstream_status"] == str(status)


@pytest.mark.parametrize(
    "body",
    [
        json.dumps({"errors": 5}).encode(),
        json.dumps({"errors": "x"}).encode(),
        json.dumps({"errors": [1, None, {"msg": {"a": 1}, "field_name": ["f"]}]}).encode(),
        json.dumps({"error": {"message": {"deep": [1] * 10}}}).encode(),
        b"[" * 60000 + b"]" * 60000,
        b'{"a":' * 60000,
        b'{"message": "\\ud800 lone"}',
        bytes(range(256)),
    ],
    ids=["errors-int", "errors-str", "errors-odd-items", "error-message-object", "deep-list", "deep-object",
         "lone-surrogate", "all-bytes"],
)
def test_hostile_bodies_give_a_status(body):
    err = from_reply(reply(400, body))
    assert err.code == StatusCode.INVALID_ARGUMENT
    err.to_status("r").SerializeToString()
    err.message.encode("utf-8")


@pytest.mark.parametrize(
    "value, expected",
    [("9" * 20, 3600.0), ("0" * 30 + "7", 7.0), ("1" + "0" * 5000, 3600.0), ("²", None), ("٣", None),
     ("Fri, 31 Dec 9999 23:59:59 GMT", 3600.0), ("Mon, 01 Jan 0001 00:00:00 GMT", 0.0), ("x" * 1000, None)],
    ids=["20-digits", "leading-zeros", "5000-digits", "superscript", "arabic-digit", "year-9999", "year-1", "long"],
)
def test_retry_after_is_clamped_and_total(value, expected):
    assert retry_after(value, now=NOW) == expected


def test_many_violations_are_capped_and_counted():
    body = {"errors": [{"msg": "é" * 100, "field_name": f"f{i}"} for i in range(60)]}  # within ERROR_BODY_LIMIT
    packed = from_reply(reply(400, body)).to_status("rid")
    assert packed.ByteSize() <= DETAILS_BUDGET
    details = unpack(packed)
    (bad,) = [d for d in details if isinstance(d, error_details_pb2.BadRequest)]
    assert 0 < len(bad.field_violations) <= MAX_VIOLATIONS
    assert len(bad.field_violations) + int(details[0].metadata["omitted_violations"]) == 60


def test_upstream_values_in_details_are_redacted_and_stripped():
    headers = {"x-request-id": f"\x85id-{SECRET}\u202e", "retry-after": "5"}
    err = from_reply(reply(404, {"message": "gone"}, headers), secrets=[SECRET])
    info = unpack(err.to_status())[0]
    assert info.metadata["upstream_request_id"] == "id-[redacted]"
