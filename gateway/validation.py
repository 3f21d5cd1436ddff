"""Contract validation (protovalidate rules in the protos) before any upstream call."""

from __future__ import annotations

import protovalidate
from google.protobuf.message import Message
from google.rpc import error_details_pb2
from grpc import StatusCode

from .errors import R, GatewayError


class RequestValidator:
    """Refuses requests that break the contract's rules, naming every violated field."""

    def __init__(self) -> None:
        self._validator = protovalidate.Validator()

    def check(self, request: Message) -> None:
        violations = self._validator.collect_violations(request)
        if not violations:
            return
        fields = [_field_violation(request, v.proto) for v in violations]
        summary = "; ".join(f"{f.field or '(request)'}: {f.description}" for f in fields)
        raise GatewayError(
            StatusCode.INVALID_ARGUMENT,
            f"invalid request: {summary}",
            R.ERROR_REASON_REQUEST_INVALID,
            [error_details_pb2.BadRequest(field_violations=fields)],
        )


def _field_violation(request: Message, v) -> error_details_pb2.BadRequest.FieldViolation:
    return error_details_pb2.BadRequest.FieldViolation(
        field=field_path(request, v), description=v.message or v.rule_id, reason=v.rule_id
    )


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
