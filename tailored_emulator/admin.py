"""The admin API under `/_emulator/...` (never needs api_token; never counted as upstream)."""
from __future__ import annotations

import dataclasses
import json
from typing import Any, Awaitable, Callable

from .config import FaultRule
from .control import Emulator
from .http import Reply, base_url, empty_reply, header, json_reply, query
from .resources import iso

Handler = Callable[[Emulator, dict, bytes], Awaitable[Reply]]


def _json(raw: bytes) -> dict[str, Any]:
    value = json.loads(raw) if raw.strip() else {}
    if not isinstance(value, dict):
        raise ValueError("body must be a JSON object")
    return value


async def health(emu: Emulator, scope: dict, raw: bytes) -> Reply:
    return json_reply(200, {"status": "ok"})


async def reset(emu: Emulator, scope: dict, raw: bytes) -> Reply:
    emu.reset()
    return json_reply(200, {"reset": True})


async def get_clock(emu: Emulator, scope: dict, raw: bytes) -> Reply:
    now = emu.clock.now()
    return json_reply(200, {"now": now, "iso": iso(now)})


async def advance(emu: Emulator, scope: dict, raw: bytes) -> Reply:
    now = emu.advance(float(_json(raw).get("seconds", 0)))
    return json_reply(200, {"now": now, "iso": iso(now)})


async def get_config(emu: Emulator, scope: dict, raw: bytes) -> Reply:
    return json_reply(200, emu.config.to_json())


async def put_config(emu: Emulator, scope: dict, raw: bytes) -> Reply:
    try:
        emu.update_config(**_json(raw))
    except KeyError as exc:
        return json_reply(400, {"message": f"unknown config key {exc}"})
    return json_reply(200, emu.config.to_json())


async def list_faults(emu: Emulator, scope: dict, raw: bytes) -> Reply:
    return json_reply(200, [f.to_json() for f in emu.faults.list()])


async def add_fault(emu: Emulator, scope: dict, raw: bytes) -> Reply:
    fields = {f.name for f in dataclasses.fields(FaultRule)}
    body = _json(raw)
    unknown = set(body) - fields
    if unknown:
        return json_reply(400, {"message": f"unknown fault fields {sorted(unknown)}"})
    fault = emu.faults.add(FaultRule(**body))
    return json_reply(201, fault.to_json())


async def clear_faults(emu: Emulator, scope: dict, raw: bytes) -> Reply:
    emu.clear_faults()
    return empty_reply(204)


async def get_requests(emu: Emulator, scope: dict, raw: bytes) -> Reply:
    q = query(scope)
    return json_reply(200, emu.requests(q.get("method"), q.get("route")))


async def clear_requests(emu: Emulator, scope: dict, raw: bytes) -> Reply:
    emu.clear_requests()
    return empty_reply(204)


async def upload_file(emu: Emulator, scope: dict, raw: bytes) -> Reply:
    name = query(scope).get("name", "upload.bin")
    kind = header(scope, b"content-type") or "application/octet-stream"
    path = emu.put_file(raw, name, kind)
    url = base_url(scope, emu.config.public_url) + path
    return json_reply(201, {"id": path.split("/")[2], "path": path, "url": url, "size": len(raw)})


async def webhooks(emu: Emulator, scope: dict, raw: bytes) -> Reply:
    await emu.drain_webhooks()
    return json_reply(200, emu.webhook_deliveries())


ROUTES: dict[tuple[str, str], Handler] = {
    ("GET", "/_emulator/health"): health,
    ("POST", "/_emulator/reset"): reset,
    ("GET", "/_emulator/clock"): get_clock,
    ("POST", "/_emulator/clock/advance"): advance,
    ("GET", "/_emulator/config"): get_config,
    ("PUT", "/_emulator/config"): put_config,
    ("GET", "/_emulator/faults"): list_faults,
    ("POST", "/_emulator/faults"): add_fault,
    ("DELETE", "/_emulator/faults"): clear_faults,
    ("GET", "/_emulator/requests"): get_requests,
    ("DELETE", "/_emulator/requests"): clear_requests,
    ("POST", "/_emulator/files"): upload_file,
    ("GET", "/_emulator/webhooks"): webhooks,
}


async def handle(emu: Emulator, method: str, path: str, scope: dict, raw: bytes) -> Reply:
    path = path.rstrip("/")
    if method == "DELETE" and path.startswith("/_emulator/faults/"):
        ok = emu.faults.remove(int(path.rsplit("/", 1)[1]) if path.rsplit("/", 1)[1].isdigit() else -1)
        return empty_reply(204) if ok else json_reply(404, {"message": "fault not found"})
    handler = ROUTES.get((method, path))
    if handler is None:
        return json_reply(404, {"message": "unknown admin endpoint"})
    try:
        return await handler(emu, scope, raw)
    except (ValueError, TypeError) as exc:
        return json_reply(400, {"message": str(exc)})
