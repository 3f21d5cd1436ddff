"""THE error table: what an upstream outcome means for a gRPC caller, by meaning.

Never gRPC's table for intermediaries (which would turn 404 into UNIMPLEMENTED and 429 into
UNAVAILABLE). Every error leaves the gateway as a google.rpc.Status with exactly one ErrorInfo
(stable reason from `bria.tailored.v1.ErrorReason`, one domain, dynamic values in metadata)
plus RetryInfo, QuotaFailure, BadRequest, PreconditionFailure, ResourceInfo and RequestInfo
where they fit. The upstream's own message always reaches the caller.
"""

from __future__ import annotations

import email.utils
import html
import json
import re
import time
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from google.protobuf import any_pb2, duration_pb2
from google.protobuf.message import Message
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc import StatusCode

from bria.tailored.v1 import error_reason_pb2

DOMAIN = "tailored-gateway.bria.ai"
R = error_reason_pb2.ErrorReason
_MAX_MESSAGE = 1000

# HTTP status -> (gRPC code, reason). Refinements by body: 403 quota, 422 moderation.
TABLE: Mapping[int, tuple[StatusCode, int]] = {
    400: (StatusCode.INVALID_ARGUMENT, R.ERROR_REASON_UPSTREAM_BAD_REQUEST),
    401: (StatusCode.UNAUTHENTICATED, R.ERROR_REASON_API_TOKEN_INVALID),
    403: (StatusCode.PERMISSION_DENIED, R.ERROR_REASON_ACCESS_DENIED),
    404: (StatusCode.NOT_FOUND, R.ERROR_REASON_RESOURCE_NOT_FOUND),
    409: (StatusCode.FAILED_PRECONDITION, R.ERROR_REASON_RESOURCE_STATE_CONFLICT),
    410: (StatusCode.NOT_FOUND, R.ERROR_REASON_RESOURCE_GONE),
    412: (StatusCode.FAILED_PRECONDITION, R.ERROR_REASON_PRECONDITION_FAILED),
    413: (StatusCode.INVALID_ARGUMENT, R.ERROR_REASON_PAYLOAD_TOO_LARGE),
    415: (StatusCode.INVALID_ARGUMENT, R.ERROR_REASON_UNSUPPORTED_MEDIA_TYPE),
    422: (StatusCode.INVALID_ARGUMENT, R.ERROR_REASON_UNPROCESSABLE_INPUT),
    429: (StatusCode.RESOURCE_EXHAUSTED, R.ERROR_REASON_UPSTREAM_RATE_LIMITED),
    460: (StatusCode.INVALID_ARGUMENT, R.ERROR_REASON_UNPROCESSABLE_INPUT),
    500: (StatusCode.INTERNAL, R.ERROR_REASON_UPSTREAM_INTERNAL_ERROR),
    502: (StatusCode.UNAVAILABLE, R.ERROR_REASON_UPSTREAM_UNAVAILABLE),
    503: (StatusCode.UNAVAILABLE, R.ERROR_REASON_UPSTREAM_UNAVAILABLE),
    504: (StatusCode.DEADLINE_EXCEEDED, R.ERROR_REASON_UPSTREAM_TIMEOUT),
}
# Failures without an HTTP answer.
TRANSPORT: Mapping[str, tuple[StatusCode, int]] = {
    "timeout": (StatusCode.DEADLINE_EXCEEDED, R.ERROR_REASON_UPSTREAM_TIMEOUT),
    "connect": (StatusCode.UNAVAILABLE, R.ERROR_REASON_UPSTREAM_UNAVAILABLE),
    "reset": (StatusCode.UNAVAILABLE, R.ERROR_REASON_UPSTREAM_UNAVAILABLE),
    "malformed": (StatusCode.INTERNAL, R.ERROR_REASON_UPSTREAM_MALFORMED_RESPONSE),
}
_QUOTA_WORDS = re.compile(r"quota|requests in total|upgrade", re.I)
_MODERATION_WORDS = re.compile(r"moderat", re.I)
_TAGS = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def reason_name(reason: int) -> str:
    return R.Name(reason).removeprefix("ERROR_REASON_")


@dataclass
class GatewayError(Exception):
    """A failure on its way to the caller: code, message, reason and extra detail messages."""

    code: StatusCode
    message: str
    reason: int
    details: list[Message] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    retry_after: float | None = None  # seconds, when known

    def __str__(self) -> str:
        return f"{self.code.name}: {self.message}"

    def to_status(self, request_id: str = "") -> status_pb2.Status:
        info = error_details_pb2.ErrorInfo(reason=reason_name(self.reason), domain=DOMAIN)
        info.metadata.update(self.metadata)
        details: list[Message] = [info, *self.details]
        if request_id:
            info.metadata["request_id"] = request_id
            details.append(error_details_pb2.RequestInfo(request_id=request_id))
        if self.retry_after is not None:
            details.append(error_details_pb2.RetryInfo(retry_delay=_duration(self.retry_after)))
        packed = []
        for detail in details:
            holder = any_pb2.Any()
            holder.Pack(detail)
            packed.append(holder)
        return status_pb2.Status(code=self.code.value[0], message=self.message, details=packed)


def _duration(seconds: float) -> duration_pb2.Duration:
    out = duration_pb2.Duration()
    out.FromNanoseconds(int(max(seconds, 0.0) * 1e9))
    return out


@dataclass(frozen=True)
class UpstreamReply:
    """An upstream HTTP answer that was not a success."""

    status: int
    body: bytes
    headers: Mapping[str, str]
    path: str  # the concrete upstream path (ids, never secrets)
    route: str  # the path template


