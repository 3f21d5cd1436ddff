"""THE error table: what an upstream outcome means for a gRPC caller, by meaning.

Never gRPC's table for intermediaries (which would turn 404 into UNIMPLEMENTED and 429 into
UNAVAILABLE). Every error leaves the gateway as a google.rpc.Status with exactly one ErrorInfo
(stable reason from `bria.tailored.v1.ErrorReason`, one domain, dynamic values in metadata)
plus RetryInfo, QuotaFailure, BadRequest, PreconditionFailure, ResourceInfo and RequestInfo
where they fit. The upstream's own message always reaches the caller.

Every function on the error path is total: hostile upstream input (absurd Retry-After values,
bodies of any shape or depth, control characters, lone surrogates, huge field lists) gives a
meaningful status, never an exception. Only 2xx is success; every other answer has a row here:
4xx/5xx by TABLE, redirects (3xx, never followed: the token must not travel elsewhere) are
UNAVAILABLE, and anything that is not HTTP an API answers with (1xx, codes outside 100-599) is
the `malformed` row. Everything that leaves in a status goes through one sanitiser (`clean`):
the caller's token redacted, control characters and lone surrogates stripped, lengths clipped,
at most MAX_VIOLATIONS violations per list, and the whole google.rpc.Status within
DETAILS_BUDGET bytes so the trailers stay far below the 8 KiB clients accept.
"""

from __future__ import annotations

import email.utils
import html
import json
import math
import re
import time
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping
from urllib.parse import quote, unquote

from google.protobuf import any_pb2, duration_pb2
from google.protobuf import descriptor as _d
from google.protobuf.message import Message
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc import StatusCode

from bria.tailored.v1 import error_reason_pb2

DOMAIN = "tailored-gateway.bria.ai"
R = error_reason_pb2.ErrorReason
_MAX_MESSAGE = 1000  # characters of a status message
MESSAGE_WIRE_BUDGET = 1200  # bytes of the message once percent-encoded into grpc-message
MAX_DETAIL_TEXT = 256  # characters of any other string in a status (descriptions, metadata)
MAX_VIOLATIONS = 20  # entries listed per violation list; how many were left out is said
DETAILS_BUDGET = 3072  # bytes of the serialized google.rpc.Status (base64 in the trailers)
MAX_UPSTREAM_DELAY = 3600.0  # seconds: the longest upstream-supplied duration believed
ERROR_BODY_LIMIT = 64 * 1024  # bytes of an error body worth reading for its message

# HTTP status -> (gRPC code, reason). Refinements by the upstream's message (`classify`): a 403
# about quota is PLAN_QUOTA_EXCEEDED (RESOURCE_EXHAUSTED); a 422 about moderation is
# CONTENT_MODERATION_FAILED; a 400 saying a model's training or status "is not completed" or
# that the model "is not ready" is RESOURCE_STATE_CONFLICT (FAILED_PRECONDITION, subject the
# model). Details name resources as the route table derives them (`RouteResource`):
# ResourceInfo(resource_type=<resource message full name>, resource_name=`datasets/5/images/7`).
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
# Statuses that are not an answer to the call: 3xx (never followed) and anything else outside
# 2xx/4xx/5xx. A redirect means the API itself did not answer (a proxy in front of it sends
# callers elsewhere, e.g. to a maintenance page, or the endpoint moved): UNAVAILABLE, like a
# proxy's 502. Interim (1xx) or out-of-range codes are not HTTP an API answers with: malformed.
REDIRECT = (StatusCode.UNAVAILABLE, R.ERROR_REASON_UPSTREAM_UNAVAILABLE)
NOT_AN_ANSWER = (StatusCode.INTERNAL, R.ERROR_REASON_UPSTREAM_MALFORMED_RESPONSE)
# Failures without an HTTP answer.
TRANSPORT: Mapping[str, tuple[StatusCode, int]] = {
    "timeout": (StatusCode.DEADLINE_EXCEEDED, R.ERROR_REASON_UPSTREAM_TIMEOUT),
    "connect": (StatusCode.UNAVAILABLE, R.ERROR_REASON_UPSTREAM_UNAVAILABLE),
    "reset": (StatusCode.UNAVAILABLE, R.ERROR_REASON_UPSTREAM_UNAVAILABLE),
    "malformed": (StatusCode.INTERNAL, R.ERROR_REASON_UPSTREAM_MALFORMED_RESPONSE),
}
_QUOTA_WORDS = re.compile(r"quota|requests in total|upgrade", re.I)
_MODERATION_WORDS = re.compile(r"moderat", re.I)
# A 400 that says a model cannot serve the call yet: its training has not completed. The
# upstream's documented words (S26, checkpoints) are "The model status is not completed"; its
# other endpoints say "(tailored) model training is not completed" or "model is not ready".
_NOT_READY_WORDS = re.compile(r"model (?:status|training) is not completed|model is not ready", re.I)
_TAGS = re.compile(r"<[^>]+>")
_DIGITS = re.compile(r"[0-9]+")
# C0/C1 controls, line/paragraph separators, bidi and zero-width format characters.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]+")
_SPACE = re.compile(r"\s+")


