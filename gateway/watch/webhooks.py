"""The webhook bridge. With a public callback URL configured, the gateway adds `webhook_url`
to v2 submissions that do not carry their own, remembers each accepted request id with the
signing key derived from the caller's token (never the token, never logged; bounded, oldest
forgotten first), and serves an HTTP endpoint that verifies each delivery (docs/upstream-contract.md#webhooks)
and pushes the verified state to the streams at once. Polling stays the fallback."""

from __future__ import annotations

import json
import time
from collections import OrderedDict
from typing import Any, Callable

from google.protobuf.message import Message

from .. import webhook_signing
from ..credentials import org_of
from ..observability.metrics import Metrics
from ..routing.codec import Codec
from ..routing.rules import Route
from ..routing.transcode import to_response
from . import resources
from ..webhook_signing import matches, signing_key
from .hub import Hub
from .resources import Target

# Delivery headers, as the endpoint sees them (lower-cased).
ID_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER = (
    h.lower() for h in (webhook_signing.ID_HEADER, webhook_signing.TIMESTAMP_HEADER, webhook_signing.SIGNATURE_HEADER)
)
PATH = "/webhooks/bria"
_V2_HOOK = "v2_generation"


class SigningKeys:
    """request id -> (signing key, org of the token), at most `limit` entries."""

    def __init__(self, limit: int):
        self._limit = limit
        self._keys: OrderedDict[str, tuple[bytes, str]] = OrderedDict()

    def remember(self, request_id: str, token: str) -> None:
        self._keys[request_id] = (signing_key(token), org_of(token))
        self._keys.move_to_end(request_id)
        while len(self._keys) > self._limit:
            self._keys.popitem(last=False)

    def get(self, request_id: str) -> tuple[bytes, str] | None:
        return self._keys.get(request_id)

    def __len__(self) -> int:
        return len(self._keys)


class WebhookBridge:
    def __init__(
        self,
        hub: Hub,
        *,
        public_url: str,
        status_route: Route,
        codec: Codec,
        metrics: Metrics,
        max_keys: int = 100_000,
        tolerance_seconds: float = 300.0,
        wall: Callable[[], float] = time.time,
    ):
        self._hub, self.public_url, self._route, self._codec = hub, public_url, status_route, codec
        self._metrics, self._tolerance, self._wall = metrics, tolerance_seconds, wall
        self.keys = SigningKeys(max_keys)

    # --- dispatcher side: one hook around every unary call --------------------------------
    def before(self, route: Route, request: Message) -> None:
        """Ask Bria to call back on async v2 submissions that name no webhook of their own."""
        if not self.public_url or route.hook != _V2_HOOK or getattr(request, "sync", False):
            return
        if "webhook_url" in request.DESCRIPTOR.fields_by_name and not request.webhook_url:
            request.webhook_url = self.public_url

    def after(self, route: Route, request: Message, status: int, payload: Any, token: str) -> None:
        """Remember the signing key of each accepted job that will call back here."""
        if route.hook != _V2_HOOK or status != 202 or not isinstance(payload, dict):
            return
        if not self.public_url or getattr(request, "webhook_url", "") != self.public_url:
            return
        request_id = payload.get("request_id")
        if isinstance(request_id, str) and request_id:
            self.keys.remember(request_id, token)

    # --- HTTP side ---------------------------------------------------------------------
    def deliver(self, headers: dict[str, str], body: bytes) -> int:
        """Verify one delivery and push its state; the HTTP status to answer with."""
        request_id = headers.get(ID_HEADER, "")
        known = self.keys.get(request_id)
        if known is None:
            return self._reject("unknown_request", 401)
        key, org = known
        timestamp = headers.get(TIMESTAMP_HEADER, "")
        if not matches(key, request_id, timestamp, body, headers.get(SIGNATURE_HEADER, "")) or not self._fresh(timestamp):
            self._metrics.webhook_signature_failures.inc()
            return self._reject("bad_signature", 401)
        try:
            status = to_response(self._route, json.loads(body), self._codec)
        except Exception:  # a signed body we cannot read: the poller will learn the state
            return self._reject("malformed", 400)
        self._hub.push(Target(resources.V2_JOB, (request_id,)), org, resources.W.WatchJobResponse(status=status))
        self._metrics.webhook_deliveries.labels("accepted").inc()
        return 204

    def _fresh(self, timestamp: str) -> bool:
        if self._tolerance <= 0:
            return True
        try:
            return abs(self._wall() - float(timestamp)) <= self._tolerance
        except ValueError:
            return False

    def _reject(self, outcome: str, code: int) -> int:
        self._metrics.webhook_deliveries.labels(outcome).inc()
        return code

    async def asgi(self, scope, receive, send) -> None:
        """The endpoint: `POST /webhooks/bria`; anything else is 404/405."""
        if scope["type"] != "http":
            return
        if scope["path"] != PATH:
            code = 404
        elif scope["method"] != "POST":
            code = 405
        else:
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
            code = self.deliver(headers, await _body(receive))
        await send({"type": "http.response.start", "status": code, "headers": [(b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})


async def _body(receive, limit: int = 1 << 20) -> bytes:
    chunks, size = [], 0
    while True:
        message = await receive()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size <= limit:
            chunks.append(chunk)
        if not message.get("more_body"):
            return b"".join(chunks)
