"""The gateway's own services (no upstream route): registered here by name so the route table
knows not to expect google.api.http rules on them."""

from __future__ import annotations

import grpc

from .errors import R, GatewayError
from .observability.rpc import Observer
from .routing.rules import contract_services

WATCH_SERVICE = "bria.tailored.v1.WatchService"
QUOTA_SERVICE = "bria.tailored.v1.QuotaService"
NATIVE_SERVICES = frozenset({WATCH_SERVICE, QUOTA_SERVICE})


def add_native_services(server: grpc.aio.Server, observer: Observer, gateway) -> None:
    """Serve every method of the native services that the contract declares. Methods whose
    implementation has not landed yet answer UNIMPLEMENTED with the usual error details."""
    implemented = getattr(gateway, "native_handlers", {})
    for service in contract_services():
        if service.full_name not in NATIVE_SERVICES:
            continue
        methods = {}
        for method in service.methods:
            full = f"/{service.full_name}/{method.name}"
            from google.protobuf import message_factory

            req = message_factory.GetMessageClass(method.input_type)
            resp = message_factory.GetMessageClass(method.output_type)
            fn = implemented.get(full)
            if method.server_streaming:
                handler = observer.server_stream(full, fn or _unimplemented_stream(full))
                methods[method.name] = grpc.unary_stream_rpc_method_handler(
                    handler, request_deserializer=req.FromString, response_serializer=resp.SerializeToString
                )
            else:
                handler = observer.unary(full, fn or _unimplemented(full))
                methods[method.name] = grpc.unary_unary_rpc_method_handler(
                    handler, request_deserializer=req.FromString, response_serializer=resp.SerializeToString
                )
        server.add_generic_rpc_handlers([grpc.method_handlers_generic_handler(service.full_name, methods)])


def _error(full: str) -> GatewayError:
    return GatewayError(
        grpc.StatusCode.UNIMPLEMENTED, f"{full} is not implemented yet", R.ERROR_REASON_GATEWAY_INTERNAL_ERROR
    )


def _unimplemented(full: str):
    async def run(request, context, state):
        raise _error(full)

    return run


def _unimplemented_stream(full: str):
    async def run(request, context, state):
        raise _error(full)
        yield  # pragma: no cover  (makes this an async generator)

    return run