# Request fields that hold a resource's id: the collection that names it in resource names
# (`datasets/5/images/7`) and the resource message (ResourceInfo.resource_type).
PACKAGE = "bria.tailored.v1"
RESOURCE_IDS: Mapping[str, tuple[str, str]] = {
    "project_id": ("projects", f"{PACKAGE}.Project"),
    "dataset_id": ("datasets", f"{PACKAGE}.Dataset"),
    "image_id": ("images", f"{PACKAGE}.Image"),
    "model_id": ("models", f"{PACKAGE}.Model"),
    "tailored_model_id": ("models", f"{PACKAGE}.Model"),
    "checkpoint_step": ("checkpoints", f"{PACKAGE}.Checkpoint"),
    "request_id": ("requests", f"{PACKAGE}.GetRequestStatusResponse"),
}
MODEL = f"{PACKAGE}.Model"
_TEMPLATE_VARIABLE = re.compile(r"\{([a-z_][a-z0-9_.]*)(?:=[^}]*)?\}")


@dataclass(frozen=True)
class RouteResource:
    """The resource one route addresses, derived once per route from its path template (and,
    for a path without ids, its request's id fields): what error details name."""

    type: str  # full name of the resource message, e.g. bria.tailored.v1.Image
    parts: tuple[tuple[str, str, str], ...]  # (request field, collection, message), parents first
    path_fields: tuple[str, ...]  # the request fields bound to the path, in order
    pattern: re.Pattern[str]  # matches a concrete path, one group per path field

    @classmethod
    def of(cls, template: str, request_fields: Iterable[str] = ()) -> "RouteResource | None":
        """The resource of a route: its path's id variables, else the first id field of its
        request (`CreateDataset`'s project, a generation's model). None when it has neither."""
        path_fields = tuple(_TEMPLATE_VARIABLE.findall(template))
        ids = [f for f in path_fields if f in RESOURCE_IDS]
        if not ids:
            ids = [f for f in request_fields if f in RESOURCE_IDS][:1]
        if not ids:
            return None
        parts = tuple((f, *RESOURCE_IDS[f]) for f in ids)
        pieces, pos = [], 0
        for m in _TEMPLATE_VARIABLE.finditer(template):
            pieces.append(re.escape(template[pos : m.start()]) + "([^/]+)")
            pos = m.end()
        pattern = re.compile("^" + "".join(pieces) + re.escape(template[pos:]) + "$")
        return cls(parts[-1][2], parts, path_fields, pattern)

    def values(self, path: str, request: Message | None = None) -> dict[str, str]:
        """The id values of one call: from the concrete path, then from the request."""
        found: dict[str, str] = {}
        m = self.pattern.match(path.split("?", 1)[0])
        if m:
            found.update(zip(self.path_fields, (unquote(g) for g in m.groups())))
        if request is not None:
            fields = request.DESCRIPTOR.fields_by_name
            for name, _, _ in self.parts:
                if name not in found and name in fields and not fields[name].is_repeated:
                    value = getattr(request, name)
                    if value not in ("", 0):
                        found[name] = str(value)
        return found

    def name(self, values: Mapping[str, str], upto: str = "") -> str:
        """`datasets/5/images/7` (or, with `upto`, only down to that message: `models/9` of a
        checkpoint); "" when an id is unknown."""
        out = []
        for field_name, collection, message in self.parts:
            if field_name not in values:
                return ""
            out.append(f"{collection}/{values[field_name]}")
            if message == upto:
                return "/".join(out)
        return "" if upto else "/".join(out)