def from_reply(reply: UpstreamReply, secrets: Iterable[str] = (), now: float | None = None) -> GatewayError:
    """The gateway error for an upstream error status."""
    secrets = tuple(secrets)
    message, violations = upstream_message(reply.body)
    message = redact(message or _reason_phrase(reply.status), secrets)
    violations = [
        error_details_pb2.BadRequest.FieldViolation(field=redact(v.field, secrets), description=redact(v.description, secrets))
        for v in violations
    ]
    code, reason = classify(reply.status, message)
    err = GatewayError(code, message, reason, metadata=_metadata(reply))
    err.retry_after = retry_after(reply.headers.get("retry-after"), now)
    if violations:
        err.details.append(error_details_pb2.BadRequest(field_violations=violations))
    _add_details(err, reply)
    return err


def classify(status: int, message: str) -> tuple[StatusCode, int]:
    """The (code, reason) row for an HTTP status, refined by the message where the upstream
    uses one status for two meanings."""
    if status == 403 and _QUOTA_WORDS.search(message):
        return StatusCode.RESOURCE_EXHAUSTED, R.ERROR_REASON_PLAN_QUOTA_EXCEEDED
    if status == 422 and _MODERATION_WORDS.search(message):
        return StatusCode.INVALID_ARGUMENT, R.ERROR_REASON_CONTENT_MODERATION_FAILED
    if status in TABLE:
        return TABLE[status]
    if 400 <= status < 500:
        return StatusCode.INVALID_ARGUMENT, R.ERROR_REASON_UPSTREAM_CLIENT_ERROR
    return StatusCode.INTERNAL, R.ERROR_REASON_UPSTREAM_INTERNAL_ERROR


def from_transport(kind: str, detail: str, route: str) -> GatewayError:
    """The gateway error for a failure without an HTTP answer (timeout, refused, reset, bad body)."""
    code, reason = TRANSPORT[kind]
    return GatewayError(code, detail, reason, metadata={"route": route})


def _metadata(reply: UpstreamReply) -> dict[str, str]:
    meta = {"upstream_status": str(reply.status), "route": reply.route}
    upstream_id = reply.headers.get("x-request-id") or reply.headers.get("request-id")
    if upstream_id:
        meta["upstream_request_id"] = upstream_id[:128]
    return meta


def _add_details(err: GatewayError, reply: UpstreamReply) -> None:
    reason = err.reason
    if reason in (R.ERROR_REASON_UPSTREAM_RATE_LIMITED, R.ERROR_REASON_PLAN_QUOTA_EXCEEDED):
        what = "upstream rate limit" if reason == R.ERROR_REASON_UPSTREAM_RATE_LIMITED else "plan quota"
        violation = error_details_pb2.QuotaFailure.Violation(
            subject=f"organization:{reply.route}" if reason == R.ERROR_REASON_UPSTREAM_RATE_LIMITED else "organization",
            description=f"{what}: {err.message}",
        )
        err.details.append(error_details_pb2.QuotaFailure(violations=[violation]))
    elif err.code == StatusCode.NOT_FOUND:
        err.details.append(
            error_details_pb2.ResourceInfo(resource_type=reply.route, resource_name=reply.path, description=err.message)
        )
    elif err.code == StatusCode.FAILED_PRECONDITION:
        kind = "STATE" if reason == R.ERROR_REASON_RESOURCE_STATE_CONFLICT else "PRECONDITION"
        violation = error_details_pb2.PreconditionFailure.Violation(type=kind, subject=reply.path, description=err.message)
        err.details.append(error_details_pb2.PreconditionFailure(violations=[violation]))


def upstream_message(body: bytes) -> tuple[str, list[error_details_pb2.BadRequest.FieldViolation]]:
    """The human message of an upstream error body in any of its shapes: JSON objects,
    envelopes, lists of field errors, bare JSON strings, or text/HTML from a proxy."""
    text = body.decode("utf-8", "replace").strip()
    try:
        data = json.loads(text) if text else None
    except ValueError:
        return _plain(text), []
    return _from_json(data)


def _from_json(data: Any) -> tuple[str, list]:
    if isinstance(data, str):
        return _clip(data), []
    if not isinstance(data, dict):
        return (_clip(json.dumps(data)) if data is not None else ""), []
    violations = []
    parts: list[str] = []
    err = data.get("error")
    if isinstance(err, dict):
        parts += [str(err[k]) for k in ("message", "details") if err.get(k)]
    elif isinstance(err, str):
        parts.append(err)
    for key in ("message", "detail", "description"):
        if isinstance(data.get(key), str):
            parts.append(data[key])
    for item in data.get("errors") or []:
        if isinstance(item, dict):
            msg = str(item.get("msg") or item.get("message") or "")
            name = str(item.get("field_name") or item.get("field") or "")
            parts.append(f"{name}: {msg}" if name else msg)
            if name:
                violations.append(error_details_pb2.BadRequest.FieldViolation(field=name, description=msg))
    if not parts and isinstance(data.get("status"), str):
        parts.append(f"status {data['status']}")
    return _clip("; ".join(dict.fromkeys(parts))), violations


def _plain(text: str) -> str:
    return _clip(_SPACE.sub(" ", html.unescape(_TAGS.sub(" ", text))).strip())


def _clip(text: str) -> str:
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"


def redact(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret and secret in text:
            text = text.replace(secret, "[redacted]")
    return text


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header given as delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)


def _reason_phrase(status: int) -> str:
    from http import HTTPStatus

    try:
        return f"upstream answered {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"upstream answered {status}"


CODE_NUMBERS = {c: c.value[0] for c in StatusCode}
assert CODE_NUMBERS[StatusCode.NOT_FOUND] == code_pb2.NOT_FOUND
