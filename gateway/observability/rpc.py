"""The per-RPC wrapper applied to every handler when the server is built (an interceptor
resolved once instead of per call): request id, metrics, the RPC's SERVER span (a child of the
caller's `traceparent`; tracing.py), one canonical log line (inside the span, so it carries the
trace id), and the last-resort guard that turns anything unexpected into INTERNAL without
leaking details."""

from __future__ import annotations

import asyncio
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Awaitable, Callable

import grpc
import structlog

from ..errors import R, GatewayError
from .logging import exception_fields
from .metrics import Metrics, RpcChildren
from .tracing import Tracing, fail, rpc_attributes

REQUEST_ID_KEY = "x-request-id"


class Metadata(dict):
    """Invocation metadata: the first value sent under each key, and with `getall(key)` every
    value, so that credentials sent twice with different values are seen, never last-wins.
    Binary (`-bin`) values are left out. Every call (and every open stream) holds one: the
    values of a key sent more than once are the only ones kept twice."""

    __slots__ = ("_repeated",)

    def __init__(self, pairs=()):
        super().__init__()
        self._repeated: dict[str, list[str]] | None = None
        for key, value in pairs:
            if not isinstance(value, str):
                continue
            if key not in self:
                self[key] = value
                continue
            if self._repeated is None:
                self._repeated = {}
            self._repeated.setdefault(key, [self[key]]).append(value)

    def getall(self, key: str) -> list[str]:
        if self._repeated is not None and key in self._repeated:
            return list(self._repeated[key])
        return [self[key]] if key in self else []


RELEASED = Metadata()  # an open stream's metadata once its start has read it (never written to)


@dataclass(slots=True)
class CallState:
    """What one RPC learned on its way through the gateway, for its log line."""

    method: str
    metadata: dict[str, str]
    request_id: str
    tenant: str = ""
    upstream_status: int | None = None
    attempts: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def _request_id(metadata: dict[str, str]) -> str:
    given = metadata.get(REQUEST_ID_KEY, "")
    return given[:128] if given.isprintable() and given else uuid.uuid4().hex


def _labels(kind: str, full_method: str) -> tuple[str, str, str]:
    _, service, method = full_method.split("/")
    return kind, service, method