_ROUTE_RESOURCES: dict[str, RouteResource | None] = {}


def register_route(template: str, resource: RouteResource | None) -> None:
    """Remember the resource of a route template (called once per route by the route table);
    a template shared by several verbs keeps the resource any of them names."""
    if resource is not None or template not in _ROUTE_RESOURCES:
        _ROUTE_RESOURCES[template] = resource


def resource_of(template: str) -> RouteResource | None:
    """The resource of a route template: as registered by the route table, else derived from
    the template alone (and remembered)."""
    if template not in _ROUTE_RESOURCES:
        _ROUTE_RESOURCES[template] = RouteResource.of(template)
    return _ROUTE_RESOURCES[template]


def reason_name(reason: int) -> str:
    try:
        return R.Name(reason).removeprefix("ERROR_REASON_")
    except ValueError:
        return R.Name(R.ERROR_REASON_GATEWAY_INTERNAL_ERROR).removeprefix("ERROR_REASON_")


@dataclass
class GatewayError(Exception):
    """A failure on its way to the caller: code, message, reason and extra detail messages.

    Its message is always safe to send (clipped, without control characters, redacted of
    `secrets`), whoever sets it; `retry_after` is always within [0, MAX_UPSTREAM_DELAY]."""

    code: StatusCode
    message: str
    reason: int
    details: list[Message] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    retry_after: float | None = None  # seconds, when known
    secrets: tuple[str, ...] = field(default=(), repr=False, compare=False)  # never sent

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "message":
            value = clean_message(value, getattr(self, "secrets", ()))
        elif name == "retry_after":
            value = clamp_delay(value)
        elif name == "secrets":
            value = tuple(s for s in value if isinstance(s, str) and s)
            if "message" in self.__dict__:
                self.__dict__["message"] = clean_message(self.__dict__["message"], value)
        object.__setattr__(self, name, value)

    def __str__(self) -> str:
        return f"{self.code.name}: {self.message}"

    def hide(self, *secrets: str) -> "GatewayError":
        """Never let these values (the caller's token) leave in this error."""
        self.secrets = (*self.secrets, *secrets)
        return self

    def to_status(self, request_id: str = "") -> status_pb2.Status:
        """The google.rpc.Status to send: never raises, never exceeds DETAILS_BUDGET bytes,
        carries nothing `clean` would not let out."""
        code = self.code.value[0] if isinstance(self.code, StatusCode) else code_pb2.INTERNAL
        try:
            for text_limit, max_items in ((MAX_DETAIL_TEXT, MAX_VIOLATIONS), (64, 5)):
                status = self._status(code, request_id, text_limit, max_items, everything=True)
                if status.ByteSize() <= DETAILS_BUDGET:
                    return status
            status = self._status(code, request_id, 64, 5, everything=False)
            if status.ByteSize() <= DETAILS_BUDGET:
                return status
        except Exception:  # noqa: BLE001 (total: a status without details beats none)
            pass
        return status_pb2.Status(code=code, message=clean(self.message, 256, self.secrets))

    def _status(self, code: int, request_id: str, limit: int, max_items: int, everything: bool) -> status_pb2.Status:
        secrets = self.secrets
        info = error_details_pb2.ErrorInfo(reason=reason_name(self.reason), domain=DOMAIN)
        for key, value in self.metadata.items():
            info.metadata[clean(key, 64, secrets)] = clean(value, limit, secrets)
        details: list[Message] = [info]
        omitted = 0
        if everything:
            for detail in self.details:
                copy = type(detail)()
                copy.CopyFrom(detail)
                omitted += _sanitise(copy, limit, max_items, secrets)
                details.append(copy)
        if omitted:
            info.metadata["omitted_violations"] = str(omitted)
        if request_id:
            request_id = clean(request_id, 128, secrets)
            info.metadata["request_id"] = request_id
            details.append(error_details_pb2.RequestInfo(request_id=request_id))
        if self.retry_after is not None:
            details.append(error_details_pb2.RetryInfo(retry_delay=_duration(self.retry_after)))
        packed = []
        for detail in details:
            holder = any_pb2.Any()
            holder.Pack(detail)
            packed.append(holder)
        return status_pb2.Status(code=code, message=self.message, details=packed)


