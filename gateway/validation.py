"""Contract validation (protovalidate rules in the protos) before any upstream call, plus the
rules every contract implies without saying: numbers are finite (JSON has no NaN or Infinity,
so a non-finite double could only reach the upstream as invalid JSON)."""

from __future__ import annotations

import math
from typing import Iterator

import protovalidate
from google.protobuf import descriptor as d
from google.protobuf.message import Message
from google.rpc import error_details_pb2
from grpc import StatusCode

from .errors import MAX_VIOLATIONS, R, GatewayError

_FLOATS = (d.FieldDescriptor.TYPE_DOUBLE, d.FieldDescriptor.TYPE_FLOAT)


class RequestValidator:
    """Refuses requests that break the contract's rules, naming every violated field."""

    def __init__(self) -> None:
        self._validator = protovalidate.Validator()

    def check(self, request: Message) -> None:
        fields = list(non_finite(request))
        violations = self._validator.collect_violations(request)
        fields += [_field_violation(request, v.proto) for v in violations]
        if not fields:
            return
        listed = "; ".join(f"{f.field or '(request)'}: {f.description}" for f in fields[:MAX_VIOLATIONS])
        if len(fields) > MAX_VIOLATIONS:
            listed += f"; and {len(fields) - MAX_VIOLATIONS} more"
        raise GatewayError(
            StatusCode.INVALID_ARGUMENT,
            f"invalid request: {listed}",
            R.ERROR_REASON_REQUEST_INVALID,
            [error_details_pb2.BadRequest(field_violations=fields)],
        )


def non_finite(msg: Message, prefix: str = "") -> Iterator[error_details_pb2.BadRequest.FieldViolation]:
    """A violation for every float or double of `msg` (at any depth, in lists and maps) that is
    NaN or infinite."""
    for field, value in msg.ListFields():
        path = prefix + field.name
        if field.message_type is not None and field.message_type.GetOptions().map_entry:
            value_field = field.message_type.fields_by_name["value"]
            for key, item in value.items():
                yield from _check(value_field, item, f"{path}[{key!r}]")
        elif field.is_repeated:
            for i, item in enumerate(value):
                yield from _check(field, item, f"{path}[{i}]")
        else:
            yield from _check(field, value, path)


def _check(field: d.FieldDescriptor, value, path: str) -> Iterator[error_details_pb2.BadRequest.FieldViolation]:
    if field.type in _FLOATS:
        if not math.isfinite(value):
            kind = "double" if field.type == d.FieldDescriptor.TYPE_DOUBLE else "float"
            yield error_details_pb2.BadRequest.FieldViolation(
                field=path, description="must be a finite number (not NaN or infinite)", reason=f"{kind}.finite"
            )
    elif field.type == d.FieldDescriptor.TYPE_MESSAGE:
        yield from non_finite(value, path + ".")


def _field_violation(request: Message, v) -> error_details_pb2.BadRequest.FieldViolation:
    description = v.message or v.rule_id
    oneof = _oneof_of(request.DESCRIPTOR, v)
    if oneof is not None and v.rule_id == "required":
        # protovalidate's text ("exactly one field is required in oneof") names no field.
        names = ", ".join(f"`{f.name}`" for f in oneof.fields)
        description = f"exactly one of {names} is required"
    return error_details_pb2.BadRequest.FieldViolation(
        field=field_path(request, v), description=description, reason=v.rule_id
    )


def _oneof_of(desc: d.Descriptor, v) -> d.OneofDescriptor | None:
    """The oneof a violation's path ends at (protovalidate names a oneof like a field), or None."""
    if v.field is None or not v.field.elements:
        return None
    *parents, last = v.field.elements
    for element in parents:
        field = desc.fields_by_name.get(element.field_name)
        if field is None or field.message_type is None:
            return None
        desc = field.message_type
        if desc.GetOptions().map_entry:
            value = desc.fields_by_name["value"]
            if value.message_type is None:
                return None
            desc = value.message_type
    return desc.oneofs_by_name.get(last.field_name)


def field_path(request: Message, v) -> str:
    """`a.b[2].c` from a violation's path; for a message-level rule without a path, the field
    its id names by the contract's convention (`<field_name>.<rule>`)."""
    if v.field is not None and v.field.elements:
        parts = []
        for element in v.field.elements:
            name = element.field_name
            sub = getattr(element, "subscript", None)
            if sub is not None:
                name += f"[{sub.value!r}]" if sub.field == "string_key" else f"[{sub.value}]"
            parts.append(name)
        return ".".join(parts)
    head = (v.rule_id or "").split(".", 1)[0]
    return head if head in request.DESCRIPTOR.fields_by_name else ""


def parse_request(cls: type[Message], raw: bytes) -> Message:
    """The request message from its wire bytes; bytes that are not one (truncated, wrong wire
    types, invalid UTF-8 in a string field, nesting beyond the parser's limit) are the
    caller's error: INVALID_ARGUMENT, never the UNKNOWN gRPC would answer for a failed
    deserializer."""
    try:
        return cls.FromString(raw)
    except Exception:  # noqa: BLE001 (DecodeError, RecursionError, TypeError on non-bytes)
        name = cls.DESCRIPTOR.full_name
        violation = error_details_pb2.BadRequest.FieldViolation(
            field="", description=f"not a valid {name} (malformed protobuf or invalid UTF-8 in a string)",
            reason="request.decode",
        )
        raise GatewayError(
            StatusCode.INVALID_ARGUMENT, f"invalid request: the request bytes are not a valid {name}",
            R.ERROR_REASON_REQUEST_INVALID, [error_details_pb2.BadRequest(field_violations=[violation])],
        ) from None


def parsing(cls: type[Message], fn):
    """The coroutine function `fn(request, context, state)` for a unary handler registered
    without a deserializer: parses the raw bytes with parse_request first."""

    async def unary(raw, context, state):
        return await fn(parse_request(cls, raw), context, state)

    return unary


def parsing_stream(cls: type[Message], fn):
    """`parsing` for a server-streaming `fn(request, context, state)` returning an async
    iterator: a plain function, so undecodable bytes raise when it is called, and no wrapping
    generator stays alive for the whole stream."""

    def stream(raw, context, state):
        return fn(parse_request(cls, raw), context, state)

    return stream
