"""THE pipeline every upstream-facing unary RPC goes through:
validate -> identify the caller -> quota -> hooks (before) -> transcode -> upstream -> map errors
-> hooks (after) -> decode.

Watch streams read resources through the same route and error tables, but only through the
narrow `ResourceReader` protocol the composition root hands them."""

from __future__ import annotations

import time
from typing import Any, Mapping, Protocol

from google.protobuf.message import Message

from . import errors
from .credentials import Credentials
from .hooks import Hook, Reply
from .observability.metrics import Metrics
from .observability.rpc import CallState
from .observability.tracing import Tracing, fail
from .quota.limiter import Limiter, org_of
from .routing.codec import Codec
from .routing.rules import Route
from .routing.transcode import to_call, to_response
from .upstream import Upstream
from .validation import RequestValidator

USER_AGENT = "tailored-gateway/0.1"


class ResourceReader(Protocol):
    """What a poller may do with the pipeline: fetch one resource's state, and decode a payload
    of a route's upstream answer (a webhook delivery) into that route's response message."""

    async def read(
        self, route: Route, request: Message, token: str, state: CallState, deadline: float | None
    ) -> Message: ...

    def decode(self, route: Route, payload: Any) -> Message: ...


class Dispatcher:
    def __init__(
        self,
        *,
        codec: Codec,
        upstream: Upstream,
        validator: RequestValidator,
        credentials: Credentials,
        routes: Mapping[str, Route],
        hooks: Mapping[str, Hook],
        metrics: Metrics,
        limiter: Limiter | None = None,
        tracing: Tracing | None = None,
    ):
        self.codec = codec
        self.upstream = upstream
        self.validator = validator
        self.credentials = credentials
        self.metrics = metrics
        self.limiter = limiter  # quotas: refuses before the upstream, learns from its 429s
        self.tracing = tracing or Tracing()
        # Each route's hooks, resolved once from the names the route table lists.
        self._hooks: Mapping[str, tuple[Hook, ...]] = {
            method: (hooks[route.hook],) for method, route in routes.items() if route.hook
        }

    def handler(self, route: Route):
        async def run(request: Message, context: Any, state: CallState) -> Message:
            return await self.dispatch(route, request, state, _deadline(context))

        return run

    async def dispatch(self, route: Route, request: Message, state: CallState, deadline: float | None) -> Message:
        token = ""
        try:
            self.validator.check(request)
            caller = self.credentials.resolve(state.metadata)
            token = caller.token
            state.tenant = caller.tenant
            if self.limiter is not None:
                await self._admit(caller.tenant, caller.token, route, request)
            hooks = self._hooks.get(route.full_method, ())
            for hook in hooks:
                hook.before(route, request, caller)
            payload, status = await self.send(route, request, caller.token, state, deadline)
            for hook in hooks:
                payload = await hook.after(route, request, Reply(status, payload, caller))
            return to_response(route, payload, self.codec)
        except errors.GatewayError as err:
            raise err.hide(token) if token else err

    async def _admit(self, tenant: str, token: str, route: Route, request: Message) -> None:
        """The quota decision, as a span of its own (`quota.admit`): `quota.outcome` is
        `admitted` or `refused`, and a refusal names the quota that refused (`quota.name`)."""
        with self.tracing.internal("quota.admit", {"gateway.tenant": tenant}) as span:
            try:
                await self.limiter.admit(tenant, token, route, request)
            except errors.GatewayError as err:
                if span.is_recording():
                    span.set_attribute("quota.outcome", "refused")
                    span.set_attribute("quota.name", err.metadata.get("quota", ""))
                    fail(span, errors.R.Name(err.reason).removeprefix("ERROR_REASON_"))
                raise
            except BaseException as exc:
                fail(span, type(exc).__name__)
                raise
            if span.is_recording():
                span.set_attribute("quota.outcome", "admitted")

    async def read(
        self, route: Route, request: Message, token: str, state: CallState, deadline: float | None
    ) -> Message:
        """ResourceReader: one resource's state through the route and error tables (no quota,
        no hooks: pollers spend the upstream budget themselves)."""
        payload, _ = await self.send(route, request, token, state, deadline)
        return to_response(route, payload, self.codec)

    def decode(self, route: Route, payload: Any) -> Message:
        """ResourceReader: `payload` as `route`'s response message (malformed -> GatewayError)."""
        return to_response(route, payload, self.codec)

    async def send(
        self, route: Route, request: Message, token: str, state: CallState, deadline: float | None
    ) -> tuple[Any, int]:
        """One upstream round trip for `request`: the decoded JSON payload and HTTP status, or
        a GatewayError that keeps the upstream's meaning and message."""
        try:
            return await self._send(route, request, token, state, deadline)
        except errors.GatewayError as err:
            raise err.hide(token)

    async def _send(
        self, route: Route, request: Message, token: str, state: CallState, deadline: float | None
    ) -> tuple[Any, int]:
        call = to_call(route, request, self.codec)
        headers = {"api_token": token, "x-request-id": state.request_id, "user-agent": USER_AGENT}
        template = route.template.template
        started = time.perf_counter()
        try:
            reply = await self.upstream.call(
                call, headers, deadline=deadline, idempotent=route.idempotent, route=template
            )
        except errors.GatewayError:
            self.metrics.observe_upstream(route.http_method, template, None, time.perf_counter() - started)
            raise
        self.metrics.observe_upstream(route.http_method, template, reply.status, time.perf_counter() - started)
        state.upstream_status, state.attempts = reply.status, reply.attempts
        if reply.status == 429 and self.limiter is not None:
            await self.limiter.upstream_rejected(org_of(token), template, reply.headers.get("retry-after"))
        if not 200 <= reply.status < 300:  # only 2xx is an answer; 1xx/3xx have rows of their own
            raise errors.from_reply(
                errors.UpstreamReply(reply.status, reply.body, reply.headers, call.path, template),
                secrets=(token,),
                request=request,
            )
        try:
            return reply.json(), reply.status
        except (ValueError, RecursionError):
            raise errors.from_transport("malformed", "the upstream answered with a body that is not JSON", template)


def _deadline(context: Any) -> float | None:
    remaining = context.time_remaining()
    return None if remaining is None else time.monotonic() + remaining