def _sanitise(msg: Message, limit: int, max_items: int, secrets: tuple[str, ...]) -> int:
    """Clean every string of `msg` in place and cap its repeated messages (the violation
    lists) at `max_items`; the number of entries left out."""
    omitted = 0
    for fd, value in msg.ListFields():
        if fd.message_type is not None and fd.message_type.GetOptions().map_entry:
            cleaned = {clean(k, 64, secrets): v for k, v in value.items()}
            if fd.message_type.fields_by_name["value"].type == _d.FieldDescriptor.TYPE_STRING:
                cleaned = {k: clean(v, limit, secrets) for k, v in cleaned.items()}
                msg.ClearField(fd.name)
                getattr(msg, fd.name).update(cleaned)
        elif fd.type == _d.FieldDescriptor.TYPE_MESSAGE:
            if fd.is_repeated:
                if len(value) > max_items:
                    omitted += len(value) - max_items
                    del value[max_items:]
                for item in value:
                    omitted += _sanitise(item, limit, max_items, secrets)
            else:
                omitted += _sanitise(value, limit, max_items, secrets)
        elif fd.type == _d.FieldDescriptor.TYPE_STRING:
            if fd.is_repeated:
                cleaned = [clean(v, limit, secrets) for v in value[:max_items]]
                omitted += max(len(value) - max_items, 0)
                del value[:]
                value.extend(cleaned)
            else:
                setattr(msg, fd.name, clean(value, limit, secrets))
    return omitted


def clean(value: Any, limit: int, secrets: Iterable[str] = ()) -> str:
    """What may leave the gateway of a string: valid UTF-8 without control characters, the
    secrets redacted, at most `limit` characters. Total: anything in, a safe string out."""
    try:
        text = value if isinstance(value, str) else str(value)
        text = text.encode("utf-8", "replace").decode("utf-8", "replace")  # lone surrogates -> ?
        text = _CONTROL.sub(" ", text)
        return _clip(redact(text, secrets).strip(), limit)
    except Exception:  # noqa: BLE001 (a str() that raises, a RecursionError: send nothing)
        return ""


def clean_message(value: Any, secrets: Iterable[str] = ()) -> str:
    """`clean` for a status message, also within MESSAGE_WIRE_BUDGET once percent-encoded
    (grpc-message carries each byte outside printable ASCII as three)."""
    text = clean(value, _MAX_MESSAGE, secrets)
    cost = 0
    for i, ch in enumerate(text):
        cost += 1 if " " <= ch <= "~" and ch != "%" else 3 * len(ch.encode("utf-8"))
        if cost > MESSAGE_WIRE_BUDGET - 9:  # room for the ellipsis (3 bytes, 9 encoded)
            return text[:i] + "…"
    return text


def clamp_delay(seconds: Any) -> float | None:
    """An upstream-supplied duration within [0, MAX_UPSTREAM_DELAY]; None if it is not one."""
    if seconds is None:
        return None
    try:
        seconds = float(seconds)
    except (TypeError, ValueError, OverflowError):
        return None
    if math.isnan(seconds):
        return None
    return min(max(seconds, 0.0), MAX_UPSTREAM_DELAY)


def _duration(seconds: float) -> duration_pb2.Duration:
    out = duration_pb2.Duration()
    out.FromNanoseconds(int((clamp_delay(seconds) or 0.0) * 1e9))
    return out


@dataclass(frozen=True)
class UpstreamReply:
    """An upstream HTTP answer that was not a success."""

    status: int
    body: bytes
    headers: Mapping[str, str]
    path: str  # the concrete upstream path (ids, never secrets)
    route: str  # the path template


