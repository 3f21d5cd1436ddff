"""The one extension point of the pipeline: a Hook sees a call before its upstream request and
rewrites the upstream answer after it. Hooks are listed per route in the contract
(`option (route) = {hook: "..."}`); the route table refuses unknown names, and the composition
root builds each named hook once and hands the set to the dispatcher.

    before(route, request, caller)  may complete the request (it is the caller's own message)
    after(route, request, reply)    (async) returns the upstream JSON payload to decode (never
                                    mutates it)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Mapping, Protocol

from google.protobuf.message import Message

from .credentials import Caller
from .webhook_keys import SigningKeys

if TYPE_CHECKING:
    from .routing.rules import Route

_RESULT_KEYS = ("image_url", "video_url", "structured_prompt", "seed", "prompt", "refined_prompt")
_ENVELOPE_KEYS = ("request_id", "status_url", "warning")


@dataclass(frozen=True)
class Reply:
    """A successful upstream answer, as hooks see it."""

    status: int
    payload: Any  # the decoded JSON
    caller: Caller


class Hook(Protocol):
    def before(self, route: "Route", request: Message, caller: Caller) -> None: ...

    async def after(self, route: "Route", request: Message, reply: Reply) -> Any: ...


def v2_envelope(status: int, payload: Any) -> Any:
    """v2 sync answers come flat (`{image_url, structured_prompt}`, the newest spec) or
    enveloped (`{"result": {...}, "request_id"}`, sibling specs and the SDK): make both the
    envelope. 202 answers (`{request_id, status_url}`) pass unchanged."""
    if not isinstance(payload, dict) or isinstance(payload.get("result"), dict):
        return payload
    result = {k: payload[k] for k in _RESULT_KEYS if k in payload}
    if not result:
        return payload
    out = {k: payload[k] for k in _ENVELOPE_KEYS if k in payload}
    out["result"] = result
    return out


class V2Generation:
    """`v2_generation`: the v2 generation family. With a public callback URL, async submissions
    that name no webhook of their own get the gateway's, and each accepted request id is
    remembered with its signing key so the webhook endpoint can verify Bria's delivery. Answers
    are normalised to the envelope layout."""

    name = "v2_generation"

    def __init__(self, public_url: str = "", keys: SigningKeys | None = None):
        self.public_url = public_url
        self.keys = keys

    def before(self, route: "Route", request: Message, caller: Caller) -> None:
        if not self.public_url or getattr(request, "sync", False):
            return
        if "webhook_url" in request.DESCRIPTOR.fields_by_name and not request.webhook_url:
            request.webhook_url = self.public_url

    async def after(self, route: "Route", request: Message, reply: Reply) -> Any:
        if (
            reply.status == 202
            and self.keys is not None
            and self.public_url
            and getattr(request, "webhook_url", "") == self.public_url
            and isinstance(reply.payload, dict)
        ):
            request_id = reply.payload.get("request_id")
            if isinstance(request_id, str) and request_id:
                # Stored (in Redis too, when shared) before the caller learns the request id, so
                # a delivery can never reach a replica before the key it must be verified with.
                await self.keys.remember(request_id, reply.caller.token)
        return v2_envelope(reply.status, reply.payload)


# The hook names the contract may use, with what builds each (the composition root calls it).
HOOKS: Mapping[str, type] = {V2Generation.name: V2Generation}
