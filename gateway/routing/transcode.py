"""Request message -> upstream call, and upstream JSON -> response message (pure functions)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from google.protobuf.message import Message
from google.rpc import error_details_pb2
from grpc import StatusCode

from .. import errors
from .codec import Codec
from .rules import Route
from .template import UnsafePathValue

# What the codec raises on JSON it cannot hold in the response message (numbers out of range,
# timestamps out of range, lone surrogates, nesting deeper than the interpreter's stack).
DECODE_FAILURES = (ValueError, TypeError, OverflowError, RecursionError)


@dataclass(frozen=True)
class UpstreamCall:
    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    body: Any  # a JSON-ready value, or None for no body


def to_call(route: Route, request: Message, codec: Codec) -> UpstreamCall:
    """The REST call a request stands for: path variables from their fields, then the body
    (`*`: every other field; a field name: that field) or, without a body, query parameters."""
    path_fields = route.template.fields
    try:
        path = route.template.expand({name: getattr(request, name) for name in path_fields})
    except UnsafePathValue as exc:
        violation = error_details_pb2.BadRequest.FieldViolation(
            field=exc.field, description="must not be empty, '.' or '..': it fills one path segment",
            reason="path_segment",
        )
        raise errors.GatewayError(
            StatusCode.INVALID_ARGUMENT, f"invalid request: {exc}", errors.R.ERROR_REASON_REQUEST_INVALID,
            [error_details_pb2.BadRequest(field_violations=[violation])],
        ) from None
    rest = frozenset(path_fields)
    if route.body == "*":
        return UpstreamCall(route.http_method, path, (), codec.encode(request, rest))
    if route.body:
        field = getattr(request, route.body)
        body = codec.encode(field) if isinstance(field, Message) else field
        return UpstreamCall(route.http_method, path, (), body)
    return UpstreamCall(route.http_method, path, _query(codec.encode(request, rest)), None)


def _query(params: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for key, value in params.items():
        for item in value if isinstance(value, list) else [value]:
            out.append((key, _query_value(item)))
    return tuple(out)


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def to_response(route: Route, payload: Any, codec: Codec) -> Message:
    """The response message for an upstream JSON payload (None for an empty 2xx body). A
    payload of the wrong shape (a list or a scalar where an object belongs) or one the message
    cannot hold raises the `malformed` GatewayError: a 2xx answer is never silently emptied."""
    if payload is None:
        return route.response_cls()
    try:
        if route.response_body:
            field = route.response_cls.DESCRIPTOR.fields_by_name[route.response_body]
            if field.message_type is not None and not isinstance(payload, (list, dict) if field.is_repeated else dict):
                raise TypeError(f"{route.response_body} must be a JSON object or list")
            payload = {route.response_body: payload}
        elif not isinstance(payload, dict):
            raise TypeError("the body must be a JSON object")
        message = codec.decode(payload, route.response_cls)
        message.ByteSize()  # everything set can be serialised
        return message
    except DECODE_FAILURES as exc:
        raise errors.from_transport(
            "malformed", f"the upstream's answer does not fit {route.response_cls.DESCRIPTOR.name} ({type(exc).__name__})",
            route.template.template,
        ) from None