def from_reply(
    reply: UpstreamReply, secrets: Iterable[str] = (), now: float | None = None, request: Message | None = None
) -> GatewayError:
    """The gateway error for any upstream status that is not 2xx. Total. With the `request`,
    the details also name resources whose ids are not in the path (a generation's model)."""
    secrets = tuple(secrets)
    message, violations = upstream_message(reply.body)
    message = clean_message(message or _reason_phrase(reply.status), secrets)
    violations = [
        error_details_pb2.BadRequest.FieldViolation(
            field=clean(v.field, MAX_DETAIL_TEXT, secrets), description=clean(v.description, MAX_DETAIL_TEXT, secrets)
        )
        for v in violations  # all of them: to_status lists MAX_VIOLATIONS and counts the rest
    ]
    code, reason = classify(reply.status, message)
    err = GatewayError(code, message, reason, metadata=_metadata(reply), secrets=secrets)
    err.retry_after = retry_after(_header(reply.headers, "retry-after"), now)
    if violations:
        err.details.append(error_details_pb2.BadRequest(field_violations=violations))
    try:
        _add_details(err, reply, request)
    except Exception:  # noqa: BLE001 (total: an error without details beats none)
        pass
    return err


def classify(status: int, message: str) -> tuple[StatusCode, int]:
    """The (code, reason) row for an HTTP status that is not 2xx, refined by the message where
    the upstream uses one status for two meanings."""
    if status == 403 and _QUOTA_WORDS.search(message):
        return StatusCode.RESOURCE_EXHAUSTED, R.ERROR_REASON_PLAN_QUOTA_EXCEEDED
    if status == 422 and _MODERATION_WORDS.search(message):
        return StatusCode.INVALID_ARGUMENT, R.ERROR_REASON_CONTENT_MODERATION_FAILED
    if status == 400 and _NOT_READY_WORDS.search(message):
        return StatusCode.FAILED_PRECONDITION, R.ERROR_REASON_RESOURCE_STATE_CONFLICT
    if status in TABLE:
        return TABLE[status]
    if 300 <= status < 400:
        return REDIRECT
    if 400 <= status < 500:
        return StatusCode.INVALID_ARGUMENT, R.ERROR_REASON_UPSTREAM_CLIENT_ERROR
    if 500 <= status < 600:
        return StatusCode.INTERNAL, R.ERROR_REASON_UPSTREAM_INTERNAL_ERROR
    return NOT_AN_ANSWER


def from_transport(kind: str, detail: str, route: str) -> GatewayError:
    """The gateway error for a failure without an HTTP answer (timeout, refused, reset, bad body)."""
    code, reason = TRANSPORT[kind]
    return GatewayError(code, detail, reason, metadata={"route": route})


def _header(headers: Any, name: str) -> str | None:
    try:
        value = headers.get(name)
    except Exception:  # noqa: BLE001 (undecodable header bytes)
        return None
    return value if isinstance(value, str) else None


def _metadata(reply: UpstreamReply) -> dict[str, str]:
    meta = {"upstream_status": str(reply.status), "route": reply.route}
    upstream_id = _header(reply.headers, "x-request-id") or _header(reply.headers, "request-id")
    if upstream_id:
        meta["upstream_request_id"] = upstream_id[:128]
    return meta


def _add_details(err: GatewayError, reply: UpstreamReply, request: Message | None) -> None:
    reason = err.reason
    if reason in (R.ERROR_REASON_UPSTREAM_RATE_LIMITED, R.ERROR_REASON_PLAN_QUOTA_EXCEEDED):
        what = "upstream rate limit" if reason == R.ERROR_REASON_UPSTREAM_RATE_LIMITED else "plan quota"
        violation = error_details_pb2.QuotaFailure.Violation(
            subject=f"organization:{reply.route}" if reason == R.ERROR_REASON_UPSTREAM_RATE_LIMITED else "organization",
            description=f"{what}: {err.message}",
        )
        err.details.append(error_details_pb2.QuotaFailure(violations=[violation]))
        return
    if err.code not in (StatusCode.NOT_FOUND, StatusCode.FAILED_PRECONDITION):
        return
    resource = resource_of(reply.route)
    values = resource.values(reply.path, request) if resource is not None else {}
    if err.code == StatusCode.NOT_FOUND:
        err.details.append(
            error_details_pb2.ResourceInfo(
                resource_type=resource.type if resource is not None else "",
                resource_name=resource.name(values) if resource is not None else "",
                description=err.message,
            )
        )
        return
    kind = "STATE" if reason == R.ERROR_REASON_RESOURCE_STATE_CONFLICT else "PRECONDITION"
    subject = ""
    if resource is not None:
        # A model that is not ready is the subject even of a call on one of its checkpoints.
        subject = resource.name(values, upto=MODEL) if _NOT_READY_WORDS.search(err.message) else ""
        subject = subject or resource.name(values)
    violation = error_details_pb2.PreconditionFailure.Violation(
        type=kind, subject=subject or reply.path, description=err.message
    )
    err.details.append(error_details_pb2.PreconditionFailure(violations=[violation]))


