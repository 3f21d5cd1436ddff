"""Request message -> upstream call, and upstream JSON -> response message (pure functions)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from google.protobuf.message import Message

from .codec import Codec
from .rules import Route


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
    path = route.template.expand({name: getattr(request, name) for name in path_fields})
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
    """The response message for an upstream JSON payload (None for an empty 2xx body)."""
    if payload is None:
        return route.response_cls()
    if route.response_body:
        payload = {route.response_body: payload}
    return codec.decode(payload, route.response_cls)
