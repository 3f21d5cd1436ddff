"""The blocking flavour: `Client`, on grpc's sync channel and stubs (same options)."""

from __future__ import annotations

import time
from typing import Any, Callable, Iterator, Sequence

import grpc

from tailored_client._channel import SERVICES, ChannelConfig, channel_options, security
from tailored_client._pb.bria.tailored.v1 import models_pb2, status_pb2, watch_pb2, watch_pb2_grpc
from tailored_client.errors import TailoredError


class Stream:
    """A server-streaming call: iterate it (errors raise TailoredError), or `cancel()` it."""

    def __init__(self, call: Any):
        self._call = call

    def __iter__(self) -> Iterator[Any]:
        try:
            yield from self._call
        except grpc.RpcError as err:
            raise TailoredError.from_rpc_error(err) from None

    def cancel(self) -> bool:
        return self._call.cancel()


class Service:
    """One service: its RPCs by name; unary ones return the response, streaming ones a Stream."""

    def __init__(self, stub: Any, streaming: set[str], timeout: float | None, metadata: tuple[tuple[str, str], ...]):
        self._stub, self._streaming, self._timeout, self._metadata = stub, streaming, timeout, metadata

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._stub, name)
        default = self._timeout
        if name in self._streaming:
            def stream(request: Any, *, timeout: float | None = None, metadata: Sequence[tuple[str, str]] = ()) -> Stream:
                return Stream(method(request, timeout=timeout, metadata=self._metadata + tuple(metadata)))
            return stream

        def unary(request: Any, *, timeout: float | None = default, metadata: Sequence[tuple[str, str]] = ()) -> Any:
            try:
                return method(request, timeout=timeout, metadata=self._metadata + tuple(metadata))
            except grpc.RpcError as err:
                raise TailoredError.from_rpc_error(err) from None
        return unary


class Client:
    """The blocking twin of `tailored_client.AsyncClient` (same arguments and helpers)."""

    projects: Service
    datasets: Service
    models: Service
    generation: Service
    legacy: Service
    status: Service
    watch: Service
    quota: Service

    def __init__(self, target: str, *, token: str | None = None, tenant_key: str | None = None,
                 tls: bool | None = None, root_certificates: bytes | None = None, timeout: float | None = 30.0,
                 config: ChannelConfig | None = None, options: Sequence[tuple[str, Any]] = ()):
        sec = security(target, token, tenant_key, tls, root_certificates)
        opts = channel_options(config or ChannelConfig(), options)
        self.channel = (grpc.secure_channel(target, sec.credentials, options=opts) if sec.credentials
                        else grpc.insecure_channel(target, options=opts))
        for attribute, (module, service) in SERVICES.items():
            grpc_module = __import__(module.__name__ + "_grpc", fromlist=["_"])
            stub = getattr(grpc_module, f"{service}Stub")(self.channel)
            streaming = {m.name for m in module.DESCRIPTOR.services_by_name[service].methods if m.server_streaming}
            setattr(self, attribute, Service(stub, streaming, timeout, sec.per_call))
        self._per_call = sec.per_call
        self._watch = watch_pb2_grpc.WatchServiceStub(self.channel)

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.channel.close()

    def wait_for_training(self, model_id: int, *, on_update: Callable[[Any], None] | None = None,
                          timeout: float | None = None, reconnects: int = 10) -> models_pb2.Model:
        """As `AsyncClient.wait_for_training`, blocking."""
        return self._follow(lambda token, left: self._watch.WatchModelTraining(
            watch_pb2.WatchModelTrainingRequest(model_id=model_id, resume_token=token),
            timeout=left, metadata=self._per_call), on_update, timeout, reconnects).model

    def wait_for_job(self, request_id: str, *, on_update: Callable[[Any], None] | None = None,
                     timeout: float | None = None, reconnects: int = 10) -> status_pb2.GetRequestStatusResponse:
        """As `AsyncClient.wait_for_job`, blocking."""
        return self._follow(lambda token, left: self._watch.WatchJob(
            watch_pb2.WatchJobRequest(request_id=request_id, resume_token=token),
            timeout=left, metadata=self._per_call), on_update, timeout, reconnects).status

    def _follow(self, open_stream: Callable[[str, float | None], Any], on_update: Callable[[Any], None] | None,
                timeout: float | None, reconnects: int) -> Any:
        deadline = None if timeout is None else time.monotonic() + timeout
        token, failures = "", 0
        while True:
            left = None if deadline is None else max(deadline - time.monotonic(), 0.0)
            call = open_stream(token, left)
            try:
                for update in call:
                    failures = 0
                    token = update.resume_token or token
                    if on_update is not None:
                        on_update(update)
                    if update.terminal:
                        call.cancel()
                        return update
            except grpc.RpcError as err:
                if err.code() is not grpc.StatusCode.UNAVAILABLE or failures >= reconnects:
                    raise TailoredError.from_rpc_error(err) from None
            failures += 1
            time.sleep(min(0.1 * 2 ** failures, 5.0))  # backoff before reconnecting
