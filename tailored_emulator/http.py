"""Minimal ASGI plumbing: a route table with templates, replies, and body/header helpers.

Plain ASGI (no framework per-request objects) keeps the emulator cheap under benchmarks.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable
from urllib.parse import parse_qs

_PARAM = re.compile(r"\{(\w+)\}")


@dataclass(slots=True)
class Reply:
    status: int
    body: bytes = b""
    content_type: str | None = "application/json"
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)


def json_reply(status: int, payload: Any, headers: dict[str, str] | None = None) -> Reply:
    body = json.dumps(payload, separators=(",", ":")).encode()
    extra = [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    return Reply(status, body, "application/json", extra)


def empty_reply(status: int = 204) -> Reply:
    return Reply(status, b"", None)


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    handler: Callable[..., Any]
    family: str
    auth: bool = True  # needs api_token; also subject to rate limit, quota and faults
    pattern: re.Pattern[str] | None = None


def route(method: str, template: str, handler: Callable[..., Any], family: str,
          auth: bool = True) -> Route:
    regex = "^" + _PARAM.sub(r"(?P<\1>[^/]+)", re.escape(template).replace(r"\{", "{").replace(r"\}", "}")) + "/?$"
    return Route(method, template, handler, family, auth, re.compile(regex))


class Router:
    """Static paths by dict lookup; templated paths by regex, tried in declaration order."""

    def __init__(self, routes: list[Route]) -> None:
        self._static: dict[tuple[str, str], Route] = {}
        self._dynamic: dict[str, list[Route]] = {}
        self._paths: list[Route] = routes
        for r in routes:
            if "{" in r.template:
                self._dynamic.setdefault(r.method, []).append(r)
            else:
                self._static[(r.method, r.template)] = r

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        found = self._static.get((method, path.rstrip("/") or "/"))
        if found is not None:
            return found, {}
        for r in self._dynamic.get(method, ()):
            m = r.pattern.match(path)  # type: ignore[union-attr]
            if m is not None:
                return r, m.groupdict()
        return None

    def allows_other_method(self, path: str) -> bool:
        return any(r.pattern.match(path) for r in self._paths)  # type: ignore[union-attr]


async def read_body(receive: Callable[[], Awaitable[dict]]) -> bytes:
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


def header(scope: dict, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return value.decode("latin-1")
    return None


def query(scope: dict) -> dict[str, str]:
    raw = scope.get("query_string", b"")
    if not raw:
        return {}
    return {k: v[-1] for k, v in parse_qs(raw.decode("latin-1")).items()}


def base_url(scope: dict, public_url: str | None) -> str:
    if public_url:
        return public_url.rstrip("/")
    host = header(scope, b"host")
    if host is None:
        server = scope.get("server") or ("127.0.0.1", 80)
        host = f"{server[0]}:{server[1]}"
    return f"{scope.get('scheme', 'http')}://{host}"


async def send_reply(send: Callable[[dict], Awaitable[None]], reply: Reply) -> None:
    headers = list(reply.headers)
    if reply.content_type is not None:
        headers.append((b"content-type", reply.content_type.encode()))
    if reply.status != 204 and reply.status >= 200:
        headers.append((b"content-length", str(len(reply.body)).encode()))
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": reply.body if reply.status != 204 else b""})
