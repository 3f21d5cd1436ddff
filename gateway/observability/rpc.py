"""The per-RPC wrapper applied to every handler when the server is built (an interceptor
resolved once instead of per call): request id, metrics, one canonical log line, and the
last-resort guard that turns anything unexpected into INTERNAL without leaking details."""

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

REQUEST_ID_KEY = "x-request-id"


class Metadata(dict):
    """Invocation metadata: the first value sent under each key, and with `getall(key)` every
    value, so that credentials sent twice with different values are seen, never last-wins.
    Binary (`-bin`) values are left out."""

    def __init__(self, pairs=()):
        super().__init__()
        self._all: dict[str, list[str]] = {}
        for key, value in pairs:
            if isinstance(value, str):
                self._all.setdefault(key, []).append(value)
                self.setdefault(key, value)

    def getall(self, key: str) -> list[str]:
        return list(self._all.get(key, ()))


@dataclass
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
    def __init__(self, metrics: Metrics, logger: structlog.typing.FilteringBoundLogger):
        self.metrics = metrics
        self.log = logger

    def unary(self, full_method: str, fn: Callable[[Any, Any, CallState], Awaitable[Any]]):
        labels = self.metrics.rpc_children(_labels("unary", full_method))

        async def handler(request, context):
            state = self._begin(full_method, context, labels)
            started = time.perf_counter()
            try:
                response = await fn(request, context, state)
            except BaseException as exc:  # noqa: BLE001 (sorted out in _failure)
                failure = self._failure(exc, state, labels, started)
            else:
                self._end(state, labels, started, grpc.StatusCode.OK, None)
                return response
            await abort(context, failure, state.request_id)

        return handler

    def server_stream(self, full_method: str, fn: Callable[[Any, Any, CallState], AsyncIterator[Any]]):
        names = _labels("server_stream", full_method)
        labels = self.metrics.rpc_children(names)

        async def handler(request, context):
            state = self._begin(full_method, context, labels)
            started = time.perf_counter()
            sent = self.metrics.msg_sent.labels(*names)
            try:
                async for message in fn(request, context, state):
                    sent.inc()
                    await context.write(message)
            except BaseException as exc:  # noqa: BLE001 (sorted out in _failure)
                failure = self._failure(exc, state, labels, started)
            else:
                self._end(state, labels, started, grpc.StatusCode.OK, None)
                return
            await abort(context, failure, state.request_id)

        return handler

    def _failure(self, exc: BaseException, state: CallState, labels: RpcChildren, started: float) -> GatewayError:
        """The error to send for `exc`; cancellation is logged and re-raised. Anything that is
        not a GatewayError is the last-resort case: logged under the request id, and sent as a
        bare INTERNAL that leaks nothing."""
        if isinstance(exc, asyncio.CancelledError):
            self._end(state, labels, started, grpc.StatusCode.CANCELLED, None)
            raise exc
        if not isinstance(exc, Exception):
            raise exc
        if isinstance(exc, GatewayError):
            failure = exc
        else:
            self.log.error(
                "unexpected_error", method=state.method, request_id=state.request_id, **exception_fields(exc)
            )
            failure = GatewayError(grpc.StatusCode.INTERNAL, "internal gateway error", R.ERROR_REASON_GATEWAY_INTERNAL_ERROR)
        self._end(state, labels, started, failure.code, failure)
        return failure

    def _begin(self, full_method: str, context, labels: RpcChildren) -> CallState:
        metadata = Metadata(context.invocation_metadata() or ())
        state = CallState(full_method, metadata, _request_id(metadata))
        context.set_trailing_metadata(((REQUEST_ID_KEY, state.request_id),))
        labels.started.inc()
        labels.msg_received.inc()
        return state

    def _end(
        self, state: CallState, labels: RpcChildren, started: float, code: grpc.StatusCode, err: GatewayError | None
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
        self.log.info("rpc", **fields)


async def abort(context, err: GatewayError, request_id: str) -> None:
    """End the RPC with `err` as a rich google.rpc.Status (grpc-status-details-bin)."""
    status = err.to_status(request_id)
    trailing = [(REQUEST_ID_KEY, request_id), ("grpc-status-details-bin", status.SerializeToString())]
    if err.retry_after is not None:
        trailing.append(("grpc-retry-pushback-ms", str(int(err.retry_after * 1000))))
    context.set_trailing_metadata(tuple(trailing))
    await context.abort(err.code, err.message)
