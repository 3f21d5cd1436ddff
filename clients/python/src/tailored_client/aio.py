"""The asyncio flavour: `AsyncClient`, on grpc.aio."""

from __future__ import annotations

import asyncio
from typing import Any, AsyncIterator, Awaitable, Callable, Sequence, TypeVar

import grpc

from tailored_client._channel import SERVICES, ChannelConfig, security, channel_options
from tailored_client._pb.bria.tailored.v1 import models_pb2, status_pb2, watch_pb2, watch_pb2_grpc
from tailored_client.errors import TailoredError

T = TypeVar("T")
Update = Callable[[Any], None]


class AsyncStream:
    """A server-streaming call: iterate it (errors raise TailoredError), or `cancel()` it."""

    def __init__(self, call: Any):
        self._call = call

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[Any]:
        try:
            async for message in self._call:
                yield message
        except grpc.aio.AioRpcError as err:
            raise TailoredError.from_rpc_error(err) from None

    def cancel(self) -> bool:
        return self._call.cancel()


class AsyncService:
    """One service of the contract: its RPCs by name, e.g. `client.projects.CreateProject(req)`.
    Unary RPCs are coroutines returning the response message; server-streaming ones return an
    `AsyncStream`. Every failure raises `TailoredError`."""

    def __init__(self, stub: Any, streaming: set[str], timeout: float | None, metadata: tuple[tuple[str, str], ...]):
        self._stub, self._streaming, self._timeout, self._metadata = stub, streaming, timeout, metadata

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._stub, name)
        timeout = self._timeout

        if name in self._streaming:
            def stream(request: Any, *, timeout: float | None = None,
                       metadata: Sequence[tuple[str, str]] = ()) -> AsyncStream:
                return AsyncStream(method(request, timeout=timeout, metadata=self._metadata + tuple(metadata)))
            return stream

        async def unary(request: Any, *, timeout: float | None = timeout,
                        metadata: Sequence[tuple[str, str]] = ()) -> Any:
            try:
                return await method(request, timeout=timeout, metadata=self._metadata + tuple(metadata))
            except grpc.aio.AioRpcError as err:
                raise TailoredError.from_rpc_error(err) from None
        return unary


class AsyncClient:
    """A client of the gateway over one grpc.aio channel.

    `target` is `host:port`. Credentials: `token` (a Bria API token, sent as `api_token`) or
    `tenant_key` (`x-tenant-key`). TLS unless the host is loopback (see `Security`); `timeout`
    is the default deadline of unary calls in seconds. `config.retry` is gRPC's retry policy
    (None: no retries). Use as `async with AsyncClient(...) as client:` or call `close()`."""

    projects: AsyncService
    datasets: AsyncService
    models: AsyncService
    generation: AsyncService
    legacy: AsyncService
    status: AsyncService
    watch: AsyncService
    quota: AsyncService

    def __init__(self, target: str, *, token: str | None = None, tenant_key: str | None = None,
                 tls: bool | None = None, root_certificates: bytes | None = None, timeout: float | None = 30.0,
                 config: ChannelConfig | None = None, options: Sequence[tuple[str, Any]] = ()):
        sec = security(target, token, tenant_key, tls, root_certificates)
        opts = channel_options(config or ChannelConfig(), options)
        self.channel = (grpc.aio.secure_channel(target, sec.credentials, options=opts) if sec.credentials
                        else grpc.aio.insecure_channel(target, options=opts))
        for attribute, (module, service) in SERVICES.items():
            grpc_module = __import__(module.__name__ + "_grpc", fromlist=["_"])
            stub = getattr(grpc_module, f"{service}Stub")(self.channel)
            methods = module.DESCRIPTOR.services_by_name[service].methods
            streaming = {m.name for m in methods if m.server_streaming}
            setattr(self, attribute, AsyncService(stub, streaming, timeout, sec.per_call))
        self._per_call = sec.per_call
        self._watch = watch_pb2_grpc.WatchServiceStub(self.channel)

    async def __aenter__(self) -> "AsyncClient":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self, grace: float | None = None) -> None:
        await self.channel.close(grace)

    # ---- helpers on the Watch streams -------------------------------------------------------
    async def wait_for_training(self, model_id: int, *, on_update: Update | None = None,
                                timeout: float | None = None, reconnects: int = 10) -> models_pb2.Model:
        """Follow a model's training over WatchModelTraining until a terminal state (Completed,
        Failed, Stopped, Deleted) and return the model in it. `on_update` sees every
        WatchModelTrainingResponse. A stream that ends UNAVAILABLE (a dropped connection, a
        gateway shutting down) is reopened with the last `resume_token`, at most `reconnects`
        times in a row; other errors raise TailoredError. `timeout` bounds the whole wait."""
        last = await self._follow(
            lambda token: self._watch.WatchModelTraining(
                watch_pb2.WatchModelTrainingRequest(model_id=model_id, resume_token=token), metadata=self._per_call),
            on_update, timeout, reconnects)
        return last.model

    async def wait_for_job(self, request_id: str, *, on_update: Update | None = None,
                           timeout: float | None = None, reconnects: int = 10) -> status_pb2.GetRequestStatusResponse:
        """Follow a v2 async request (the `request_id` of a 202 answer) over WatchJob until a
        terminal state (COMPLETED, ERROR, FAILED, UNKNOWN) and return its status. Reconnects
        and errors as `wait_for_training`."""
        last = await self._follow(
            lambda token: self._watch.WatchJob(
                watch_pb2.WatchJobRequest(request_id=request_id, resume_token=token), metadata=self._per_call),
            on_update, timeout, reconnects)
        return last.status

    async def _follow(self, open_stream: Callable[[str], Any], on_update: Update | None,
                      timeout: float | None, reconnects: int) -> Any:
        async def run() -> Any:
            token, failures = "", 0
            while True:
                call = open_stream(token)
                try:
                    async for update in call:
                        failures = 0
                        token = update.resume_token or token
                        if on_update is not None:
                            on_update(update)
                        if update.terminal:
                            return update
                except grpc.aio.AioRpcError as err:
                    if err.code() is not grpc.StatusCode.UNAVAILABLE or failures >= reconnects:
                        raise TailoredError.from_rpc_error(err) from None
                except BaseException:
                    call.cancel()
                    raise
                failures += 1
                await asyncio.sleep(min(0.1 * 2 ** failures, 5.0))  # backoff before reconnecting
        return await _bounded(run(), timeout)


async def _bounded(work: Awaitable[T], timeout: float | None) -> T:
    if timeout is None:
        return await work
    try:
        return await asyncio.wait_for(work, timeout)
    except asyncio.TimeoutError:
        raise TailoredError(grpc.StatusCode.DEADLINE_EXCEEDED, f"no terminal state within {timeout} s") from None