def upstream_message(body: bytes) -> tuple[str, list[error_details_pb2.BadRequest.FieldViolation]]:
    """The human message of an upstream error body in any of its shapes: JSON objects,
    envelopes, lists of field errors, bare JSON strings, or text/HTML from a proxy. Total:
    any bytes give a (message, violations) pair, the message at most _MAX_MESSAGE long."""
    try:
        text = bytes(body[:ERROR_BODY_LIMIT]).decode("utf-8", "replace").strip()
    except Exception:  # noqa: BLE001
        return "", []
    try:
        data = json.loads(text) if text else None
    except (ValueError, RecursionError):
        return _plain(text), []
    try:
        return _from_json(data)
    except Exception:  # noqa: BLE001 (a shape nobody foresaw: the text itself is the message)
        return _plain(text), []


def _from_json(data: Any) -> tuple[str, list]:
    if isinstance(data, str):
        return _clip(data), []
    if not isinstance(data, dict):
        return (_clip(_compact(data)) if data is not None else ""), []
    violations = []
    parts: list[str] = []
    err = data.get("error")
    if isinstance(err, dict):
        parts += [_text(err[k]) for k in ("message", "details") if err.get(k)]
    elif isinstance(err, str):
        parts.append(err)
    for key in ("message", "detail", "description"):
        if isinstance(data.get(key), str):
            parts.append(data[key])
    items = data.get("errors")
    for item in items if isinstance(items, list) else []:  # bounded by ERROR_BODY_LIMIT
        if isinstance(item, dict):
            msg = _text(item.get("msg") or item.get("message") or "")
            name = _text(item.get("field_name") or item.get("field") or "")
            parts.append(f"{name}: {msg}" if name else msg)
            if name:
                violations.append(error_details_pb2.BadRequest.FieldViolation(field=name, description=msg))
    if not parts and isinstance(data.get("status"), str):
        parts.append(f"status {data['status']}")
    return _clip("; ".join(dict.fromkeys(_clip(p) for p in parts))), violations


def _text(value: Any) -> str:
    """A JSON value as message text (strings as they are, anything else compact JSON)."""
    return _clip(value if isinstance(value, str) else _compact(value), MAX_DETAIL_TEXT * 4)


def _compact(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False)
    except (ValueError, TypeError, RecursionError):
        return "(unreadable JSON)"


def _plain(text: str) -> str:
    return _clip(_SPACE.sub(" ", html.unescape(_TAGS.sub(" ", text[: 4 * _MAX_MESSAGE]))).strip())


def _clip(text: str, limit: int = _MAX_MESSAGE) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` with every secret (as is, or percent-encoded as a URL would carry it) replaced."""
    for secret in secrets:
        if not secret:
            continue
        for form in {secret, quote(secret, safe="")}:
            if form in text:
                text = text.replace(form, "[redacted]")
    return text


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header given as delta-seconds or an HTTP date, clamped to
    [0, MAX_UPSTREAM_DELAY]; None for anything else. Total."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    if _DIGITS.fullmatch(value):
        digits = value.lstrip("0") or "0"
        return MAX_UPSTREAM_DELAY if len(digits) > 9 else clamp_delay(int(digits))
    if len(value) > 64:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
        delta = when.timestamp() - (time.time() if now is None else now)
    except Exception:  # noqa: BLE001 (TypeError, ValueError, OverflowError, IndexError, ...)
        return None
    return clamp_delay(delta)


def _reason_phrase(status: int) -> str:
    from http import HTTPStatus

    try:
        return f"upstream answered {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"upstream answered {status}"


CODE_NUMBERS = {c: c.value[0] for c in StatusCode}
assert CODE_NUMBERS[StatusCode.NOT_FOUND] == code_pb2.NOT_FOUND