class Observer:
    def __init__(
        self, metrics: Metrics, logger: structlog.typing.FilteringBoundLogger, tracing: Tracing | None = None
    ):
        self.metrics = metrics
        self.log = logger
        self.tracing = tracing or Tracing()

    def unary(self, full_method: str, fn: Callable[[Any, Any, CallState], Awaitable[Any]]):
        labels = self.metrics.rpc_children(_labels("unary", full_method))
        span_name, span_attributes = rpc_attributes(full_method)
        tracing = self.tracing

        async def handler(request, context):
            state = self._begin(full_method, context, labels)
            started = time.perf_counter()
            with tracing.server(span_name, span_attributes, state.metadata) as span:
                try:
                    response = await fn(request, context, state)
                except BaseException as exc:  # noqa: BLE001 (sorted out in _failure)
                    failure = self._failure(exc, state, labels, started, span)
                else:
                    self._end(state, labels, started, grpc.StatusCode.OK, None, span)
                    return response
            await abort(context, failure, state.request_id)

        return handler

    def server_stream(self, full_method: str, fn: Callable[[Any, Any, CallState], AsyncIterator[Any]]):
        """`fn(request, context, state)` is a plain function that reads `state.metadata` when
        called and returns the stream's iterator; the metadata is released before iterating."""
        names = _labels("server_stream", full_method)
        labels = self.metrics.rpc_children(names)
        span_name, span_attributes = rpc_attributes(full_method)
        tracing = self.tracing
        sent = self.metrics.msg_sent.labels(*names)

        async def handler(request, context):
            state = self._begin(full_method, context, labels)
            started = time.perf_counter()
            # One span for the whole stream; the pollers that feed it trace their polls as
            # traces of their own, linked to it (gateway/watch/poller.py).
            with tracing.server(span_name, span_attributes, state.metadata) as span:
                try:
                    stream = fn(request, context, state)
                    # The stream's start has read the metadata (credentials, trace context): an
                    # open stream keeps no copy of it (about 0.4 KB each, thousands at once).
                    state.metadata = RELEASED
                    async for message in stream:
                        sent.inc()
                        await context.write(message)
                except BaseException as exc:  # noqa: BLE001 (sorted out in _failure)
                    failure = self._failure(exc, state, labels, started, span)
                else:
                    self._end(state, labels, started, grpc.StatusCode.OK, None, span)
                    return
            await abort(context, failure, state.request_id)

        return handler

    def _failure(
        self, exc: BaseException, state: CallState, labels: RpcChildren, started: float, span
    ) -> GatewayError:
        """The error to send for `exc`; cancellation is logged and re-raised. Anything that is
        not a GatewayError is the last-resort case: logged under the request id, and sent as a
        bare INTERNAL that leaks nothing."""
        if isinstance(exc, asyncio.CancelledError):
            self._end(state, labels, started, grpc.StatusCode.CANCELLED, None, span)
            raise exc
        if not isinstance(exc, Exception):
            fail(span, type(exc).__name__)
            raise exc
        if isinstance(exc, GatewayError):
            failure = exc
        else:
            self.log.error(
                "unexpected_error", method=state.method, request_id=state.request_id, **exception_fields(exc)
            )
            failure = GatewayError(grpc.StatusCode.INTERNAL, "internal gateway error", R.ERROR_REASON_GATEWAY_INTERNAL_ERROR)
        self._end(state, labels, started, failure.code, failure, span)
        return failure

    def _begin(self, full_method: str, context, labels: RpcChildren) -> CallState:
        metadata = Metadata(context.invocation_metadata() or ())
        state = CallState(full_method, metadata, _request_id(metadata))
        context.set_trailing_metadata(((REQUEST_ID_KEY, state.request_id),))
        labels.started.inc()
        labels.msg_received.inc()
        return state

    def _end(
        self,
        state: CallState,
        labels: RpcChildren,
        started: float,
        code: grpc.StatusCode,
        err: GatewayError | None,
        span,
    ) -> None:
        elapsed = time.perf_counter() - started
        name = code.name
        labels.handled(name).inc()
        labels.handling.observe(elapsed)
        fields = {
            "method": state.method,
            "code": name,
            "duration_ms": round(elapsed * 1000, 3),
            "request_id": state.request_id,
            "tenant": state.tenant,
            "upstream_status": state.upstream_status,
            "retries": max(state.attempts - 1, 0),
            **state.extra,
        }
        if err is not None:
            fields["reason"] = R.Name(err.reason).removeprefix("ERROR_REASON_")
        if span.is_recording():
            _end_span(span, state, code, fields.get("reason"))
        self.log.info("rpc", **fields)


def _end_span(span, state: CallState, code: grpc.StatusCode, reason: str | None) -> None:
    """The SERVER span's outcome: the gRPC status (`rpc.grpc.status_code`), the request id and
    tenant (names, not secrets), and on failure status ERROR with the code and the gateway's
    reason (`error.type`), never the error's message."""
    span.set_attribute("rpc.grpc.status_code", code.value[0])
    span.set_attribute("gateway.request_id", state.request_id)
    if state.tenant:
        span.set_attribute("gateway.tenant", state.tenant)
    if code is not grpc.StatusCode.OK:
        fail(span, reason or code.name, code.name)


async def abort(context, err: GatewayError, request_id: str) -> None:
    """End the RPC with `err` as a rich google.rpc.Status (grpc-status-details-bin)."""
    status = err.to_status(request_id)
    trailing = [(REQUEST_ID_KEY, request_id), ("grpc-status-details-bin", status.SerializeToString())]
    if err.retry_after is not None:
        trailing.append(("grpc-retry-pushback-ms", str(int(err.retry_after * 1000))))
    context.set_trailing_metadata(tuple(trailing))
    await context.abort(err.code, err.message)
