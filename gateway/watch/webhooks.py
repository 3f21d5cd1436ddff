"""The webhook endpoint. With a public callback URL configured, the `v2_generation` hook
(gateway/hooks.py) adds `webhook_url` to v2 submissions that do not carry their own and
remembers each accepted request id with its signing key (gateway/webhook_keys.py); this
endpoint verifies each delivery with that key (docs/upstream-contract.md#webhooks) and pushes
the verified state to the streams at once. Across replicas (cluster.py) the key is found in
Redis when another replica submitted the job, and the state is published to every replica's
streams. Polling stays the fallback."""

from __future__ import annotations

import json
import time
from typing import Any, Callable

from google.protobuf.message import Message

from .. import webhook_signing
from ..observability.metrics import Metrics
from ..observability.tracing import Tracing, fail
from ..routing.rules import Route
from . import resources
from ..webhook_keys import SigningKeys
from ..webhook_signing import matches
from .cluster import DOWN, Coordinator, publish_verified
from .hub import Hub
from .poller import observed
from .resources import Target

# Delivery headers, as the endpoint sees them (lower-cased).
ID_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER = (
    h.lower() for h in (webhook_signing.ID_HEADER, webhook_signing.TIMESTAMP_HEADER, webhook_signing.SIGNATURE_HEADER)
)
PATH = "/webhooks/bria"
SPAN_NAME = "POST " + PATH
SPAN_ATTRIBUTES = {"http.request.method": "POST", "http.route": PATH}


class WebhookBridge:
    def __init__(
        self,
        hub: Hub,
        *,
        keys: SigningKeys,
        status_route: Route,
        decode: Callable[[Route, Any], Message],
        metrics: Metrics,
        tolerance_seconds: float = 300.0,
        wall: Callable[[], float] = time.time,
        coordinator: Coordinator | None = None,
        tracing: Tracing | None = None,
    ):
        self._hub, self.keys, self._route, self._decode = hub, keys, status_route, decode
        self._coordinator = coordinator
        self._metrics, self._tolerance, self._wall = metrics, tolerance_seconds, wall
        self._tracing = tracing or Tracing()

    # --- HTTP side ---------------------------------------------------------------------
    async def deliver(self, headers: dict[str, str], body: bytes) -> int:
        """Verify one delivery and push its state to this replica's streams and, with a
        coordinator, to every replica's; the HTTP status to answer with. Traced as one SERVER
        span (continuing a `traceparent` if the sender sent one), with the publication to the
        other replicas as its child."""
        with self._tracing.server(SPAN_NAME, SPAN_ATTRIBUTES, headers) as span:
            code, outcome = await self._verify_and_push(headers, body)
            self._metrics.webhook_deliveries.labels(outcome).inc()
            if span.is_recording():
                span.set_attribute("http.response.status_code", code)
                span.set_attribute("gateway.webhook.outcome", outcome)
                if code >= 500:  # a refused delivery (4xx) is the sender's fault, not this server's
                    fail(span, outcome)
            return code

    async def _verify_and_push(self, headers: dict[str, str], body: bytes) -> tuple[int, str]:
        request_id = headers.get(ID_HEADER, "")
        known = await self.keys.lookup(request_id)
        if known is None:
            return 401, "unknown_request"
        key, org = known
        timestamp = headers.get(TIMESTAMP_HEADER, "")
        if not matches(key, request_id, timestamp, body, headers.get(SIGNATURE_HEADER, "")) or not self._fresh(timestamp):
            self._metrics.webhook_signature_failures.inc()
            return 401, "bad_signature"
        try:
            status = self._decode(self._route, json.loads(body))
        except Exception:  # a signed body we cannot read: the poller will learn the state
            return 400, "malformed"
        target, state = Target(resources.V2_JOB, (request_id,)), resources.W.WatchJobResponse(status=status)
        self._hub.push(target, org, state)
        if self._coordinator is not None:
            with self._tracing.internal("watch.publish"):
                published = await publish_verified(
                    self._coordinator, target, org, observed(resources.V2_JOB, state, self._wall()))
            if published == DOWN:
                # This replica's streams have it; the others would wait for a poll (or a lease).
                # Ask the sender to deliver again: a repeat reaches nobody twice.
                return 503, "unpublished"
        return 204, "accepted"

    def _fresh(self, timestamp: str) -> bool:
        if self._tolerance <= 0:
            return True
        try:
            return abs(self._wall() - float(timestamp)) <= self._tolerance
        except ValueError:
            return False
