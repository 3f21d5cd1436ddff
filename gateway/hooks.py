"""Named hooks: the few places where an RPC needs more than the generic transcoding. Each is
referenced by name from the contract (`option (route) = {hook: "..."}`); the route table
refuses to start when a name is unknown."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping

_RESULT_KEYS = ("image_url", "video_url", "structured_prompt", "seed", "prompt", "refined_prompt")
_ENVELOPE_KEYS = ("request_id", "status_url", "warning")


@dataclass(frozen=True)
class Hook:
    # Rewrites the upstream JSON payload of a successful answer before it is decoded.
    after: Callable[[int, Any], Any]


def v2_generation(status: int, payload: Any) -> Any:
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


HOOKS: Mapping[str, Hook] = {"v2_generation": Hook(after=v2_generation)}
